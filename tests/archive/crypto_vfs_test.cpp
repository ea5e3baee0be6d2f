// SQLite through the sealing VFS: no plaintext on disk (archive, folder, a journal caught
// mid-transaction), tampering detected (byte flip, swapped pages, an older copy of a page,
// truncation, a page from another archive), temp files and WAL refused, rollback after a spill.
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <string>

#include "tests/archive/crypto_support.hpp"

namespace cr = chatvault::archive::crypto;
namespace fs = std::filesystem;
using chatvault::ErrorCategory;
using namespace chatvault::test::crypto;
using chatvault::test::read_file;
using chatvault::test::write_file;

namespace {

// Rows with words that must never be seen on disk, plus an FTS5 index over them.
void fill(const Db& db, int rows, const std::string& word) {
  db.exec("CREATE TABLE IF NOT EXISTS msg(id INTEGER PRIMARY KEY, sender TEXT, body TEXT)");
  db.exec("CREATE VIRTUAL TABLE IF NOT EXISTS msg_fts USING fts5(body, content='msg', content_rowid='id')");
  db.exec("INSERT INTO msg_fts(msg_fts, rank) VALUES('pgsz', 3900)");
  db.exec("BEGIN");
  for (int i = 0; i < rows; ++i) {
    const std::string body = word + " number " + std::to_string(i) + " " + std::string(200, 'q');
    db.exec("INSERT INTO msg(sender, body) VALUES ('Quetzalcoatl Smith', '" + body + "')");
    db.exec("INSERT INTO msg_fts(rowid, body) VALUES (last_insert_rowid(), '" + body + "')");
  }
  db.exec("COMMIT");
}

void expect_no_plaintext(const std::string& bytes, const std::string& what) {
  INFO(what);
  CHECK_FALSE(contains(bytes, "SQLite format 3"));
  CHECK_FALSE(contains(bytes, "zanzibarquokka"));
  CHECK_FALSE(contains(bytes, "xylophonewombat"));
  CHECK_FALSE(contains(bytes, "Quetzalcoatl"));
  CHECK_FALSE(contains(bytes, "CREATE TABLE"));
  CHECK_FALSE(contains(bytes, "msg_fts"));
}

std::string failure_message(sqlite3* db) {
  const auto e = cr::seal_failure_error(db);
  return e ? std::string(e->what()) : std::string("(no seal failure)");
}

}  // namespace

TEST_CASE("crypto: no plaintext in the archive, its folder, or a hot journal caught mid-transaction") {
  Fixture fx;
  fill(*fx.db, 400, "zanzibarquokka");
  CHECK(fx.db->integer("SELECT count(*) FROM msg_fts WHERE msg_fts MATCH 'zanzibarquokka'") == 400);
  CHECK_FALSE(cr::read_header(fx.db->get()).sealed);  // written since creation
  cr::store_seal(fx.db->get());
  const cr::Header sealed = cr::read_header(fx.db->get());
  CHECK(sealed.sealed);
  CHECK(sealed.page_count == static_cast<std::uint64_t>(fx.db->integer("PRAGMA page_count")));
  cr::store_seal(fx.db->get());  // nothing written since: no header write
  CHECK(cr::read_header(fx.db->get()).generation == sealed.generation);

  // A write transaction whose pages spill into the file before commit: the journal then holds
  // the old images of pages full of the first word.
  fx.db->exec("PRAGMA cache_size=5");
  fx.db->exec("BEGIN");
  fx.db->exec("UPDATE msg SET body = 'xylophonewombat ' || body");
  fx.db->exec("INSERT INTO msg(sender, body) SELECT sender, 'xylophonewombat' || body FROM msg");
  const fs::path journal = fx.path.string() + "-journal";
  REQUIRE(fs::exists(journal));
  const std::string journal_bytes = read_file(journal);
  CHECK(journal_bytes.size() > 10 * cr::k_page_size);
  expect_no_plaintext(journal_bytes, "journal mid-transaction");
  CHECK_FALSE(cr::read_header(fx.db->get()).sealed);  // the first write cleared the flag
  fx.db->exec("COMMIT");
  CHECK_FALSE(fs::exists(journal));
  cr::store_seal(fx.db->get());

  for (const auto& entry : fs::directory_iterator(fx.dir.path())) {
    expect_no_plaintext(read_file(entry.path()), entry.path().string());
  }
  fx.reopen();
  CHECK(fx.db->integer("SELECT count(*) FROM msg WHERE body LIKE 'xylophonewombat%'") == 800);
  CHECK(fx.db->text("PRAGMA integrity_check") == "ok");
  CHECK(fx.db->text("SELECT count(*) FROM dbstat WHERE name='msg_fts_data' AND pagetype='overflow'") == "0");
  const cr::VerifyReport r = cr::verify(fx.db->get());
  CHECK(r.ok);
  CHECK(r.sealed);
  CHECK(r.seal_matches);
  CHECK(r.pages == static_cast<std::uint64_t>(fx.db->integer("PRAGMA page_count")));
  CHECK(fx.keys->refused_opens() == 0);
}

