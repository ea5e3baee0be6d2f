#pragma once
// Exporter and ExporterRegistry: an output format as three hooks, driven by one shared loop.
#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "model/chat_reader.hpp"
#include "util/reporter.hpp"

namespace chatvault::exporters {

class OutputDir;

// The hooks one format implements; the driver (export_chats) owns the loop, selection, order,
// media copying and progress. One ChatWriter is made per chat.
class ChatWriter {
 public:
  virtual ~ChatWriter() = default;
  virtual void write_message(const model::Message& msg) = 0;
  // Called once after the last message; flushes and closes the chat's files.
  virtual void end_chat() = 0;
};

class Exporter {
 public:
  virtual ~Exporter() = default;
  virtual std::string_view name() const = 0;
  virtual std::string_view description() const = 0;
  // Starts one chat; files go through `out` (which sanitises every path).
  virtual std::unique_ptr<ChatWriter> begin_chat(const model::StoredChat& chat, OutputDir& out) = 0;
  // Called once after every chat, e.g. to write an index of the chats.
  virtual void finish(const std::vector<model::StoredChat>& chats, OutputDir& out) = 0;
};

struct ExportOptions {
  std::filesystem::path out_dir;
  std::vector<std::string> chats;      // keys or titles; empty: every chat
  bool copy_media = true;
};

struct ExportResult {
  std::uint64_t chats = 0;
  std::uint64_t messages = 0;
  std::uint64_t media_files = 0;
};

// Runs `exporter` over the selected chats of `reader`. Throws Error(usage) naming a chat that
// does not exist, Error(io) if the output cannot be written.
ExportResult export_chats(model::ChatReader& reader, Exporter& exporter, const ExportOptions& options,
                          Reporter& reporter);

class ExporterRegistry {
 public:
  void add(std::unique_ptr<Exporter> exporter);
  Exporter* find(std::string_view name) const;
  std::vector<std::string> names() const;

 private:
  std::vector<std::unique_ptr<Exporter>> m_exporters;
};

ExporterRegistry builtin_exporters();

}  // namespace chatvault::exporters
