#pragma once
// Error: the one exception type of chatvault, with a category that maps to an exit code.
#include <stdexcept>
#include <string>

#include "util/origin.hpp"

namespace chatvault {

enum class ErrorCategory {
  usage,     // the command line is wrong (exit 1)
  input,     // the export or another input file is bad (exit 2)
  wrong_key, // the passphrase does not open the archive (exit 3)
  damaged,   // the archive failed a check (exit 3)
  busy,      // another process holds the archive (exit 4)
  io,        // reading or writing a file failed (exit 4)
  internal,  // a bug or an unexpected library failure (exit 4)
};

class Error : public std::runtime_error {
 public:
  Error(ErrorCategory category, const std::string& message);
  // The message is prefixed with the origin: "chat.txt line 3: ...".
  Error(ErrorCategory category, const Origin& origin, const std::string& message);

  ErrorCategory category() const { return m_category; }
  const Origin& origin() const { return m_origin; }

 private:
  ErrorCategory m_category;
  Origin m_origin;
};

// The process exit code for an error category: 1 usage, 2 input, 3 key/damage, 4 other.
int exit_code_for(ErrorCategory category);

}  // namespace chatvault
