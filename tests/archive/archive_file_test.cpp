#include <doctest/doctest.h>

// SearchQuery{.text = ...}: designated initializers leave the other fields at their defaults on purpose.
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"
#include <sqlite3.h>

#include "tests/archive/feed.hpp"
#include "tests/archive/sealed_sql.hpp"
#include "tests/support.hpp"
#include "util/error.hpp"
#include "util/hash.hpp"

using namespace chatvault;
using chatvault::archive::Archive;
using chatvault::archive::OpenMode;

using chatvault::test::category_of;

namespace {

}  // namespace

TEST_CASE("archive file: create writes a sealed file: header, then SQLite's pages, none readable") {
  test::TempDir dir;
  const auto path = dir / "a.cvault";
  {
    auto ar = test::create_archive(path);
    CHECK(ar->encrypted());
  }
  const std::string bytes = test::read_file(path);
  REQUIRE(bytes.size() >= 8192 + 4096);
  CHECK((bytes.size() - 8192) % 4096 == 0);
  CHECK(bytes.substr(0, 8) == std::string("CHATVLT\0", 8));
  CHECK(bytes.find("SQLite format 3") == std::string::npos);
  CHECK(bytes.find("CREATE TABLE") == std::string::npos);
  CHECK_FALSE(std::filesystem::exists(dir / "a.cvault-journal"));
  CHECK_FALSE(std::filesystem::exists(dir / "a.cvault-wal"));
  // The seal is stored at creation: verify finds everything in order.
  const auto report = Archive::verify(path, Secret(test::k_archive_passphrase));
  CHECK(report.ok);
  CHECK(report.sealed);
  CHECK(report.seal_matches);
  CHECK(report.integrity == "ok");
}

TEST_CASE("archive file: create refuses an existing path and leaves it alone") {
  test::TempDir dir;
  const auto path = dir / "exists";
  test::write_file(path, "precious");
  std::string message;
  CHECK(category_of([&] { test::create_archive(path); }, &message) == ErrorCategory::usage);
  CHECK(message.find("already exists; chatvault never overwrites an archive") != std::string::npos);
  CHECK(test::read_file(path) == "precious");
  test::create_archive(dir / "new");
  CHECK(category_of([&] { test::create_archive(dir / "new"); }) == ErrorCategory::usage);
}

TEST_CASE("archive file: wrong passphrase is refused and the file is untouched") {
  test::TempDir dir;
  const auto path = dir / "a.cvault";
  {
    auto ar = test::create_archive(path);
    test::import_feed(*ar, {{test::make_chat("Family"), {test::text_msg(1, "Alice", "hello")}}});
  }
  const std::string before = Blake2b256::hex(test::read_file(path));
  for (const auto mode : {OpenMode::read, OpenMode::write}) {
    std::string message;
    CHECK(category_of([&] { Archive::open(path, Secret("wrong"), mode); }, &message) == ErrorCategory::wrong_key);
    CHECK(message == "wrong passphrase for " + path.string());
  }
  CHECK(Blake2b256::hex(test::read_file(path)) == before);
  CHECK_FALSE(std::filesystem::exists(dir / "a.cvault-journal"));
  auto ar = test::open_archive(path, OpenMode::read);
  CHECK(ar->chats().size() == 1);
}

TEST_CASE("archive file: what is not an archive is reported damaged, never a crash") {
  test::TempDir dir;
  std::string random(10000, '\0');
  for (std::size_t i = 0; i < random.size(); ++i) {
    random[i] = static_cast<char>((i * 7919 + 13) % 251);
  }
  test::write_file(dir / "random", random);
  test::write_file(dir / "empty", "");
  test::write_file(dir / "truncated", std::string("SQLite format 3\0", 16) + std::string(84, '\x01'));
  {
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open((dir / "plain.db").c_str(), &db) == SQLITE_OK);
    REQUIRE(sqlite3_exec(db, "CREATE TABLE t(x); INSERT INTO t VALUES (1);", nullptr, nullptr, nullptr) == SQLITE_OK);
    sqlite3_close(db);
  }
  std::filesystem::create_directory(dir / "folder");
  for (const char* name : {"random", "empty", "truncated", "plain.db", "folder"}) {
    CAPTURE(name);
    for (const auto mode : {OpenMode::read, OpenMode::write}) {
      const std::string before = std::filesystem::is_regular_file(dir / name) ? test::read_file(dir / name) : "";
      std::string message;
      CHECK(category_of([&] { test::open_archive(dir / name, mode); }, &message) == ErrorCategory::damaged);
      CHECK(message.find("is not a chatvault archive (or it is damaged)") != std::string::npos);
      if (std::filesystem::is_regular_file(dir / name)) {
        CHECK(test::read_file(dir / name) == before);
      }
    }
  }
  CHECK(category_of([&] { test::open_archive(dir / "absent"); }) == ErrorCategory::usage);
}

