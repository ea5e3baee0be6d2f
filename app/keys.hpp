#pragma once
// Key use cases: change a passphrase, add/remove/list key slots, recover from a bad journal.
// A key slot wraps the archive's master key; none of these rewrites a data page.
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "app/archive_ref.hpp"
#include "archive/archive.hpp"
#include "util/secret.hpp"

namespace chatvault::app {

struct PasswdRequest {
  ArchiveRef archive;                       // opened with the current passphrase
  const Secret* new_passphrase = nullptr;
  std::optional<archive::KdfLevel> kdf;     // none: keep the slot's Argon2id limits
};
// Rewrites the slot the current passphrase opened. Error(usage) for an empty new passphrase.
void run_passwd(const PasswdRequest& request);

enum class NewKeyKind { passphrase, keyfile, recovery };

struct KeyAddRequest {
  ArchiveRef archive;
  NewKeyKind kind = NewKeyKind::passphrase;
  const Secret* new_passphrase = nullptr;   // kind passphrase
  std::filesystem::path keyfile;            // kind keyfile: used if it exists, else created
  archive::KdfLevel kdf = archive::KdfLevel::moderate;
};

struct KeyAddResult {
  int slot = -1;
  bool keyfile_created = false;
  std::string recovery_key;                 // kind recovery: show it once
};
KeyAddResult run_key_add(const KeyAddRequest& request);

// The Secret that stands for "the key file FILE" wherever a passphrase is taken (opening an
// archive, init, key add); reads FILE. Error(io) if it cannot be read, Error(usage) if empty.
Secret keyfile_secret(const std::filesystem::path& file);

// Error(usage) for an empty slot or the last one.
void run_key_remove(const ArchiveRef& archive, int slot);
std::vector<archive::KeySlotInfo> run_key_list(const ArchiveRef& archive);

struct RecoverResult {
  bool journal_discarded = false;
  archive::VerifyResult verify;
};
// Deletes the archive's rollback journal (after it failed authentication), then verifies.
RecoverResult run_recover(const ArchiveRef& archive);

}  // namespace chatvault::app
