#include "archive/crypto/format.hpp"

#include <sodium.h>

#include <cstring>
#include <utility>

#include "util/error.hpp"

namespace chatvault::archive::crypto {

namespace {

void ensure_sodium() {
  if (sodium_init() < 0) {
    throw Error(ErrorCategory::internal, "libsodium failed to initialise");
  }
}

bool all_zero(const unsigned char* bytes, std::size_t size) {
  unsigned char acc = 0;
  for (std::size_t i = 0; i < size; ++i) {
    acc |= bytes[i];
  }
  return acc == 0;
}

constexpr unsigned char k_personal_keyfile[16] = {'c', 'h', 'a', 't', 'v', 'a', 'u', 'l',
                                                  't', ' ', 'k', 'f', 'i', 'l', 'e', 0};
constexpr unsigned char k_personal_recovery[16] = {'c', 'h', 'a', 't', 'v', 'a', 'u', 'l',
                                                   't', ' ', 'r', 'e', 'c', 'o', 'v', 0};

constexpr std::size_t k_page_ad_size = 16 + 4 + 4;
constexpr std::size_t k_journal_ad_size = 16 + 4 + 8 + 7;

void page_ad(const FileId& file_id, std::uint32_t page, unsigned char* ad) {
  std::memcpy(ad, file_id.data(), 16);
  put_u32(ad + 16, page);
  std::memcpy(ad + 20, "main", 4);
}

void journal_ad(const FileId& file_id, std::uint32_t page, std::uint64_t offset, unsigned char* ad) {
  std::memcpy(ad, file_id.data(), 16);
  put_u32(ad + 16, page);
  put_u64(ad + 20, offset);
  std::memcpy(ad + 28, "journal", 7);
}

void seal_with_ad(const SecretKey& key, const unsigned char* ad, std::size_t ad_size, const unsigned char* plain,
                  const unsigned char* nonce, unsigned char* out) {
  // Copy the nonce first: it may live inside `plain`'s reserved tail when out == plain.
  unsigned char n[k_nonce_size];
  std::memcpy(n, nonce, k_nonce_size);
  unsigned char tag[k_tag_size];
  crypto_aead_xchacha20poly1305_ietf_encrypt_detached(out, tag, nullptr, plain, k_usable_size, ad, ad_size, nullptr,
                                                      n, key.data());
  std::memcpy(out + k_usable_size, n, k_nonce_size);
  std::memcpy(out + k_usable_size + k_nonce_size, tag, k_tag_size);
}

bool open_with_ad(const SecretKey& key, const unsigned char* ad, std::size_t ad_size, const unsigned char* sealed,
                  unsigned char* out) {
  unsigned char n[k_nonce_size];
  unsigned char tag[k_tag_size];
  std::memcpy(n, sealed + k_usable_size, k_nonce_size);
  std::memcpy(tag, sealed + k_usable_size + k_nonce_size, k_tag_size);
  const int rc = crypto_aead_xchacha20poly1305_ietf_decrypt_detached(out, nullptr, sealed, k_usable_size, tag, ad,
                                                                     ad_size, n, key.data());
  if (out != nullptr) {
    std::memset(out + k_usable_size, 0, k_reserved_bytes);
    if (rc != 0) {
      std::memset(out, 0, k_usable_size);
    }
  }
  return rc == 0;
}

constexpr char k_base32[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

}  // namespace

void put_u32(unsigned char* at, std::uint32_t value) {
  for (int i = 0; i < 4; ++i) {
    at[i] = static_cast<unsigned char>(value >> (8 * i));
  }
}

void put_u64(unsigned char* at, std::uint64_t value) {
  for (int i = 0; i < 8; ++i) {
    at[i] = static_cast<unsigned char>(value >> (8 * i));
  }
}

std::uint32_t get_u32(const unsigned char* at) {
  std::uint32_t v = 0;
  for (int i = 3; i >= 0; --i) {
    v = (v << 8) | at[i];
  }
  return v;
}

std::uint64_t get_u64(const unsigned char* at) {
  std::uint64_t v = 0;
  for (int i = 7; i >= 0; --i) {
    v = (v << 8) | at[i];
  }
  return v;
}

std::string to_hex(const unsigned char* bytes, std::size_t size) {
  static const char digits[] = "0123456789abcdef";
  std::string out;
  out.reserve(size * 2);
  for (std::size_t i = 0; i < size; ++i) {
    out.push_back(digits[bytes[i] >> 4]);
    out.push_back(digits[bytes[i] & 15]);
  }
  return out;
}

void RandomSource::operator()(unsigned char* out, std::size_t size) const {
  if (fill != nullptr) {
    fill(context, out, size);
  } else {
    randombytes_buf(out, size);
  }
}

SecretKey::SecretKey() {
  ensure_sodium();
  m_data = static_cast<unsigned char*>(sodium_malloc(k_key_size));
  if (m_data == nullptr) {
    throw Error(ErrorCategory::internal, "out of secure memory for a key");
  }
  sodium_memzero(m_data, k_key_size);
}

SecretKey::~SecretKey() {
  if (m_data != nullptr) {
    sodium_free(m_data);  // wipes first
  }
}

SecretKey::SecretKey(SecretKey&& other) noexcept : m_data(std::exchange(other.m_data, nullptr)) {}

SecretKey& SecretKey::operator=(SecretKey&& other) noexcept {
  if (this != &other) {
    if (m_data != nullptr) {
      sodium_free(m_data);
    }
    m_data = std::exchange(other.m_data, nullptr);
  }
  return *this;
}

SecretKey SecretKey::from_bytes(const unsigned char* bytes) {
  SecretKey key;
  std::memcpy(key.m_data, bytes, k_key_size);
  return key;
}

const char* slot_kind_name(SlotKind kind) {
  switch (kind) {
    case SlotKind::empty: return "empty";
    case SlotKind::passphrase: return "passphrase";
    case SlotKind::keyfile: return "key file";
    case SlotKind::recovery: return "recovery key";
  }
  return "unknown";
}

KdfParams kdf_interactive() {
  return {crypto_pwhash_argon2id_OPSLIMIT_INTERACTIVE, crypto_pwhash_argon2id_MEMLIMIT_INTERACTIVE};
}
KdfParams kdf_moderate() {
  return {crypto_pwhash_argon2id_OPSLIMIT_MODERATE, crypto_pwhash_argon2id_MEMLIMIT_MODERATE};
}
KdfParams kdf_sensitive() {
  return {crypto_pwhash_argon2id_OPSLIMIT_SENSITIVE, crypto_pwhash_argon2id_MEMLIMIT_SENSITIVE};
}

bool kdf_within_caps(const KdfParams& params) {
  return params.opslimit >= crypto_pwhash_argon2id_OPSLIMIT_MIN && params.opslimit <= k_max_opslimit &&
         params.memlimit >= crypto_pwhash_argon2id_MEMLIMIT_MIN && params.memlimit <= k_max_memlimit;
}

HeaderBytes serialize_header(const Header& header, const SecretKey& mac_key) {
  HeaderBytes b{};
  std::memcpy(b.data() + hdr::magic, k_magic, 8);
  put_u32(b.data() + hdr::version, k_format_version);
  put_u32(b.data() + hdr::page_size, k_page_size);
  put_u32(b.data() + hdr::reserved, k_reserved_bytes);
  std::memcpy(b.data() + hdr::file_id, header.file_id.data(), 16);
  put_u64(b.data() + hdr::created_at, static_cast<std::uint64_t>(header.created_at_ms));
  put_u64(b.data() + hdr::generation, header.generation);
  put_u32(b.data() + hdr::flags, header.sealed ? 1u : 0u);
  put_u64(b.data() + hdr::page_count, header.page_count);
  std::memcpy(b.data() + hdr::seal, header.seal.data(), 32);
  for (std::size_t i = 0; i < k_max_slots; ++i) {
    const KeySlot& s = header.slots[i];
    if (s.kind == SlotKind::empty) {
      continue;
    }
    unsigned char* p = b.data() + hdr::slots + i * k_slot_size;
    p[slot::kind] = static_cast<unsigned char>(s.kind);
    put_u64(p + slot::opslimit, s.kdf.opslimit);
    put_u64(p + slot::memlimit, s.kdf.memlimit);
    std::memcpy(p + slot::salt, s.salt.data(), s.salt.size());
    std::memcpy(p + slot::nonce, s.nonce.data(), s.nonce.size());
    std::memcpy(p + slot::wrapped, s.wrapped.data(), s.wrapped.size());
  }
  crypto_generichash(b.data() + hdr::checksum, 32, b.data(), hdr::checksum, nullptr, 0);
  crypto_generichash(b.data() + hdr::mac, 32, b.data(), hdr::mac, mac_key.data(), k_key_size);
  return b;
}

std::optional<Header> parse_header(const unsigned char* b, std::string* why) {
  auto fail = [&](const char* reason) -> std::optional<Header> {
    if (why != nullptr) {
      *why = reason;
    }
    return std::nullopt;
  };
  if (std::memcmp(b + hdr::magic, k_magic, 8) != 0) {
    return fail("not a chatvault archive (bad magic)");
  }
  unsigned char sum[32];
  crypto_generichash(sum, 32, b, hdr::checksum, nullptr, 0);
  if (sodium_memcmp(sum, b + hdr::checksum, 32) != 0) {
    return fail("checksum mismatch");
  }
  if (get_u32(b + hdr::version) != k_format_version) {
    return fail("unsupported format version");
  }
  if (get_u32(b + hdr::page_size) != k_page_size || get_u32(b + hdr::reserved) != k_reserved_bytes) {
    return fail("unsupported page geometry");
  }
  if (get_u32(b + hdr::zero1) != 0 || get_u32(b + hdr::zero2) != 0 ||
      !all_zero(b + hdr::slots_end, hdr::checksum - hdr::slots_end)) {
    return fail("reserved fields are not zero");
  }
  const std::uint32_t flags = get_u32(b + hdr::flags);
  if ((flags & ~1u) != 0) {
    return fail("unknown flags");
  }
  Header h;
  std::memcpy(h.file_id.data(), b + hdr::file_id, 16);
  h.created_at_ms = static_cast<std::int64_t>(get_u64(b + hdr::created_at));
  h.generation = get_u64(b + hdr::generation);
  h.sealed = (flags & 1u) != 0;
  h.page_count = get_u64(b + hdr::page_count);
  std::memcpy(h.seal.data(), b + hdr::seal, 32);
  for (std::size_t i = 0; i < k_max_slots; ++i) {
    const unsigned char* p = b + hdr::slots + i * k_slot_size;
    KeySlot& s = h.slots[i];
    const unsigned kind = p[slot::kind];
    if (kind > static_cast<unsigned>(SlotKind::recovery)) {
      return fail("unknown key slot kind");
    }
    s.kind = static_cast<SlotKind>(kind);
    if (s.kind == SlotKind::empty) {
      if (!all_zero(p, k_slot_size)) {
        return fail("empty key slot is not zero");
      }
      continue;
    }
    if (!all_zero(p + slot::zero1, 7) || !all_zero(p + slot::zero2, 16)) {
      return fail("key slot padding is not zero");
    }
    s.kdf.opslimit = get_u64(p + slot::opslimit);
    s.kdf.memlimit = get_u64(p + slot::memlimit);
    if (s.kind != SlotKind::passphrase && (s.kdf.opslimit != 0 || s.kdf.memlimit != 0)) {
      return fail("key slot has KDF limits for a kind without a KDF");
    }
    std::memcpy(s.salt.data(), p + slot::salt, s.salt.size());
    std::memcpy(s.nonce.data(), p + slot::nonce, s.nonce.size());
    std::memcpy(s.wrapped.data(), p + slot::wrapped, s.wrapped.size());
  }
  return h;
}

bool header_mac_ok(const unsigned char* bytes, const SecretKey& mac_key) {
  unsigned char mac[32];
  crypto_generichash(mac, 32, bytes, hdr::mac, mac_key.data(), k_key_size);
  return sodium_memcmp(mac, bytes + hdr::mac, 32) == 0;
}

Credential passphrase_credential(std::string_view passphrase) {
  return Credential{SlotKind::passphrase, Secret(passphrase)};
}

void derive_kek(const Credential& credential, const KeySlot& s, SecretKey& kek) {
  ensure_sodium();
  const auto secret = credential.secret.view();
  switch (s.kind) {
    case SlotKind::passphrase:
      if (!kdf_within_caps(s.kdf)) {
        throw Error(ErrorCategory::damaged, "archive header damaged: key slot asks for Argon2id limits beyond the caps");
      }
      if (crypto_pwhash(kek.data(), k_key_size, secret.data(), secret.size(), s.salt.data(), s.kdf.opslimit,
                        static_cast<std::size_t>(s.kdf.memlimit), crypto_pwhash_ALG_ARGON2ID13) != 0) {
        throw Error(ErrorCategory::internal, "Argon2id failed (out of memory?)");
      }
      return;
    case SlotKind::keyfile:
    case SlotKind::recovery:
      if (secret.size() < crypto_generichash_blake2b_KEYBYTES_MIN ||
          secret.size() > crypto_generichash_blake2b_KEYBYTES_MAX) {
        throw Error(ErrorCategory::internal, "key file or recovery secret has the wrong size");
      }
      crypto_generichash_blake2b_salt_personal(
          kek.data(), k_key_size, nullptr, 0, reinterpret_cast<const unsigned char*>(secret.data()), secret.size(),
          s.salt.data(), s.kind == SlotKind::keyfile ? k_personal_keyfile : k_personal_recovery);
      return;
    case SlotKind::empty:
      break;
  }
  throw Error(ErrorCategory::internal, "derive_kek on an empty slot");
}

std::string slot_associated_data(const FileId& file_id, unsigned index, const KeySlot& s) {
  std::string ad(62, '\0');
  auto* p = reinterpret_cast<unsigned char*>(ad.data());
  std::memcpy(p, k_magic, 8);
  put_u32(p + 8, k_format_version);
  std::memcpy(p + 12, file_id.data(), 16);
  p[28] = static_cast<unsigned char>(index);
  p[29] = static_cast<unsigned char>(s.kind);
  put_u64(p + 30, s.kdf.opslimit);
  put_u64(p + 38, s.kdf.memlimit);
  std::memcpy(p + 46, s.salt.data(), 16);
  return ad;
}

void wrap_master_key(const SecretKey& master, const SecretKey& kek, const FileId& file_id, unsigned index,
                     KeySlot& s) {
  const std::string ad = slot_associated_data(file_id, index, s);
  unsigned long long len = 0;
  crypto_aead_xchacha20poly1305_ietf_encrypt(s.wrapped.data(), &len, master.data(), k_key_size,
                                             reinterpret_cast<const unsigned char*>(ad.data()), ad.size(), nullptr,
                                             s.nonce.data(), kek.data());
}

bool unwrap_master_key(const KeySlot& s, const SecretKey& kek, const FileId& file_id, unsigned index,
                       SecretKey& master) {
  const std::string ad = slot_associated_data(file_id, index, s);
  unsigned long long len = 0;
  return crypto_aead_xchacha20poly1305_ietf_decrypt(master.data(), &len, nullptr, s.wrapped.data(), s.wrapped.size(),
                                                    reinterpret_cast<const unsigned char*>(ad.data()), ad.size(),
                                                    s.nonce.data(), kek.data()) == 0 &&
         len == k_key_size;
}

void derive_subkey(const SecretKey& master, SubkeyId id, SecretKey& out) {
  crypto_kdf_derive_from_key(out.data(), k_key_size, static_cast<std::uint64_t>(id), k_kdf_context, master.data());
}

void seal_page(const SecretKey& page_key, const FileId& file_id, std::uint32_t page, const unsigned char* plain,
               const unsigned char* nonce, unsigned char* out) {
  unsigned char ad[k_page_ad_size];
  page_ad(file_id, page, ad);
  seal_with_ad(page_key, ad, sizeof ad, plain, nonce, out);
}

bool open_page(const SecretKey& page_key, const FileId& file_id, std::uint32_t page, const unsigned char* sealed,
               unsigned char* out) {
  unsigned char ad[k_page_ad_size];
  page_ad(file_id, page, ad);
  return open_with_ad(page_key, ad, sizeof ad, sealed, out);
}

void seal_journal_image(const SecretKey& page_key, const FileId& file_id, std::uint32_t page,
                        std::uint64_t journal_offset, const unsigned char* plain, const unsigned char* nonce,
                        unsigned char* out) {
  unsigned char ad[k_journal_ad_size];
  journal_ad(file_id, page, journal_offset, ad);
  seal_with_ad(page_key, ad, sizeof ad, plain, nonce, out);
}

bool open_journal_image(const SecretKey& page_key, const FileId& file_id, std::uint32_t page,
                        std::uint64_t journal_offset, const unsigned char* sealed, unsigned char* out) {
  unsigned char ad[k_journal_ad_size];
  journal_ad(file_id, page, journal_offset, ad);
  return open_with_ad(page_key, ad, sizeof ad, sealed, out);
}

Digest seal_term(const SecretKey& seal_key, std::uint32_t page, const unsigned char* tag) {
  unsigned char msg[4 + k_tag_size];
  put_u32(msg, page);
  std::memcpy(msg + 4, tag, k_tag_size);
  Digest d{};
  crypto_generichash(d.data(), d.size(), msg, sizeof msg, seal_key.data(), k_key_size);
  return d;
}

void xor_into(Digest& acc, const Digest& term) {
  for (std::size_t i = 0; i < acc.size(); ++i) {
    acc[i] ^= term[i];
  }
}

std::string encode_recovery_key(const unsigned char* bytes) {
  std::string out;
  std::uint32_t buffer = 0;
  int bits = 0;
  std::size_t chars = 0;
  for (std::size_t i = 0; i < k_recovery_bytes; ++i) {
    buffer = (buffer << 8) | bytes[i];
    bits += 8;
    while (bits >= 5) {
      if (chars > 0 && chars % 5 == 0) {
        out.push_back('-');
      }
      out.push_back(k_base32[(buffer >> (bits - 5)) & 31]);
      bits -= 5;
      ++chars;
    }
  }
  return out;  // 200 bits = exactly 40 characters
}

std::optional<std::string> decode_recovery_key(std::string_view text) {
  std::string out;
  std::uint32_t buffer = 0;
  int bits = 0;
  std::size_t chars = 0;
  for (char c : text) {
    if (c == '-' || c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      continue;
    }
    if (c >= 'a' && c <= 'z') {
      c = static_cast<char>(c - 'a' + 'A');
    }
    const char* at = std::strchr(k_base32, c);
    if (c == '\0' || at == nullptr) {
      return std::nullopt;
    }
    buffer = (buffer << 5) | static_cast<std::uint32_t>(at - k_base32);
    bits += 5;
    ++chars;
    if (bits >= 8) {
      out.push_back(static_cast<char>((buffer >> (bits - 8)) & 0xff));
      bits -= 8;
    }
  }
  if (chars != 40 || out.size() != k_recovery_bytes) {
    return std::nullopt;
  }
  return out;
}

}  // namespace chatvault::archive::crypto
