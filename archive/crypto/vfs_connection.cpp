// Helpers over an archive connection, and the connection-level API: keys_of, seal failures as
// Errors, connection settings.
#include <sqlite3.h>

#include <string>

#include "archive/crypto/vfs.hpp"
#include "archive/crypto/vfs_internal.hpp"

namespace chatvault::archive::crypto {

using namespace vfs_detail;

namespace {

// ---- helpers over a connection ----

ErrorCategory category_of(int rc) {
  switch (rc & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED: return ErrorCategory::busy;
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB: return ErrorCategory::damaged;
    case SQLITE_IOERR: return rc == SQLITE_IOERR_AUTH ? ErrorCategory::damaged : ErrorCategory::io;
    case SQLITE_CANTOPEN:
    case SQLITE_FULL:
    case SQLITE_READONLY: return ErrorCategory::io;
    default: return ErrorCategory::internal;
  }
}

std::string archive_name(sqlite3* db) {
  ArchiveKeys* k = keys_of(db);
  if (k != nullptr) {
    return k->path().string();
  }
  const char* name = sqlite3_db_filename(db, "main");
  return name != nullptr ? name : "archive";
}

}  // namespace

namespace vfs_detail {

[[noreturn]] void fail(sqlite3* db, int rc, std::string_view what) {
  if (std::optional<Error> e = seal_failure_error(db)) {
    throw *e;
  }
  if ((rc & 0xff) == SQLITE_BUSY) {
    throw Error(ErrorCategory::busy, "archive is busy (another chatvault is writing to " + archive_name(db) + ")");
  }
  throw Error(category_of(rc), archive_name(db) + ": " + std::string(what) + ": " + sqlite3_errmsg(db));
}

void exec(sqlite3* db, const char* sql) {
  const int rc = sqlite3_exec(db, sql, nullptr, nullptr, nullptr);
  if (rc != SQLITE_OK) {
    fail(db, sqlite3_extended_errcode(db), sql);
  }
}

std::string query_text(sqlite3* db, const char* sql) {
  sqlite3_stmt* st = nullptr;
  int rc = sqlite3_prepare_v2(db, sql, -1, &st, nullptr);
  if (rc != SQLITE_OK) {
    fail(db, sqlite3_extended_errcode(db), sql);
  }
  std::string out;
  rc = sqlite3_step(st);
  if (rc == SQLITE_ROW) {
    const auto* t = sqlite3_column_text(st, 0);
    out = t != nullptr ? reinterpret_cast<const char*>(t) : "";
    rc = sqlite3_step(st);
  }
  const int erc = sqlite3_extended_errcode(db);
  sqlite3_finalize(st);
  if (rc != SQLITE_DONE) {
    fail(db, erc, sql);
  }
  return out;
}

void file_control(sqlite3* db, int op, void* arg, std::optional<Error>& error) {
  const int rc = sqlite3_file_control(db, "main", op, arg);
  if (error) {
    throw *error;
  }
  if (rc != SQLITE_OK) {
    if (rc == SQLITE_NOTFOUND) {
      throw Error(ErrorCategory::internal, "the connection is not open through a chatvault SealedVfs");
    }
    fail(db, rc, "archive header operation");
  }
}

Header update_header(sqlite3* db, std::function<void(Header&)> mutate) {
  HeaderOp op;
  op.mutate = std::move(mutate);
  with_write_lock(db, [&] { file_control(db, k_fcntl_update_header, &op, op.error); });
  return op.result;
}

ArchiveKeys& require_keys(sqlite3* db) {
  ArchiveKeys* k = keys_of(db);
  if (k == nullptr) {
    throw Error(ErrorCategory::internal, "the connection is not open through a chatvault SealedVfs");
  }
  return *k;
}

}  // namespace vfs_detail

ArchiveKeys* keys_of(sqlite3* db) {
  ArchiveKeys* k = nullptr;
  if (sqlite3_file_control(db, "main", k_fcntl_keys, &k) != SQLITE_OK) {
    return nullptr;
  }
  return k;
}

std::optional<Error> seal_failure_error(sqlite3* db) {
  ArchiveKeys* k = keys_of(db);
  if (k == nullptr) {
    return std::nullopt;
  }
  return seal_failure_error(*k);
}

std::optional<Error> seal_failure_error(const ArchiveKeys& keys) {
  const ArchiveKeys* k = &keys;
  const std::optional<SealFailure> failure = k->last_failure();
  if (!failure) {
    return std::nullopt;
  }
  const std::string name = k->path().string();
  switch (failure->where) {
    case SealFailure::Where::page:
      return Error(ErrorCategory::damaged,
                   "archive damaged: page " + std::to_string(failure->page) + " failed authentication");
    case SealFailure::Where::journal:
      return Error(ErrorCategory::damaged,
                   "archive damaged: the rollback journal " + name + "-journal (left by an interrupted write) failed "
                   "authentication at page " + std::to_string(failure->page) +
                   "; the rollback stopped there and the journal was kept as evidence. To discard it (the "
                   "interrupted write may stay partly undone; run `chatvault verify` after): chatvault recover " +
                   name + " --discard-journal");
    case SealFailure::Where::write_pattern:
      return Error(ErrorCategory::internal,
                   "refused an unexpected write pattern to " + name + " (nothing was written in clear)");
  }
  return std::nullopt;
}

void configure_connection(sqlite3* db, bool fresh) {
  ArchiveKeys& k = require_keys(db);
  k.clear_failure();
  if (fresh) {
    exec(db, "PRAGMA page_size=4096");
    int reserve = static_cast<int>(k_reserved_bytes);
    if (sqlite3_file_control(db, "main", SQLITE_FCNTL_RESERVE_BYTES, &reserve) != SQLITE_OK) {
      throw Error(ErrorCategory::internal, "cannot set the reserved bytes per page");
    }
  }
  // EXTRA, not FULL: with journal_mode DELETE, FULL does not sync the directory after the
  // journal is deleted, so a power cut just after COMMIT could bring the journal back and roll
  // the commit back. One more fsync per import batch is cheap.
  exec(db, "PRAGMA temp_store=MEMORY; PRAGMA mmap_size=0; PRAGMA synchronous=EXTRA");
  // Reading the page size reads page 1: a hot journal is rolled back here.
  const std::string page_size = query_text(db, "PRAGMA page_size");
  if (page_size != "4096") {
    throw Error(ErrorCategory::damaged, "archive damaged: page size " + page_size + ", expected 4096");
  }
  int reserve = -1;  // query without changing
  if (sqlite3_file_control(db, "main", SQLITE_FCNTL_RESERVE_BYTES, &reserve) != SQLITE_OK ||
      reserve != static_cast<int>(k_reserved_bytes)) {
    throw Error(ErrorCategory::damaged, "archive damaged: " + std::to_string(reserve) +
                                            " reserved bytes per page, expected 40");
  }
  const std::string mode = query_text(db, "PRAGMA journal_mode=DELETE");
  if (mode != "delete") {
    throw Error(ErrorCategory::internal, "journal_mode is " + mode + ", expected delete");
  }
  if (query_text(db, "PRAGMA temp_store") != "2" || query_text(db, "PRAGMA mmap_size") != "0") {
    throw Error(ErrorCategory::internal, "temp_store or mmap_size could not be set");
  }
}

}  // namespace chatvault::archive::crypto
