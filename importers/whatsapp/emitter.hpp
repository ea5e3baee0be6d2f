#pragma once
// Pass 2's last step: one collected message (header fields plus its joined lines) classified,
// given its time, attachment and `extra`, and handed to the Sink.
#include <cstdint>
#include <string>

#include "importers/importer.hpp"
#include "importers/whatsapp/chat_import.hpp"
#include "importers/whatsapp/senders.hpp"
#include "importers/whatsapp/text_match.hpp"
#include "model/sink.hpp"
#include "util/time.hpp"

namespace chatvault::importers::whatsapp {

// The sender of a line with no author; lives for the whole program.
const Sender& no_sender();

// The message being collected: set at its header, its body grown by continuation lines.
struct Pending {
  bool active = false;
  bool first = false;  // the file's first message, where WhatsApp puts its encryption notice
  std::uint64_t line = 0;
  timeutil::LocalDateTime local;
  bool has_author = false;
  const Sender* sender = &no_sender();  // a pass-2 sender-cache entry (valid until the next header) or no_sender()
  std::string body;
};

// Turns Pendings into model::Messages for `sink`. Holds references to all four arguments, which
// must outlive it; not thread-safe. Unreadable contact cards and invalid UTF-8 become warnings.
class Emitter {
 public:
  Emitter(const ChatText& text, const ImportOptions& options, model::Sink& sink, timeutil::ZoneClock& clock)
      : m_text(text), m_options(options), m_sink(sink), m_clock(clock) {}

  // Sends `p` to the sink, then marks it inactive with an empty body (its buffer kept).
  void emit(Pending& p);

 private:
  const ChatText& m_text;
  const ImportOptions& m_options;
  model::Sink& m_sink;
  timeutil::ZoneClock& m_clock;
  Folded m_scratch;  // classify_body's folded key, reused
  std::string m_spare_text;  // buffers of the last message's strings, reused
  std::string m_spare_time;
  std::string m_spare_file;
};

}  // namespace chatvault::importers::whatsapp
