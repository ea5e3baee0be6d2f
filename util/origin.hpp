#pragma once
// Origin: where a record came from (file and line, or JSON path), for messages a user can act on.
#include <cstdint>
#include <string>

namespace chatvault {

struct Origin {
  std::string file;         // path inside the source tree, or the source file name
  std::uint64_t line = 0;   // 1-based line number; 0 when not line-oriented
  std::string path;         // JSON path or record id where line numbers make no sense

  // "chat.txt line 12", "messages.json $.messages[3]", or "chat.txt".
  std::string to_string() const;
};

}  // namespace chatvault
