// Unlocking: wrong passphrase, damaged header copies, key slots (passphrase change, key file,
// recovery key, removing the last slot refused).
#include <doctest/doctest.h>

#include <cstring>
#include <string>

#include "tests/archive/crypto_support.hpp"

namespace cr = chatvault::archive::crypto;
using chatvault::ErrorCategory;
using namespace chatvault::test::crypto;
using chatvault::test::read_file;

namespace {

void add_rows(const Db& db) {
  db.exec("CREATE TABLE IF NOT EXISTS t(id INTEGER PRIMARY KEY, body TEXT)");
  db.exec("INSERT INTO t(body) VALUES ('alpha'), ('bravo'), ('charlie')");
}

}  // namespace

TEST_CASE("crypto: a wrong passphrase is refused before SQLite runs and the file is untouched") {
  Fixture fx;
  add_rows(*fx.db);
  cr::store_seal(fx.db->get());
  fx.close();
  const std::string before = blake2b_hex(read_file(fx.path));
  const std::string msg = expect_error(ErrorCategory::wrong_key, [&] {
    cr::unlock_archive(fx.path, cr::passphrase_credential("correct horse battery stapler"));
  });
  CHECK(msg == "wrong passphrase for " + fx.path.string());
  CHECK(blake2b_hex(read_file(fx.path)) == before);
  fx.reopen();
  CHECK(fx.db->integer("SELECT count(*) FROM t") == 3);
  CHECK(fx.keys->header_warning().empty());
}

TEST_CASE("crypto: a damaged header copy is survived and reported, both copies damaged is an error") {
  Fixture fx;
  add_rows(*fx.db);
  cr::store_seal(fx.db->get());
  fx.close();
  const std::string good = read_file(fx.path);

  SUBCASE("one copy: the other opens it, verify reports the damage") {
    flip_byte(fx.path, 300);  // a key slot byte in copy A
    fx.reopen();
    CHECK(chatvault::test::crypto::contains(fx.keys->header_warning(), "copy A is damaged"));
    const cr::VerifyReport r = cr::verify(fx.db->get());
    CHECK_FALSE(r.ok);
    CHECK(chatvault::test::crypto::contains(r.problems.at(0), "archive header damaged"));
    // The next header write repairs it.
    cr::store_seal(fx.db->get(), true);
    CHECK(cr::verify(fx.db->get()).ok);
  }
  SUBCASE("both copies of a key slot") {
    flip_byte(fx.path, 300);
    flip_byte(fx.path, 4096 + 300);
    const std::string msg = expect_error(ErrorCategory::damaged, [&] {
      cr::unlock_archive(fx.path, cr::passphrase_credential(fx.passphrase));
    });
    CHECK(msg.rfind("archive header damaged: ", 0) == 0);
  }
  SUBCASE("both copies of the MAC") {
    flip_byte(fx.path, 4090);
    flip_byte(fx.path, 4096 + 4090);
    const std::string msg = expect_error(ErrorCategory::damaged, [&] {
      cr::unlock_archive(fx.path, cr::passphrase_credential(fx.passphrase));
    });
    CHECK(chatvault::test::crypto::contains(msg, "MAC"));
  }
  SUBCASE("a header field changed with a recomputed checksum: the MAC catches it") {
    // An attacker who knows the format can fix the unkeyed checksum, not the keyed MAC.
    std::string all = good;
    for (std::size_t copy : {std::size_t{0}, std::size_t{4096}}) {
      all[copy + cr::hdr::page_count] = static_cast<char>(all[copy + cr::hdr::page_count] + 1);
      crypto_generichash(reinterpret_cast<unsigned char*>(all.data()) + copy + cr::hdr::checksum, 32,
                         reinterpret_cast<const unsigned char*>(all.data()) + copy, cr::hdr::checksum, nullptr, 0);
    }
    chatvault::test::write_file(fx.path, all);
    const std::string msg = expect_error(ErrorCategory::damaged, [&] {
      cr::unlock_archive(fx.path, cr::passphrase_credential(fx.passphrase));
    });
    CHECK(msg.rfind("archive header damaged: ", 0) == 0);
  }
  SUBCASE("hostile Argon2id limits are refused before Argon2id runs") {
    std::string all = good;
    for (std::size_t copy : {std::size_t{0}, std::size_t{4096}}) {
      auto* p = reinterpret_cast<unsigned char*>(all.data()) + copy;
      cr::put_u64(p + cr::hdr::slots + cr::slot::memlimit, std::uint64_t{64} << 30);  // 64 GiB
      crypto_generichash(p + cr::hdr::checksum, 32, p, cr::hdr::checksum, nullptr, 0);
    }
    chatvault::test::write_file(fx.path, all);
    const std::string msg = expect_error(ErrorCategory::damaged, [&] {
      cr::unlock_archive(fx.path, cr::passphrase_credential(fx.passphrase));
    });
    CHECK(chatvault::test::crypto::contains(msg, "beyond the caps"));
  }
  SUBCASE("not an archive at all") {
    chatvault::test::write_file(fx.path, std::string(10000, 'x'));
    const std::string msg = expect_error(ErrorCategory::damaged, [&] {
      cr::unlock_archive(fx.path, cr::passphrase_credential(fx.passphrase));
    });
    CHECK(chatvault::test::crypto::contains(msg, "not a chatvault archive"));
  }
}

