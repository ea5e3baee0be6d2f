#include "archive/sqlite.hpp"

#include <sqlite3.h>

#include <limits>
#include <optional>

#include "archive/crypto/keys.hpp"
#include "archive/crypto/vfs.hpp"

namespace chatvault::archive::sql {

ErrorCategory category_for(int result_code) {
  switch (result_code & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      return ErrorCategory::busy;
    case SQLITE_NOTADB:
    case SQLITE_CORRUPT:
    case SQLITE_FORMAT:
      return ErrorCategory::damaged;
    case SQLITE_IOERR:
    case SQLITE_FULL:
    case SQLITE_CANTOPEN:
    case SQLITE_READONLY:
    case SQLITE_PERM:
    case SQLITE_NOLFS:
      return ErrorCategory::io;
    default:
      return ErrorCategory::internal;
  }
}

namespace {

// The Error for a failed call on `db` (open or not): a seal failure the VFS saw comes first, then
// "busy", then SQLite's own message; on a sealed archive "malformed" is damage, with a pointer to
// verify (a file truncated by a page, say, makes SQLite say "malformed" before any tag fails).
[[noreturn]] void throw_for(sqlite3* db, const crypto::ArchiveKeys* keys, int rc, const std::string& name,
                            const std::string& what, const std::string& message) {
  std::optional<Error> sealed = keys != nullptr ? crypto::seal_failure_error(*keys)
                                : db != nullptr ? crypto::seal_failure_error(db)
                                                : std::nullopt;
  if (sealed) {
    throw *sealed;
  }
  if ((rc & 0xff) == SQLITE_BUSY || (rc & 0xff) == SQLITE_LOCKED) {
    throw Error(ErrorCategory::busy, "archive is busy: another chatvault is writing to " + name + " (" + what + ")");
  }
  const bool is_sealed = keys != nullptr || (db != nullptr && crypto::keys_of(db) != nullptr);
  const ErrorCategory category = category_for(rc);
  if (is_sealed && category == ErrorCategory::damaged) {
    throw Error(ErrorCategory::damaged, "archive damaged: " + name + ": " + what + ": " + message +
                                            " (run `chatvault verify " + name + "` to find the damaged page)");
  }
  throw Error(category, name + ": " + what + ": " + message);
}

}  // namespace

void configure_sqlite() {
  static const int done = sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);  // SQLITE_MISUSE if too late: fine
  (void)done;
}

Database::Database(const std::filesystem::path& path, int flags, const char* vfs, const crypto::ArchiveKeys* keys)
    : m_name(path.string()) {
  configure_sqlite();
  const int rc = sqlite3_open_v2(m_name.c_str(), &m_db, flags, vfs);
  if (rc != SQLITE_OK) {
    const int erc = m_db != nullptr ? sqlite3_extended_errcode(m_db) : rc;
    const std::string message = m_db != nullptr ? sqlite3_errmsg(m_db) : sqlite3_errstr(rc);
    sqlite3_close_v2(m_db);
    m_db = nullptr;
    throw_for(nullptr, keys, erc, m_name, "cannot open", message);
  }
  sqlite3_extended_result_codes(m_db, 1);
}

Database::~Database() {
  // Every Statement is owned by an object that holds this Database alive, so none is left.
  sqlite3_close_v2(m_db);
}

void Database::fail(int rc, std::string_view what) const {
  const char* message = m_db != nullptr ? sqlite3_errmsg(m_db) : sqlite3_errstr(rc);
  throw_for(m_db, nullptr, rc, m_name, std::string(what), message);
}

void Database::check(int rc, std::string_view what) const {
  if (rc != SQLITE_OK && rc != SQLITE_ROW && rc != SQLITE_DONE) {
    fail(rc, what);
  }
}

void Database::exec(std::string_view sql) {
  const std::string text(sql);
  char* errmsg = nullptr;
  const int rc = sqlite3_exec(m_db, text.c_str(), nullptr, nullptr, &errmsg);
  if (rc != SQLITE_OK) {
    std::string message = errmsg != nullptr ? errmsg : sqlite3_errstr(rc);
    sqlite3_free(errmsg);
    const auto first_line = text.substr(0, text.find('\n'));
    throw_for(m_db, nullptr, sqlite3_extended_errcode(m_db), m_name, first_line.substr(0, 60), message);
  }
}

std::int64_t Database::last_insert_rowid() const { return sqlite3_last_insert_rowid(m_db); }
int Database::changes() const { return sqlite3_changes(m_db); }