TEST_CASE("crypto: connection settings, ROLLBACK after a spill, WAL and mmap refused") {
  Fixture fx;
  fill(*fx.db, 300, "zanzibarquokka");
  int reserve = -1;
  REQUIRE(sqlite3_file_control(fx.db->get(), "main", SQLITE_FCNTL_RESERVE_BYTES, &reserve) == SQLITE_OK);
  CHECK(reserve == 40);
  CHECK(fx.db->text("PRAGMA page_size") == "4096");
  CHECK(fx.db->text("PRAGMA synchronous") == "3");  // EXTRA: the journal's deletion is synced too

  fx.db->exec("PRAGMA cache_size=5");
  fx.db->exec("BEGIN");
  fx.db->exec("DELETE FROM msg WHERE id % 2 = 0");
  fx.db->exec("UPDATE msg SET sender = 'someone else'");
  fx.db->exec("ROLLBACK");  // plays the sealed journal back through the shim
  CHECK(fx.db->integer("SELECT count(*) FROM msg WHERE sender = 'Quetzalcoatl Smith'") == 300);
  CHECK(fx.db->text("PRAGMA integrity_check") == "ok");
  // A savepoint rollback reads journal images too.
  fx.db->exec("BEGIN");
  fx.db->exec("SAVEPOINT s");
  fx.db->exec("UPDATE msg SET body = 'x'");
  fx.db->exec("ROLLBACK TO s");
  fx.db->exec("COMMIT");
  CHECK(fx.db->integer("SELECT count(*) FROM msg WHERE body = 'x'") == 0);

  CHECK(fx.db->try_exec("PRAGMA journal_mode=WAL") != SQLITE_OK);
  CHECK(fx.db->try_exec("PRAGMA journal_mode=MEMORY") != SQLITE_OK);
  CHECK(fx.db->text("PRAGMA journal_mode") == "delete");
  CHECK(fx.db->text("PRAGMA mmap_size=268435456") == "0");
  CHECK(fx.db->text("PRAGMA mmap_size") == "0");
  fx.reopen();
  CHECK(cr::verify(fx.db->get()).ok);
  CHECK(fx.db->integer("SELECT count(*) FROM msg") == 300);
}