TEST_CASE("archive file: one writer at a time, readers alongside") {
  test::TempDir dir;
  const auto path = dir / "a.cvault";
  test::create_archive(path);
  auto writer = test::open_archive(path, OpenMode::write);
  std::string message;
  CHECK(category_of([&] { test::open_archive(path, OpenMode::write); }, &message) == ErrorCategory::busy);
  CHECK(message == "archive is busy: another chatvault is writing to " + path.string());

  // A reader opens while the writer is open, and sees what the writer committed.
  auto reader = test::open_archive(path, OpenMode::read);
  CHECK(reader->chats().empty());
  test::import_feed(*writer, {{test::make_chat("Family"), {test::text_msg(1, "Alice", "hello")}}});
  REQUIRE(reader->chats().size() == 1);
  CHECK(reader->chats()[0].message_count == 1);
  CHECK(reader->search({.text = "hello"}).size() == 1);

  // While an import batch is open (uncommitted), readers still read the committed state.
  {
    auto session = writer->begin_import({model::Platform::whatsapp, "x", "", {}});
    session->begin_chat(test::make_chat("Family"));
    session->message(test::text_msg(2, "Bob", "pending words"));
    CHECK(reader->search({.text = "pending"}).empty());
    CHECK(reader->search({.text = "hello"}).size() == 1);
    session->end_chat();
    CHECK(reader->search({.text = "pending"}).size() == 1);
  }

  // A reader cannot import.
  CHECK(category_of([&] { reader->begin_import({}); }) == ErrorCategory::usage);

  // Once the writer is gone, the next one gets in.
  writer.reset();
  CHECK_NOTHROW(test::open_archive(path, OpenMode::write));
}

TEST_CASE("archive file: the archive made by create holds the lock too") {
  test::TempDir dir;
  const auto path = dir / "a.cvault";
  auto created = test::create_archive(path);
  CHECK(category_of([&] { test::open_archive(path, OpenMode::write); }) == ErrorCategory::busy);
  created.reset();
  CHECK_NOTHROW(test::open_archive(path, OpenMode::write));
}

TEST_CASE("archive file: plain SQLite cannot read it, the unsealed benchmark mode is refused by default") {
  test::TempDir dir;
  const auto path = dir / "a.cvault";
  test::create_archive(path);
  sqlite3* db = nullptr;
  REQUIRE(sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK);
  CHECK(sqlite3_exec(db, "SELECT * FROM meta", nullptr, nullptr, nullptr) != SQLITE_OK);
  sqlite3_close(db);

  archive::CreateOptions plain;
  plain.kdf = archive::KdfLevel::interactive;
  plain.unsealed_for_benchmarks = true;
  CHECK(category_of([&] { Archive::create(dir / "plain", Secret("x"), plain); }) == ErrorCategory::internal);
  CHECK_FALSE(std::filesystem::exists(dir / "plain"));
}

