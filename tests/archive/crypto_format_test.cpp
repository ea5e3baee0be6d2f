// The byte format without SQLite: known-answer vectors (computed independently with PyNaCl and
// hashlib from docs/ARCHIVE_FORMAT.md), page/journal/slot binding, header parsing, KDF caps,
// recovery keys.
#include <doctest/doctest.h>
#include <sodium.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <cstring>
#include <string>
#include <vector>

#include "archive/crypto/format.hpp"
#include "tests/archive/crypto_support.hpp"

namespace cr = chatvault::archive::crypto;
using namespace chatvault::test::crypto;

namespace {

cr::SecretKey fixed_master() {
  unsigned char b[32];
  for (int i = 0; i < 32; ++i) b[i] = static_cast<unsigned char>(i);
  return cr::SecretKey::from_bytes(b);
}

cr::FileId fixed_file_id() {
  cr::FileId id{};
  for (int i = 0; i < 16; ++i) id[static_cast<std::size_t>(i)] = static_cast<unsigned char>(0xa0 + i);
  return id;
}

std::vector<unsigned char> fixed_page() {
  std::vector<unsigned char> p(cr::k_page_size, 0);
  for (std::size_t i = 0; i < cr::k_usable_size; ++i) p[i] = static_cast<unsigned char>((i * 7) & 0xff);
  return p;
}

cr::Nonce fixed_nonce() {
  cr::Nonce n{};
  for (int i = 0; i < 24; ++i) n[static_cast<std::size_t>(i)] = static_cast<unsigned char>(0x40 + i);
  return n;
}

std::string hex_of(const unsigned char* p, std::size_t n) { return cr::to_hex(p, n); }
std::string b2(const unsigned char* p, std::size_t n) {
  return blake2b_hex(std::string(reinterpret_cast<const char*>(p), n));
}

}  // namespace

TEST_CASE("crypto: known answers for subkeys, a page, a journal image, the seal and a key slot") {
  const cr::SecretKey master = fixed_master();
  cr::SecretKey page_key;
  cr::derive_subkey(master, cr::SubkeyId::page, page_key);
  CHECK(hex_of(page_key.data(), 32) == "5d9902bf9628ff573a24b6b89636613bf90585722363cc545a90e2cd7459f5c8");

  const auto plain = fixed_page();
  const auto nonce = fixed_nonce();
  std::vector<unsigned char> out(cr::k_page_size);
  cr::seal_page(page_key, fixed_file_id(), 7, plain.data(), nonce.data(), out.data());
  CHECK(hex_of(out.data(), 16) == "35037ac868cc98f1e55d90129210ecc3");
  CHECK(hex_of(out.data() + cr::k_usable_size, 24) == hex_of(nonce.data(), 24));
  CHECK(hex_of(out.data() + 4080, 16) == "709165831498161ff718b1044fc5b728");
  CHECK(b2(out.data(), out.size()) == "d4bbdf5bbca126994480cf33a3bb4e27fb411fce249c6dfb9013c3e2a984349d");

  std::vector<unsigned char> back(cr::k_page_size);
  REQUIRE(cr::open_page(page_key, fixed_file_id(), 7, out.data(), back.data()));
  CHECK(back == plain);

  std::vector<unsigned char> journal(cr::k_page_size);
  cr::seal_journal_image(page_key, fixed_file_id(), 7, 4100, plain.data(), nonce.data(), journal.data());
  CHECK(hex_of(journal.data() + 4080, 16) == "ed2cc5cd52ccfe20b780c02b47dbb8ee");
  CHECK(b2(journal.data(), journal.size()) == "cd4963c89ab444f58f4b86bb7130bee41550ebf3d29b37b724e4953fa7275126");

  cr::SecretKey seal_key;
  cr::derive_subkey(master, cr::SubkeyId::seal, seal_key);
  const cr::Digest term = cr::seal_term(seal_key, 7, out.data() + 4080);
  CHECK(hex_of(term.data(), 32) == "bebffc3ed9ba2e106d7dd76e90c2143e96034cf1497471b5d1223ad9b676951c");

  cr::KeySlot slot;
  slot.kind = cr::SlotKind::passphrase;
  slot.kdf = fast_kdf();
  for (int i = 0; i < 16; ++i) slot.salt[static_cast<std::size_t>(i)] = static_cast<unsigned char>(0x60 + i);
  for (int i = 0; i < 24; ++i) slot.nonce[static_cast<std::size_t>(i)] = static_cast<unsigned char>(0x70 + i);
  cr::SecretKey kek;
  cr::derive_kek(cr::passphrase_credential("correct horse battery staple"), slot, kek);
  cr::wrap_master_key(master, kek, fixed_file_id(), 0, slot);
  CHECK(hex_of(slot.wrapped.data(), slot.wrapped.size()) ==
        "e7d47a3ec58b9fc25fb2b3ae75c265c003256640f6f7b3d57fd6f325f22125023b5e1b562c276555ee5cfad0ca6bb772");

  cr::KeySlot kf = slot;
  kf.kind = cr::SlotKind::keyfile;
  kf.kdf = {};
  unsigned char secret[32];
  for (int i = 0; i < 32; ++i) secret[i] = static_cast<unsigned char>(0x10 + i);
  cr::Credential c{cr::SlotKind::keyfile, chatvault::Secret(std::string_view(reinterpret_cast<char*>(secret), 32))};
  cr::derive_kek(c, kf, kek);
  CHECK(hex_of(kek.data(), 32) == "bab772e94378edf0f3b9e30692fec09c95953c622d2351d9fc93ea440afa47e0");
}

