// Archive::create / Archive::open: the sealed file (header with key slots, page-sealing VFS from
// archive/crypto/), its connection settings and key-slot changes; find_chat. verify is in verify.cpp.
//
// Every page of an archive is sealed by crypto::SealedVfs; the key slots in the file header are
// the passphrase check (an archive no longer keeps an Argon2id verifier in `meta`: a wrong
// passphrase opens no slot, which is checked before SQLite reads anything).
#include <sodium.h>
#include <sqlite3.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <fstream>
#include <system_error>

#include "archive/archive_impl.hpp"
#include "archive/blobs.hpp"
#include "archive/migrate.hpp"
#include "archive/schema.hpp"
#include "util/error.hpp"

namespace chatvault::archive {
namespace fs = std::filesystem;
namespace cr = crypto;

namespace {

constexpr int k_page_size = 4096;
constexpr int k_reserved_bytes = 40;
constexpr int k_busy_timeout_ms = 5000;
// A Secret that stands for a key file: this tag, then the BLAKE2b-256 of the file.
constexpr std::string_view k_keyfile_tag{"\0chatvault key file\0", 20};

std::atomic<bool> g_allow_unsealed{false};

void init_sodium() {
  if (sodium_init() < 0) {
    throw Error(ErrorCategory::internal, "libsodium failed to initialise");
  }
}

std::string pragma_text(sql::Database& db, const std::string& pragma) {
  sql::Statement st(db, "PRAGMA " + pragma, false);
  return st.step() ? st.column_text(0) : std::string();
}

cr::KdfParams kdf_params(KdfLevel level) {
  switch (level) {
    case KdfLevel::interactive:
      return cr::kdf_interactive();
    case KdfLevel::moderate:
      return cr::kdf_moderate();
    case KdfLevel::sensitive:
      return cr::kdf_sensitive();
  }
  return cr::kdf_moderate();
}

std::string kdf_name(const cr::KdfParams& params) {
  if (params == cr::kdf_interactive()) return "interactive";
  if (params == cr::kdf_moderate()) return "moderate";
  if (params == cr::kdf_sensitive()) return "sensitive";
  return "custom";
}

bool is_keyfile_secret(const Secret& key) { return key.view().substr(0, k_keyfile_tag.size()) == k_keyfile_tag; }

// A passphrase as it may be stored in a new slot.
void check_new_passphrase(const Secret& passphrase) {
  if (passphrase.empty()) {
    throw Error(ErrorCategory::usage, "an archive needs a non-empty passphrase");
  }
  if (passphrase.view().find('\0') != std::string_view::npos) {
    throw Error(ErrorCategory::usage, "a passphrase cannot contain a NUL byte");
  }
}

// The credential a key stands for when it is stored in a new slot.
cr::Credential new_slot_credential(const Secret& key) {
  if (is_keyfile_secret(key)) {
    return {cr::SlotKind::keyfile, Secret(key.view().substr(k_keyfile_tag.size()))};
  }
  check_new_passphrase(key);
  return cr::passphrase_credential(key.view());
}

}  // namespace

Error not_an_archive(const fs::path& path, const std::string& detail) {
  return Error(ErrorCategory::damaged,
               path.string() + " is not a chatvault archive (or it is damaged)" + (detail.empty() ? "" : ": " + detail));
}

// Refuses what is plainly not a sealed archive before any key is derived.
void check_is_archive_file(const fs::path& path) {
  std::error_code ec;
  const auto status = fs::status(path, ec);
  if (status.type() == fs::file_type::not_found) {
    throw Error(ErrorCategory::usage, path.string() + " does not exist (create it with chatvault init)");
  }
  if (status.type() != fs::file_type::regular) {
    throw not_an_archive(path, "not a regular file");
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    throw Error(ErrorCategory::io, path.string() + ": cannot read");
  }
  char head[16] = {};
  in.read(head, sizeof head);
  const std::string_view got(head, static_cast<std::size_t>(in.gcount()));
  if (got.substr(0, sizeof cr::k_magic) == std::string_view(cr::k_magic, sizeof cr::k_magic)) {
    return;
  }
  if (got == std::string_view("SQLite format 3\0", 16)) {
    throw not_an_archive(path, "a plain, unencrypted SQLite file (chatvault archives are sealed)");
  }
  throw not_an_archive(path, "no chatvault header");
}

// Unlocks the header with `key`: a key file, or a passphrase (tried as a recovery key first
// when it has that form). Nothing is written.
cr::ArchiveKeysPtr unlock_keys(const fs::path& path, const Secret& key) {
  init_sodium();
  std::vector<cr::Credential> credentials;
  if (is_keyfile_secret(key)) {
    credentials.push_back({cr::SlotKind::keyfile, Secret(key.view().substr(k_keyfile_tag.size()))});
  } else {
    if (auto recovery = cr::recovery_credential(key.view())) {
      credentials.push_back(std::move(*recovery));
    }
    credentials.push_back(cr::passphrase_credential(key.view()));
  }
  for (std::size_t i = 0;; ++i) {
    try {
      return cr::unlock_archive(path, credentials[i]);
    } catch (const Error& e) {
      if (e.category() != ErrorCategory::wrong_key || i + 1 == credentials.size()) {
        throw;
      }
    }
  }
}

// The settings every connection needs. Sealed: crypto::configure_connection (page size 4096, 40
// reserved bytes, temp_store MEMORY, no mmap, journal DELETE read back, WAL refused; a hot journal
// is rolled back here). Plain (benchmarks): the same settings by hand.
void configure_connection(Connection& conn, bool fresh) {
  sql::Database& db = conn.db;
  db.check(sqlite3_busy_timeout(db.handle(), k_busy_timeout_ms), "setting the busy timeout");
  if (conn.sealed()) {
    try {
      cr::configure_connection(db.handle(), fresh);
    } catch (const Error& e) {
      if (auto sealed = cr::seal_failure_error(*conn.keys)) {
        throw *sealed;
      }
      const std::string what = e.what();
      if (e.category() == ErrorCategory::damaged && what.rfind("archive damaged", 0) != 0) {
        // SQLite's "malformed" (say, a file truncated by a page): let the seal say what is wrong.
        std::string precise;
        try {
          const cr::VerifyReport report = cr::verify(db.handle());
          if (!report.problems.empty()) {
            precise = report.problems.front();
          }
        } catch (const Error&) {
        }
        throw Error(ErrorCategory::damaged, (precise.empty() ? "archive damaged: " + what : precise) +
                                                " (run `chatvault verify " + conn.path.string() + "` for details)");
      }
      throw;
    }
  } else {
    if (fresh) {
      db.exec("PRAGMA page_size = " + std::to_string(k_page_size));
      int reserve = k_reserved_bytes;
      db.check(sqlite3_file_control(db.handle(), "main", SQLITE_FCNTL_RESERVE_BYTES, &reserve),
               "reserving page bytes");
    }
    db.exec("PRAGMA temp_store = MEMORY; PRAGMA mmap_size = 0; PRAGMA synchronous = FULL;");
    const std::string mode = pragma_text(db, "journal_mode = DELETE");
    if (mode != "delete") {
      throw Error(ErrorCategory::damaged,
                  conn.path.string() + ": journal mode is \"" + mode + "\", not \"delete\"; refusing to use it");
    }
  }
  db.exec("PRAGMA foreign_keys = ON");
}

namespace {

std::optional<std::string> read_meta(sql::Database& db, std::string_view key) {
  sql::Statement st(db, "SELECT value FROM meta WHERE key = ?", false);
  st.bind(1, key);
  if (!st.step()) {
    return std::nullopt;
  }
  return st.column_text(0);
}

// Checks that the tables are ours, of a version we read.
void check_format(Connection& conn) {
  std::optional<std::string> version;
  try {
    version = read_meta(conn.db, "format_version");
  } catch (const Error& e) {
    if (e.category() == ErrorCategory::busy || e.category() == ErrorCategory::io ||
        e.category() == ErrorCategory::damaged) {
      throw;
    }
    throw not_an_archive(conn.path, e.what());
  }
  if (!version) {
    throw not_an_archive(conn.path, "no format version");
  }
  int format = 0;
  try {
    format = std::stoi(*version);
  } catch (const std::exception&) {
    throw not_an_archive(conn.path, "bad format version");
  }
  if (format > k_format_version) {
    throw Error(ErrorCategory::damaged, conn.path.string() + " was written by a newer chatvault (format " +
                                            std::to_string(format) + "); upgrade chatvault to open it");
  }
  if (format < 1) {
    throw not_an_archive(conn.path, "unknown format");
  }
  conn.format = format;
  // An older archive is read as it is; one opened for writing is brought up to date first.
  if (conn.writable && format < k_format_version) {
    migrate(conn);
  }
}

void initialise_new(Connection& conn, const CreateOptions& options) {
  sql::Database& db = conn.db;
  // Page layout first, on the empty database, before anything is written.
  configure_connection(conn, true);
  sql::Transaction tx(db);
  db.exec(schema_sql());
  sql::Statement put(db, "INSERT INTO meta (key, value) VALUES (?, ?)", false);
  const auto set = [&](std::string_view key, const std::string& value) {
    put.bind(1, key).bind(2, value);
    put.run();
  };
  set("format_version", std::to_string(k_format_version));
  set("schema_version", std::to_string(k_format_version));
  set("dedup_version", std::to_string(k_dedup_version));
  set("created_at", std::to_string(now_ms()));
  set("kdf", options.unsealed_for_benchmarks ? std::string("none (unsealed, benchmarks only)")
                                             : kdf_name(kdf_params(options.kdf)));
  tx.commit();
  conn.format = k_format_version;
  if (conn.sealed()) {
    cr::store_seal(db.handle());
  }

  int check = -1;
  db.check(sqlite3_file_control(db.handle(), "main", SQLITE_FCNTL_RESERVE_BYTES, &check), "reading reserved bytes");
  if (check != k_reserved_bytes || pragma_text(db, "page_size") != std::to_string(k_page_size)) {
    throw Error(ErrorCategory::internal, conn.path.string() + ": SQLite did not take the page layout");
  }
}

// Stores the whole-file seal after the import's last batch is committed, so `verify` can tell
// an older copy of a page or a truncation from the archive as this import left it.
class SealingImportSession final : public ImportSession {
 public:
  SealingImportSession(ConnectionPtr conn, std::unique_ptr<ImportSession> inner)
      : m_conn(std::move(conn)), m_inner(std::move(inner)) {}
  void begin_chat(const model::Chat& chat) override { m_inner->begin_chat(chat); }
  void message(model::Message&& msg) override { m_inner->message(std::move(msg)); }
  void end_chat() override { m_inner->end_chat(); }
  void skipped(const model::Origin& where, std::string_view reason) override { m_inner->skipped(where, reason); }
  void warning(const model::Origin& where, std::string_view text) override { m_inner->warning(where, text); }
  const ImportCounts& counts() const override { return m_inner->counts(); }
  void commit() override {
    m_inner->commit();
    cr::store_seal(m_conn->db.handle());
  }

