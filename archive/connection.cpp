#include "archive/connection.hpp"

#include <fcntl.h>
#include <sqlite3.h>
#include <sys/file.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "util/error.hpp"

namespace chatvault::archive {

FileLock::FileLock(const std::filesystem::path& path, bool take, bool create) {
  if (!take) {
    return;
  }
  const int flags = O_RDWR | O_CLOEXEC | (create ? O_CREAT | O_EXCL : 0);
  m_fd = ::open(path.c_str(), flags, 0600);
  if (m_fd < 0) {
    const int err = errno;
    if (create && err == EEXIST) {
      throw Error(ErrorCategory::usage,
                  path.string() + " already exists; chatvault never overwrites an archive");
    }
    throw Error(ErrorCategory::io, path.string() + ": cannot open: " + std::strerror(err));
  }
  if (::flock(m_fd, LOCK_EX | LOCK_NB) != 0) {
    const int err = errno;
    ::close(m_fd);
    m_fd = -1;
    if (err == EWOULDBLOCK) {
      throw Error(ErrorCategory::busy,
                  "archive is busy: another chatvault is writing to " + path.string());
    }
    throw Error(ErrorCategory::io, path.string() + ": cannot lock: " + std::strerror(err));
  }
}

FileLock::~FileLock() {
  if (m_fd >= 0) {
    ::close(m_fd);  // also releases the flock
  }
}

namespace {

std::unique_ptr<crypto::SealedVfs> make_vfs(const crypto::ArchiveKeysPtr& keys) {
  return keys != nullptr ? std::make_unique<crypto::SealedVfs>(keys) : nullptr;
}

}  // namespace

// A reader opens the file read-write too (it never writes data; the write lock is the flock): after
// a crash SQLite must be able to roll a hot journal back, which a read-only handle cannot do.
Connection::Connection(const std::filesystem::path& file, bool writable_, bool create, const KeySource& key_source)
    : path(file),
      writable(writable_),
      lock(file, writable_, create),
      keys(key_source ? key_source() : nullptr),
      vfs(make_vfs(keys)),
      db(file, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_PRIVATECACHE,
         vfs != nullptr ? vfs->name() : nullptr, keys.get()) {}

}  // namespace chatvault::archive