TEST_CASE("crypto: changing the passphrase rewrites one slot and no page") {
  Fixture fx;
  add_rows(*fx.db);
  cr::store_seal(fx.db->get());
  const std::string pages_before = read_file(fx.path).substr(8192);
  cr::change_passphrase(fx.db->get(), chatvault::Secret("new passphrase"), fast_kdf());
  fx.close();
  CHECK(read_file(fx.path).substr(8192) == pages_before);
  expect_error(ErrorCategory::wrong_key,
               [&] { cr::unlock_archive(fx.path, cr::passphrase_credential("correct horse battery staple")); });
  fx.passphrase = "new passphrase";
  fx.reopen();
  CHECK(fx.db->integer("SELECT count(*) FROM t") == 3);
  const cr::VerifyReport r = cr::verify(fx.db->get());
  CHECK(r.ok);
  CHECK(r.sealed);
  CHECK(r.seal_matches);
}

TEST_CASE("crypto: key file and recovery slots open the archive; the last slot cannot be removed") {
  Fixture fx;
  add_rows(*fx.db);
  const auto keyfile = fx.dir / "archive.key";
  cr::create_keyfile(keyfile);
  CHECK(read_file(keyfile).size() == 32);
  const int kf_slot = cr::add_slot(fx.db->get(), cr::keyfile_credential(keyfile), {});
  CHECK(kf_slot == 1);
  const std::string recovery = cr::add_recovery_key(fx.db->get());
  CHECK(recovery.size() == 47);
  const auto slots = cr::list_slots(fx.db->get());
  REQUIRE(slots.size() == 3);
  CHECK(slots[0].kind == cr::SlotKind::passphrase);
  CHECK(slots[1].kind == cr::SlotKind::keyfile);
  CHECK(slots[2].kind == cr::SlotKind::recovery);
  cr::store_seal(fx.db->get());
  fx.close();

  // Any file can be a key file: its BLAKE2b-256 is the secret.
  const auto any_file = fx.dir / "photo.jpg";
  chatvault::test::write_file(any_file, "not really a photo");
  {
    auto keys = cr::unlock_archive(fx.path, cr::keyfile_credential(keyfile));
    CHECK(keys->unlocked_slot() == 1);
    cr::SealedVfs vfs(keys);
    Db db(vfs, fx.path);
    CHECK(db.integer("SELECT count(*) FROM t") == 3);
    const int photo_slot = cr::add_slot(db.get(), cr::keyfile_credential(any_file), {});
    CHECK(photo_slot == 3);
    // Remove the passphrase slot; the others still open it.
    cr::remove_slot(db.get(), 0);
  }
  expect_error(ErrorCategory::wrong_key,
               [&] { cr::unlock_archive(fx.path, cr::passphrase_credential(fx.passphrase)); });
  expect_error(ErrorCategory::wrong_key, [&] {
    const auto other = fx.dir / "other.key";
    cr::create_keyfile(other);
    cr::unlock_archive(fx.path, cr::keyfile_credential(other));
  });
  auto rc = cr::recovery_credential(recovery);
  REQUIRE(rc);
  {
    auto keys = cr::unlock_archive(fx.path, *rc);
    CHECK(keys->unlocked_slot() == 2);
    cr::SealedVfs vfs(keys);
    Db db(vfs, fx.path);
    cr::remove_slot(db.get(), 1);
    cr::remove_slot(db.get(), 3);
    expect_error(ErrorCategory::usage, [&] { cr::remove_slot(db.get(), 2); });  // the last one
    expect_error(ErrorCategory::usage, [&] { cr::remove_slot(db.get(), 5); });  // empty
    expect_error(ErrorCategory::usage,
                 [&] { cr::change_passphrase(db.get(), chatvault::Secret("x"), fast_kdf()); });
    CHECK(cr::list_slots(db.get()).size() == 1);
    CHECK(cr::verify(db.get()).ok);
  }
  auto wrong = cr::recovery_credential("AAAAA-AAAAA-AAAAA-AAAAA-AAAAA-AAAAA-AAAAA-AAAAA");
  REQUIRE(wrong);
  expect_error(ErrorCategory::wrong_key, [&] { cr::unlock_archive(fx.path, *wrong); });
}

TEST_CASE("crypto: a new archive is never written over an existing file") {
  chatvault::test::TempDir dir;
  chatvault::test::write_file(dir / "x", "data");
  expect_error(ErrorCategory::usage, [&] {
    cr::create_archive_file(dir / "x", cr::passphrase_credential("pw"), fast_kdf());
  });
  CHECK(read_file(dir / "x") == "data");
  expect_error(ErrorCategory::usage,
               [&] { cr::create_archive_file(dir / "y", cr::passphrase_credential(""), fast_kdf()); });
}