 private:
  ConnectionPtr m_conn;
  std::unique_ptr<ImportSession> m_inner;
};

// The Archive handed out: ArchiveImpl's reading and writing, plus the seal after each import.
class SealedArchive final : public Archive {
 public:
  explicit SealedArchive(ConnectionPtr conn) : m_conn(conn), m_inner(std::make_unique<ArchiveImpl>(conn)) {}
  bool encrypted() const override { return m_conn->sealed(); }
  std::unique_ptr<ImportSession> begin_import(const SourceInfo& source) override {
    auto inner = m_inner->begin_import(source);
    if (!m_conn->sealed()) {
      return inner;
    }
    return std::make_unique<SealingImportSession>(m_conn, std::move(inner));
  }
  std::optional<model::Chat> find_chat(model::Platform platform, std::string_view key) override {
    return m_inner->find_chat(platform, key);
  }
  std::vector<SearchHit> search(const SearchQuery& query) override { return m_inner->search(query); }
  std::vector<model::StoredChat> chats() override { return m_inner->chats(); }
  void for_each_message(std::int64_t chat_id, const std::function<void(const model::Message&)>& fn) override {
    m_inner->for_each_message(chat_id, fn);
  }
  std::unique_ptr<model::ByteReader> open_blob(std::string_view content_hash) override {
    return m_inner->open_blob(content_hash);
  }

