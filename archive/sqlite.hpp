#pragma once
// RAII wrappers over the SQLite C API: Database (sqlite3*), Statement (sqlite3_stmt*) and a
// Transaction guard; every failure becomes a chatvault::Error naming the file.
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

#include "util/error.hpp"

struct sqlite3;
struct sqlite3_stmt;

namespace chatvault::archive::crypto {
class ArchiveKeys;
}

namespace chatvault::archive::sql {

// The error category for a SQLite result code (BUSY/LOCKED → busy, NOTADB/CORRUPT → damaged,
// I/O-like codes → io, everything else → internal).
ErrorCategory category_for(int result_code);

// Sets how this process's SQLite library runs, once, before anything initialises it (every path
// that first touches SQLite calls it): no memory statistics, whose global mutex every SQLite
// allocation would take (an import makes several per message); nothing here reads them. If
// the host process initialised SQLite before us, its settings stay.
void configure_sqlite();

class Database {
 public:
  // Opens `path` with sqlite3_open_v2 `flags` through the VFS named `vfs` (nullptr: SQLite's
  // default). Throws Error on failure. For an archive opened through a crypto::SealedVfs pass its
  // keys: sqlite3_open_v2 reads page 1, so a page that fails authentication fails the open
  // itself and the error must name it.
  Database(const std::filesystem::path& path, int flags, const char* vfs = nullptr,
           const crypto::ArchiveKeys* keys = nullptr);
  ~Database();
  Database(const Database&) = delete;
  Database& operator=(const Database&) = delete;

  sqlite3* handle() const { return m_db; }
  const std::string& file_name() const { return m_name; }

  // Runs one or more statements without results.
  void exec(std::string_view sql);
  // Throws Error if `rc` is not SQLITE_OK/ROW/DONE: "<file>: <what>: <sqlite message>". On a
  // sealed archive a page that failed authentication is reported first ("archive damaged: page
  // N failed authentication"), SQLITE_BUSY is "archive is busy", and SQLite's "malformed"
  // becomes Error(damaged) pointing at `chatvault verify`.
  void check(int rc, std::string_view what) const;
  [[noreturn]] void fail(int rc, std::string_view what) const;
  std::int64_t last_insert_rowid() const;
  int changes() const;

 private:
  sqlite3* m_db = nullptr;
  std::string m_name;
};

class Statement {
 public:
  Statement(Database& db, std::string_view sql, bool persistent = true);
  ~Statement();
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;

  // Bind helpers, 1-based indexes; return *this for chaining.
  Statement& bind(int index, std::int64_t value);
  Statement& bind(int index, int value) { return bind(index, static_cast<std::int64_t>(value)); }
  Statement& bind(int index, bool value) { return bind(index, static_cast<std::int64_t>(value ? 1 : 0)); }
  Statement& bind(int index, double value);
  Statement& bind(int index, std::string_view text);
  Statement& bind(int index, const std::string& text) { return bind(index, std::string_view(text)); }
  Statement& bind(int index, const char* text) { return bind(index, std::string_view(text)); }
  Statement& bind_blob(int index, const void* data, std::size_t size);
  Statement& bind_null(int index);
  template <typename T>
  Statement& bind(int index, const std::optional<T>& value) {
    return value ? bind(index, *value) : bind_null(index);
  }
  // Without SQLite's private copy (SQLITE_STATIC): for the import's per-message statements, bound
  // and run at once. The bytes must stay unchanged until run()/reset(), which drop the binding,
  // as does a failed step(); a caller that binds and then gives up without stepping must reset().
  Statement& bind_static(int index, std::string_view text);
  Statement& bind_static(int index, const std::string& text) { return bind_static(index, std::string_view(text)); }
  Statement& bind_static(int index, const std::optional<std::string>& text) {
    return text ? bind_static(index, std::string_view(*text)) : bind_null(index);
  }
  Statement& bind_blob_static(int index, const void* data, std::size_t size);

  // Steps once: true if a row is ready, false when done. Throws Error on failure.
  bool step();
  // Steps to completion, expecting no rows; resets the statement.
  void run();
  // Resets and clears bindings, ready to run again.
  void reset();

  bool is_null(int col) const;
  std::int64_t column_int64(int col) const;
  int column_int(int col) const { return static_cast<int>(column_int64(col)); }
  double column_double(int col) const;
  std::string column_text(int col) const;
  std::optional<std::string> column_optional_text(int col) const;
  // A view of a BLOB column, valid until the next step/reset.
  std::string_view column_blob(int col) const;

 private:
  Database* m_db;
  sqlite3_stmt* m_stmt = nullptr;
  bool m_static_bound = false;  // a bind_static* binding may be in place: clear it on failure
};

// BEGIN IMMEDIATE on construction; ROLLBACK on destruction unless commit() was called.
class Transaction {
 public:
  explicit Transaction(Database& db);
  ~Transaction();
  Transaction(const Transaction&) = delete;
  Transaction& operator=(const Transaction&) = delete;
  void commit();
  void rollback() noexcept;

 private:
  Database* m_db;
  bool m_active = true;
};

}  // namespace chatvault::archive::sql
