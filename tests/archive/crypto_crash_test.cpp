// Crash safety through the shim: a child process writes a big transaction with a tiny page cache
// (pages spill into the file before commit) over a fault-injecting VFS that SIGKILLs it at the
// N-th write to the main file. The parent finds a hot journal (sealed: no plaintext), reopens:
// the journal is rolled back through the shim, the data is the last committed transaction and
// verify passes. A tampered journal image stops the rollback and the open, and
// discard_journal is the way out.
#include <doctest/doctest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstring>
#include <filesystem>
#include <string>

#include "tests/archive/crypto_support.hpp"

namespace cr = chatvault::archive::crypto;
namespace fs = std::filesystem;
using chatvault::ErrorCategory;
using namespace chatvault::test::crypto;
using chatvault::test::read_file;

namespace {

// ---- a VFS over "unix" that kills the process at the N-th write to a main database file ----

int g_kill_at = 0;  // 0: never (set only in the forked child)
int g_main_writes = 0;

struct FaultFile {
  sqlite3_file base;
  sqlite3_file* real;
  bool main;
};

sqlite3_file* real_of(sqlite3_file* f) { return reinterpret_cast<FaultFile*>(f)->real; }

int f_close(sqlite3_file* f) { return real_of(f)->pMethods->xClose(real_of(f)); }
int f_read(sqlite3_file* f, void* b, int n, sqlite3_int64 o) { return real_of(f)->pMethods->xRead(real_of(f), b, n, o); }
int f_write(sqlite3_file* f, const void* b, int n, sqlite3_int64 o) {
  if (reinterpret_cast<FaultFile*>(f)->main && g_kill_at > 0 && ++g_main_writes == g_kill_at) {
    ::kill(::getpid(), SIGKILL);
  }
  return real_of(f)->pMethods->xWrite(real_of(f), b, n, o);
}
int f_truncate(sqlite3_file* f, sqlite3_int64 s) { return real_of(f)->pMethods->xTruncate(real_of(f), s); }
int f_sync(sqlite3_file* f, int fl) { return real_of(f)->pMethods->xSync(real_of(f), fl); }
int f_size(sqlite3_file* f, sqlite3_int64* s) { return real_of(f)->pMethods->xFileSize(real_of(f), s); }
int f_lock(sqlite3_file* f, int l) { return real_of(f)->pMethods->xLock(real_of(f), l); }
int f_unlock(sqlite3_file* f, int l) { return real_of(f)->pMethods->xUnlock(real_of(f), l); }
int f_check(sqlite3_file* f, int* o) { return real_of(f)->pMethods->xCheckReservedLock(real_of(f), o); }
int f_control(sqlite3_file* f, int op, void* a) { return real_of(f)->pMethods->xFileControl(real_of(f), op, a); }
int f_sector(sqlite3_file* f) { return real_of(f)->pMethods->xSectorSize(real_of(f)); }
int f_device(sqlite3_file* f) { return real_of(f)->pMethods->xDeviceCharacteristics(real_of(f)); }

const sqlite3_io_methods k_fault_methods = {1, f_close, f_read, f_write, f_truncate, f_sync, f_size, f_lock,
                                            f_unlock, f_check, f_control, f_sector, f_device,
                                            nullptr, nullptr, nullptr, nullptr, nullptr, nullptr};

int fv_open(sqlite3_vfs* vfs, sqlite3_filename name, sqlite3_file* file, int flags, int* out) {
  auto* unix_vfs = static_cast<sqlite3_vfs*>(vfs->pAppData);
  auto* ff = reinterpret_cast<FaultFile*>(file);
  ff->base.pMethods = nullptr;
  ff->real = reinterpret_cast<sqlite3_file*>(reinterpret_cast<char*>(file) + sizeof(FaultFile) + 16);
  ff->main = (flags & SQLITE_OPEN_MAIN_DB) != 0;
  const int rc = unix_vfs->xOpen(unix_vfs, name, ff->real, flags, out);
  if (rc == SQLITE_OK) {
    ff->base.pMethods = &k_fault_methods;
  } else if (ff->real->pMethods != nullptr) {
    ff->real->pMethods->xClose(ff->real);
  }
  return rc;
}

// Registered once per process; every other VFS method is the unix VFS's own.
const char* fault_vfs_name() {
  static sqlite3_vfs vfs = [] {
    sqlite3_vfs* u = sqlite3_vfs_find("unix");
    sqlite3_vfs v = *u;
    v.pNext = nullptr;
    v.zName = "chatvault-test-fault";
    v.pAppData = u;
    v.szOsFile = static_cast<int>(sizeof(FaultFile)) + 16 + u->szOsFile;
    v.xOpen = fv_open;
    // unix's other methods do not depend on pAppData except xOpen; use them with our struct.
    return v;
  }();
  static const bool registered = sqlite3_vfs_register(&vfs, 0) == SQLITE_OK;
  REQUIRE(registered);
  return vfs.zName;
}

std::string row_body(int batch, int i) {
  return "batch" + std::to_string(batch) + " committedmarker row " + std::to_string(i) + " " + std::string(300, 'z');
}

void insert_batch(const Db& db, int batch, int rows) {
  db.exec("BEGIN IMMEDIATE");
  for (int i = 0; i < rows; ++i) {
    db.exec("INSERT INTO t(batch, body) VALUES (" + std::to_string(batch) + ", '" + row_body(batch, i) + "')");
  }
  db.exec("UPDATE t SET touched = touched + 1");  // rewrites the old pages: they go to the journal
  db.exec("COMMIT");
}

// Runs batch 2 in a child killed at the `kill_at`-th main-file write. Returns true if killed.
bool run_child(const fs::path& path, const std::string& passphrase, int kill_at) {
  fault_vfs_name();
  const pid_t pid = ::fork();
  REQUIRE(pid >= 0);
  if (pid == 0) {
    int code = 0;
    try {
      auto keys = cr::unlock_archive(path, cr::passphrase_credential(passphrase));
      cr::SealedVfs vfs(keys, fault_vfs_name());
      Db db(vfs, path);
      db.exec("PRAGMA cache_size=4");
      g_kill_at = kill_at;
      insert_batch(db, 2, 300);
      cr::store_seal(db.get());
    } catch (...) {
      code = 3;
    }
    ::_exit(code);
  }
  int status = 0;
  REQUIRE(::waitpid(pid, &status, 0) == pid);
  if (WIFSIGNALED(status)) {
    CHECK(WTERMSIG(status) == SIGKILL);
    return true;
  }
  REQUIRE(WIFEXITED(status));
  CHECK(WEXITSTATUS(status) == 0);
  return false;
}

}  // namespace

