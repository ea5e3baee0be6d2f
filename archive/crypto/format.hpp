#pragma once
// The sealed archive's byte format (docs/ARCHIVE_FORMAT.md pins every byte): constants, the
// header and its key slots, and the pure functions that seal pages, journal images, key slots
// and the whole-file seal. No I/O and no SQLite here, so every function has a known answer.
#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "util/secret.hpp"

namespace chatvault::archive::crypto {

inline constexpr std::size_t k_page_size = 4096;
inline constexpr std::size_t k_reserved_bytes = 40;
inline constexpr std::size_t k_usable_size = k_page_size - k_reserved_bytes;  // 4056
inline constexpr std::size_t k_nonce_size = 24;
inline constexpr std::size_t k_tag_size = 16;
inline constexpr std::size_t k_key_size = 32;
inline constexpr std::size_t k_header_size = 4096;
inline constexpr std::int64_t k_header_region = 2 * k_header_size;  // SQLite's page 1 starts here
inline constexpr std::uint32_t k_format_version = 1;
inline constexpr std::size_t k_max_slots = 8;
inline constexpr std::size_t k_slot_size = 128;
inline constexpr char k_magic[8] = {'C', 'H', 'A', 'T', 'V', 'L', 'T', '\0'};

// Header field offsets (little endian).
namespace hdr {
inline constexpr std::size_t magic = 0;          // 8
inline constexpr std::size_t version = 8;        // u32
inline constexpr std::size_t page_size = 12;     // u32
inline constexpr std::size_t reserved = 16;      // u32
inline constexpr std::size_t zero1 = 20;         // u32, 0
inline constexpr std::size_t file_id = 24;       // 16
inline constexpr std::size_t created_at = 40;    // i64, Unix milliseconds
inline constexpr std::size_t generation = 48;    // u64
inline constexpr std::size_t flags = 56;         // u32, bit 0 sealed
inline constexpr std::size_t zero2 = 60;         // u32, 0
inline constexpr std::size_t page_count = 64;    // u64
inline constexpr std::size_t seal = 72;          // 32
inline constexpr std::size_t slots = 104;        // 8 x 128
inline constexpr std::size_t slots_end = slots + k_max_slots * k_slot_size;  // 1128
inline constexpr std::size_t checksum = 4032;    // 32, unkeyed BLAKE2b-256 of [0, 4032)
inline constexpr std::size_t mac = 4064;         // 32, keyed BLAKE2b-256 of [0, 4064)
}  // namespace hdr

// Key slot field offsets, relative to the slot.
namespace slot {
inline constexpr std::size_t kind = 0;        // u8
inline constexpr std::size_t zero1 = 1;       // 7 bytes, 0
inline constexpr std::size_t opslimit = 8;    // u64
inline constexpr std::size_t memlimit = 16;   // u64
inline constexpr std::size_t salt = 24;       // 16
inline constexpr std::size_t nonce = 40;      // 24
inline constexpr std::size_t wrapped = 64;    // 48: sealed master key (32) + tag (16)
inline constexpr std::size_t zero2 = 112;     // 16 bytes, 0
}  // namespace slot

// crypto_kdf context and subkey ids of the master key.
inline constexpr char k_kdf_context[9] = "CHATVLT1";
enum class SubkeyId : std::uint64_t { page = 1, header_mac = 2, seal = 3, content = 4 };

// Caps on the Argon2id limits a file may ask for, checked before Argon2id runs.
inline constexpr std::uint64_t k_max_opslimit = 12;
inline constexpr std::uint64_t k_max_memlimit = 1ull << 30;  // 1 GiB (libsodium SENSITIVE)

using FileId = std::array<unsigned char, 16>;
using Digest = std::array<unsigned char, 32>;
using Tag = std::array<unsigned char, k_tag_size>;
using Nonce = std::array<unsigned char, k_nonce_size>;
using HeaderBytes = std::array<unsigned char, k_header_size>;

// Where random bytes come from: randombytes_buf unless a test injects a deterministic source.
struct RandomSource {
  void (*fill)(void* context, unsigned char* out, std::size_t size) = nullptr;
  void* context = nullptr;
  void operator()(unsigned char* out, std::size_t size) const;
};

// 32 secret bytes in sodium_malloc'd memory (guard pages, mlock), wiped when freed.
class SecretKey {
 public:
  SecretKey();  // zero-filled
  ~SecretKey();
  SecretKey(SecretKey&& other) noexcept;
  SecretKey& operator=(SecretKey&& other) noexcept;
  SecretKey(const SecretKey&) = delete;
  SecretKey& operator=(const SecretKey&) = delete;
  static SecretKey from_bytes(const unsigned char* bytes);  // 32 bytes
  unsigned char* data() { return m_data; }
  const unsigned char* data() const { return m_data; }
  static constexpr std::size_t size() { return k_key_size; }

