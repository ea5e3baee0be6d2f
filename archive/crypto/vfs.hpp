#pragma once
// SealedVfs: the page-sealing SQLite VFS shim of one open archive, and the operations that go
// through it: connection settings, the whole-file seal, key-slot changes, verify, and
// discarding a journal that failed authentication.
//
// Typical use (docs/ARCHIVE_FORMAT.md, "Integration"):
//   auto keys = unlock_archive(path, passphrase_credential(pass));   // or create_archive_file
//   SealedVfs vfs(keys);                                              // outlives the connection
//   sqlite3_open_v2(path, &db, SQLITE_OPEN_READWRITE, vfs.name());
//   configure_connection(db, /*fresh=*/false);
//   ... BEGIN IMMEDIATE; writes; COMMIT ...
//   store_seal(db);
#include <cstdint>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "archive/crypto/keys.hpp"
#include "util/error.hpp"

struct sqlite3;
struct sqlite3_vfs;

namespace chatvault::archive::crypto {

struct VfsBox;  // vfs_internal.hpp

class SealedVfs {
 public:
  // Registers a VFS with a unique name over `underlying` (default "unix"; tests stack a
  // fault-injecting VFS here). Only `keys->path()` and its rollback journal can be opened
  // through it; every other open (temp files, WAL, other databases) is refused.
  explicit SealedVfs(ArchiveKeysPtr keys, const char* underlying = nullptr);
  // Unregisters the VFS. Every connection opened through it must be closed first.
  ~SealedVfs();
  SealedVfs(const SealedVfs&) = delete;
  SealedVfs& operator=(const SealedVfs&) = delete;

  const char* name() const;
  ArchiveKeys& keys() const { return *m_keys; }
  const ArchiveKeysPtr& keys_ptr() const { return m_keys; }

 private:
  VfsBox* m_box;
  ArchiveKeysPtr m_keys;
};

// Connection settings every archive connection needs; throws Error. `fresh`: the archive was
// just created (no page yet): sets page_size 4096 and 40 reserved bytes. Always: journal_mode
// DELETE (read back), temp_store MEMORY, mmap_size 0, synchronous FULL, and checks page size
// 4096 and 40 reserved bytes. A hot journal is rolled back here (through the shim); if that
// fails authentication the Error says so and names `chatvault recover ARCHIVE --discard-journal`.
void configure_connection(sqlite3* db, bool fresh);

// The Error for a failed SQLite call on an archive connection: when the VFS saw an
// authentication failure, Error(damaged, "archive damaged: page N failed authentication") (or the
// journal variant); nullopt otherwise (use the ordinary SQLite error).
std::optional<Error> seal_failure_error(sqlite3* db);
// The same from the keys (also after sqlite3_open_v2 itself failed: it reads page 1's first bytes).
std::optional<Error> seal_failure_error(const ArchiveKeys& keys);

// Stores the whole-file seal (page count, seal, sealed flag) in the header. Call after each
// import commit, outside a transaction (it takes BEGIN IMMEDIATE) or inside a write transaction.
// `recompute`: recompute the seal from every page's tag instead of the incremental value.
void store_seal(sqlite3* db, bool recompute = false);

// The header as stored now (re-read under a lock, MAC verified).
Header read_header(sqlite3* db);

struct SlotInfo {
  int index = 0;
  SlotKind kind = SlotKind::empty;
  KdfParams kdf;
};
std::vector<SlotInfo> list_slots(sqlite3* db);
// Adds a slot opened by `credential` (kdf used for passphrases); returns its index.
// Error(usage) when all 8 slots are used.
int add_slot(sqlite3* db, const Credential& credential, const KdfParams& kdf);
// Adds a recovery-key slot and returns the key, to be printed once ("ABCDE-FGHIJ-...").
std::string add_recovery_key(sqlite3* db);
// Empties slot `index`. Error(usage) if it is empty or the last non-empty slot.
void remove_slot(sqlite3* db, int index);
// Rewrites the passphrase slot this archive was unlocked with under `new_passphrase`
// (Error(usage) if it was unlocked with a key file or recovery key). No page is rewritten.
void change_passphrase(sqlite3* db, const Secret& new_passphrase, const KdfParams& kdf);

struct VerifyReport {
  bool ok = true;                 // no problem below
  std::uint64_t pages = 0;        // whole pages in the file
  std::uint64_t bad_pages = 0;
  std::optional<std::uint32_t> first_bad_page;
  bool sealed = false;            // the header holds a seal to compare with
  bool seal_matches = false;      // only meaningful when sealed
  bool journal_present = false;   // a hot journal (interrupted transaction) is next to the archive
  std::uint64_t generation = 0;
  std::vector<std::string> problems;  // human-readable, the first one is the most important
};
// Authenticates every page, checks the file size against the header's page count and page 1's
// own page count, recomputes the seal and compares it with the header, checks both header
// copies. Takes a shared lock itself when the connection holds none. Never throws for damage
// (only for I/O failures); the caller turns the report into Error(damaged) / exit 3.
VerifyReport verify(sqlite3* db);

// Deletes ARCHIVE-journal (the user's explicit choice after a journal failed authentication:
// the interrupted transaction may then be half rolled back; run verify after). Returns false if
// there was no journal. The archive must not be open anywhere.
bool discard_journal(const std::filesystem::path& archive);

// The keys of the archive open on `db` (through a SealedVfs), or nullptr.
ArchiveKeys* keys_of(sqlite3* db);

}  // namespace chatvault::archive::crypto
