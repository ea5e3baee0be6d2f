#pragma once
// The two passes over one chat text, independent of where the text lives: pass 1 scans every
// header for the date order, the layout and the senders; pass 2 re-reads the text and streams
// the messages into the Sink one by one.
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "importers/importer.hpp"
#include "model/byte_reader.hpp"
#include "model/sink.hpp"

namespace chatvault::importers::whatsapp {

struct MediaRef {
  std::string path;
  std::uint64_t size = 0;
  model::Opener open;  // may be empty (no media wanted)
};

struct ChatText {
  std::string path;    // the text entry's path, for origins
  std::string title;   // the chat's title (from the export's name)
  std::function<std::unique_ptr<model::ByteReader>()> open;  // a fresh reader for each pass
  // Looks up a referenced media file; nullopt when the export does not hold it.
  std::function<std::optional<MediaRef>(std::string_view name)> find_media;
  std::size_t max_line = std::size_t{64} << 20;
};

ImportReport import_chat_text(const ChatText& text, const ImportOptions& options, model::Sink& sink);

}  // namespace chatvault::importers::whatsapp