 private:
  unsigned char* m_data = nullptr;
};

enum class SlotKind : std::uint8_t { empty = 0, passphrase = 1, keyfile = 2, recovery = 3 };
const char* slot_kind_name(SlotKind kind);

struct KdfParams {
  std::uint64_t opslimit = 0;
  std::uint64_t memlimit = 0;
  friend bool operator==(const KdfParams&, const KdfParams&) = default;
};
// libsodium's Argon2id levels: interactive (2, 64 MiB), moderate (3, 256 MiB), sensitive (4, 1 GiB).
KdfParams kdf_interactive();
KdfParams kdf_moderate();
KdfParams kdf_sensitive();
bool kdf_within_caps(const KdfParams& params);

struct KeySlot {
  SlotKind kind = SlotKind::empty;
  KdfParams kdf;  // zero unless kind == passphrase
  std::array<unsigned char, 16> salt{};
  Nonce nonce{};
  std::array<unsigned char, k_key_size + k_tag_size> wrapped{};
  friend bool operator==(const KeySlot&, const KeySlot&) = default;
};

struct Header {
  FileId file_id{};
  std::int64_t created_at_ms = 0;
  std::uint64_t generation = 0;
  bool sealed = false;
  std::uint64_t page_count = 0;
  Digest seal{};
  std::array<KeySlot, k_max_slots> slots{};
  friend bool operator==(const Header&, const Header&) = default;
};

// The header copy's bytes with checksum and MAC filled in.
HeaderBytes serialize_header(const Header& header, const SecretKey& mac_key);
// Parses one copy: checksum, magic, version, geometry, flags, zero fields and slot kinds. The MAC
// is not checked (it needs the master key). nullopt and `why` when the copy is not valid.
std::optional<Header> parse_header(const unsigned char* bytes, std::string* why);
bool header_mac_ok(const unsigned char* bytes, const SecretKey& mac_key);

// The credential that opens a slot: a passphrase, the BLAKE2b-256 of a key file, or the raw
// bytes of a recovery key.
struct Credential {
  SlotKind kind = SlotKind::passphrase;
  Secret secret;
};
Credential passphrase_credential(std::string_view passphrase);

// The key-encryption key of a slot for a credential: Argon2id for a passphrase (limits must be
// within the caps), keyed BLAKE2b with the slot salt for a key file or recovery key.
// Throws Error(internal) when Argon2id cannot run (out of memory).
void derive_kek(const Credential& credential, const KeySlot& slot, SecretKey& kek);
// The associated data of slot `index` (62 bytes): magic, version, file id, index, kind, limits, salt.
std::string slot_associated_data(const FileId& file_id, unsigned index, const KeySlot& slot);
// Seals `master` into `slot` (kind, kdf, salt and nonce already set).
void wrap_master_key(const SecretKey& master, const SecretKey& kek, const FileId& file_id, unsigned index,
                     KeySlot& slot);
bool unwrap_master_key(const KeySlot& slot, const SecretKey& kek, const FileId& file_id, unsigned index,
                       SecretKey& master);

void derive_subkey(const SecretKey& master, SubkeyId id, SecretKey& out);

// Page sealing. `plain` and `out` are k_page_size bytes; only [0, k_usable_size) of `plain` is
// used. Stored page = ciphertext ‖ nonce ‖ tag, AD = file id ‖ u32le page ‖ "main".
void seal_page(const SecretKey& page_key, const FileId& file_id, std::uint32_t page, const unsigned char* plain,
               const unsigned char* nonce, unsigned char* out);
// Opens a stored page into `out` (may equal `sealed`); the reserved tail of `out` is zeroed.
// With out == nullptr only authenticates. False if the tag fails.
bool open_page(const SecretKey& page_key, const FileId& file_id, std::uint32_t page, const unsigned char* sealed,
               unsigned char* out);
// Journal page images: AD = file id ‖ u32le page ‖ u64le journal offset ‖ "journal".
void seal_journal_image(const SecretKey& page_key, const FileId& file_id, std::uint32_t page,
                        std::uint64_t journal_offset, const unsigned char* plain, const unsigned char* nonce,
                        unsigned char* out);
bool open_journal_image(const SecretKey& page_key, const FileId& file_id, std::uint32_t page,
                        std::uint64_t journal_offset, const unsigned char* sealed, unsigned char* out);

// One page's term of the whole-file seal: BLAKE2b-256 keyed with the seal key of u32le page ‖ tag.
Digest seal_term(const SecretKey& seal_key, std::uint32_t page, const unsigned char* tag);
void xor_into(Digest& acc, const Digest& term);
// SQLite's lock-byte page (never written, excluded from the seal and from verify).
inline constexpr std::uint32_t k_pending_byte_page = 0x40000000u / k_page_size + 1;

// Recovery keys: 25 random bytes shown as 40 base32 characters in 8 groups of 5 ("ABCDE-...").
inline constexpr std::size_t k_recovery_bytes = 25;
std::string encode_recovery_key(const unsigned char* bytes);
// Accepts any case, ignores spaces and dashes; nullopt if it is not a recovery key.
std::optional<std::string> decode_recovery_key(std::string_view text);

std::string to_hex(const unsigned char* bytes, std::size_t size);

// Little-endian helpers.
void put_u32(unsigned char* at, std::uint32_t value);
void put_u64(unsigned char* at, std::uint64_t value);
std::uint32_t get_u32(const unsigned char* at);
std::uint64_t get_u64(const unsigned char* at);

}  // namespace chatvault::archive::crypto