 private:
  ConnectionPtr m_conn;
  std::unique_ptr<ArchiveImpl> m_inner;
};

// Opens `path` for a key-slot change: the write lock for the whole change.
ConnectionPtr open_for_keys(const fs::path& path, const Secret& key) {
  check_is_archive_file(path);
  auto conn = std::make_shared<Connection>(path, true, false, [&] { return unlock_keys(path, key); });
  configure_connection(*conn, false);
  return conn;
}

}  // namespace

std::int64_t now_ms() {
  return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::system_clock::now().time_since_epoch())
      .count();
}

void allow_unsealed_archives_for_benchmarks() { g_allow_unsealed = true; }

Secret keyfile_secret(const fs::path& file) {
  const cr::Credential c = cr::keyfile_credential(file);
  std::string bytes(k_keyfile_tag);
  bytes.append(c.secret.view());
  Secret out(bytes);
  sodium_memzero(bytes.data(), bytes.size());
  return out;
}

void create_keyfile(const fs::path& file) {
  init_sodium();
  cr::create_keyfile(file);
}

std::unique_ptr<Archive> Archive::create(const fs::path& path, const Secret& passphrase, const CreateOptions& options) {
  std::error_code ec;
  if (fs::symlink_status(path, ec).type() != fs::file_type::not_found) {
    throw Error(ErrorCategory::usage, path.string() + " already exists; chatvault never overwrites an archive");
  }
  if (options.unsealed_for_benchmarks && !g_allow_unsealed) {
    throw Error(ErrorCategory::internal, "unsealed archives are for benchmarks only");
  }
  const bool keyfile = is_keyfile_secret(passphrase);
  if (!keyfile && !options.unsealed_for_benchmarks) {
    check_new_passphrase(passphrase);
  }
  init_sodium();
  ConnectionPtr conn;
  bool created = false;
  try {
    conn = std::make_shared<Connection>(path, true, true, [&]() -> cr::ArchiveKeysPtr {
      created = true;  // the FileLock made the (empty) file with O_EXCL
      if (options.unsealed_for_benchmarks) {
        return nullptr;
      }
      return cr::create_archive_file(path, new_slot_credential(passphrase), kdf_params(options.kdf));
    });
    initialise_new(*conn, options);
  } catch (const Error&) {
    // The file is ours (created with O_EXCL) unless the failure was that it already existed.
    if (created) {
      conn.reset();
      fs::remove(path, ec);
      fs::remove(fs::path(path.string() + "-journal"), ec);
    }
    throw;
  }
  return std::make_unique<SealedArchive>(std::move(conn));
}

