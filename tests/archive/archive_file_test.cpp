#include <doctest/doctest.h>

// SearchQuery{.text = ...}: designated initializers leave the other fields at their defaults on purpose.
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"
#include <sqlite3.h>

#include "tests/archive/feed.hpp"
#include "tests/support.hpp"
#include "util/error.hpp"
#include "util/hash.hpp"

using namespace chatvault;
using chatvault::archive::Archive;
using chatvault::archive::OpenMode;

using chatvault::test::category_of;

namespace {

}  // namespace

TEST_CASE("archive file: create writes the page layout the sealed format needs") {
  test::TempDir dir;
  const auto path = dir / "a.cvault";
  {
    auto ar = test::create_archive(path);
    CHECK_FALSE(ar->encrypted());
  }
  const std::string bytes = test::read_file(path);
  REQUIRE(bytes.size() >= 4096);
  CHECK(bytes.size() % 4096 == 0);
  CHECK(bytes.substr(0, 16) == std::string("SQLite format 3\0", 16));
  const int page_size = (static_cast<unsigned char>(bytes[16]) << 8) | static_cast<unsigned char>(bytes[17]);
  CHECK(page_size == 4096);
  CHECK(static_cast<int>(static_cast<unsigned char>(bytes[20])) == 40);  // reserved bytes per page
  CHECK_FALSE(std::filesystem::exists(dir / "a.cvault-journal"));
  CHECK_FALSE(std::filesystem::exists(dir / "a.cvault-wal"));
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

TEST_CASE("archive file: one writer at a time; readers alongside") {
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
    auto session = writer->begin_import({"whatsapp", "x", "", {}});
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

TEST_CASE("archive file: settings and schema are readable with plain SQLite") {
  test::TempDir dir;
  const auto path = dir / "a.cvault";
  test::create_archive(path);
  sqlite3* db = nullptr;
  REQUIRE(sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK);
  const auto text = [&](const char* sql) {
    sqlite3_stmt* st = nullptr;
    REQUIRE(sqlite3_prepare_v2(db, sql, -1, &st, nullptr) == SQLITE_OK);
    std::string out;
    if (sqlite3_step(st) == SQLITE_ROW && sqlite3_column_text(st, 0) != nullptr) {
      out = reinterpret_cast<const char*>(sqlite3_column_text(st, 0));
    }
    sqlite3_finalize(st);
    return out;
  };
  CHECK(text("PRAGMA journal_mode") == "delete");
  CHECK(text("PRAGMA page_size") == "4096");
  CHECK(text("SELECT value FROM meta WHERE key = 'format_version'") == "1");
  CHECK(text("SELECT value FROM meta WHERE key = 'schema_version'") == "1");
  CHECK(text("SELECT value FROM meta WHERE key = 'dedup_version'") == "2");
  CHECK(text("SELECT value FROM meta WHERE key = 'kdf'") == "interactive");
  CHECK(text("SELECT value FROM meta WHERE key = 'passphrase_verifier'").rfind("$argon2id$", 0) == 0);
  CHECK(text("SELECT v FROM messages_fts_config WHERE k = 'pgsz'") == "3900");
  sqlite3_close(db);
}
