#pragma once
// A DYI thread file (message_N.json) read in one pass with simdjson's On-Demand parser.
//
// nlohmann builds a tree of the whole file first, which made reading Messenger downloads twenty
// times slower than WhatsApp text; On-Demand walks the file's text once and the messages are
// built from it directly, by the same rules (build_message) as the nlohmann path.
#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "importers/meta/dyi_message.hpp"
#include "model/message.hpp"

namespace chatvault::importers::meta {

// What one thread file holds.
struct ThreadRead {
  enum class Verdict { ok, invalid_json, not_a_thread };
  Verdict verdict = Verdict::ok;
  nlohmann::ordered_json head = nlohmann::ordered_json::object();  // every key but "messages", repaired
  std::vector<model::Message> messages;  // in the file's order (newest first), origin.path set
  std::vector<std::size_t> skipped;  // indexes into "messages" of entries without sender or time
};

// What a thread file's messages say of it without being converted: for ordering a thread's files
// and naming its senders before its messages are read one file at a time.
struct ThreadFileFacts {
  std::vector<std::string> senders;  // repaired, in first-seen order, each once
  std::optional<std::int64_t> first_time_ms;  // of the first message (the newest of a newest-first file)
};

// Reads thread files, one at a time; keeps the parser's buffers from one file to the next.
class ThreadReader {
 public:
  ThreadReader();
  ~ThreadReader();
  ThreadReader(const ThreadReader&) = delete;
  ThreadReader& operator=(const ThreadReader&) = delete;

  // Reads `text` (a BOM tolerated; its capacity grown for the parser's padding). With
  // `with_messages` false only the head is read (participants, title), the messages skipped
  // over. A damaged file is invalid_json as a whole, with nothing in `messages`.
  ThreadRead read(std::string& text, const MediaResolver& resolve, bool with_messages = true);
  // The facts of `text` (as read() takes it). Of a damaged file, what comes before the damaged
  // value; of one cut off, nothing (simdjson checks the whole structure first).
  ThreadFileFacts scan(std::string& text);
  // A ThreadRead's messages, handed on: their vector's storage serves the next file.
  void give_back(std::vector<model::Message>&& used);

 private:
  struct Parser;
  std::unique_ptr<Parser> m_parser;
};

}  // namespace chatvault::importers::meta