TEST_CASE("archive file: the seal is stored after each committed import, verify sees an old page put back") {
  test::TempDir dir;
  const auto path = dir / "a.cvault";
  {
    auto ar = test::create_archive(path);
    test::import_feed(*ar, {{test::make_chat("Family"), {test::text_msg(1, "Alice", "hello")}}});
  }
  const Secret pass(test::k_archive_passphrase);
  auto report = Archive::verify(path, pass);
  CHECK(report.ok);
  CHECK(report.sealed);
  CHECK(report.seal_matches);
  CHECK(report.messages == 1);
  const std::string old_bytes = test::read_file(path);
  {
    auto ar = test::open_archive(path);
    test::import_feed(*ar, {{test::make_chat("Family"), {test::text_msg(2, "Bob", "a second message")}}});
  }
  report = Archive::verify(path, pass);
  CHECK(report.ok);
  CHECK(report.seal_matches);
  CHECK(report.messages == 2);
  // Put back every page that changed from the older file: each is authentic on its own.
  std::string now = test::read_file(path);
  bool replaced = false;
  for (std::size_t off = 8192; off + 4096 <= std::min(now.size(), old_bytes.size()); off += 4096) {
    if (now.compare(off, 4096, old_bytes, off, 4096) != 0) {
      now.replace(off, 4096, old_bytes, off, 4096);
      replaced = true;
      break;
    }
  }
  REQUIRE(replaced);
  test::write_file(path, now);
  report = Archive::verify(path, pass);
  CHECK_FALSE(report.ok);
  REQUIRE_FALSE(report.problems.empty());
}

TEST_CASE("archive file: key slots through the Archive API") {
  test::TempDir dir;
  const auto path = dir / "a.cvault";
  test::create_archive(path);
  const Secret pass(test::k_archive_passphrase);
  CHECK(Archive::key_slots(path, pass).size() == 1);
  CHECK(Archive::add_key(path, pass, Secret("second"), archive::KdfLevel::interactive) == 1);
  Archive::change_passphrase(path, Secret("second"), Secret("third"), std::nullopt);
  CHECK(category_of([&] { Archive::open(path, Secret("second"), OpenMode::read); }) == ErrorCategory::wrong_key);
  CHECK_NOTHROW(Archive::open(path, Secret("third"), OpenMode::read));
  const auto slots = Archive::key_slots(path, Secret("third"));
  REQUIRE(slots.size() == 2);
  CHECK(slots[1].opened_with);
  CHECK(slots[1].kdf == "interactive");
  CHECK(category_of([&] { Archive::add_key(path, pass, Secret(std::string_view("a\0b", 3)), {}); }) ==
        ErrorCategory::usage);
  Archive::remove_key(path, pass, 1);
  CHECK(category_of([&] { Archive::remove_key(path, pass, 0); }) == ErrorCategory::usage);
  // A writer holds the lock: key changes wait their turn.
  auto writer = test::open_archive(path);
  CHECK(category_of([&] { Archive::key_slots(path, pass); }) == ErrorCategory::busy);
}

TEST_CASE("archive file: verify finds rows whose parent is gone (imports write without foreign-key checks)") {
  test::TempDir dir;
  const auto path = dir / "a.cvault";
  {
    auto ar = test::create_archive(path);
    test::ChatFeed feed{test::make_chat("Anna"), {}};
    feed.messages.push_back(test::text_msg(1, "Anna", "hello"));
    feed.messages.push_back(test::media_msg(2, "Ben", test::bytes_attachment("IMG-1.jpg", "jpeg bytes")));
    CHECK(test::import_feed(*ar, {feed}).messages_added == 2);
  }
  const auto clean = Archive::verify(path, Secret(test::k_archive_passphrase));
  CHECK(clean.ok);
  CHECK(clean.dangling_references == 0);

  sqlite3* db = test::open_sealed(path, SQLITE_OPEN_READWRITE);
  REQUIRE(db != nullptr);
  CHECK(sqlite3_exec(db, "PRAGMA foreign_keys = OFF; DELETE FROM chats", nullptr, nullptr, nullptr) == SQLITE_OK);
  sqlite3_close(db);
  const auto broken = Archive::verify(path, Secret(test::k_archive_passphrase));
  CHECK_FALSE(broken.ok);
  CHECK(broken.dangling_references == 4);  // two messages and two participants lost their chat
  REQUIRE_FALSE(broken.problems.empty());
  CHECK(broken.problems.front().find("refer to rows that do not exist") != std::string::npos);
}
