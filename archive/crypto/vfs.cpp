#include "archive/crypto/vfs.hpp"

#include <sodium.h>
#include <sqlite3.h>
#include <sys/stat.h>

#include <cstring>
#include <new>
#include <string>
#include <vector>

#include "archive/crypto/vfs_internal.hpp"
#include "archive/sqlite.hpp"

namespace chatvault::archive::crypto {

using namespace vfs_detail;

namespace {

// ---- main database ----

int main_read(SealedFile* f, void* out, int amt, sqlite3_int64 off) {
  const sqlite3_int64 in_page = off % k_ps;
  if (amt <= 0 || in_page + amt > k_ps) {
    return SQLITE_IOERR_READ;  // SQLite never reads across pages
  }
  const sqlite3_int64 page_off = off - in_page;
  const auto page = static_cast<std::uint32_t>(page_off / k_ps + 1);
  const bool whole = amt == k_ps;
  unsigned char* dst = whole ? static_cast<unsigned char*>(out) : f->buf;
  int rc = f->real->pMethods->xRead(f->real, dst, k_ps, page_off + k_header_region);
  if (rc == SQLITE_IOERR_SHORT_READ) {
    sqlite3_int64 size = 0;
    rc = f->real->pMethods->xFileSize(f->real, &size);
    std::memset(out, 0, static_cast<std::size_t>(amt));
    if (rc != SQLITE_OK) {
      return rc;
    }
    if (size <= page_off + k_header_region) {
      return SQLITE_IOERR_SHORT_READ;  // past the end: SQLite's ordinary zero-filled short read
    }
    record_failure(f, SealFailure::Where::page, page);  // a page cut short: truncated file
    return SQLITE_IOERR_AUTH;
  }
  if (rc != SQLITE_OK) {
    return rc;
  }
  ArchiveKeys& k = file_keys(f);
  if (!open_page(k.page_key(), k.file_id(), page, dst, dst)) {
    record_failure(f, SealFailure::Where::page, page);
    std::memset(out, 0, static_cast<std::size_t>(amt));
    return SQLITE_IOERR_AUTH;
  }
  if (!whole) {
    std::memcpy(out, f->buf + in_page, static_cast<std::size_t>(amt));
  }
  return SQLITE_OK;
}

int main_write(SealedFile* f, const void* data, int amt, sqlite3_int64 off) {
  if (amt != k_ps || off % k_ps != 0) {
    record_failure(f, SealFailure::Where::write_pattern, static_cast<std::uint32_t>(off / k_ps + 1));
    return SQLITE_IOERR_WRITE;  // never a partial or unsealed page
  }
  const auto page = static_cast<std::uint32_t>(off / k_ps + 1);
  const auto* plain = static_cast<const unsigned char*>(data);
  if (page == 1 && (plain[16] != 0x10 || plain[17] != 0x00 || plain[20] != k_reserved_bytes)) {
    record_failure(f, SealFailure::Where::write_pattern, 1);
    return SQLITE_IOERR_WRITE;  // page size or reserved bytes were changed behind our back
  }
  ArchiveKeys& k = file_keys(f);
  std::lock_guard lock(k.mutex);
  int rc = SQLITE_OK;
  if (!k.state.write_session) {
    rc = begin_write_session(f);
    if (rc != SQLITE_OK) {
      return rc;
    }
  }
  unsigned char old_tag[k_tag_size];
  bool had_old = false;
  if (page <= k.state.file_pages) {
    had_old = disk_tag(f, page, old_tag, rc);
    if (rc != SQLITE_OK) {
      return rc;
    }
  }
  Nonce nonce;
  k.random()(nonce.data(), nonce.size());
  seal_page(k.page_key(), k.file_id(), page, plain, nonce.data(), f->buf);
  rc = f->real->pMethods->xWrite(f->real, f->buf, k_ps, off + k_header_region);
  if (rc != SQLITE_OK) {
    k.state.seal_valid = false;
    return rc;
  }
  if (had_old) {
    xor_into(k.state.seal, seal_term(k.seal_key(), page, old_tag));
  }
  xor_into(k.state.seal, seal_term(k.seal_key(), page, f->buf + k_usable_size + k_nonce_size));
  if (page > k.state.file_pages) {
    k.state.file_pages = page;
  }
  return SQLITE_OK;
}

int main_truncate(SealedFile* f, sqlite3_int64 size) {
  if (size % k_ps != 0) {
    return SQLITE_IOERR_TRUNCATE;
  }
  ArchiveKeys& k = file_keys(f);
  std::lock_guard lock(k.mutex);
  int rc = SQLITE_OK;
  if (!k.state.write_session) {
    rc = begin_write_session(f);
    if (rc != SQLITE_OK) {
      return rc;
    }
  }
  const auto keep = static_cast<std::uint64_t>(size / k_ps);
  unsigned char tag[k_tag_size];
  for (std::uint64_t p = keep + 1; p <= k.state.file_pages; ++p) {
    if (p != k_pending_byte_page && disk_tag(f, static_cast<std::uint32_t>(p), tag, rc)) {
      xor_into(k.state.seal, seal_term(k.seal_key(), static_cast<std::uint32_t>(p), tag));
    }
    if (rc != SQLITE_OK) {
      k.state.seal_valid = false;
      return rc;
    }
  }
  rc = f->real->pMethods->xTruncate(f->real, size + k_header_region);
  if (rc != SQLITE_OK) {
    k.state.seal_valid = false;
    return rc;
  }
  if (keep < k.state.file_pages) {
    k.state.file_pages = keep;
  }
  return SQLITE_OK;
}

// ---- io methods ----

int x_close(sqlite3_file* file) {
  SealedFile* f = sf(file);
  const int rc = f->real->pMethods != nullptr ? f->real->pMethods->xClose(f->real) : SQLITE_OK;
  if (f->buf != nullptr) {
    sodium_memzero(f->buf, k_page_size);
    sqlite3_free(f->buf);
    f->buf = nullptr;
  }
  return rc;
}

int x_read(sqlite3_file* file, void* out, int amt, sqlite3_int64 off) {
  SealedFile* f = sf(file);
  return f->kind == FileKind::main ? main_read(f, out, amt, off) : journal_read(f, out, amt, off);
}

int x_write(sqlite3_file* file, const void* data, int amt, sqlite3_int64 off) {
  SealedFile* f = sf(file);
  return f->kind == FileKind::main ? main_write(f, data, amt, off) : journal_write(f, data, amt, off);
}

int x_truncate(sqlite3_file* file, sqlite3_int64 size) {
  SealedFile* f = sf(file);
  return f->kind == FileKind::main ? main_truncate(f, size) : f->real->pMethods->xTruncate(f->real, size);
}

int x_sync(sqlite3_file* file, int flags) { return sf(file)->real->pMethods->xSync(sf(file)->real, flags); }

int x_file_size(sqlite3_file* file, sqlite3_int64* size) {
  SealedFile* f = sf(file);
  const int rc = f->real->pMethods->xFileSize(f->real, size);
  if (rc == SQLITE_OK && f->kind == FileKind::main) {
    *size = *size > k_header_region ? *size - k_header_region : 0;
  }
  return rc;
}

int x_lock(sqlite3_file* file, int level) {
  SealedFile* f = sf(file);
  const int rc = f->real->pMethods->xLock(f->real, level);
  if (rc == SQLITE_OK) {
    f->lock_level = level;
  }
  return rc;
}

int x_unlock(sqlite3_file* file, int level) {
  SealedFile* f = sf(file);
  const int rc = f->real->pMethods->xUnlock(f->real, level);
  if (rc == SQLITE_OK) {
    f->lock_level = level;
  }
  return rc;
}

int x_check_reserved(sqlite3_file* file, int* out) {
  return sf(file)->real->pMethods->xCheckReservedLock(sf(file)->real, out);
}

int pragma_control(char** args) {
  // args[1] = pragma name, args[2] = value or NULL; an error message goes into args[0].
  if (args[1] != nullptr && args[2] != nullptr && sqlite3_stricmp(args[1], "journal_mode") == 0 &&
      sqlite3_stricmp(args[2], "delete") != 0 && sqlite3_stricmp(args[2], "truncate") != 0) {
    args[0] = sqlite3_mprintf("chatvault archives use journal_mode DELETE (%s is refused)", args[2]);
    return SQLITE_ERROR;
  }
  return SQLITE_NOTFOUND;
}

int x_file_control(sqlite3_file* file, int op, void* arg) {
  SealedFile* f = sf(file);
  if (f->kind == FileKind::main) {
    try {
      switch (op) {
        case SQLITE_FCNTL_SIZE_HINT: {
          sqlite3_int64 hint = *static_cast<sqlite3_int64*>(arg) + k_header_region;
          return f->real->pMethods->xFileControl(f->real, op, &hint);
        }
        case SQLITE_FCNTL_MMAP_SIZE:
          *static_cast<sqlite3_int64*>(arg) = 0;  // no memory-mapped I/O: it would bypass xRead
          return SQLITE_OK;
        case SQLITE_FCNTL_PRAGMA:
          return pragma_control(static_cast<char**>(arg));
        case k_fcntl_keys:
          *static_cast<ArchiveKeys**>(arg) = f->box->keys;
          return SQLITE_OK;
        case k_fcntl_update_header:
          return header_op(f, *static_cast<HeaderOp*>(arg), true);
        case k_fcntl_read_header:
          return header_op(f, *static_cast<HeaderOp*>(arg), false);
        case k_fcntl_store_seal:
          return store_seal_op(f, *static_cast<SealOp*>(arg));
        case k_fcntl_verify: {
          auto& v = *static_cast<VerifyOp*>(arg);
          bool took = false;
          if (f->lock_level == SQLITE_LOCK_NONE) {
            const int rc = f->real->pMethods->xLock(f->real, SQLITE_LOCK_SHARED);
            if (rc != SQLITE_OK) {
              v.error = Error(ErrorCategory::busy, "archive is busy (another chatvault is writing to it)");
              return rc;
            }
            took = true;
          }
          try {
            verify_op(f, v.report);
          } catch (const Error& e) {
            v.error = e;
          }
          if (took) {
            f->real->pMethods->xUnlock(f->real, SQLITE_LOCK_NONE);
          }
          return v.error ? SQLITE_ERROR : SQLITE_OK;
        }
        default:
          break;
      }
    } catch (const std::exception&) {
      return SQLITE_NOMEM;
    }
  } else if (op == SQLITE_FCNTL_PRAGMA) {
    return SQLITE_NOTFOUND;
  }
  return f->real->pMethods->xFileControl(f->real, op, arg);
}

int x_sector_size(sqlite3_file* file) { return sf(file)->real->pMethods->xSectorSize(sf(file)->real); }

int x_device_characteristics(sqlite3_file* file) {
  const int c = sf(file)->real->pMethods->xDeviceCharacteristics(sf(file)->real);
  // Our writes are not the caller's bytes: never claim atomic writes or safe appends.
  constexpr int atomic = SQLITE_IOCAP_ATOMIC | SQLITE_IOCAP_ATOMIC512 | SQLITE_IOCAP_ATOMIC1K |
                         SQLITE_IOCAP_ATOMIC2K | SQLITE_IOCAP_ATOMIC4K | SQLITE_IOCAP_ATOMIC8K |
                         SQLITE_IOCAP_ATOMIC16K | SQLITE_IOCAP_ATOMIC32K | SQLITE_IOCAP_ATOMIC64K |
                         SQLITE_IOCAP_SAFE_APPEND | SQLITE_IOCAP_BATCH_ATOMIC | SQLITE_IOCAP_SEQUENTIAL;
  return c & ~atomic;
}

const sqlite3_io_methods k_methods = {
    1,  // no xShm*, no xFetch: no WAL, no memory-mapped reads
    x_close, x_read, x_write, x_truncate, x_sync, x_file_size, x_lock, x_unlock, x_check_reserved,
    x_file_control, x_sector_size, x_device_characteristics,
    nullptr, nullptr, nullptr, nullptr, nullptr, nullptr};

// ---- vfs ----

VfsBox* box_of(sqlite3_vfs* vfs) { return static_cast<VfsBox*>(vfs->pAppData); }

bool same_file(const char* a, const std::string& b) {
  if (std::strcmp(a, b.c_str()) == 0) {
    return true;
  }
  struct stat sa {};
  struct stat sb {};
  return ::stat(a, &sa) == 0 && ::stat(b.c_str(), &sb) == 0 && sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino;
}

int refuse(VfsBox* box) {
  std::lock_guard lock(box->keys->mutex);
  box->keys->state.refused_opens += 1;
  return SQLITE_CANTOPEN;
}

int v_open(sqlite3_vfs* vfs, sqlite3_filename name, sqlite3_file* file, int flags, int* out_flags) {
  VfsBox* box = box_of(vfs);
  auto* f = sf(file);
  std::memset(f, 0, sizeof(SealedFile));
  FileKind kind;
  if (name != nullptr && (flags & SQLITE_OPEN_MAIN_DB) != 0) {
    if (!same_file(name, box->full_path)) {
      return refuse(box);  // only this archive
    }
    kind = FileKind::main;
  } else if (name != nullptr && (flags & SQLITE_OPEN_MAIN_JOURNAL) != 0) {
    sqlite3_file* main = sqlite3_database_file_object(name);
    if (main == nullptr || main->pMethods != &k_methods || sf(main)->box != box) {
      return refuse(box);
    }
    kind = FileKind::journal;
  } else {
    return refuse(box);  // WAL, temp databases, temp/statement journals, transient databases
  }
  f->real = reinterpret_cast<sqlite3_file*>(reinterpret_cast<char*>(file) + k_file_head);
  f->box = box;
  f->kind = kind;
  f->buf = static_cast<unsigned char*>(sqlite3_malloc(k_ps));
  if (f->buf == nullptr) {
    return SQLITE_NOMEM;
  }
  const int rc = box->under->xOpen(box->under, name, f->real, flags, out_flags);
  if (rc != SQLITE_OK) {
    if (f->real->pMethods != nullptr) {
      f->real->pMethods->xClose(f->real);
    }
    sqlite3_free(f->buf);
    f->buf = nullptr;
    return rc;
  }
  f->base.pMethods = &k_methods;
  return SQLITE_OK;
}

int v_delete(sqlite3_vfs* vfs, const char* name, int sync_dir) {
  sqlite3_vfs* u = box_of(vfs)->under;
  return u->xDelete(u, name, sync_dir);
}
int v_access(sqlite3_vfs* vfs, const char* name, int flags, int* out) {
  sqlite3_vfs* u = box_of(vfs)->under;
  return u->xAccess(u, name, flags, out);
}
int v_full_pathname(sqlite3_vfs* vfs, const char* name, int n, char* out) {
  sqlite3_vfs* u = box_of(vfs)->under;
  return u->xFullPathname(u, name, n, out);
}
void* v_dlopen(sqlite3_vfs* vfs, const char* name) {
  sqlite3_vfs* u = box_of(vfs)->under;
  return u->xDlOpen(u, name);
}
void v_dlerror(sqlite3_vfs* vfs, int n, char* out) {
  sqlite3_vfs* u = box_of(vfs)->under;
  u->xDlError(u, n, out);
}
void (*v_dlsym(sqlite3_vfs* vfs, void* handle, const char* sym))(void) {
  sqlite3_vfs* u = box_of(vfs)->under;
  return u->xDlSym(u, handle, sym);
}
void v_dlclose(sqlite3_vfs* vfs, void* handle) {
  sqlite3_vfs* u = box_of(vfs)->under;
  u->xDlClose(u, handle);
}
int v_randomness(sqlite3_vfs* vfs, int n, char* out) {
  sqlite3_vfs* u = box_of(vfs)->under;
  return u->xRandomness(u, n, out);
}
int v_sleep(sqlite3_vfs* vfs, int us) {
  sqlite3_vfs* u = box_of(vfs)->under;
  return u->xSleep(u, us);
}
int v_current_time(sqlite3_vfs* vfs, double* out) {
  sqlite3_vfs* u = box_of(vfs)->under;
  return u->xCurrentTime(u, out);
}
int v_last_error(sqlite3_vfs* vfs, int n, char* out) {
  sqlite3_vfs* u = box_of(vfs)->under;
  return u->xGetLastError != nullptr ? u->xGetLastError(u, n, out) : 0;
}
int v_current_time64(sqlite3_vfs* vfs, sqlite3_int64* out) {
  sqlite3_vfs* u = box_of(vfs)->under;
  if (u->iVersion >= 2 && u->xCurrentTimeInt64 != nullptr) {
    return u->xCurrentTimeInt64(u, out);
  }
  double now = 0;
  const int rc = u->xCurrentTime(u, &now);
  *out = static_cast<sqlite3_int64>(now * 86400000.0);
  return rc;
}

}  // namespace

SealedVfs::SealedVfs(ArchiveKeysPtr keys, const char* underlying) : m_box(new VfsBox), m_keys(std::move(keys)) {
  VfsBox& b = *m_box;
  sql::configure_sqlite();
  b.under = sqlite3_vfs_find(underlying != nullptr ? underlying : "unix");
  if (b.under == nullptr) {
    delete m_box;
    throw Error(ErrorCategory::internal, std::string("SQLite has no VFS named ") + (underlying ? underlying : "unix"));
  }
  b.keys = m_keys.get();
  std::vector<char> full(static_cast<std::size_t>(b.under->mxPathname) + 1);
  if (b.under->xFullPathname(b.under, m_keys->path().c_str(), static_cast<int>(full.size()), full.data()) !=
      SQLITE_OK) {
    delete m_box;
    throw Error(ErrorCategory::io, m_keys->path().string() + ": cannot resolve path");
  }
  b.full_path = full.data();
  unsigned char rnd[6];
  randombytes_buf(rnd, sizeof rnd);
  b.name = "chatvault-sealed-" + to_hex(reinterpret_cast<const unsigned char*>(&m_box), sizeof m_box) + "-" +
           to_hex(rnd, sizeof rnd);
  sqlite3_vfs& v = b.vfs;
  v.iVersion = 2;
  v.szOsFile = static_cast<int>(k_file_head) + b.under->szOsFile;
  v.mxPathname = b.under->mxPathname;
  v.zName = b.name.c_str();
  v.pAppData = m_box;
  v.xOpen = v_open;
  v.xDelete = v_delete;
  v.xAccess = v_access;
  v.xFullPathname = v_full_pathname;
  v.xDlOpen = v_dlopen;
  v.xDlError = v_dlerror;
  v.xDlSym = v_dlsym;
  v.xDlClose = v_dlclose;
  v.xRandomness = v_randomness;
  v.xSleep = v_sleep;
  v.xCurrentTime = v_current_time;
  v.xGetLastError = v_last_error;
  v.xCurrentTimeInt64 = v_current_time64;
  if (sqlite3_vfs_register(&v, 0) != SQLITE_OK) {
    delete m_box;
    throw Error(ErrorCategory::internal, "cannot register the archive VFS");
  }
}

SealedVfs::~SealedVfs() {
  sqlite3_vfs_unregister(&m_box->vfs);
  delete m_box;
}

const char* SealedVfs::name() const { return m_box->name.c_str(); }

}  // namespace chatvault::archive::crypto
