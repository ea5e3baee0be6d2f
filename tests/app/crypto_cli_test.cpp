// The sealed archive through the built binary: wrong key, no plaintext on disk or in TMPDIR,
// tampering detected by verify, passwd, key slots, two writers, recover --discard-journal.
#include <doctest/doctest.h>
#include <signal.h>
#include <sqlite3.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

#include "archive/archive.hpp"
#include "archive/crypto/keys.hpp"
#include "archive/crypto/vfs.hpp"
#include "tests/support.hpp"

using namespace chatvault;
using namespace chatvault::test;
namespace fs = std::filesystem;

namespace {

// The first run of eight dash-separated groups of five base32 characters (A-Z, 2-7) in `text`.
std::string find_recovery_key(const std::string& text) {
  constexpr std::size_t k_length = 8 * 5 + 7;
  auto base32 = [](char c) { return (c >= 'A' && c <= 'Z') || (c >= '2' && c <= '7'); };
  for (std::size_t start = 0; start + k_length <= text.size(); ++start) {
    bool ok = true;
    for (std::size_t i = 0; i < k_length && ok; ++i) {
      ok = (i % 6 == 5) ? text[start + i] == '-' : base32(text[start + i]);
    }
    if (ok) {
      return text.substr(start, k_length);
    }
  }
  return "";
}


const fs::path k_anna = "whatsapp/WhatsApp Chat with Anna Schmidt.zip";
const fs::path k_hiking = "whatsapp/WhatsApp Chat - Hiking Club.zip";

bool has(const std::string& hay, const std::string& needle) { return hay.find(needle) != std::string::npos; }

struct Vault {
  TempDir dir;
  std::string archive = (dir / "v.chatvault").string();
  std::vector<std::string> env = passphrase_env();

  Vault() {
    const auto r = cv({"init", archive, "--kdf", "interactive"});
    REQUIRE_MESSAGE(r.exit_code == 0, r.err);
  }
  RunResult cv(const std::vector<std::string>& args, std::vector<std::string> extra = {}) const {
    std::vector<std::string> e = env;
    e.insert(e.end(), extra.begin(), extra.end());
    return run_cli(args, e);
  }
  void import_samples() const {
    for (const auto& s : {k_anna, k_hiking}) {
      const auto r = cv({"import", archive, (samples_dir() / s).string()});
      REQUIRE_MESSAGE(r.exit_code == 0, r.err);
    }
  }
  std::uint64_t pages() const { return (fs::file_size(archive) - 8192) / 4096; }
};

void flip(const fs::path& path, std::uint64_t offset) {
  std::string bytes = read_file(path);
  REQUIRE(offset < bytes.size());
  bytes[offset] = static_cast<char>(bytes[offset] ^ 0x20);
  write_file(path, bytes);
}

// A child leaves a hot journal: a write transaction whose pages spill into the file, then exit
// without commit or rollback (as if killed).
void leave_hot_journal(const std::string& archive_path) {
  namespace cr = chatvault::archive::crypto;
  const pid_t pid = ::fork();
  REQUIRE(pid >= 0);
  if (pid == 0) {
    auto keys = cr::unlock_archive(archive_path, cr::passphrase_credential(k_passphrase));
    cr::SealedVfs vfs(keys);
    sqlite3* db = nullptr;
    if (sqlite3_open_v2(archive_path.c_str(), &db, SQLITE_OPEN_READWRITE, vfs.name()) != SQLITE_OK) ::_exit(2);
    cr::configure_connection(db, false);
    const char* sql =
        "PRAGMA cache_size=10; BEGIN IMMEDIATE; UPDATE meta SET value = value;"
        "UPDATE messages SET text = text || ' edited';"
        "CREATE TABLE junk(x); WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 300) "
        "INSERT INTO junk SELECT randomblob(2000) FROM n;";
    const int rc = sqlite3_exec(db, sql, nullptr, nullptr, nullptr);
    ::_exit(rc == SQLITE_OK ? 0 : 3);
  }
  int status = 0;
  REQUIRE(::waitpid(pid, &status, 0) == pid);
  REQUIRE(WIFEXITED(status));
  REQUIRE(WEXITSTATUS(status) == 0);
  const fs::path journal = archive_path + "-journal";
  REQUIRE(fs::exists(journal));
  REQUIRE(fs::file_size(journal) > 3 * 4096);
  const std::string bytes = read_file(journal);
  for (const char* s : {"SQLite format 3", "Anna Schmidt", "gorgeous", "Maria Lopez", "CREATE TABLE"}) {
    CAPTURE(s);
    CHECK_FALSE(has(bytes, s));
  }
}

}  // namespace

