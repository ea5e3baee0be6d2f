#pragma once
// Connection: one open archive — the writer's flock descriptor and the SQLite handle — shared
// by the Archive, its import session and open blob readers, so none can outlive the database.
#include <filesystem>
#include <functional>
#include <memory>

#include "archive/crypto/keys.hpp"
#include "archive/crypto/vfs.hpp"
#include "archive/sqlite.hpp"

namespace chatvault::archive {

// An exclusive flock(2) on a file, held from construction to destruction. The descriptor is
// only closed by the destructor: it must stay open until after SQLite has closed the file,
// because closing any descriptor of a file drops the process's POSIX (SQLite) locks on it.
class FileLock {
 public:
  // If `take`: opens `path` (creating it with O_EXCL if `create`) and locks it; Error(busy)
  // if another holder has it. Otherwise holds nothing.
  FileLock(const std::filesystem::path& path, bool take, bool create);
  ~FileLock();
  FileLock(const FileLock&) = delete;
  FileLock& operator=(const FileLock&) = delete;
  bool held() const { return m_fd >= 0; }

 private:
  int m_fd = -1;
};

// Where a connection's keys come from, called once the write lock (if any) is held: unlock the
// header (open) or write a new one (create). Returning nullptr opens plain SQLite, with no
// sealing VFS — only CreateOptions::unsealed_for_benchmarks does that.
using KeySource = std::function<crypto::ArchiveKeysPtr()>;

struct Connection {
  // Takes the write lock (if `writable`), gets the keys, registers the sealing VFS and opens
  // SQLite through it. No SQLite setting is applied here (see configure in archive.cpp).
  Connection(const std::filesystem::path& file, bool writable, bool create, const KeySource& keys);

  bool sealed() const { return vfs != nullptr; }

  std::filesystem::path path;
  bool writable;
  int format = 0;                           // meta.format_version as opened (0: not read yet)
  FileLock lock;                            // declared before db: destroyed after it
  crypto::ArchiveKeysPtr keys;              // nullptr: plain SQLite (benchmarks only)
  std::unique_ptr<crypto::SealedVfs> vfs;   // must outlive sqlite3_close: declared before db
  sql::Database db;
};

using ConnectionPtr = std::shared_ptr<Connection>;

}  // namespace chatvault::archive
