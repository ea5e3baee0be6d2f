#include "app/keys.hpp"

#include "util/error.hpp"

namespace chatvault::app {
namespace {

const Secret& key_of(const ArchiveRef& ref) {
  if (ref.passphrase == nullptr) {
    throw Error(ErrorCategory::internal, "archive opened without a passphrase");
  }
  return *ref.passphrase;
}

}  // namespace

void run_passwd(const PasswdRequest& request) {
  if (request.new_passphrase == nullptr || request.new_passphrase->empty()) {
    throw Error(ErrorCategory::usage, "the new passphrase is empty");
  }
  archive::Archive::change_passphrase(request.archive.path, key_of(request.archive), *request.new_passphrase,
                                      request.kdf);
}

KeyAddResult run_key_add(const KeyAddRequest& request) {
  const Secret& key = key_of(request.archive);
  KeyAddResult result;
  switch (request.kind) {
    case NewKeyKind::passphrase:
      if (request.new_passphrase == nullptr || request.new_passphrase->empty()) {
        throw Error(ErrorCategory::usage, "the new passphrase is empty");
      }
      result.slot = archive::Archive::add_key(request.archive.path, key, *request.new_passphrase, request.kdf);
      break;
    case NewKeyKind::keyfile: {
      std::error_code ec;
      if (!std::filesystem::exists(request.keyfile, ec)) {
        // Check the key first, so a wrong one leaves no new key file behind.
        archive::Archive::key_slots(request.archive.path, key);
        archive::create_keyfile(request.keyfile);
        result.keyfile_created = true;
      }
      try {
        result.slot = archive::Archive::add_key(request.archive.path, key, archive::keyfile_secret(request.keyfile),
                                                request.kdf);
      } catch (...) {
        if (result.keyfile_created) {
          std::filesystem::remove(request.keyfile, ec);
        }
        throw;
      }
      break;
    }
    case NewKeyKind::recovery: {
      auto [slot, text] = archive::Archive::add_recovery_key(request.archive.path, key);
      result.slot = slot;
      result.recovery_key = std::move(text);
      break;
    }
  }
  return result;
}

Secret keyfile_secret(const std::filesystem::path& file) { return archive::keyfile_secret(file); }

void run_key_remove(const ArchiveRef& archive, int slot) {
  archive::Archive::remove_key(archive.path, key_of(archive), slot);
}

std::vector<archive::KeySlotInfo> run_key_list(const ArchiveRef& archive) {
  return archive::Archive::key_slots(archive.path, key_of(archive));
}

RecoverResult run_recover(const ArchiveRef& archive) {
  RecoverResult result;
  result.journal_discarded = archive::Archive::discard_journal(archive.path, key_of(archive));
  result.verify = archive::Archive::verify(archive.path, key_of(archive));
  return result;
}

}  // namespace chatvault::app
