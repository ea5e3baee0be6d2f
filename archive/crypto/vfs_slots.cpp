// Key-slot changes: each is one header rewrite under a write lock; no page is rewritten.
#include <sodium.h>

#include <string>
#include <string_view>
#include <vector>

#include "archive/crypto/vfs.hpp"
#include "archive/crypto/vfs_internal.hpp"

namespace chatvault::archive::crypto {

using namespace vfs_detail;

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

}  // namespace chatvault::archive::crypto
