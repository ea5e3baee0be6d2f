#pragma once
// Raw SQL on a sealed test archive (to look at or change tables the Archive API does not show):
// open_sealed() unlocks it with the tests' passphrase and opens SQLite through a SealedVfs. The
// caller closes the handle with sqlite3_close as usual; the VFS objects live until the tests end.
#include <doctest/doctest.h>
#include <sqlite3.h>

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "archive/crypto/keys.hpp"
#include "archive/crypto/vfs.hpp"
#include "tests/archive/feed.hpp"

namespace chatvault::test {

// nullptr if the archive cannot be opened.
inline sqlite3* open_sealed(const std::filesystem::path& path, int flags) {
  namespace cr = chatvault::archive::crypto;
  static std::vector<std::unique_ptr<cr::SealedVfs>> vfs_kept;  // must outlive every handle
  try {
    auto keys = cr::unlock_archive(path, cr::passphrase_credential(k_archive_passphrase));
    vfs_kept.push_back(std::make_unique<cr::SealedVfs>(keys));
    sqlite3* db = nullptr;
    if (sqlite3_open_v2(path.c_str(), &db, flags, vfs_kept.back()->name()) != SQLITE_OK) {
      sqlite3_close(db);
      return nullptr;
    }
    cr::configure_connection(db, false);
    return db;
  } catch (const std::exception&) {
    return nullptr;
  }
}

// Runs `sql` on the archive at `path` (opened read-write); fails the test on an error.
inline void sql_exec(const std::filesystem::path& path, const std::string& sql) {
  sqlite3* db = nullptr;
  REQUIRE((db = open_sealed(path, SQLITE_OPEN_READWRITE)) != nullptr);
  char* err = nullptr;
  const int rc = sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &err);
  if (err != nullptr) {
    MESSAGE(err);
    sqlite3_free(err);
  }
  sqlite3_close(db);
  REQUIRE(rc == SQLITE_OK);
}

// The first column of the first row `sql` gives on the archive at `path`.
inline std::int64_t sql_int(const std::filesystem::path& path, const std::string& sql) {
  sqlite3* db = nullptr;
  REQUIRE((db = open_sealed(path, SQLITE_OPEN_READONLY)) != nullptr);
  sqlite3_stmt* st = nullptr;
  REQUIRE(sqlite3_prepare_v2(db, sql.c_str(), -1, &st, nullptr) == SQLITE_OK);
  REQUIRE(sqlite3_step(st) == SQLITE_ROW);
  const std::int64_t v = sqlite3_column_int64(st, 0);
  sqlite3_finalize(st);
  sqlite3_close(db);
  return v;
}

}  // namespace chatvault::test
