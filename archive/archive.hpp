#pragma once
// Archive: the one-file chatvault store — create/open, import through a Sink, read, search.
#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/chat.hpp"
#include "model/chat_reader.hpp"
#include "model/sink.hpp"
#include "util/secret.hpp"

namespace chatvault::archive {

enum class KdfLevel { interactive, moderate, sensitive };

struct CreateOptions {
  KdfLevel kdf = KdfLevel::moderate;
};

enum class OpenMode { read, write };

// What one import is, recorded in `sources`.
struct SourceInfo {
  std::string platform;                // importer name, e.g. "whatsapp"
  std::string label;                   // what the user gave: the export's file or folder name
  std::string zone;                    // zone used, if any
  // The original files with their sizes and BLAKE2b-256 hex hashes (the manifest).
  struct File {
    std::string path;
    std::uint64_t size = 0;
    std::string hash;
  };
  std::vector<File> files;
};

// Counts of one import, for its summary line.
struct ImportCounts {
  std::uint64_t chats = 0;
  std::uint64_t messages_added = 0;
  std::uint64_t duplicates = 0;
  std::uint64_t updated = 0;           // stored messages changed by a newer export (deleted/edited/media filled)
  std::uint64_t skipped = 0;
  std::uint64_t warnings = 0;
  std::uint64_t attachments_stored = 0;
  std::uint64_t blobs_added = 0;       // new content (dedup by hash)
  std::vector<std::string> warning_texts;  // "origin: text", at most the first 100
  std::vector<std::string> skipped_texts;  // "origin: reason", at most the first 100
};

// A writer for one import: a Sink whose work is only kept once commit() is called. Each chat
// is written in batched transactions; destroying an uncommitted session rolls back the batch
// in progress and leaves everything committed before it (the import can simply be re-run).
class ImportSession : public model::Sink {
 public:
  ~ImportSession() override = default;
  virtual void commit() = 0;
  virtual const ImportCounts& counts() const = 0;
};

struct SearchQuery {
  std::string text;                    // FTS5 query in the user's words (terms, "phrases", prefix*)
  std::vector<std::string> chats;      // chat keys or titles; empty: all
  std::string from;                    // sender name (case-insensitive exact); empty: anyone
  std::optional<std::int64_t> after_ms;   // inclusive
  std::optional<std::int64_t> before_ms;  // exclusive
  std::optional<model::Platform> platform;
  bool has_media = false;
  std::size_t limit = 20;
};

struct SearchHit {
  std::int64_t message_id = 0;
  std::int64_t chat_id = 0;
  std::string chat_key;
  std::string chat_title;
  model::Platform platform = model::Platform::whatsapp;
  std::int64_t time_ms = 0;
  std::optional<int> offset_min;
  std::string sender;
  std::string text;
  // Byte ranges [begin, end) of `text` that matched the query.
  std::vector<std::pair<std::size_t, std::size_t>> matches;
};

class Archive : public model::ChatReader {
 public:
  ~Archive() override = default;

  // Creates a new archive; refuses (Error usage) if `path` exists.
  static std::unique_ptr<Archive> create(const std::filesystem::path& path, const Secret& passphrase,
                                         const CreateOptions& options);
  // Opens an archive. Error(wrong_key) for a wrong passphrase, Error(damaged) if it is not an
  // archive or fails a check, Error(busy) if `write` is asked while another writer holds it.
  static std::unique_ptr<Archive> open(const std::filesystem::path& path, const Secret& passphrase,
                                       OpenMode mode);

  // True once pages are sealed (issue [2/7]); until then the CLI says the archive is not encrypted.
  virtual bool encrypted() const = 0;

  virtual std::unique_ptr<ImportSession> begin_import(const SourceInfo& source) = 0;
  // The stored chat with this platform and key, if any (its zone and self are remembered).
  virtual std::optional<model::Chat> find_chat(model::Platform platform, std::string_view key) = 0;
  virtual std::vector<SearchHit> search(const SearchQuery& query) = 0;
};

}  // namespace chatvault::archive
