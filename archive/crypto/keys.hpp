#pragma once
// ArchiveKeys: the unlocked keys of one archive file (master key, subkeys, file id) and the state
// its VFS keeps while the archive is open. create_archive_file() writes a new header,
// unlock_archive() opens one with a passphrase, key file or recovery key.
#include <cstdint>
#include <filesystem>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>

#include "archive/crypto/format.hpp"

namespace chatvault::archive::crypto {

// A failure the VFS saw, for the error message ("archive damaged: page N failed authentication").
struct SealFailure {
  enum class Where { page, journal, write_pattern };
  Where where = Where::page;
  std::uint32_t page = 0;
};

class ArchiveKeys {
 public:
  ArchiveKeys(std::filesystem::path path, SecretKey master, const Header& header, int unlocked_slot,
              std::string header_warning, RandomSource random);
  ArchiveKeys(const ArchiveKeys&) = delete;
  ArchiveKeys& operator=(const ArchiveKeys&) = delete;

  const std::filesystem::path& path() const { return m_path; }
  const FileId& file_id() const { return m_file_id; }
  const SecretKey& master_key() const { return m_master; }
  const SecretKey& page_key() const { return m_page_key; }
  const SecretKey& header_mac_key() const { return m_mac_key; }
  const SecretKey& seal_key() const { return m_seal_key; }
  // Another subkey of the master key (e.g. SubkeyId::content for keyed content ids).
  SecretKey subkey(SubkeyId id) const;
  // The slot the credential opened, and the header as it was read at unlock.
  int unlocked_slot() const { return m_unlocked_slot; }
  const Header& header_at_open() const { return m_header_at_open; }
  // Non-empty when one header copy was damaged or stale at unlock (the other was used).
  const std::string& header_warning() const { return m_header_warning; }
  const RandomSource& random() const { return m_random; }
  void set_random(RandomSource random) { m_random = random; }

  // The last authentication failure the VFS met (cleared by clear_failure()).
  std::optional<SealFailure> last_failure() const;
  void clear_failure();
  // How many opens of files other than the archive and its journal the VFS refused.
  unsigned refused_opens() const;

  // --- State of the VFS (vfs.cpp), guarded by `mutex`. ---
  struct VfsState {
    std::optional<SealFailure> failure;
    unsigned refused_opens = 0;
    // The header generation this process last read or wrote.
    std::uint64_t known_generation = 0;
    // True from the first write after open or after store_seal (the header then says "not
    // sealed") until the next store_seal.
    bool write_session = false;
    // The incremental seal: XOR of seal_term over the pages on disk, valid when `seal_valid`.
    bool seal_valid = false;
    Digest seal{};
    std::uint64_t file_pages = 0;
  };
  mutable std::mutex mutex;
  VfsState state;

 private:
  std::filesystem::path m_path;
  FileId m_file_id;
  SecretKey m_master;
  SecretKey m_page_key;
  SecretKey m_mac_key;
  SecretKey m_seal_key;
  int m_unlocked_slot;
  Header m_header_at_open;
  std::string m_header_warning;
  RandomSource m_random;
};

using ArchiveKeysPtr = std::shared_ptr<ArchiveKeys>;

// Writes the 8192-byte header region of a new archive into `path`, which must not exist or be
// empty (the Archive's FileLock may have created it). Slot 0 holds `credential`. Error(usage)
// if the file has content.
ArchiveKeysPtr create_archive_file(const std::filesystem::path& path, const Credential& credential,
                                   const KdfParams& kdf, RandomSource random = {},
                                   std::optional<std::int64_t> created_at_ms = std::nullopt);

// Reads the header and unlocks it. Error(wrong_key, "wrong passphrase for PATH") if no slot opens;
// Error(damaged, "archive header damaged: ...") if the header copies are unreadable or a slot
// opens but the MAC fails; Error(io) if the file cannot be read. Nothing is written.
ArchiveKeysPtr unlock_archive(const std::filesystem::path& path, const Credential& credential,
                              RandomSource random = {});

// The header region's two copies as stored (read through SQLite's unix VFS, so that closing
// the read handle cannot drop this process's SQLite locks on the file).
struct HeaderRegion {
  HeaderBytes a{};
  HeaderBytes b{};
  std::int64_t file_size = 0;
};
HeaderRegion read_header_region(const std::filesystem::path& path);

// Picks the newest copy whose checksum and MAC verify. nullopt and `problem` if neither does;
// `warning` says what is wrong with the other copy, if anything.
std::optional<Header> choose_header(const HeaderBytes& a, const HeaderBytes& b, const SecretKey& mac_key,
                                    std::string* problem, std::string* warning);

// Credentials other than a passphrase.
// The BLAKE2b-256 of a key file's bytes (any file will do; create_keyfile makes a good one).
Credential keyfile_credential(const std::filesystem::path& file);
// Writes 32 random bytes to a new file (mode 0600); Error(usage) if it exists.
void create_keyfile(const std::filesystem::path& file, RandomSource random = {});
// nullopt if `text` is not a well-formed recovery key.
std::optional<Credential> recovery_credential(std::string_view text);

}  // namespace chatvault::archive::crypto