TEST_CASE("crypto: a whole header is stable (deterministic random source, fixed time)") {
  chatvault::test::TempDir dir;
  CountingRandom rnd;
  auto keys = cr::create_archive_file(dir / "a.chatvault", cr::passphrase_credential("correct horse battery staple"),
                                      fast_kdf(), rnd.source(), 1700000000000);
  const std::string bytes = chatvault::test::read_file(dir / "a.chatvault");
  REQUIRE(bytes.size() == 8192);
  CHECK(bytes.substr(0, 4096) == bytes.substr(4096));
  CHECK(bytes.substr(0, 8) == std::string("CHATVLT\0", 8));
  // file id = first 16 random bytes, master key the next 32, then salt and nonce of slot 0.
  CHECK(hex(bytes.substr(24, 16)) == "000102030405060708090a0b0c0d0e0f");
  CHECK(blake2b_hex(bytes.substr(0, 4096)) == blake2b_hex(bytes.substr(4096)));
  CHECK(blake2b_hex(bytes.substr(0, 4096)) == "59a7f2aa8018357ceb75e80ff9b39217a318517533d21b1ae0534e09c0eb1f6e");
}

TEST_CASE("crypto: a sealed page is bound to its key, file id, number and domain") {
  const cr::SecretKey master = fixed_master();
  cr::SecretKey key;
  cr::derive_subkey(master, cr::SubkeyId::page, key);
  const auto plain = fixed_page();
  const auto nonce = fixed_nonce();
  std::vector<unsigned char> out(cr::k_page_size);
  cr::seal_page(key, fixed_file_id(), 7, plain.data(), nonce.data(), out.data());
  std::vector<unsigned char> scratch(cr::k_page_size);
  CHECK_FALSE(cr::open_page(key, fixed_file_id(), 8, out.data(), scratch.data()));
  cr::FileId other = fixed_file_id();
  other[0] ^= 1;
  CHECK_FALSE(cr::open_page(key, other, 7, out.data(), scratch.data()));
  CHECK_FALSE(cr::open_journal_image(key, fixed_file_id(), 7, 4100, out.data(), scratch.data()));
  cr::SecretKey wrong;
  cr::derive_subkey(master, cr::SubkeyId::seal, wrong);
  CHECK_FALSE(cr::open_page(wrong, fixed_file_id(), 7, out.data(), scratch.data()));
  for (std::size_t at : {std::size_t{0}, std::size_t{2000}, cr::k_usable_size, cr::k_usable_size + 30, std::size_t{4095}}) {
    auto bad = out;
    bad[at] ^= 0x80;
    CHECK_FALSE(cr::open_page(key, fixed_file_id(), 7, bad.data(), scratch.data()));
    // A failed open never leaves plaintext-looking garbage in the output.
    CHECK(std::all_of(scratch.begin(), scratch.end(), [](unsigned char b) { return b == 0; }));
  }
  // Verify-only mode and in-place opening.
  CHECK(cr::open_page(key, fixed_file_id(), 7, out.data(), nullptr));
  CHECK(cr::open_page(key, fixed_file_id(), 7, out.data(), out.data()));
  CHECK(out == plain);
}

