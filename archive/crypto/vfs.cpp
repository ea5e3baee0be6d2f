#include "archive/crypto/vfs.hpp"

#include <fcntl.h>
#include <sodium.h>
#include <sqlite3.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cstring>
#include <new>

namespace chatvault::archive::crypto {

namespace fs = std::filesystem;

// One registered VFS: SQLite's struct first, so pAppData and the vfs pointer both lead here.
struct VfsBox {
  sqlite3_vfs vfs{};
  sqlite3_vfs* under = nullptr;
  ArchiveKeys* keys = nullptr;
  std::string name;
  std::string full_path;  // the archive as SQLite names it (xFullPathname)
};

namespace {

constexpr int k_ps = static_cast<int>(k_page_size);

// File-control opcodes handled by the shim on the main database ("CV" + n).
constexpr int k_fcntl_keys = 0x43560001;           // arg: ArchiveKeys**
constexpr int k_fcntl_update_header = 0x43560002;  // arg: HeaderOp*, needs a RESERVED lock
constexpr int k_fcntl_store_seal = 0x43560003;     // arg: SealOp*, needs a RESERVED lock
constexpr int k_fcntl_verify = 0x43560004;         // arg: VerifyOp*
constexpr int k_fcntl_read_header = 0x43560005;    // arg: HeaderOp* (mutate unused)

struct HeaderOp {
  std::function<void(Header&)> mutate;
  Header result;
  std::optional<Error> error;
};
struct SealOp {
  bool recompute = false;
  std::optional<Error> error;
};
struct VerifyOp {
  VerifyReport report;
  std::optional<Error> error;
};

enum class FileKind { main, journal };

struct SealedFile {
  sqlite3_file base;  // pMethods
  sqlite3_file* real;
  VfsBox* box;
  FileKind kind;
  int lock_level;
  unsigned char* buf;  // one page, reused by every read and write
  // Journal record tracking: the last 4-byte write / read (a page number, big endian).
  bool w4;
  sqlite3_int64 w4_off;
  std::uint32_t w4_page;
  bool r4;
  sqlite3_int64 r4_off;
  std::uint32_t r4_page;
};

constexpr std::size_t k_file_head = (sizeof(SealedFile) + 15) & ~static_cast<std::size_t>(15);

SealedFile* sf(sqlite3_file* f) { return reinterpret_cast<SealedFile*>(f); }
ArchiveKeys& file_keys(SealedFile* f) { return *f->box->keys; }

std::uint32_t be32(const unsigned char* p) {
  return (std::uint32_t{p[0]} << 24) | (std::uint32_t{p[1]} << 16) | (std::uint32_t{p[2]} << 8) | p[3];
}

bool all_zero(const unsigned char* p, std::size_t n) {
  unsigned char acc = 0;
  for (std::size_t i = 0; i < n; ++i) {
    acc |= p[i];
  }
  return acc == 0;
}

void record_failure(SealedFile* f, SealFailure::Where where, std::uint32_t page) {
  ArchiveKeys& k = file_keys(f);
  std::lock_guard lock(k.mutex);
  k.state.failure = SealFailure{where, page};
}

// ---- header I/O through SQLite's own file handle (caller holds keys.mutex) ----

int read_header_locked(SealedFile* f, Header& out, std::string* problem, std::string* warning) {
  HeaderBytes a{};
  HeaderBytes b{};
  int rc = f->real->pMethods->xRead(f->real, a.data(), k_header_size, 0);
  if (rc == SQLITE_OK) {
    rc = f->real->pMethods->xRead(f->real, b.data(), k_header_size, k_header_size);
  }
  if (rc != SQLITE_OK) {
    if (problem != nullptr) {
      *problem = "cannot read the header";
    }
    return rc == SQLITE_IOERR_SHORT_READ ? SQLITE_CORRUPT : rc;
  }
  ArchiveKeys& k = file_keys(f);
  std::optional<Header> h = choose_header(a, b, k.header_mac_key(), problem, warning);
  if (!h || h->file_id != k.file_id()) {
    if (h && problem != nullptr) {
      *problem = "the file id changed";
    }
    return SQLITE_CORRUPT;
  }
  if (h->generation != k.state.known_generation) {
    // Another connection or process wrote the header (and maybe pages): the incremental seal
    // can no longer be trusted.
    k.state.seal_valid = false;
  }
  out = *h;
  return SQLITE_OK;
}

int write_header_locked(SealedFile* f, Header& h) {
  ArchiveKeys& k = file_keys(f);
  h.generation += 1;
  const HeaderBytes bytes = serialize_header(h, k.header_mac_key());
  sqlite3_file* r = f->real;
  int rc = r->pMethods->xWrite(r, bytes.data(), k_header_size, k_header_size);  // copy B first
  if (rc == SQLITE_OK) rc = r->pMethods->xSync(r, SQLITE_SYNC_FULL);
  if (rc == SQLITE_OK) rc = r->pMethods->xWrite(r, bytes.data(), k_header_size, 0);
  if (rc == SQLITE_OK) rc = r->pMethods->xSync(r, SQLITE_SYNC_FULL);
  if (rc == SQLITE_OK) {
    k.state.known_generation = h.generation;
  }
  return rc;
}

int real_pages(SealedFile* f, std::uint64_t& pages, bool* partial = nullptr) {
  sqlite3_int64 size = 0;
  const int rc = f->real->pMethods->xFileSize(f->real, &size);
  if (rc != SQLITE_OK) {
    return rc;
  }
  const sqlite3_int64 data = size > k_header_region ? size - k_header_region : 0;
  pages = static_cast<std::uint64_t>(data / k_ps);
  if (partial != nullptr) {
    *partial = data % k_ps != 0;
  }
  return SQLITE_OK;
}

// The tag stored at the end of `page`; false if the page is absent (past the end, or a hole
// never written: an all-zero tag).
bool disk_tag(SealedFile* f, std::uint32_t page, unsigned char* tag, int& rc) {
  const sqlite3_int64 off = k_header_region + static_cast<sqlite3_int64>(page) * k_ps - k_tag_size;
  rc = f->real->pMethods->xRead(f->real, tag, k_tag_size, off);
  if (rc == SQLITE_IOERR_SHORT_READ) {
    rc = SQLITE_OK;
    return false;
  }
  return rc == SQLITE_OK && !all_zero(tag, k_tag_size);
}

int recompute_seal(SealedFile* f, Digest& seal, std::uint64_t& pages) {
  int rc = real_pages(f, pages);
  if (rc != SQLITE_OK) {
    return rc;
  }
  seal = Digest{};
  const SecretKey& key = file_keys(f).seal_key();
  unsigned char tag[k_tag_size];
  for (std::uint64_t p = 1; p <= pages; ++p) {
    if (p == k_pending_byte_page) {
      continue;
    }
    if (disk_tag(f, static_cast<std::uint32_t>(p), tag, rc)) {
      xor_into(seal, seal_term(key, static_cast<std::uint32_t>(p), tag));
    }
    if (rc != SQLITE_OK) {
      return rc;
    }
  }
  return SQLITE_OK;
}

// The first write since open or since the last store_seal: mark the header "not sealed" (a
// header write with fsync before any page changes) and set up the incremental seal.
int begin_write_session(SealedFile* f) {
  ArchiveKeys& k = file_keys(f);
  Header h;
  int rc = read_header_locked(f, h, nullptr, nullptr);
  if (rc != SQLITE_OK) {
    return rc == SQLITE_CORRUPT ? SQLITE_IOERR_WRITE : rc;
  }
  if (h.sealed) {
    k.state.seal = h.seal;
    rc = real_pages(f, k.state.file_pages);
  } else {
    rc = recompute_seal(f, k.state.seal, k.state.file_pages);
  }
  if (rc != SQLITE_OK) {
    return rc;
  }
  h.sealed = false;
  rc = write_header_locked(f, h);
  if (rc != SQLITE_OK) {
    return rc;
  }
  k.state.seal_valid = true;
  k.state.write_session = true;
  return SQLITE_OK;
}

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

int store_seal_op(SealedFile* f, SealOp& op) {
  if (f->lock_level < SQLITE_LOCK_RESERVED) {
    op.error = Error(ErrorCategory::internal, "store_seal needs a write transaction");
    return SQLITE_MISUSE;
  }
  ArchiveKeys& k = file_keys(f);
  std::lock_guard lock(k.mutex);
  Header h;
  std::string problem;
  int rc = read_header_locked(f, h, &problem, nullptr);
  if (rc != SQLITE_OK) {
    op.error = Error(ErrorCategory::damaged, "archive header damaged: " + problem);
    return SQLITE_ERROR;
  }
  if (h.sealed && !k.state.write_session && !op.recompute) {
    return SQLITE_OK;  // nothing written since the last seal
  }
  Digest seal{};
  std::uint64_t pages = 0;
  bool partial = false;
  if (op.recompute || !k.state.write_session || !k.state.seal_valid) {
    rc = recompute_seal(f, seal, pages);
  } else {
    seal = k.state.seal;
    rc = real_pages(f, pages, &partial);
  }
  if (rc == SQLITE_OK) {
    real_pages(f, pages, &partial);
  }
  if (rc != SQLITE_OK) {
    op.error = Error(ErrorCategory::io, "cannot read the archive to seal it");
    return rc;
  }
  if (partial) {
    op.error = Error(ErrorCategory::damaged, "archive damaged: the file ends with a partial page");
    return SQLITE_ERROR;
  }
  h.sealed = true;
  h.page_count = pages;
  h.seal = seal;
  rc = write_header_locked(f, h);
  if (rc != SQLITE_OK) {
    op.error = Error(ErrorCategory::io, "cannot write the archive header");
    return rc;
  }
  k.state.write_session = false;
  k.state.seal_valid = false;
  return SQLITE_OK;
}

int header_op(SealedFile* f, HeaderOp& op, bool write) {
  if (write && f->lock_level < SQLITE_LOCK_RESERVED) {
    op.error = Error(ErrorCategory::internal, "a header change needs a write transaction");
    return SQLITE_MISUSE;
  }
  ArchiveKeys& k = file_keys(f);
  std::lock_guard lock(k.mutex);
  Header h;
  std::string problem;
  int rc = read_header_locked(f, h, &problem, nullptr);
  if (rc != SQLITE_OK) {
    op.error = Error(ErrorCategory::damaged, "archive header damaged: " + problem);
    return SQLITE_ERROR;
  }
  if (write) {
    // The seal state survives a header change made by this process.
    const bool valid = k.state.seal_valid;
    try {
      op.mutate(h);
    } catch (const Error& e) {
      op.error = e;
      return SQLITE_ERROR;
    } catch (const std::exception& e) {
      op.error = Error(ErrorCategory::internal, e.what());
      return SQLITE_ERROR;
    }
    rc = write_header_locked(f, h);
    if (rc != SQLITE_OK) {
      op.error = Error(ErrorCategory::io, "cannot write the archive header");
      return rc;
    }
    k.state.seal_valid = valid;
  }
  op.result = h;
  return SQLITE_OK;
}

void verify_op(SealedFile* f, VerifyReport& r) {
  ArchiveKeys& k = file_keys(f);
  sqlite3_file* real = f->real;
  // Header copies.
  HeaderBytes a{};
  HeaderBytes b{};
  int rc = real->pMethods->xRead(real, a.data(), k_header_size, 0);
  if (rc == SQLITE_OK) rc = real->pMethods->xRead(real, b.data(), k_header_size, k_header_size);
  if (rc != SQLITE_OK) {
    throw Error(ErrorCategory::io, "cannot read the archive header");
  }
  std::string problem;
  std::string warning;
  const std::optional<Header> h = choose_header(a, b, k.header_mac_key(), &problem, &warning);
  if (!h) {
    r.problems.push_back("archive header damaged: " + problem);
  } else {
    r.generation = h->generation;
    if (warning.find("damaged") != std::string::npos) {
      r.problems.push_back("archive header damaged: " + warning + " (the next write repairs it)");
    }
  }
  // Size.
  std::uint64_t pages = 0;
  bool partial = false;
  if (real_pages(f, pages, &partial) != SQLITE_OK) {
    throw Error(ErrorCategory::io, "cannot read the archive size");
  }
  r.pages = pages;
  if (partial) {
    r.problems.push_back("archive damaged: the file ends with a partial page (truncated or extended)");
  }
  // Every page.
  constexpr std::uint64_t batch = 64;
  std::vector<unsigned char> buf(batch * k_page_size);
  Digest seal{};
  std::optional<std::uint32_t> page1_size;
  for (std::uint64_t first = 1; first <= pages; first += batch) {
    const std::uint64_t n = std::min(batch, pages - first + 1);
    rc = real->pMethods->xRead(real, buf.data(), static_cast<int>(n * k_page_size),
                               k_header_region + static_cast<sqlite3_int64>((first - 1) * k_page_size));
    if (rc != SQLITE_OK) {
      throw Error(ErrorCategory::io, "cannot read the archive pages");
    }
    for (std::uint64_t i = 0; i < n; ++i) {
      const auto page = static_cast<std::uint32_t>(first + i);
      if (page == k_pending_byte_page) {
        continue;
      }
      unsigned char* p = buf.data() + i * k_page_size;
      const unsigned char* tag = p + k_usable_size + k_nonce_size;
      if (!all_zero(tag, k_tag_size)) {
        xor_into(seal, seal_term(k.seal_key(), page, tag));
      }
      const bool good = page == 1 ? open_page(k.page_key(), k.file_id(), page, p, p)
                                  : open_page(k.page_key(), k.file_id(), page, p, nullptr);
      if (!good) {
        ++r.bad_pages;
        if (!r.first_bad_page) {
          r.first_bad_page = page;
        }
      } else if (page == 1 && std::memcmp(p + 24, p + 92, 4) == 0) {
        page1_size = be32(p + 28);  // SQLite's in-header page count, valid when 24..27 == 92..95
      }
    }
  }
  if (r.first_bad_page) {
    r.problems.insert(r.problems.begin(), "archive damaged: page " + std::to_string(*r.first_bad_page) +
                                              " failed authentication" +
                                              (r.bad_pages > 1 ? " (" + std::to_string(r.bad_pages) +
                                                                     " pages in all)"
                                                               : std::string()));
  }
  if (page1_size && *page1_size != pages) {
    r.problems.push_back("archive damaged: SQLite's header says " + std::to_string(*page1_size) +
                         " pages, the file holds " + std::to_string(pages) + " (truncated or extended)");
  }
  if (h && h->sealed) {
    r.sealed = true;
    r.seal_matches = h->page_count == pages && sodium_memcmp(seal.data(), h->seal.data(), seal.size()) == 0;
    if (h->page_count != pages) {
      r.problems.push_back("archive damaged: the seal covers " + std::to_string(h->page_count) +
                           " pages, the file holds " + std::to_string(pages) + " (truncated or extended)");
    } else if (!r.seal_matches) {
      r.problems.push_back(
          "archive damaged: the whole-file seal does not match (a page was replaced, e.g. by an older copy of "
          "itself, or the file was changed outside chatvault)");
    }
  }
  // A hot journal (only meaningful when this connection is not itself writing).
  if (f->lock_level <= SQLITE_LOCK_SHARED) {
    const std::string journal = f->box->full_path + "-journal";
    int exists = 0;
    sqlite3_vfs* under = f->box->under;
    if (under->xAccess(under, journal.c_str(), SQLITE_ACCESS_EXISTS, &exists) == SQLITE_OK && exists != 0) {
      std::error_code ec;
      if (fs::file_size(journal, ec) > 0 && !ec) {
        r.journal_present = true;
        r.problems.push_back("a rollback journal (an interrupted write) is next to the archive: open it for "
                             "writing to roll it back");
      }
    }
  }
  r.ok = r.problems.empty();
}

// ---- journal ----

int journal_write(SealedFile* f, const void* data, int amt, sqlite3_int64 off) {
  const auto* p = static_cast<const unsigned char*>(data);
  if (amt == 4) {
    f->w4 = true;
    f->w4_off = off;
    f->w4_page = be32(p);
    return f->real->pMethods->xWrite(f->real, data, amt, off);
  }
  const bool follows_page_number = f->w4 && off == f->w4_off + 4;
  f->w4 = false;
  if (amt == k_ps && follows_page_number) {
    if (off % 8 != 4 || f->w4_page == 0) {
      record_failure(f, SealFailure::Where::write_pattern, f->w4_page);
      return SQLITE_IOERR_WRITE;
    }
    ArchiveKeys& k = file_keys(f);
    Nonce nonce;
    k.random()(nonce.data(), nonce.size());
    seal_journal_image(k.page_key(), k.file_id(), f->w4_page, static_cast<std::uint64_t>(off), p, nonce.data(),
                       f->buf);
    return f->real->pMethods->xWrite(f->real, f->buf, amt, off);
  }
  // Plain: small header fields (nRec update 12 bytes, 1-byte zero, 28-byte zero header) and
  // journal header chunks (sector aligned; only the first 28 bytes may be non-zero).
  const bool small = amt > 0 && amt <= 28;
  const bool header_chunk = amt > 28 && amt <= 65536 && off % 512 == 0 && all_zero(p + 28, static_cast<std::size_t>(amt - 28));
  if (small || header_chunk) {
    return f->real->pMethods->xWrite(f->real, data, amt, off);
  }
  record_failure(f, SealFailure::Where::write_pattern, 0);
  return SQLITE_IOERR_WRITE;  // fail closed: never write what we do not recognise
}

int journal_read(SealedFile* f, void* out, int amt, sqlite3_int64 off) {
  if (amt == 4) {
    const int rc = f->real->pMethods->xRead(f->real, out, amt, off);
    f->r4 = rc == SQLITE_OK;
    f->r4_off = off;
    f->r4_page = rc == SQLITE_OK ? be32(static_cast<unsigned char*>(out)) : 0;
    return rc;
  }
  const bool follows_page_number = f->r4 && off == f->r4_off + 4;
  f->r4 = false;
  if (amt == k_ps && follows_page_number) {
    auto* dst = static_cast<unsigned char*>(out);
    const int rc = f->real->pMethods->xRead(f->real, dst, amt, off);
    if (rc != SQLITE_OK) {
      return rc;  // a short read is a torn record: SQLite stops playback there
    }
    ArchiveKeys& k = file_keys(f);
    if (!open_journal_image(k.page_key(), k.file_id(), f->r4_page, static_cast<std::uint64_t>(off), dst, dst)) {
      record_failure(f, SealFailure::Where::journal, f->r4_page);
      return SQLITE_IOERR_AUTH;  // never hand SQLite an unauthenticated image
    }
    return SQLITE_OK;
  }
  if (amt >= k_ps) {
    record_failure(f, SealFailure::Where::write_pattern, 0);
    return SQLITE_IOERR_READ;
  }
  return f->real->pMethods->xRead(f->real, out, amt, off);
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

// Runs `fn` holding a write lock: inside BEGIN IMMEDIATE ... COMMIT unless the caller already
// has a transaction open.
template <typename Fn>
void with_write_lock(sqlite3* db, Fn&& fn) {
  const bool own = sqlite3_get_autocommit(db) != 0;
  if (own) {
    exec(db, "BEGIN IMMEDIATE");
  }
  try {
    fn();
  } catch (...) {
    if (own) {
      sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr);
    }
    throw;
  }
  if (own) {
    exec(db, "COMMIT");
  }
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

}  // namespace

SealedVfs::SealedVfs(ArchiveKeysPtr keys, const char* underlying) : m_box(new VfsBox), m_keys(std::move(keys)) {
  VfsBox& b = *m_box;
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
  exec(db, "PRAGMA temp_store=MEMORY; PRAGMA mmap_size=0; PRAGMA synchronous=FULL");
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

void store_seal(sqlite3* db, bool recompute) {
  SealOp op;
  op.recompute = recompute;
  with_write_lock(db, [&] { file_control(db, k_fcntl_store_seal, &op, op.error); });
}

Header read_header(sqlite3* db) {
  HeaderOp op;
  file_control(db, k_fcntl_read_header, &op, op.error);
  return op.result;
}

std::vector<SlotInfo> list_slots(sqlite3* db) {
  const Header h = read_header(db);
  std::vector<SlotInfo> out;
  for (std::size_t i = 0; i < k_max_slots; ++i) {
    if (h.slots[i].kind != SlotKind::empty) {
      out.push_back(SlotInfo{static_cast<int>(i), h.slots[i].kind, h.slots[i].kdf});
    }
  }
  return out;
}

namespace {

// Fills kind, kdf, salt and nonce and derives the KEK, before any lock is taken (Argon2id is slow).
KeySlot prepare_slot(const ArchiveKeys& k, const Credential& credential, const KdfParams& kdf, SecretKey& kek) {
  KeySlot s;
  s.kind = credential.kind;
  s.kdf = credential.kind == SlotKind::passphrase ? kdf : KdfParams{};
  if (credential.kind == SlotKind::passphrase) {
    if (credential.secret.empty()) {
      throw Error(ErrorCategory::usage, "the passphrase is empty");
    }
    if (!kdf_within_caps(s.kdf)) {
      throw Error(ErrorCategory::usage, "Argon2id limits out of range");
    }
  }
  k.random()(s.salt.data(), s.salt.size());
  k.random()(s.nonce.data(), s.nonce.size());
  derive_kek(credential, s, kek);
  return s;
}

}  // namespace

int add_slot(sqlite3* db, const Credential& credential, const KdfParams& kdf) {
  ArchiveKeys& k = require_keys(db);
  SecretKey kek;
  KeySlot prepared = prepare_slot(k, credential, kdf, kek);
  int index = -1;
  update_header(db, [&](Header& h) {
    for (std::size_t i = 0; i < k_max_slots; ++i) {
      if (h.slots[i].kind == SlotKind::empty) {
        index = static_cast<int>(i);
        break;
      }
    }
    if (index < 0) {
      throw Error(ErrorCategory::usage, "all 8 key slots are in use; remove one first");
    }
    KeySlot s = prepared;
    wrap_master_key(k.master_key(), kek, h.file_id, static_cast<unsigned>(index), s);
    h.slots[static_cast<std::size_t>(index)] = s;
  });
  return index;
}

std::string add_recovery_key(sqlite3* db) {
  ArchiveKeys& k = require_keys(db);
  unsigned char bytes[k_recovery_bytes];
  k.random()(bytes, sizeof bytes);
  std::string text = encode_recovery_key(bytes);
  Credential c{SlotKind::recovery, Secret(std::string_view(reinterpret_cast<const char*>(bytes), sizeof bytes))};
  sodium_memzero(bytes, sizeof bytes);
  add_slot(db, c, KdfParams{});
  return text;
}

void remove_slot(sqlite3* db, int index) {
  update_header(db, [&](Header& h) {
    if (index < 0 || index >= static_cast<int>(k_max_slots) ||
        h.slots[static_cast<std::size_t>(index)].kind == SlotKind::empty) {
      throw Error(ErrorCategory::usage, "key slot " + std::to_string(index) + " is empty");
    }
    int used = 0;
    for (const KeySlot& s : h.slots) {
      used += s.kind != SlotKind::empty ? 1 : 0;
    }
    if (used <= 1) {
      throw Error(ErrorCategory::usage, "refusing to remove the last key slot: the archive could never be opened again");
    }
    h.slots[static_cast<std::size_t>(index)] = KeySlot{};
  });
}

void change_passphrase(sqlite3* db, const Secret& new_passphrase, const KdfParams& kdf) {
  ArchiveKeys& k = require_keys(db);
  const int index = k.unlocked_slot();
  if (k.header_at_open().slots[static_cast<std::size_t>(index)].kind != SlotKind::passphrase) {
    throw Error(ErrorCategory::usage, "the archive was opened with a key file or recovery key, not a passphrase");
  }
  const Credential c{SlotKind::passphrase, Secret(new_passphrase.view())};
  SecretKey kek;
  KeySlot prepared = prepare_slot(k, c, kdf, kek);
  update_header(db, [&](Header& h) {
    KeySlot s = prepared;
    wrap_master_key(k.master_key(), kek, h.file_id, static_cast<unsigned>(index), s);
    h.slots[static_cast<std::size_t>(index)] = s;
  });
}

VerifyReport verify(sqlite3* db) {
  VerifyOp op;
  file_control(db, k_fcntl_verify, &op, op.error);
  return op.report;
}

bool discard_journal(const fs::path& archive) {
  const fs::path journal = fs::path(archive.string() + "-journal");
  std::error_code ec;
  if (!fs::exists(journal, ec)) {
    return false;
  }
  if (!fs::remove(journal, ec) || ec) {
    throw Error(ErrorCategory::io, journal.string() + ": cannot delete: " + ec.message());
  }
  const fs::path dir = archive.has_parent_path() ? archive.parent_path() : fs::path(".");
  const int fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd >= 0) {
    ::fsync(fd);
    ::close(fd);
  }
  return true;
}

}  // namespace chatvault::archive::crypto