std::unique_ptr<Archive> Archive::open(const fs::path& path, const Secret& passphrase, OpenMode mode) {
  std::error_code ec;
  const auto status = fs::status(path, ec);
  if (g_allow_unsealed && status.type() == fs::file_type::regular) {
    std::ifstream in(path, std::ios::binary);
    char head[16] = {};
    in.read(head, sizeof head);
    if (std::string_view(head, 16) == std::string_view("SQLite format 3\0", 16)) {  // a benchmark's plain file
      auto conn = std::make_shared<Connection>(path, mode == OpenMode::write, false, KeySource{});
      configure_connection(*conn, false);
      check_format(*conn);
      return std::make_unique<SealedArchive>(std::move(conn));
    }
  }
  check_is_archive_file(path);
  auto conn = std::make_shared<Connection>(path, mode == OpenMode::write, false, [&] { return unlock_keys(path, passphrase); });
  configure_connection(*conn, false);
  check_format(*conn);
  return std::make_unique<SealedArchive>(std::move(conn));
}

std::vector<KeySlotInfo> Archive::key_slots(const fs::path& path, const Secret& key) {
  const ConnectionPtr conn = open_for_keys(path, key);
  std::vector<KeySlotInfo> out;
  for (const cr::SlotInfo& s : cr::list_slots(conn->db.handle())) {
    KeySlotInfo info;
    info.index = s.index;
    info.kind = s.kind == cr::SlotKind::passphrase ? "passphrase"
                : s.kind == cr::SlotKind::keyfile  ? "key file"
                                                   : "recovery key";
    info.kdf = s.kind == cr::SlotKind::passphrase ? kdf_name(s.kdf) : std::string();
    info.opened_with = s.index == conn->keys->unlocked_slot();
    out.push_back(std::move(info));
  }
  return out;
}