TEST_CASE("crypto: a key slot is bound to its file, index and KDF parameters") {
  const cr::SecretKey master = fixed_master();
  cr::KeySlot slot;
  slot.kind = cr::SlotKind::passphrase;
  slot.kdf = fast_kdf();
  randombytes_buf(slot.salt.data(), slot.salt.size());
  randombytes_buf(slot.nonce.data(), slot.nonce.size());
  cr::SecretKey kek;
  cr::derive_kek(cr::passphrase_credential("pw"), slot, kek);
  cr::wrap_master_key(master, kek, fixed_file_id(), 3, slot);
  cr::SecretKey got;
  CHECK(cr::unwrap_master_key(slot, kek, fixed_file_id(), 3, got));
  CHECK(std::memcmp(got.data(), master.data(), 32) == 0);
  CHECK_FALSE(cr::unwrap_master_key(slot, kek, fixed_file_id(), 4, got));  // moved
  cr::FileId other = fixed_file_id();
  other[5] ^= 1;
  CHECK_FALSE(cr::unwrap_master_key(slot, kek, other, 3, got));  // pasted into another archive
  cr::KeySlot weaker = slot;
  weaker.kdf.opslimit = 2;  // parameters changed
  CHECK_FALSE(cr::unwrap_master_key(weaker, kek, fixed_file_id(), 3, got));
  cr::SecretKey wrong;
  cr::derive_kek(cr::passphrase_credential("pW"), slot, wrong);
  CHECK_FALSE(cr::unwrap_master_key(slot, wrong, fixed_file_id(), 3, got));
}

TEST_CASE("crypto: header parsing rejects damage and hostile KDF limits") {
  const cr::SecretKey master = fixed_master();
  cr::SecretKey mac;
  cr::derive_subkey(master, cr::SubkeyId::header_mac, mac);
  cr::Header h;
  h.file_id = fixed_file_id();
  h.generation = 5;
  h.sealed = true;
  h.page_count = 3;
  h.slots[0].kind = cr::SlotKind::passphrase;
  h.slots[0].kdf = cr::kdf_moderate();
  h.slots[2].kind = cr::SlotKind::recovery;
  const cr::HeaderBytes b = cr::serialize_header(h, mac);
  std::string why;
  auto parsed = cr::parse_header(b.data(), &why);
  REQUIRE(parsed);
  CHECK(*parsed == h);
  CHECK(cr::header_mac_ok(b.data(), mac));
  for (std::size_t at : {std::size_t{0}, std::size_t{9}, std::size_t{30}, std::size_t{200}, std::size_t{3000},
                         std::size_t{4040}}) {
    cr::HeaderBytes bad = b;
    bad[at] ^= 1;
    CHECK_FALSE(cr::parse_header(bad.data(), &why));
  }
  cr::HeaderBytes bad_mac = b;
  bad_mac[4090] ^= 1;
  CHECK(cr::parse_header(bad_mac.data(), &why));  // the checksum does not cover the MAC
  CHECK_FALSE(cr::header_mac_ok(bad_mac.data(), mac));

  CHECK(cr::kdf_within_caps(cr::kdf_interactive()));
  CHECK(cr::kdf_within_caps(cr::kdf_moderate()));
  CHECK(cr::kdf_within_caps(cr::kdf_sensitive()));
  CHECK_FALSE(cr::kdf_within_caps({3, std::uint64_t{8} << 30}));  // 8 GiB
  CHECK_FALSE(cr::kdf_within_caps({1000, 65536}));
  CHECK_FALSE(cr::kdf_within_caps({0, 65536}));
  cr::KeySlot hostile;
  hostile.kind = cr::SlotKind::passphrase;
  hostile.kdf = {4, std::uint64_t{64} << 30};
  cr::SecretKey kek;
  expect_error(chatvault::ErrorCategory::damaged,
               [&] { cr::derive_kek(cr::passphrase_credential("x"), hostile, kek); });
}

TEST_CASE("crypto: recovery keys round-trip through their printed form") {
  unsigned char bytes[cr::k_recovery_bytes];
  randombytes_buf(bytes, sizeof bytes);
  const std::string text = cr::encode_recovery_key(bytes);
  CHECK(text.size() == 47);  // 8 groups of 5 and 7 dashes
  CHECK(text[5] == '-');
  auto back = cr::decode_recovery_key(text);
  REQUIRE(back);
  CHECK(std::memcmp(back->data(), bytes, sizeof bytes) == 0);
  std::string lower = text;
  for (char& ch : lower) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
  CHECK(cr::decode_recovery_key(lower + "\n"));
  CHECK_FALSE(cr::decode_recovery_key(text.substr(0, 40)));
  CHECK_FALSE(cr::decode_recovery_key(text + "A"));
  CHECK_FALSE(cr::decode_recovery_key("01234-56789"));
}
