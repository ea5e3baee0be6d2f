#pragma once
// DumpSink: a model::Sink printing every field of every chat, message, skip and warning, one
// line each, so two builds' imports of the same input can be compared with diff.
#include <ostream>

#include "model/sink.hpp"

namespace chatvault::bench {

class DumpSink final : public model::Sink {
 public:
  explicit DumpSink(std::ostream& out) : m_out(out) {}

  void begin_chat(const model::Chat& chat) override;
  void message(model::Message&& msg) override;
  void end_chat() override;
  void skipped(const model::Origin& where, std::string_view reason) override;
  void warning(const model::Origin& where, std::string_view text) override;

 private:
  std::ostream& m_out;
};

}  // namespace chatvault::bench
