#pragma once
// Internals shared by the SealedVfs translation units (vfs*.cpp); not part of the public API.
#include <sqlite3.h>

#include <cstddef>
#include <cstdint>
#include <functional>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>

#include "archive/crypto/vfs.hpp"

namespace chatvault::archive::crypto {

// One registered VFS: SQLite's struct first, so pAppData and the vfs pointer both lead here.
struct VfsBox {
  sqlite3_vfs vfs{};
  sqlite3_vfs* under = nullptr;
  ArchiveKeys* keys = nullptr;
  std::string name;
  std::string full_path;  // the archive as SQLite names it (xFullPathname)
};

namespace vfs_detail {

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

inline SealedFile* sf(sqlite3_file* f) { return reinterpret_cast<SealedFile*>(f); }
inline ArchiveKeys& file_keys(SealedFile* f) { return *f->box->keys; }

inline std::uint32_t be32(const unsigned char* p) {
  return (std::uint32_t{p[0]} << 24) | (std::uint32_t{p[1]} << 16) | (std::uint32_t{p[2]} << 8) | p[3];
}

inline bool all_zero(const unsigned char* p, std::size_t n) {
  unsigned char acc = 0;
  for (std::size_t i = 0; i < n; ++i) {
    acc |= p[i];
  }
  return acc == 0;
}

inline void record_failure(SealedFile* f, SealFailure::Where where, std::uint32_t page) {
  ArchiveKeys& k = file_keys(f);
  std::lock_guard lock(k.mutex);
  k.state.failure = SealFailure{where, page};
}

// ---- header I/O and the seal (vfs_seal.cpp); the *_locked ones need keys.mutex held ----

int read_header_locked(SealedFile* f, Header& out, std::string* problem, std::string* warning);
int write_header_locked(SealedFile* f, Header& h);
int real_pages(SealedFile* f, std::uint64_t& pages, bool* partial = nullptr);
bool disk_tag(SealedFile* f, std::uint32_t page, unsigned char* tag, int& rc);
int recompute_seal(SealedFile* f, Digest& seal, std::uint64_t& pages);
int begin_write_session(SealedFile* f);
int store_seal_op(SealedFile* f, SealOp& op);
int header_op(SealedFile* f, HeaderOp& op, bool write);
void verify_op(SealedFile* f, VerifyReport& r);

// ---- rollback journal (vfs_journal.cpp) ----

int journal_write(SealedFile* f, const void* data, int amt, sqlite3_int64 off);
int journal_read(SealedFile* f, void* out, int amt, sqlite3_int64 off);

// ---- helpers over a connection (vfs_connection.cpp) ----

[[noreturn]] void fail(sqlite3* db, int rc, std::string_view what);
void exec(sqlite3* db, const char* sql);
std::string query_text(sqlite3* db, const char* sql);
void file_control(sqlite3* db, int op, void* arg, std::optional<Error>& error);
Header update_header(sqlite3* db, std::function<void(Header&)> mutate);
ArchiveKeys& require_keys(sqlite3* db);

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

}  // namespace vfs_detail

}  // namespace chatvault::archive::crypto
