// The rollback journal: SQLite's page records are recognised by their layout (a 4-byte page
// number, then the page) and sealed; a write it does not recognise is refused.
#include <sqlite3.h>

#include <cstdint>

#include "archive/crypto/vfs_internal.hpp"

namespace chatvault::archive::crypto::vfs_detail {

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

}  // namespace chatvault::archive::crypto::vfs_detail
