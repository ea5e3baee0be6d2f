// The header and the whole-file seal as the shim keeps them on the main database, verify, and
// discarding a journal: the file-control operations behind store_seal / read_header / verify.
#include <fcntl.h>
#include <sodium.h>
#include <sqlite3.h>
#include <unistd.h>

#include <algorithm>
#include <cstring>
#include <vector>

#include "archive/crypto/vfs.hpp"
#include "archive/crypto/vfs_internal.hpp"

namespace chatvault::archive::crypto {

namespace fs = std::filesystem;

using namespace vfs_detail;

namespace vfs_detail {

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

int real_pages(SealedFile* f, std::uint64_t& pages, bool* partial) {
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

// Re-reads the header under the caller's lock before a change, so two writers cannot lose each
// other's update; a damaged header is reported through `error`.
int read_header_for_change(SealedFile* f, Header& h, std::optional<Error>& error) {
  std::string problem;
  if (read_header_locked(f, h, &problem, nullptr) != SQLITE_OK) {
    error = Error(ErrorCategory::damaged, "archive header damaged: " + problem);
    return SQLITE_ERROR;
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
  int rc = read_header_for_change(f, h, op.error);
  if (rc != SQLITE_OK) {
    return rc;
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
  int rc = read_header_for_change(f, h, op.error);
  if (rc != SQLITE_OK) {
    return rc;
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

// SQLite's own rule (pager.c, hasHotJournal): a journal whose first byte is 0 is not hot: it is
// never rolled back and the next write transaction overwrites it (e.g. a power loss kept some
// records of a journal never synced, but not its header). Unreadable: reported as present.
static bool journal_has_header(const std::string& journal) {
  const int fd = ::open(journal.c_str(), O_RDONLY | O_CLOEXEC);  // SQLite holds no lock on a journal
  if (fd < 0) {
    return true;
  }
  unsigned char first = 0;
  const ssize_t n = ::pread(fd, &first, 1, 0);
  ::close(fd);
  return n != 1 || first != 0;
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
      if (fs::file_size(journal, ec) > 0 && !ec && journal_has_header(journal)) {
        r.journal_present = true;
        r.problems.push_back("a rollback journal (an interrupted write) is next to the archive: open it for "
                             "writing to roll it back");
      }
    }
  }
  r.ok = r.problems.empty();
}

}  // namespace vfs_detail

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