void Archive::change_passphrase(const fs::path& path, const Secret& key, const Secret& new_passphrase,
                                std::optional<KdfLevel> kdf) {
  check_new_passphrase(new_passphrase);
  const ConnectionPtr conn = open_for_keys(path, key);
  const cr::ArchiveKeys& keys = *conn->keys;
  const cr::KdfParams params =
      kdf ? kdf_params(*kdf) : keys.header_at_open().slots[static_cast<std::size_t>(keys.unlocked_slot())].kdf;
  cr::change_passphrase(conn->db.handle(), new_passphrase, params);
}

int Archive::add_key(const fs::path& path, const Secret& key, const Secret& new_key, KdfLevel kdf) {
  const cr::Credential credential = new_slot_credential(new_key);
  const ConnectionPtr conn = open_for_keys(path, key);
  return cr::add_slot(conn->db.handle(), credential, kdf_params(kdf));
}

std::pair<int, std::string> Archive::add_recovery_key(const fs::path& path, const Secret& key) {
  const ConnectionPtr conn = open_for_keys(path, key);
  std::vector<bool> used(cr::k_max_slots, false);
  for (const cr::SlotInfo& s : cr::list_slots(conn->db.handle())) {
    used[static_cast<std::size_t>(s.index)] = true;
  }
  std::string text = cr::add_recovery_key(conn->db.handle());
  int index = -1;
  for (const cr::SlotInfo& s : cr::list_slots(conn->db.handle())) {
    if (!used[static_cast<std::size_t>(s.index)]) {
      index = s.index;
    }
  }
  return {index, std::move(text)};
}

void Archive::remove_key(const fs::path& path, const Secret& key, int index) {
  const ConnectionPtr conn = open_for_keys(path, key);
  cr::remove_slot(conn->db.handle(), index);
}

bool Archive::discard_journal(const fs::path& path, const Secret& key) {
  check_is_archive_file(path);
  unlock_keys(path, key);
  const FileLock lock(path, true, false);
  return cr::discard_journal(path);
}

std::optional<model::Chat> ArchiveImpl::find_chat(model::Platform platform, std::string_view key) {
  sql::Statement st(m_conn->db,
                    "SELECT id, title, is_group, zone, date_order FROM chats WHERE platform = ? AND key = ?", false);
  st.bind(1, model::to_string(platform)).bind(2, key);
  if (!st.step()) {
    return std::nullopt;
  }
  model::Chat chat;
  chat.platform = platform;
  chat.key = std::string(key);
  chat.title = st.column_text(1);
  chat.is_group = st.column_int(2) != 0;
  chat.zone = st.column_text(3);
  chat.date_order = st.column_text(4);
  chat.participants = participants(st.column_int64(0));
  return chat;
}

std::vector<model::Participant> ArchiveImpl::participants(std::int64_t chat_id) {
  sql::Statement st(m_conn->db, "SELECT name, platform_id, is_self FROM participants WHERE chat_id = ? ORDER BY id",
                    false);
  st.bind(1, chat_id);
  std::vector<model::Participant> out;
  while (st.step()) {
    out.push_back({st.column_text(0), st.column_text(1), st.column_int(2) != 0});
  }
  return out;
}

}  // namespace chatvault::archive
