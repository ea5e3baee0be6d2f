#pragma once
// Exporter and ExporterRegistry: an output format as three hooks, driven by one shared loop.
#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "model/chat_reader.hpp"
#include "util/reporter.hpp"

namespace chatvault::exporters {

class OutputDir;
struct ExportOptions;

// What the driver decided for one chat before handing it to a format.
struct ChatTarget {
  const model::StoredChat& chat;
  // The chat's sanitised base name, unique (case-insensitively) among the chats of this
  // export: "Anna", "anna (2)". Formats name their files after it ("Anna.jsonl").
  std::string stem;
  // Where the driver copies the chat's media, relative to the output root ("Anna_media").
  // Created only when a file is copied into it.
  std::string media_dir;
  // The export's source, for formats that stream media themselves (copies_media_itself).
  model::ChatReader& reader;
  // The whole export's options (zone override, self name, renames, copy_media).
  const ExportOptions& options;
};

// One chat as it was written, for the index a format may write in Exporter::finish.
struct ExportedChat {
  model::StoredChat chat;
  std::string stem;
  std::string file;                // the chat's main file (ChatWriter::file()), relative to the root
  std::uint64_t messages = 0;      // messages actually written
  std::uint64_t media_files = 0;   // files copied into media_dir
};

// The hooks one format implements for one chat; made by Exporter::begin_chat, used by one
// thread, destroyed by the driver after end_chat (or on error, which must close quietly).
class ChatWriter {
 public:
  virtual ~ChatWriter() = default;
  // One message, in time order. `media_paths` has one entry per msg.attachments: the path,
  // relative to the output root and '/'-separated, where the driver copied that attachment's
  // bytes, or "" when it was not copied (missing, not stored, or media copying off).
  // Throws Error(io) when the output cannot be written.
  virtual void write_message(const model::Message& msg, const std::vector<std::string>& media_paths) = 0;
  // Called once after the last message; flushes and closes the chat's files. Throws Error(io).
  virtual void end_chat() = 0;
  // The chat's main file relative to the output root, e.g. "Anna.jsonl".
  virtual const std::string& file() const = 0;
};

// An output format. Exporters keep no state between calls, so one registry entry can run
// any number of exports (one at a time or concurrently).
class Exporter {
 public:
  virtual ~Exporter() = default;
  virtual std::string_view name() const = 0;
  virtual std::string_view description() const = 0;
  // True for formats with their own media layout (e.g. media inside a zip): the driver then
  // copies nothing, passes media_paths all "", and the format reads target.reader's blobs.
  virtual bool copies_media_itself() const { return false; }
  // Starts one chat; files are created through `out` (which sanitises and never overwrites).
  virtual std::unique_ptr<ChatWriter> begin_chat(const ChatTarget& target, OutputDir& out) = 0;
  // Called once after every chat, in export order, e.g. to write an index of the chats.
  virtual void finish(const std::vector<ExportedChat>& chats, OutputDir& out) = 0;
};

struct ExportOptions {
  std::filesystem::path out_dir;
  std::vector<std::string> chats;      // keys or titles, matched exactly; empty: every chat
  bool copy_media = true;
  // --tz: overrides each chat's zone for wall-clock formats; empty: the chat's own zone.
  // (Default member initialisers keep brace-initialisations of the older fields warning-free.)
  std::string zone{};
  // --self NAME: the exporting user; formats that write sender names use it for the
  // chat's is_self participant. Empty: names as stored.
  std::string self_name{};
  // --rename Old=New: sender names replaced by exact match, in formats that write names.
  std::vector<std::pair<std::string, std::string>> renames{};
};

struct ExportResult {
  std::uint64_t chats = 0;
  std::uint64_t messages = 0;
  std::uint64_t media_files = 0;
};

// Runs `exporter` over the selected chats of `reader`, ordered by title, then key, then id;
// messages in the reader's time order. Creates `out_dir` (and its parents) if needed. An
// existing folder may be written into, but no existing file is ever overwritten: a name that
// is taken is an Error(io) naming it, so re-running an export into the same folder fails
// clearly instead of mixing two exports. Files written before a failure stay on disk.
// With copy_media, each stored attachment (content_hash set) is streamed from
// reader.open_blob into `<stem>_media/<sanitised file name>`, once per distinct (name, content).
// Progress goes to reporter.progress("export", messages done, messages total).
// Throws Error(usage) naming a selected chat that does not exist, Error(io) if the output
// cannot be written, and whatever the reader throws.
ExportResult export_chats(model::ChatReader& reader, Exporter& exporter, const ExportOptions& options,
                          Reporter& reporter);

// The formats by name. Not thread-safe to modify; find/names may be called concurrently.
class ExporterRegistry {
 public:
  // Adds a format; a name already present is Error(internal) (a programming error).
  void add(std::unique_ptr<Exporter> exporter);
  // The format called `name`, or nullptr; the registry keeps ownership.
  Exporter* find(std::string_view name) const;
  // Every format's name, sorted.
  std::vector<std::string> names() const;

 private:
  std::vector<std::unique_ptr<Exporter>> m_exporters;
};

// A registry holding the formats built in: jsonl, telegram and txt.
ExporterRegistry builtin_exporters();

}  // namespace chatvault::exporters
