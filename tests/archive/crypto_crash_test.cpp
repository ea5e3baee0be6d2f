// Crash safety through the shim: a child process writes a big transaction with a tiny page cache
// (pages spill into the file before commit) over a fault-injecting VFS that SIGKILLs it at the
// N-th write to the main file. The parent finds a hot journal (sealed: no plaintext), reopens:
// the journal is rolled back through the shim, the data is the last committed transaction and
// verify passes. A tampered journal image stops the rollback and the open, and
// discard_journal is the way out.
// The same fault VFS also simulates a power loss at the crash point: every write to the main file
// and the journal since that file's last xSync is undone (or every other one: reordered writes),
// at main-file writes, journal writes, and writes of the rollback itself.
#include <doctest/doctest.h>
#include <signal.h>
#include <sys/wait.h>
#include <sys/mman.h>
#include <unistd.h>

#include <algorithm>
#include <cstring>
#include <filesystem>
#include <new>
#include <string>
#include <vector>

#include "tests/archive/crypto_support.hpp"

namespace cr = chatvault::archive::crypto;
namespace fs = std::filesystem;
using chatvault::ErrorCategory;
using namespace chatvault::test::crypto;
using chatvault::test::read_file;

namespace {

// ---- a VFS over "unix" that crashes the process at the N-th write to the main file or journal ----
//
// Crash::kill: SIGKILL (every write made so far reaches the file, as after a process crash).
// Crash::power_loss: every write (and truncate/extend) made to an open main file or journal
// since that file's last successful xSync is undone, newest first, and the child _exits without
// closing anything (as after a power cut: the page cache is lost, fsync'ed data is kept).
// Crash::lose_alternate: like power_loss, but only every other unsynced change of each file is
// lost (the 1st, 3rd, ... since its last sync; the others are kept): the disk reordered writes.

enum class Crash { kill, power_loss, lose_alternate };

constexpr int k_crash_exit = 77;  // the child's exit code after a simulated power loss

// One change to a file since its last sync.
struct Change {
  bool truncate = false;
  sqlite3_int64 off = 0;       // write offset, or the new size of a truncate
  sqlite3_int64 old_size = 0;  // the file size before the change
  std::string old_bytes;       // bytes the write overwrote, or the truncate removed
  std::string new_bytes;       // what the write wrote
};

struct FaultFile {
  sqlite3_file base;
  sqlite3_file* real;
  bool main;
  bool journal;
  std::vector<Change>* unsynced;  // since the last xSync (owned; nullptr until opened)
};

// What the child got to do, in memory shared with the parent.
struct Outcome {
  bool crashed = false;
  bool committed = false;  // COMMIT of batch 2 returned
  bool sealed = false;     // store_seal after it returned
  int main_writes = 0;     // writes counted (the crash point included)
  int journal_writes = 0;
  int lost = 0;  // unsynced changes undone by the power loss (both files)
};

Crash g_mode = Crash::kill;
Outcome* g_progress = nullptr;  // shared with the parent (child only)
bool g_armed = false;   // count writes (set only in the forked child)
int g_kill_at = 0;      // crash at this main-file write (0: never)
int g_journal_kill_at = 0;  // crash at this journal write (0: never)
int g_main_writes = 0;
int g_journal_writes = 0;

std::vector<FaultFile*>& open_fault_files() {
  static std::vector<FaultFile*> files;
  return files;
}

sqlite3_file* real_of(sqlite3_file* f) { return reinterpret_cast<FaultFile*>(f)->real; }

sqlite3_int64 real_size(sqlite3_file* r) {
  sqlite3_int64 size = 0;
  if (r->pMethods->xFileSize(r, &size) != SQLITE_OK) {
    ::_exit(90);
  }
  return size;
}

std::string real_bytes(sqlite3_file* r, sqlite3_int64 off, sqlite3_int64 len) {
  std::string out(static_cast<std::size_t>(len), '\0');
  if (len > 0 && r->pMethods->xRead(r, out.data(), static_cast<int>(len), off) != SQLITE_OK) {
    ::_exit(91);
  }
  return out;
}

void must(int rc) {
  if (rc != SQLITE_OK) {
    ::_exit(92);
  }
}

void undo(sqlite3_file* r, const Change& c) {
  if (c.truncate) {
    must(r->pMethods->xTruncate(r, c.old_size));
    if (!c.old_bytes.empty()) {
      must(r->pMethods->xWrite(r, c.old_bytes.data(), static_cast<int>(c.old_bytes.size()), c.off));
    }
    return;
  }
  if (c.off + static_cast<sqlite3_int64>(c.new_bytes.size()) > c.old_size) {
    must(r->pMethods->xTruncate(r, c.old_size));  // the write extended the file
  }
  if (!c.old_bytes.empty()) {
    must(r->pMethods->xWrite(r, c.old_bytes.data(), static_cast<int>(c.old_bytes.size()), c.off));
  }
}

void redo(sqlite3_file* r, const Change& c) {
  if (c.truncate) {
    must(r->pMethods->xTruncate(r, c.off));
  } else {
    must(r->pMethods->xWrite(r, c.new_bytes.data(), static_cast<int>(c.new_bytes.size()), c.off));
  }
}

[[noreturn]] void crash() {
  if (g_progress != nullptr) {
    g_progress->main_writes = g_main_writes;
    g_progress->journal_writes = g_journal_writes;
  }
  if (g_mode == Crash::kill) {
    ::kill(::getpid(), SIGKILL);
    ::_exit(93);
  }
  for (FaultFile* ff : open_fault_files()) {
    const std::vector<Change>& changes = *ff->unsynced;
    for (std::size_t i = changes.size(); i-- > 0;) {
      undo(ff->real, changes[i]);  // back to the synced state
    }
    if (g_mode == Crash::lose_alternate) {
      for (std::size_t i = 1; i < changes.size(); i += 2) {
        redo(ff->real, changes[i]);  // these reached the disk
      }
    }
    if (g_progress != nullptr) {
      g_progress->lost += static_cast<int>(g_mode == Crash::lose_alternate ? (changes.size() + 1) / 2 : changes.size());
    }
  }
  ::_exit(k_crash_exit);  // nothing closed, nothing synced
}

int f_close(sqlite3_file* f) {
  auto* ff = reinterpret_cast<FaultFile*>(f);
  auto& files = open_fault_files();
  files.erase(std::remove(files.begin(), files.end(), ff), files.end());
  delete ff->unsynced;
  ff->unsynced = nullptr;
  return ff->real->pMethods->xClose(ff->real);
}
int f_read(sqlite3_file* f, void* b, int n, sqlite3_int64 o) { return real_of(f)->pMethods->xRead(real_of(f), b, n, o); }
int f_write(sqlite3_file* f, const void* b, int n, sqlite3_int64 o) {
  auto* ff = reinterpret_cast<FaultFile*>(f);
  if (g_armed && ff->main && ++g_main_writes == g_kill_at) {
    crash();
  }
  if (g_armed && ff->journal && ++g_journal_writes == g_journal_kill_at) {
    crash();
  }
  sqlite3_file* r = ff->real;
  Change c;
  c.off = o;
  c.old_size = real_size(r);
  c.new_bytes.assign(static_cast<const char*>(b), static_cast<std::size_t>(n));
  if (o < c.old_size) {
    c.old_bytes = real_bytes(r, o, std::min<sqlite3_int64>(n, c.old_size - o));
  }
  const int rc = r->pMethods->xWrite(r, b, n, o);
  ff->unsynced->push_back(std::move(c));  // even a failed write may have written some bytes
  return rc;
}
int f_truncate(sqlite3_file* f, sqlite3_int64 s) {
  auto* ff = reinterpret_cast<FaultFile*>(f);
  sqlite3_file* r = ff->real;
  Change c;
  c.truncate = true;
  c.off = s;
  c.old_size = real_size(r);
  if (s < c.old_size) {
    c.old_bytes = real_bytes(r, s, c.old_size - s);
  }
  const int rc = r->pMethods->xTruncate(r, s);
  ff->unsynced->push_back(std::move(c));
  return rc;
}
int f_sync(sqlite3_file* f, int fl) {
  auto* ff = reinterpret_cast<FaultFile*>(f);
  const int rc = ff->real->pMethods->xSync(ff->real, fl);
  if (rc == SQLITE_OK) {
    ff->unsynced->clear();  // durable from now on
  }
  return rc;
}
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
  ff->journal = (flags & SQLITE_OPEN_MAIN_JOURNAL) != 0;
  ff->unsynced = nullptr;
  const int rc = unix_vfs->xOpen(unix_vfs, name, ff->real, flags, out);
  if (rc == SQLITE_OK) {
    ff->unsynced = new std::vector<Change>;
    open_fault_files().push_back(ff);
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

// Where and how the child crashes; main_at / journal_at 0: never.
struct CrashPoint {
  Crash mode = Crash::kill;
  int main_at = 0;
  int journal_at = 0;
  bool recover_only = false;  // the child only opens the archive (rolling a hot journal back)
};

// Runs batch 2 (and store_seal) in a child that crashes at `point`.
Outcome run_child(const fs::path& path, const std::string& passphrase, const CrashPoint& point) {
  fault_vfs_name();
  void* shared = ::mmap(nullptr, sizeof(Outcome), PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
  REQUIRE(shared != MAP_FAILED);
  auto* progress = new (shared) Outcome;
  const pid_t pid = ::fork();
  REQUIRE(pid >= 0);
  if (pid == 0) {
    int code = 0;
    g_mode = point.mode;
    g_progress = progress;
    g_kill_at = point.main_at;
    g_journal_kill_at = point.journal_at;
    g_main_writes = 0;
    g_journal_writes = 0;
    try {
      auto keys = cr::unlock_archive(path, cr::passphrase_credential(passphrase));
      cr::SealedVfs vfs(keys, fault_vfs_name());
      if (point.recover_only) {
        g_armed = true;
        Db db(vfs, path);
        db.integer("SELECT count(*) FROM t");
      } else {
        Db db(vfs, path);
        db.exec("PRAGMA cache_size=4");
        g_armed = true;
        insert_batch(db, 2, 300);
        progress->committed = true;
        cr::store_seal(db.get());
        progress->sealed = true;
      }
    } catch (...) {
      code = 3;
    }
    progress->main_writes = g_main_writes;
    progress->journal_writes = g_journal_writes;
    ::_exit(code);
  }
  int status = 0;
  REQUIRE(::waitpid(pid, &status, 0) == pid);
  Outcome out = *progress;
  ::munmap(shared, sizeof(Outcome));
  if (WIFSIGNALED(status)) {
    CHECK(WTERMSIG(status) == SIGKILL);
    out.crashed = true;
    return out;
  }
  REQUIRE(WIFEXITED(status));
  if (WEXITSTATUS(status) == k_crash_exit && point.mode != Crash::kill) {
    out.crashed = true;
    return out;
  }
  CHECK(WEXITSTATUS(status) == 0);
  return out;
}

// The original form: killed (SIGKILL) at the `kill_at`-th main-file write. Returns true if killed.
bool run_child(const fs::path& path, const std::string& passphrase, int kill_at) {
  return run_child(path, passphrase, CrashPoint{Crash::kill, kill_at, 0, false}).crashed;
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

namespace {

void create_batch1(Fixture& fx) {
  fx.db->exec("CREATE TABLE t(id INTEGER PRIMARY KEY, batch INTEGER, body TEXT, touched INTEGER DEFAULT 0)");
  insert_batch(*fx.db, 1, 200);
  cr::store_seal(fx.db->get());
  fx.close();
}

const char* mode_name(Crash mode) {
  switch (mode) {
    case Crash::kill:
      return "kill";
    case Crash::power_loss:
      return "power loss";
    case Crash::lose_alternate:
      return "power loss, every other unsynced write lost";
  }
  return "?";
}

// A journal SQLite would roll back: present, not empty, a journal header (first byte non-zero).
bool hot_journal(const fs::path& journal) {
  std::error_code ec;
  if (!fs::exists(journal, ec) || fs::file_size(journal, ec) == 0 || ec) {
    return false;
  }
  return read_file(journal)[0] != 0;
}

// After the import child crashed: `require_hot` (or a clean state), then reopen through the
// shim, verify, the last committed transaction, and re-running the import completes it.
void check_recovery(Fixture& fx, const Outcome& out, bool require_hot) {
  const fs::path journal = fx.path.string() + "-journal";
  const bool hot = hot_journal(journal);
  CAPTURE(hot);
  if (out.committed) {
    CHECK_FALSE(hot);  // COMMIT returned: the journal was deleted
  } else if (require_hot) {
    CHECK(hot);
  }
  if (fs::exists(journal)) {
    const std::string bytes = read_file(journal);
    CHECK_FALSE(contains(bytes, "committedmarker"));
    CHECK_FALSE(contains(bytes, "SQLite format 3"));
  }
  CHECK_FALSE(contains(read_file(fx.path), "committedmarker"));

  fx.reopen();  // rolls a hot journal back through the shim
  CHECK_FALSE(hot_journal(journal));
  const bool done = out.committed;
  CHECK(fx.db->integer("SELECT count(*) FROM t") == (done ? 500 : 200));
  CHECK(fx.db->integer("SELECT count(*) FROM t WHERE batch = 1 AND touched = " + std::string(done ? "2" : "1")) ==
        200);
  CHECK(fx.db->text("PRAGMA integrity_check") == "ok");
  cr::VerifyReport r = cr::verify(fx.db->get());
  CHECK(r.ok);
  for (const auto& p : r.problems) MESSAGE(p);
  if (out.sealed) {
    CHECK(r.sealed);
    CHECK(r.seal_matches);
  }
  cr::store_seal(fx.db->get());
  r = cr::verify(fx.db->get());
  CHECK(r.ok);
  CHECK(r.sealed);
  CHECK(r.seal_matches);
  if (!done) {
    insert_batch(*fx.db, 2, 300);  // re-running the import completes it
    cr::store_seal(fx.db->get());
    CHECK(fx.db->integer("SELECT count(*) FROM t") == 500);
    r = cr::verify(fx.db->get());
    CHECK(r.ok);
    CHECK(r.seal_matches);
  }
}

// The writes a complete import child makes (main file, journal), from a dry run.
Outcome dry_run() {
  Fixture fx;
  create_batch1(fx);
  const Outcome out = run_child(fx.path, fx.passphrase, CrashPoint{Crash::power_loss, 0, 0, false});
  REQUIRE_FALSE(out.crashed);
  REQUIRE(out.sealed);
  MESSAGE("import child: " << out.main_writes << " main-file writes, " << out.journal_writes << " journal writes");
  REQUIRE(out.main_writes > 8);
  REQUIRE(out.journal_writes > 8);
  return out;
}

// 1..count kept, sorted, no duplicates.
std::vector<int> crash_points(std::vector<int> points, int count) {
  std::vector<int> out;
  for (int p : points) {
    if (p >= 1 && p <= count && std::find(out.begin(), out.end(), p) == out.end()) out.push_back(p);
  }
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace

TEST_CASE("crypto: power loss at the N-th main-file write keeps the last committed transaction") {
  const Outcome all = dry_run();
  const int m = all.main_writes;
  // 1, 2: the shim's header write (copy B, fsync, copy A, fsync) before the first page;
  // 3...: spilled pages (never synced before COMMIT); m-2: the last page write of COMMIT;
  // m-1, m: store_seal's header copies B and A after COMMIT.
  const std::vector<int> points = crash_points({1, 2, 3, 4, 5, 8, m / 3, m / 2, m - 3, m - 2, m - 1, m}, m);
  int lost = 0;
  for (Crash mode : {Crash::power_loss, Crash::lose_alternate}) {
    for (int n : points) {
      const std::string mode_text = mode_name(mode);
      CAPTURE(mode_text);
      CAPTURE(n);
      Fixture fx;
      create_batch1(fx);
      const Outcome out = run_child(fx.path, fx.passphrase, CrashPoint{mode, n, 0, false});
      REQUIRE(out.crashed);
      CHECK(out.main_writes == n);  // the n-th write is where it crashed
      if (n >= 4 && n <= m - 2) {
        CHECK(out.lost > 0);  // spilled pages not yet synced were lost
      }
      lost += out.lost;
      // The journal is synced before any main-file write: a hot journal unless COMMIT returned.
      check_recovery(fx, out, true);
    }
  }
  MESSAGE(lost << " unsynced writes lost in all");
}

TEST_CASE("crypto: power loss at the N-th journal write keeps the last committed transaction") {
  const Outcome all = dry_run();
  const int j = all.journal_writes;
  // 1: the journal header, 2..: the first records (nothing synced yet: a clean state after the
  // loss); later points are inside later segments, after spilled pages, and the last nRec update.
  const std::vector<int> points = crash_points({1, 2, 3, 4, 5, 6, 7, 10, j / 4, j / 2, 3 * j / 4, j - 2, j - 1, j}, j);
  int hot = 0;
  int leftover = 0;  // a journal SQLite does not roll back (empty, or its header lost)
  for (Crash mode : {Crash::power_loss, Crash::lose_alternate}) {
    for (int n : points) {
      const std::string mode_text = mode_name(mode);
      CAPTURE(mode_text);
      CAPTURE(n);
      Fixture fx;
      create_batch1(fx);
      const Outcome out = run_child(fx.path, fx.passphrase, CrashPoint{mode, 0, n, false});
      REQUIRE(out.crashed);
      CHECK_FALSE(out.committed);
      if (n >= 2) {
        CHECK(out.lost > 0);  // the 1st journal write is the crash point: nothing to lose yet
      }
      const fs::path journal = fx.path.string() + "-journal";
      hot += hot_journal(journal) ? 1 : 0;
      leftover += !hot_journal(journal) && fs::exists(journal) ? 1 : 0;
      check_recovery(fx, out, false);  // a hot journal or a clean state
    }
  }
  MESSAGE(hot << " crash points left a hot journal, " << leftover << " a journal that is not hot");
  CHECK(hot > 0);
  CHECK(leftover > 0);
}

TEST_CASE("crypto: power loss while a hot journal is rolled back through the shim") {
  for (Crash mode : {Crash::power_loss, Crash::lose_alternate}) {
    for (int n : {1, 2, 3, 4, 6, 10}) {
      const std::string mode_text = mode_name(mode);
      CAPTURE(mode_text);
      CAPTURE(n);
      Fixture fx;
      create_batch1(fx);
      // A hot journal: the import lost power at its 40th main-file write (pages had spilled).
      const Outcome first = run_child(fx.path, fx.passphrase, CrashPoint{mode, 40, 0, false});
      REQUIRE(first.crashed);
      REQUIRE(hot_journal(fx.path.string() + "-journal"));
      // The next open rolls it back and loses power at its n-th main-file write (1, 2: the
      // shim's unsealed-header write; then restored pages, never synced before the crash).
      const Outcome second = run_child(fx.path, fx.passphrase, CrashPoint{mode, n, 0, true});
      CAPTURE(second.main_writes);
      CHECK(second.crashed);  // the rollback writes more than 10 pages
      if (second.crashed) {
        CHECK(hot_journal(fx.path.string() + "-journal"));  // still there for the next open
      }
      check_recovery(fx, first, second.crashed);
    }
  }
}
