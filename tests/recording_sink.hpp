#pragma once
// RecordingSink: a model::Sink that keeps everything an importer hands it, for tests to inspect.
#include <doctest/doctest.h>

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "model/sink.hpp"

namespace chatvault::test {

struct RecordingSink : model::Sink {
  struct Skip {
    model::Origin where;
    std::string reason;
    // "chat.txt line 3: reason", as a user would read it.
    std::string text() const { return where.to_string() + ": " + reason; }
  };

  std::vector<model::Chat> chats;
  std::vector<model::Message> messages;
  std::vector<std::size_t> chat_sizes;  // messages per chat, in chat order
  std::vector<Skip> skips;
  std::vector<std::string> warnings;
  int ended = 0;                        // end_chat calls

  void begin_chat(const model::Chat& chat) override {
    // The Sink contract: chats are not nested.
    CHECK(m_open == 0);
    ++m_open;
    chats.push_back(chat);
    chat_sizes.push_back(0);
  }
  void message(model::Message&& msg) override {
    CHECK(m_open == 1);
    if (!chat_sizes.empty()) {
      ++chat_sizes.back();
    }
    messages.push_back(std::move(msg));
  }
  void end_chat() override {
    CHECK(m_open == 1);
    --m_open;
    ++ended;
  }
  void skipped(const model::Origin& where, std::string_view reason) override {
    skips.push_back(Skip{where, std::string(reason)});
  }
  void warning(const model::Origin&, std::string_view text) override { warnings.emplace_back(text); }

  // The line of each skip, in order.
  std::vector<std::uint64_t> skipped_lines() const {
    std::vector<std::uint64_t> lines;
    for (const auto& s : skips) {
      lines.push_back(s.where.line);
    }
    return lines;
  }

 private:
  int m_open = 0;
};

}  // namespace chatvault::test
