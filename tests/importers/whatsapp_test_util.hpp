#pragma once
// Shared helpers of the WhatsApp importer tests: import a literal export text into a recorder.
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "importers/whatsapp/chat_import.hpp"
#include "importers/whatsapp/line_reader.hpp"

namespace chatvault::test::wa_util {

struct Recorder : model::Sink {
  std::vector<model::Chat> chats;
  std::vector<model::Message> messages;
  std::vector<std::string> warnings;
  void begin_chat(const model::Chat& c) override { chats.push_back(c); }
  void message(model::Message&& msg) override { messages.push_back(std::move(msg)); }
  void end_chat() override {}
  void skipped(const model::Origin&, std::string_view) override {}
  void warning(const model::Origin&, std::string_view t) override { warnings.emplace_back(t); }
};

struct Run {
  Recorder sink;
  importers::ImportReport report;
};

// Imports `text`; `files` maps media names present in the export to their bytes.
inline Run import(const std::string& text, importers::ImportOptions o = {},
                  std::vector<std::pair<std::string, std::string>> files = {}) {
  importers::whatsapp::ChatText ct;
  ct.path = "chat.txt";
  ct.title = "T";
  ct.open = [text] { return std::make_unique<importers::whatsapp::StringByteReader>(text); };
  ct.find_media = [files](std::string_view name) -> std::optional<importers::whatsapp::MediaRef> {
    for (const auto& [n, bytes] : files) {
      if (n == name) {
        return importers::whatsapp::MediaRef{n, bytes.size(), [bytes] {
                                               return std::make_unique<importers::whatsapp::StringByteReader>(bytes);
                                             }};
      }
    }
    return std::nullopt;
  };
  if (o.zone.empty()) o.zone = "UTC";
  Run r;
  r.report = importers::whatsapp::import_chat_text(ct, o, r.sink);
  return r;
}

inline std::vector<model::Message> messages_of(const std::string& text) { return import(text).sink.messages; }

}  // namespace chatvault::test::wa_util
