#pragma once
// ChatReader: what exporters read from (the archive, or the converter's spool).
#include <cstdint>
#include <functional>
#include <memory>
#include <string_view>
#include <vector>

#include "model/byte_reader.hpp"
#include "model/chat.hpp"
#include "model/message.hpp"

namespace chatvault::model {

struct StoredChat {
  std::int64_t id = 0;               // reader-local id, used to ask for messages
  Chat chat;
  std::uint64_t message_count = 0;
  std::int64_t first_ms = 0;
  std::int64_t last_ms = 0;
};

class ChatReader {
 public:
  virtual ~ChatReader() = default;
  virtual std::vector<StoredChat> chats() = 0;
  // Messages of one chat in time order (ties in import order). Attachments have content_hash
  // set where stored, `missing` where not; no openers (use open_blob).
  virtual void for_each_message(std::int64_t chat_id,
                                const std::function<void(const Message&)>& fn) = 0;
  // Streams a stored blob by its hex BLAKE2b-256; throws chatvault::Error if absent.
  virtual std::unique_ptr<ByteReader> open_blob(std::string_view content_hash) = 0;
};

}  // namespace chatvault::model
