// Archive::create / Archive::open: the file, its settings, the passphrase check; find_chat.
#include <sodium.h>
#include <sqlite3.h>

#include <chrono>
#include <system_error>

#include "archive/archive_impl.hpp"
#include "archive/schema.hpp"
#include "util/error.hpp"

namespace chatvault::archive {
namespace fs = std::filesystem;

namespace {

constexpr int k_page_size = 4096;
constexpr int k_reserved_bytes = 40;
constexpr int k_busy_timeout_ms = 5000;
// Argon2id limits a stored verifier may ask for before we run it (a hostile file must not
// make us allocate gigabytes): libsodium's SENSITIVE limits.
constexpr unsigned long long k_max_memlimit_kib = 1024 * 1024;
constexpr unsigned long long k_max_opslimit = 16;

void init_sodium() {
  if (sodium_init() < 0) {
    throw Error(ErrorCategory::internal, "libsodium failed to initialise");
  }
}

std::string pragma_text(sql::Database& db, const std::string& pragma) {
  sql::Statement st(db, "PRAGMA " + pragma, false);
  return st.step() ? st.column_text(0) : std::string();
}

// The settings every connection needs: no temp files, no mmap, no WAL, foreign keys.
void configure(Connection& conn) {
  sql::Database& db = conn.db;
  db.check(sqlite3_busy_timeout(db.handle(), k_busy_timeout_ms), "setting the busy timeout");
  db.exec("PRAGMA temp_store = MEMORY; PRAGMA mmap_size = 0; PRAGMA foreign_keys = ON;");
  const std::string mode = pragma_text(db, "journal_mode = DELETE");
  if (mode != "delete") {
    throw Error(ErrorCategory::damaged,
                conn.path.string() + ": journal mode is \"" + mode + "\", not \"delete\"; refusing to use it");
  }
}

struct KdfLimits {
  unsigned long long ops;
  std::size_t mem;
};

KdfLimits limits_for(KdfLevel level) {
  switch (level) {
    case KdfLevel::interactive:
      return {crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE};
    case KdfLevel::moderate:
      return {crypto_pwhash_OPSLIMIT_MODERATE, crypto_pwhash_MEMLIMIT_MODERATE};
    case KdfLevel::sensitive:
      return {crypto_pwhash_OPSLIMIT_SENSITIVE, crypto_pwhash_MEMLIMIT_SENSITIVE};
  }
  return {crypto_pwhash_OPSLIMIT_MODERATE, crypto_pwhash_MEMLIMIT_MODERATE};
}

std::string_view kdf_name(KdfLevel level) {
  switch (level) {
    case KdfLevel::interactive:
      return "interactive";
    case KdfLevel::moderate:
      return "moderate";
    case KdfLevel::sensitive:
      return "sensitive";
  }
  return "moderate";
}

std::string make_verifier(const Secret& passphrase, KdfLevel level) {
  const KdfLimits limits = limits_for(level);
  std::string out(crypto_pwhash_STRBYTES, '\0');
  if (crypto_pwhash_str(out.data(), passphrase.view().data(), passphrase.size(), limits.ops, limits.mem) != 0) {
    throw Error(ErrorCategory::internal, "out of memory deriving the passphrase verifier");
  }
  out.resize(out.find('\0'));
  return out;
}

// Reads "name=123" out of "$argon2id$v=19$m=65536,t=2,p=1$...".
std::optional<unsigned long long> verifier_param(std::string_view verifier, std::string_view name) {
  const std::string key = "$" + std::string(name) + "=";
  const std::string key2 = "," + std::string(name) + "=";
  std::size_t pos = verifier.find(key);
  if (pos == std::string_view::npos) {
    pos = verifier.find(key2);
  }
  if (pos == std::string_view::npos) {
    return std::nullopt;
  }
  pos += key.size();
  unsigned long long value = 0;
  std::size_t digits = 0;
  while (pos < verifier.size() && verifier[pos] >= '0' && verifier[pos] <= '9' && digits < 12) {
    value = value * 10 + static_cast<unsigned long long>(verifier[pos] - '0');
    ++pos;
    ++digits;
  }
  return digits == 0 ? std::nullopt : std::optional(value);
}

std::optional<std::string> read_meta(sql::Database& db, std::string_view key) {
  sql::Statement st(db, "SELECT value FROM meta WHERE key = ?", false);
  st.bind(1, key);
  if (!st.step()) {
    return std::nullopt;
  }
  return st.column_text(0);
}

Error not_an_archive(const fs::path& path, const std::string& detail) {
  return Error(ErrorCategory::damaged,
               path.string() + " is not a chatvault archive (or it is damaged)" + (detail.empty() ? "" : ": " + detail));
}

// Checks that the file is ours, of a version we read, and that the passphrase opens it.
void check_archive(Connection& conn, const Secret& passphrase) {
  std::optional<std::string> version;
  std::optional<std::string> verifier;
  try {
    configure(conn);
    version = read_meta(conn.db, "format_version");
    verifier = read_meta(conn.db, "passphrase_verifier");
  } catch (const Error& e) {
    if (e.category() == ErrorCategory::busy || e.category() == ErrorCategory::io) {
      throw;
    }
    throw not_an_archive(conn.path, e.what());
  }
  if (!version || !verifier) {
    throw not_an_archive(conn.path, "no chatvault header");
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
  if (format < 1 || verifier->rfind("$argon2id$", 0) != 0) {
    throw not_an_archive(conn.path, "unknown format");
  }
  const auto mem = verifier_param(*verifier, "m");
  const auto ops = verifier_param(*verifier, "t");
  if (!mem || !ops || *mem > k_max_memlimit_kib || *ops > k_max_opslimit) {
    throw not_an_archive(conn.path, "passphrase verifier has unacceptable limits");
  }
  init_sodium();
  if (crypto_pwhash_str_verify(verifier->c_str(), passphrase.view().data(), passphrase.size()) != 0) {
    throw Error(ErrorCategory::wrong_key, "wrong passphrase for " + conn.path.string());
  }
}

void initialise_new(Connection& conn, const Secret& passphrase, const CreateOptions& options) {
  sql::Database& db = conn.db;
  // Page layout first, on the empty database, before anything is written.
  db.exec("PRAGMA page_size = " + std::to_string(k_page_size));
  int reserve = k_reserved_bytes;
  db.check(sqlite3_file_control(db.handle(), "main", SQLITE_FCNTL_RESERVE_BYTES, &reserve), "reserving page bytes");
  configure(conn);
  const std::string verifier = make_verifier(passphrase, options.kdf);

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
  set("kdf", std::string(kdf_name(options.kdf)));
  set("passphrase_verifier", verifier);
  tx.commit();

  int check = -1;
  db.check(sqlite3_file_control(db.handle(), "main", SQLITE_FCNTL_RESERVE_BYTES, &check), "reading reserved bytes");
  if (check != k_reserved_bytes || pragma_text(db, "page_size") != std::to_string(k_page_size)) {
    throw Error(ErrorCategory::internal, conn.path.string() + ": SQLite did not take the page layout");
  }
}

}  // namespace

std::int64_t now_ms() {
  return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::system_clock::now().time_since_epoch())
      .count();
}

std::unique_ptr<Archive> Archive::create(const fs::path& path, const Secret& passphrase, const CreateOptions& options) {
  std::error_code ec;
  if (fs::symlink_status(path, ec).type() != fs::file_type::not_found) {
    throw Error(ErrorCategory::usage, path.string() + " already exists; chatvault never overwrites an archive");
  }
  init_sodium();
  ConnectionPtr conn;
  try {
    conn = std::make_shared<Connection>(path, true, true);
    initialise_new(*conn, passphrase, options);
  } catch (const Error& e) {
    // The file is ours (created with O_EXCL) unless the failure was that it already existed.
    if (e.category() != ErrorCategory::usage) {
      conn.reset();
      fs::remove(path, ec);
      fs::remove(fs::path(path.string() + "-journal"), ec);
    }
    throw;
  }
  return std::make_unique<ArchiveImpl>(std::move(conn));
}

std::unique_ptr<Archive> Archive::open(const fs::path& path, const Secret& passphrase, OpenMode mode) {
  std::error_code ec;
  const auto status = fs::status(path, ec);
  if (status.type() == fs::file_type::not_found) {
    throw Error(ErrorCategory::usage, path.string() + " does not exist (create it with chatvault init)");
  }
  if (status.type() != fs::file_type::regular) {
    throw not_an_archive(path, "not a regular file");
  }
  auto conn = std::make_shared<Connection>(path, mode == OpenMode::write, false);
  check_archive(*conn, passphrase);
  return std::make_unique<ArchiveImpl>(std::move(conn));
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