Statement::Statement(Database& db, std::string_view sql, bool persistent) : m_db(&db) {
  if (sql.size() > static_cast<std::size_t>(std::numeric_limits<int>::max())) {
    throw Error(ErrorCategory::internal, "SQL statement too long");
  }
  const int rc = sqlite3_prepare_v3(db.handle(), sql.data(), static_cast<int>(sql.size()),
                                    persistent ? SQLITE_PREPARE_PERSISTENT : 0, &m_stmt, nullptr);
  if (rc != SQLITE_OK) {
    db.fail(rc, "preparing \"" + std::string(sql.substr(0, 60)) + "\"");
  }
}

Statement::~Statement() { sqlite3_finalize(m_stmt); }

Statement& Statement::bind(int index, std::int64_t value) {
  m_db->check(sqlite3_bind_int64(m_stmt, index, value), "bind");
  return *this;
}

Statement& Statement::bind(int index, double value) {
  m_db->check(sqlite3_bind_double(m_stmt, index, value), "bind");
  return *this;
}

Statement& Statement::bind(int index, std::string_view text) {
  m_db->check(sqlite3_bind_text64(m_stmt, index, text.data(), text.size(), SQLITE_TRANSIENT, SQLITE_UTF8),
              "bind");
  return *this;
}

Statement& Statement::bind_blob(int index, const void* data, std::size_t size) {
  m_db->check(sqlite3_bind_blob64(m_stmt, index, size == 0 ? "" : data, size, SQLITE_TRANSIENT), "bind");
  return *this;
}

Statement& Statement::bind_static(int index, std::string_view text) {
  m_static_bound = true;
  const char* data = text.data() == nullptr ? "" : text.data();  // a null pointer would bind NULL
  m_db->check(sqlite3_bind_text64(m_stmt, index, data, text.size(), SQLITE_STATIC, SQLITE_UTF8), "bind");
  return *this;
}

Statement& Statement::bind_blob_static(int index, const void* data, std::size_t size) {
  m_static_bound = true;
  m_db->check(sqlite3_bind_blob64(m_stmt, index, size == 0 ? "" : data, size, SQLITE_STATIC), "bind");
  return *this;
}

Statement& Statement::bind_null(int index) {
  m_db->check(sqlite3_bind_null(m_stmt, index), "bind");
  return *this;
}

bool Statement::step() {
  const int rc = sqlite3_step(m_stmt);
  if (rc == SQLITE_ROW) {
    return true;
  }
  if (rc == SQLITE_DONE) {
    return false;
  }
  const std::string sql = sqlite3_sql(m_stmt) != nullptr ? sqlite3_sql(m_stmt) : "";
  sqlite3_reset(m_stmt);
  if (m_static_bound) {
    // The caller unwinds past the bytes those bindings point at.
    sqlite3_clear_bindings(m_stmt);
    m_static_bound = false;
  }
  m_db->fail(rc, "\"" + sql.substr(0, 60) + "\"");
}

void Statement::run() {
  while (step()) {
  }
  reset();
}

void Statement::reset() {
  sqlite3_reset(m_stmt);
  sqlite3_clear_bindings(m_stmt);
  m_static_bound = false;
}

bool Statement::is_null(int col) const { return sqlite3_column_type(m_stmt, col) == SQLITE_NULL; }
std::int64_t Statement::column_int64(int col) const { return sqlite3_column_int64(m_stmt, col); }
double Statement::column_double(int col) const { return sqlite3_column_double(m_stmt, col); }

std::string Statement::column_text(int col) const {
  const auto* text = sqlite3_column_text(m_stmt, col);
  const int size = sqlite3_column_bytes(m_stmt, col);
  return text == nullptr ? std::string() : std::string(reinterpret_cast<const char*>(text), static_cast<std::size_t>(size));
}

std::optional<std::string> Statement::column_optional_text(int col) const {
  if (is_null(col)) {
    return std::nullopt;
  }
  return column_text(col);
}

std::string_view Statement::column_blob(int col) const {
  const void* data = sqlite3_column_blob(m_stmt, col);
  const int size = sqlite3_column_bytes(m_stmt, col);
  return data == nullptr ? std::string_view() : std::string_view(static_cast<const char*>(data), static_cast<std::size_t>(size));
}

Transaction::Transaction(Database& db) : m_db(&db) { db.exec("BEGIN IMMEDIATE"); }

Transaction::~Transaction() { rollback(); }

void Transaction::commit() {
  if (m_active) {
    m_db->exec("COMMIT");
    m_active = false;
  }
}

void Transaction::rollback() noexcept {
  if (m_active) {
    m_active = false;
    // A failed statement may already have rolled the transaction back; nothing to do then.
    if (sqlite3_get_autocommit(m_db->handle()) == 0) {
      sqlite3_exec(m_db->handle(), "ROLLBACK", nullptr, nullptr, nullptr);
    }
  }
}

}  // namespace chatvault::archive::sql