TEST_CASE("crypto cli: a wrong passphrase is exit 3 and leaves the file as it was") {
  Vault v;
  v.import_samples();
  const std::string before = read_file(v.archive);
  for (const char* cmd : {"chats", "verify", "import"}) {
    CAPTURE(cmd);
    std::vector<std::string> args{cmd, v.archive};
    if (std::string(cmd) == "import") {
      args.push_back((samples_dir() / k_anna).string());
    }
    const auto r = run_cli(args, {"CHATVAULT_PASSPHRASE=not the passphrase"});
    CHECK(r.exit_code == 3);
    CHECK(has(r.err, "wrong passphrase for " + v.archive));
  }
  CHECK(read_file(v.archive) == before);
  CHECK_FALSE(fs::exists(v.archive + "-journal"));
}

TEST_CASE("crypto cli: no plaintext in the archive or its folder, TMPDIR stays empty") {
  Vault v;
  TempDir tmp;
  const std::vector<std::string> tmpenv{"TMPDIR=" + tmp.path().string()};
  for (const auto& s : {k_anna, k_hiking}) {
    const auto r = v.cv({"import", v.archive, (samples_dir() / s).string()}, tmpenv);
    REQUIRE_MESSAGE(r.exit_code == 0, r.err);
  }
  CHECK(v.cv({"search", v.archive, "map"}, tmpenv).exit_code == 0);
  CHECK(has(v.cv({"search", v.archive, "gorgeous"}, tmpenv).out, "gorgeous"));
  const auto e = v.cv({"export", v.archive, "--format", "jsonl", "--out", (v.dir / "out").string()}, tmpenv);
  CHECK_MESSAGE(e.exit_code == 0, e.err);
  CHECK(v.cv({"verify", v.archive}, tmpenv).exit_code == 0);
  CHECK(fs::is_empty(tmp.path()));

  const std::vector<std::string> secrets{
      "SQLite format 3", "Anna Schmidt", "Ben Carter", "Maria Lopez", "Priya Nair", "Tom Becker",
      "Are we still on for Saturday", "Trailhead", "gorgeous", "bring the map", "weekend hikes",
      "Count me in", "IMG-20220318-WA0001", "PTT-20220319-WA0002", "CREATE TABLE", "messages_fts"};
  for (const auto& entry : fs::directory_iterator(v.dir.path())) {
    if (!entry.is_regular_file()) {
      continue;  // the export folder holds the plaintext the user asked for
    }
    const std::string bytes = read_file(entry.path());
    for (const auto& s : secrets) {
      CAPTURE(entry.path().string());
      CAPTURE(s);
      CHECK_FALSE(has(bytes, s));
    }
  }
}

TEST_CASE("crypto cli: verify detects a flipped page, a damaged header and truncation") {
  Vault v;
  v.import_samples();
  auto r = v.cv({"verify", v.archive});
  REQUIRE_MESSAGE(r.exit_code == 0, r.err);
  CHECK(has(r.out, "ok: "));
  CHECK(has(r.out, "seal matches"));
  CHECK(has(r.out, "2 chats, 43 messages, 2 blobs rehashed"));
  const std::string good = read_file(v.archive);
  const std::uint64_t last = v.pages();

  SUBCASE("a data page") {
    flip(v.archive, 8192 + (last - 1) * 4096 + 1000);
    r = v.cv({"verify", v.archive});
    CHECK(r.exit_code == 3);
    CHECK(has(r.out, "DAMAGED"));
    CHECK(has(r.err, "page " + std::to_string(last) + " failed authentication"));
  }
  SUBCASE("page 1") {
    flip(v.archive, 8192 + 50);
    r = v.cv({"verify", v.archive});
    CHECK(r.exit_code == 3);
    CHECK(has(r.err, "page 1 failed authentication"));
    r = v.cv({"chats", v.archive});
    CHECK(r.exit_code == 3);
    CHECK(has(r.err, "page 1 failed authentication"));
  }
  SUBCASE("one header copy") {
    flip(v.archive, 30);
    r = v.cv({"verify", v.archive});
    CHECK(r.exit_code == 3);
    CHECK(has(r.err, "damaged"));
  }
  SUBCASE("both header copies") {
    flip(v.archive, 300);
    flip(v.archive, 4096 + 300);
    r = v.cv({"verify", v.archive});
    CHECK(r.exit_code == 3);
    CHECK(has(r.err, "damaged"));
    CHECK_FALSE(has(r.err, "wrong passphrase"));
  }
  SUBCASE("truncated by a page") {
    fs::resize_file(v.archive, good.size() - 4096);
    r = v.cv({"verify", v.archive});
    CHECK(r.exit_code == 3);
    CHECK(has(r.err, "damaged"));
  }
  SUBCASE("truncated by half a page") {
    fs::resize_file(v.archive, good.size() - 2048);
    r = v.cv({"verify", v.archive});
    CHECK(r.exit_code == 3);
    CHECK(has(r.err, "damaged"));
  }
  SUBCASE("two pages swapped") {
    std::string bytes = good;
    const std::size_t a = 8192 + (last - 2) * 4096;
    const std::size_t b = 8192 + (last - 1) * 4096;
    const std::string pa = bytes.substr(a, 4096);
    bytes.replace(a, 4096, bytes.substr(b, 4096));
    bytes.replace(b, 4096, pa);
    write_file(v.archive, bytes);
    r = v.cv({"verify", v.archive});
    CHECK(r.exit_code == 3);
    CHECK(has(r.err, "failed authentication"));
  }
}