TEST_CASE("crypto: only the archive and its journal are opened; temp files are refused") {
  Fixture fx;
  fx.db->exec("CREATE TABLE big(a TEXT, b INTEGER)");
  fx.db->exec(
      "WITH RECURSIVE c(i) AS (SELECT 1 UNION ALL SELECT i+1 FROM c WHERE i < 30000) "
      "INSERT INTO big SELECT hex(randomblob(40)), i FROM c");
  fx.db->exec("PRAGMA cache_size=10");
  // temp_store=MEMORY (set by configure_connection): big sorts and index builds work.
  CHECK(fx.db->text("SELECT a FROM (SELECT a FROM big ORDER BY a DESC) LIMIT 1").size() == 80);
  fx.db->exec("CREATE INDEX big_a ON big(a)");
  fx.db->exec("CREATE TEMP TABLE scratch(x)");
  fx.db->exec("INSERT INTO scratch SELECT b FROM big");
  fx.db->exec("BEGIN; UPDATE big SET b = b + 1; SAVEPOINT sp; UPDATE big SET b = b + 1; RELEASE sp; COMMIT");
  CHECK(fx.keys->refused_opens() == 0);
  CHECK(fx.db->text("PRAGMA integrity_check") == "ok");

  SUBCASE("a sort forced into a temp file is refused") {
    fx.db->exec("PRAGMA temp_store=FILE");
    CHECK(fx.db->try_exec("SELECT count(*) FROM (SELECT a || b AS k FROM big ORDER BY k)") != SQLITE_OK);
    CHECK(fx.keys->refused_opens() > 0);
  }
  SUBCASE("a temp database on file is refused") {
    fx.db->exec("PRAGMA temp_store=FILE");
    CHECK(fx.db->try_exec("CREATE TEMP TABLE t2(x); PRAGMA temp.cache_size=5; INSERT INTO t2 SELECT a || a FROM big") !=
          SQLITE_OK);
    CHECK(fx.keys->refused_opens() > 0);
  }
  SUBCASE("another database file is refused") {
    const std::string other = (fx.dir / "other.db").string();
    CHECK(fx.db->try_exec("ATTACH '" + other + "' AS o; CREATE TABLE o.x(y)") != SQLITE_OK);
    CHECK(fx.keys->refused_opens() > 0);
    CHECK_FALSE(fs::exists(other));
  }
  SUBCASE("VACUUM INTO a plain file is refused") {
    const std::string other = (fx.dir / "copy.db").string();
    CHECK(fx.db->try_exec("VACUUM INTO '" + other + "'") != SQLITE_OK);
  }
}

