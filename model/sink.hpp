#pragma once
// Sink: what importers stream chats and messages into (the archive writer, the converter).
#include <string_view>

#include "model/chat.hpp"
#include "model/message.hpp"
#include "model/origin.hpp"

namespace chatvault::model {

class Sink {
 public:
  virtual ~Sink() = default;
  // Chats are not nested: begin_chat, message..., end_chat, then the next chat.
  virtual void begin_chat(const Chat& chat) = 0;
  // Attachments carry openers; the sink reads their bytes before returning if it keeps media.
  virtual void message(Message&& msg) = 0;
  virtual void end_chat() = 0;
  // A record that could not be imported at all; counted and reported, never silent.
  virtual void skipped(const Origin& where, std::string_view reason) = 0;
  // Something was repaired or guessed but the record was kept (invalid UTF-8, ambiguous date order).
  virtual void warning(const Origin& where, std::string_view text) = 0;
};

}  // namespace chatvault::model
