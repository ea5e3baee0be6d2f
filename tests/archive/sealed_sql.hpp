#pragma once
// Raw SQL on a sealed test archive (to look at or change tables the Archive API does not show):
// open_sealed() unlocks it with the tests' passphrase and opens SQLite through a SealedVfs. The
// caller closes the handle with sqlite3_close as usual; the VFS objects live until the tests end.
#include <sqlite3.h>

#include <filesystem>
#include <memory>
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

}  // namespace chatvault::test