TEST_CASE("crypto: tampering is detected and named") {
  Fixture fx;
  fill(*fx.db, 300, "zanzibarquokka");
  cr::store_seal(fx.db->get());
  const std::uint32_t root = static_cast<std::uint32_t>(fx.db->integer("SELECT rootpage FROM sqlite_schema WHERE name='msg'"));
  const auto pages = static_cast<std::uint32_t>(fx.db->integer("PRAGMA page_count"));
  REQUIRE(pages > 20);
  fx.close();
  const std::string good = read_file(fx.path);
  REQUIRE(good.size() == 8192 + pages * cr::k_page_size);

  SUBCASE("a flipped byte in a data page") {
    flip_byte(fx.path, page_offset(root) + 1000);
    fx.reopen();
    CHECK(fx.db->try_exec("SELECT count(*) FROM msg") == SQLITE_IOERR_AUTH);
    CHECK(failure_message(fx.db->get()) == "archive damaged: page " + std::to_string(root) + " failed authentication");
    const auto e = cr::seal_failure_error(fx.db->get());
    REQUIRE(e);
    CHECK(e->category() == ErrorCategory::damaged);
    const cr::VerifyReport r = cr::verify(fx.db->get());
    CHECK_FALSE(r.ok);
    CHECK(r.first_bad_page == root);
    CHECK(r.problems.at(0) == "archive damaged: page " + std::to_string(root) + " failed authentication");
  }
  SUBCASE("a flipped byte in the nonce or tag of a page") {
    flip_byte(fx.path, page_offset(root) + cr::k_usable_size + 3);
    flip_byte(fx.path, page_offset(pages) + cr::k_page_size - 1);
    fx.reopen();
    const cr::VerifyReport r = cr::verify(fx.db->get());
    CHECK(r.first_bad_page == std::min(root, pages));
    CHECK(r.bad_pages == 2);
  }
  SUBCASE("page 1 damaged: the open fails naming it") {
    flip_byte(fx.path, page_offset(1) + 50);
    const std::string msg = expect_error(ErrorCategory::damaged, [&] { fx.reopen(); });
    CHECK(msg == "archive damaged: page 1 failed authentication");
  }
  SUBCASE("two pages swapped") {
    std::string all = good;
    const std::string a = all.substr(page_offset(root), cr::k_page_size);
    const std::string b = all.substr(page_offset(root + 1), cr::k_page_size);
    all.replace(page_offset(root), cr::k_page_size, b);
    all.replace(page_offset(root + 1), cr::k_page_size, a);
    write_file(fx.path, all);
    fx.reopen();
    CHECK(fx.db->try_exec("SELECT count(*) FROM msg") == SQLITE_IOERR_AUTH);
    const cr::VerifyReport r = cr::verify(fx.db->get());
    CHECK(r.first_bad_page == root);
    CHECK(r.bad_pages == 2);
  }
  SUBCASE("older copies of pages put back: reads pass, verify's seal catches it") {
    fx.reopen();
    const std::string before = read_file(fx.path);
    fx.db->exec("UPDATE msg SET sender = 'changed' WHERE id = 1");
    cr::store_seal(fx.db->get());
    fx.close();
    std::string after = read_file(fx.path);
    REQUIRE(after.size() == before.size());
    int replayed = 0;
    for (std::uint32_t p = 2; p <= pages; ++p) {  // every changed page but page 1
      if (after.compare(page_offset(p), cr::k_page_size, before, page_offset(p), cr::k_page_size) != 0) {
        after.replace(page_offset(p), cr::k_page_size, before, page_offset(p), cr::k_page_size);
        ++replayed;
      }
    }
    REQUIRE(replayed > 0);
    write_file(fx.path, after);
    fx.reopen();
    CHECK(fx.db->integer("SELECT count(*) FROM msg WHERE sender = 'changed'") == 0);  // silently reverted
    CHECK(fx.db->text("PRAGMA integrity_check") == "ok");
    const cr::VerifyReport r = cr::verify(fx.db->get());
    CHECK_FALSE(r.ok);
    CHECK(r.sealed);
    CHECK_FALSE(r.seal_matches);
    CHECK_FALSE(r.first_bad_page);
    REQUIRE_FALSE(r.problems.empty());
    CHECK(contains(r.problems.at(0), "seal does not match"));
    // The damage stays visible after further writes and seals.
    fx.db->exec("INSERT INTO msg(sender, body) VALUES ('a', 'b')");
    cr::store_seal(fx.db->get());
    CHECK_FALSE(cr::verify(fx.db->get()).ok);
  }
  SUBCASE("truncated by one page") {
    fs::resize_file(fx.path, good.size() - cr::k_page_size);
    // SQLite itself notices (its header's page count); verify names it.
    expect_error(ErrorCategory::damaged, [&] { fx.reopen(); });
    fx.reopen(nullptr, false);
    const cr::VerifyReport r = cr::verify(fx.db->get());
    CHECK_FALSE(r.ok);
    CHECK(r.pages == pages - 1);
    REQUIRE_FALSE(r.problems.empty());
    CHECK(contains(r.problems.at(0), "truncated"));
  }
  SUBCASE("truncated by half a page") {
    fs::resize_file(fx.path, good.size() - cr::k_page_size / 2);
    fx.reopen(nullptr, false);
    const cr::VerifyReport r = cr::verify(fx.db->get());
    CHECK_FALSE(r.ok);
    CHECK(contains(r.problems.at(0), "partial page"));
  }
  SUBCASE("a page pasted from another archive with the same passphrase") {
    Fixture other;
    fill(*other.db, 300, "zanzibarquokka");
    other.close();
    patch_file(fx.path, page_offset(root), read_file(other.path).substr(page_offset(root), cr::k_page_size));
    fx.reopen();
    CHECK(fx.db->try_exec("SELECT count(*) FROM msg") == SQLITE_IOERR_AUTH);
    CHECK(cr::verify(fx.db->get()).first_bad_page == root);
  }
}