TEST_CASE("crypto: a writer killed at the N-th write is rolled back through the shim") {
  for (int kill_at : {1, 2, 3, 4, 7, 15, 40, 100000}) {
    CAPTURE(kill_at);
    Fixture fx;
    fx.db->exec("CREATE TABLE t(id INTEGER PRIMARY KEY, batch INTEGER, body TEXT, touched INTEGER DEFAULT 0)");
    insert_batch(*fx.db, 1, 200);
    cr::store_seal(fx.db->get());
    fx.close();

    const bool killed = run_child(fx.path, fx.passphrase, kill_at);
    const fs::path journal = fx.path.string() + "-journal";
    if (killed) {
      REQUIRE(fs::exists(journal));  // a hot journal
      const std::string bytes = read_file(journal);
      CHECK(bytes.size() > cr::k_page_size);
      CHECK_FALSE(contains(bytes, "committedmarker"));
      CHECK_FALSE(contains(bytes, "SQLite format 3"));
      CHECK_FALSE(contains(read_file(fx.path), "committedmarker"));
    } else {
      CHECK(kill_at == 100000);
    }
    fx.reopen();  // rolls the journal back
    CHECK_FALSE(fs::exists(journal));
    const std::int64_t expected = killed ? 200 : 500;
    CHECK(fx.db->integer("SELECT count(*) FROM t") == expected);
    CHECK(fx.db->integer("SELECT count(*) FROM t WHERE touched = " + std::string(killed ? "1" : "2") +
                         " AND batch = 1") == 200);
    CHECK(fx.db->text("PRAGMA integrity_check") == "ok");
    cr::VerifyReport r = cr::verify(fx.db->get());
    CHECK(r.ok);
    for (const auto& p : r.problems) MESSAGE(p);
    cr::store_seal(fx.db->get());
    r = cr::verify(fx.db->get());
    CHECK(r.ok);
    CHECK(r.sealed);
    CHECK(r.seal_matches);
    if (killed) {
      insert_batch(*fx.db, 2, 300);  // re-running the import completes it
      cr::store_seal(fx.db->get());
      CHECK(fx.db->integer("SELECT count(*) FROM t") == 500);
      CHECK(cr::verify(fx.db->get()).ok);
    }
  }
}

TEST_CASE("crypto: a tampered journal image stops the rollback and the open; discarding it is explicit") {
  Fixture fx;
  fx.db->exec("CREATE TABLE t(id INTEGER PRIMARY KEY, batch INTEGER, body TEXT, touched INTEGER DEFAULT 0)");
  insert_batch(*fx.db, 1, 200);
  cr::store_seal(fx.db->get());
  fx.close();
  // Killed at the 2nd main write: header copy B is written, no page yet; the journal is complete.
  REQUIRE(run_child(fx.path, fx.passphrase, 2));
  const fs::path journal = fx.path.string() + "-journal";
  REQUIRE(fs::exists(journal));
  const std::string db_before = read_file(fx.path);
  // The first record's image starts at the first sector boundary + 4.
  flip_byte(journal, cr::k_page_size + 4 + 100);
  const std::string msg = expect_error(ErrorCategory::damaged, [&] { fx.reopen(); });
  CHECK(contains(msg, "rollback journal"));
  CHECK(contains(msg, "chatvault recover " + fx.path.string() + " --discard-journal"));
  CHECK(fs::exists(journal));  // kept as evidence
  CHECK(read_file(fx.path).substr(8192) == db_before.substr(8192));  // no page was changed

  CHECK(cr::discard_journal(fx.path));
  CHECK_FALSE(fs::exists(journal));
  CHECK_FALSE(cr::discard_journal(fx.path));
  fx.reopen();
  CHECK(fx.db->integer("SELECT count(*) FROM t") == 200);
  CHECK(cr::verify(fx.db->get()).ok);
}
