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
  // Plain SQLite, no sealing VFS: NOTHING IS ENCRYPTED. Only for bench/'s encrypted-vs-plain
  // comparison; refused (Error internal) unless allow_unsealed_archives_for_benchmarks() was
  // called first, which the CLI never does.
  bool unsealed_for_benchmarks = false;
};

// Lets this process create and open unsealed (plain SQLite) archives. bench/ only.
void allow_unsealed_archives_for_benchmarks();

// Key files and recovery keys travel where a passphrase is expected (the use cases and the CLI
// pass one Secret): keyfile_secret() reads FILE and returns a Secret that Archive::open and the
// key commands take as "the key file FILE", never as a passphrase (it starts with a NUL byte,
// which no passphrase may contain). A passphrase that has the form of a recovery key
// ("ABCDE-FGHIJ-...", 40 base32 characters) is tried against the recovery-key slots first.
Secret keyfile_secret(const std::filesystem::path& file);
// Writes a new key file of 32 random bytes (mode 0600); Error(usage) if FILE exists.
void create_keyfile(const std::filesystem::path& file);

enum class OpenMode { read, write };

// What one import is, recorded in `sources`.
struct SourceInfo {
  model::Platform platform = model::Platform::whatsapp;  // what the importer declares
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

// What `verify` found: every page authenticated, the whole-file seal and the file size checked,
// SQLite's integrity_check and foreign_key_check, every blob rehashed.
struct VerifyResult {
  bool ok = true;
  std::uint64_t pages = 0;
  std::uint64_t bad_pages = 0;
  std::optional<std::uint32_t> first_bad_page;
  bool sealed = false;              // the header holds a seal (it does after every import)
  bool seal_matches = false;
  bool journal_present = false;
  std::uint64_t generation = 0;     // header generation (+1 at every header write)
  std::string integrity = "not run"; // "ok", or SQLite's first complaint
  std::uint64_t dangling_references = 0;  // rows whose parent row is missing (foreign_key_check)
  std::uint64_t chats = 0;
  std::uint64_t messages = 0;
  std::uint64_t blobs = 0;
  std::uint64_t bad_blobs = 0;
  std::vector<std::string> problems;  // the first is the most important
};

// One used key slot of the archive header.
struct KeySlotInfo {
  int index = 0;
  std::string kind;       // "passphrase", "key file", "recovery key"
  std::string kdf;        // for passphrases: "interactive", "moderate", "sensitive" or "custom"
  bool opened_with = false;  // the slot the given key opened
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

  // True when every page is sealed (always, except CreateOptions::unsealed_for_benchmarks).
  virtual bool encrypted() const = 0;

  // Authenticates every page and checks the seal, runs integrity_check and rehashes every blob.
  // Never throws for damage found (it is in the result); throws Error(wrong_key) for a wrong
  // key, Error(damaged) if the header cannot be read at all.
  static VerifyResult verify(const std::filesystem::path& path, const Secret& key);

  // Key slots (they wrap the master key; no data page is rewritten). Each takes the write lock
  // (Error(busy) while another chatvault writes). `key` opens the archive (passphrase, key file
  // or recovery key, see keyfile_secret).
  static std::vector<KeySlotInfo> key_slots(const std::filesystem::path& path, const Secret& key);
  // Rewrites the passphrase slot `key` opened (Error(usage) if `key` is a key file or recovery
  // key), with `kdf` or, if none, the slot's present Argon2id limits.
  static void change_passphrase(const std::filesystem::path& path, const Secret& key, const Secret& new_passphrase,
                                std::optional<KdfLevel> kdf);
  // Adds a slot; returns its index. `new_key` is a passphrase or a keyfile_secret().
  static int add_key(const std::filesystem::path& path, const Secret& key, const Secret& new_key, KdfLevel kdf);
  // Adds a recovery-key slot; returns (index, the key to show once).
  static std::pair<int, std::string> add_recovery_key(const std::filesystem::path& path, const Secret& key);
  // Empties slot `index`; the last used slot is refused (Error usage).
  static void remove_key(const std::filesystem::path& path, const Secret& key, int index);
  // Deletes ARCHIVE-journal after it failed authentication (the user's explicit choice): checks
  // `key` against the header (SQLite is not opened: it would try to roll the journal back), takes
  // the write lock, deletes. False if there was none.
  static bool discard_journal(const std::filesystem::path& path, const Secret& key);

  virtual std::unique_ptr<ImportSession> begin_import(const SourceInfo& source) = 0;
  // The stored chat with this platform and key, if any (its zone and self are remembered).
  virtual std::optional<model::Chat> find_chat(model::Platform platform, std::string_view key) = 0;
  virtual std::vector<SearchHit> search(const SearchQuery& query) = 0;
};

}  // namespace chatvault::archive