TEST_CASE("crypto cli: passwd changes the passphrase and nothing else") {
  Vault v;
  v.import_samples();
  const auto before = v.cv({"chats", v.archive, "--json"});
  REQUIRE(before.exit_code == 0);
  auto r = v.cv({"passwd", v.archive}, {"CHATVAULT_NEW_PASSPHRASE=a new passphrase"});
  REQUIRE_MESSAGE(r.exit_code == 0, r.err);
  r = v.cv({"chats", v.archive, "--json"});
  CHECK(r.exit_code == 3);
  CHECK(has(r.err, "wrong passphrase"));
  r = run_cli({"chats", v.archive, "--json"}, {"CHATVAULT_PASSPHRASE=a new passphrase"});
  CHECK(r.exit_code == 0);
  CHECK(r.out == before.out);
  write_file(v.dir / "third", "third one\n");
  r = run_cli({"passwd", v.archive, "--new-passphrase-file", (v.dir / "third").string(), "--kdf", "interactive"},
              {"CHATVAULT_PASSPHRASE=a new passphrase"});
  CHECK_MESSAGE(r.exit_code == 0, r.err);
  CHECK(run_cli({"verify", v.archive}, {"CHATVAULT_PASSPHRASE=third one"}).exit_code == 0);
  // No new passphrase and no terminal: a usage error, nothing changed.
  CHECK(run_cli({"passwd", v.archive}, {"CHATVAULT_PASSPHRASE=third one"}).exit_code == 1);
}

TEST_CASE("crypto cli: key add, list and remove, then a recovery key and a key file open the archive") {
  Vault v;
  v.import_samples();
  const auto before = v.cv({"chats", v.archive, "--json"});
  auto r = v.cv({"key", "add", v.archive, "--kdf", "interactive"}, {"CHATVAULT_NEW_PASSPHRASE=second"});
  REQUIRE_MESSAGE(r.exit_code == 0, r.err);
  CHECK(has(r.out, "key slot 1"));
  r = v.cv({"key", "add", v.archive, "--recovery"});
  REQUIRE_MESSAGE(r.exit_code == 0, r.err);
  const std::string recovery = find_recovery_key(r.out);
  REQUIRE_MESSAGE(!recovery.empty(), r.out);
  const std::string keyfile = (v.dir / "key.bin").string();
  r = v.cv({"key", "add", v.archive, "--keyfile", keyfile});
  REQUIRE_MESSAGE(r.exit_code == 0, r.err);
  CHECK(has(r.out, "created key file"));
  CHECK(fs::file_size(keyfile) == 32);

  r = v.cv({"key", "list", v.archive});
  CHECK(r.exit_code == 0);
  CHECK(has(r.out, "0     passphrase    interactive  (used now)"));
  CHECK(has(r.out, "1     passphrase    interactive"));
  CHECK(has(r.out, "2     recovery key"));
  CHECK(has(r.out, "3     key file"));

  CHECK(run_cli({"chats", v.archive, "--json"}, {"CHATVAULT_PASSPHRASE=second"}).out == before.out);
  CHECK(run_cli({"chats", v.archive, "--json"}, {"CHATVAULT_PASSPHRASE=" + recovery}).out == before.out);
  r = run_cli({"chats", v.archive, "--json", "--keyfile", keyfile});
  CHECK(r.exit_code == 0);
  CHECK(r.out == before.out);
  write_file(v.dir / "other.bin", "not the key");
  CHECK(run_cli({"chats", v.archive, "--keyfile", (v.dir / "other.bin").string()}).exit_code == 3);

  // Remove all but the key file, opening with the key file; the last slot is refused.
  for (const char* slot : {"0", "1", "2"}) {
    r = run_cli({"key", "remove", v.archive, slot, "--keyfile", keyfile});
    CHECK_MESSAGE(r.exit_code == 0, r.err);
  }
  CHECK(v.cv({"chats", v.archive}).exit_code == 3);
  CHECK(run_cli({"chats", v.archive}, {"CHATVAULT_PASSPHRASE=" + recovery}).exit_code == 3);
  r = run_cli({"key", "remove", v.archive, "3", "--keyfile", keyfile});
  CHECK(r.exit_code == 1);
  CHECK(has(r.err, "last key slot"));
  CHECK(run_cli({"verify", v.archive, "--keyfile", keyfile}).exit_code == 0);
}

