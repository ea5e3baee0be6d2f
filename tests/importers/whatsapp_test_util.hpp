#pragma once
// Shared helpers of the WhatsApp importer tests: import a literal export text into a recorder.
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "importers/whatsapp/chat_import.hpp"
#include "importers/whatsapp/line_reader.hpp"
#include "tests/recording_sink.hpp"

namespace chatvault::test::wa_util {

using Recorder = RecordingSink;

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