TEST_CASE("crypto cli: a second writer gets 'archive is busy' while the first holds the archive") {
  Vault v;
  v.import_samples();
  int ready[2];
  int release[2];
  REQUIRE(::pipe(ready) == 0);
  REQUIRE(::pipe(release) == 0);
  const pid_t pid = ::fork();
  REQUIRE(pid >= 0);
  if (pid == 0) {
    int code = 0;
    try {
      auto ar = archive::Archive::open(v.archive, Secret(k_passphrase), archive::OpenMode::write);
      char c = 1;
      (void)!::write(ready[1], &c, 1);
      (void)!::read(release[0], &c, 1);
    } catch (...) {
      code = 9;
    }
    ::_exit(code);
  }
  char c = 0;
  REQUIRE(::read(ready[0], &c, 1) == 1);
  const auto busy = v.cv({"import", v.archive, (samples_dir() / k_anna).string()});
  const auto reader = v.cv({"search", v.archive, "gorgeous"});
  (void)!::write(release[1], &c, 1);
  int status = 0;
  REQUIRE(::waitpid(pid, &status, 0) == pid);
  CHECK(WIFEXITED(status));
  CHECK(WEXITSTATUS(status) == 0);
  for (int fd : {ready[0], ready[1], release[0], release[1]}) {
    ::close(fd);
  }
  CHECK(busy.exit_code == 4);
  CHECK(has(busy.err, "archive is busy"));
  CHECK(reader.exit_code == 0);  // readers alongside a writer
  CHECK(has(reader.out, "gorgeous"));
  CHECK(v.cv({"import", v.archive, (samples_dir() / k_anna).string()}).exit_code == 0);
}

TEST_CASE("crypto cli: a tampered journal stops every open, and recover --discard-journal then verifies") {
  Vault v;
  v.import_samples();
  leave_hot_journal(v.archive);
  const fs::path journal = v.archive + "-journal";
  REQUIRE(fs::exists(journal));
  REQUIRE(fs::file_size(journal) > 3 * 4096);
  flip(journal, 4096 + 4 + 100);  // the first record's page image

  auto r = v.cv({"chats", v.archive});
  CHECK(r.exit_code == 3);
  CHECK(has(r.err, "rollback journal"));
  CHECK(has(r.err, "chatvault recover " + v.archive + " --discard-journal"));
  CHECK(fs::exists(journal));
  CHECK(v.cv({"recover", v.archive}).exit_code == 1);  // the flag is required
  CHECK(run_cli({"recover", v.archive, "--discard-journal"}, {"CHATVAULT_PASSPHRASE=wrong"}).exit_code == 3);
  CHECK(fs::exists(journal));

  r = v.cv({"recover", v.archive, "--discard-journal"});
  CHECK(has(r.err, "warning: discarding"));
  CHECK(has(r.out, "discarded the rollback journal"));
  CHECK((has(r.out, "ok: ") || has(r.out, "DAMAGED: ")));
  CHECK((r.exit_code == 0 || r.exit_code == 3));
  CHECK_FALSE(fs::exists(journal));
}

TEST_CASE("crypto cli: an interrupted write is rolled back by the next command, even a search") {
  Vault v;
  v.import_samples();
  const auto before = v.cv({"chats", v.archive, "--json"});
  leave_hot_journal(v.archive);
  auto r = v.cv({"search", v.archive, "gorgeous"});
  CHECK_MESSAGE(r.exit_code == 0, r.err);
  CHECK_FALSE(has(r.out, "edited"));
  CHECK_FALSE(fs::exists(v.archive + "-journal"));
  CHECK(v.cv({"chats", v.archive, "--json"}).out == before.out);
  r = v.cv({"verify", v.archive});
  CHECK_MESSAGE(r.exit_code == 0, (r.out + r.err));
  CHECK(v.cv({"import", v.archive, (samples_dir() / k_anna).string()}).exit_code == 0);
  r = v.cv({"verify", v.archive});
  CHECK(r.exit_code == 0);
  CHECK(has(r.out, "seal matches"));
}
