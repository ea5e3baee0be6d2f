// End-to-end tests through the built chatvault binary.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>
#include <filesystem>
#include <string>

#include "tests/support.hpp"
#include "tests/zip_writer.hpp"

using chatvault::test::passphrase_env;
using chatvault::test::read_file;
using chatvault::test::run_cli;
using chatvault::test::TempDir;
using chatvault::test::write_file;

namespace {

const char* const k_export =
    "18/03/2022, 14:56 - Messages and calls are end-to-end encrypted. No one outside of this chat, not even "
    "WhatsApp, can read or listen to them. Tap to learn more.\n"
    "18/03/2022, 14:57 - Anna: Dinner at 8?\n"
    "18/03/2022, 14:58 - Ben: Sounds good, see you at the café\n"
    "19/03/2022, 09:12 - Anna: Remember to bring\n"
    "the map\n";

struct Fixture {
  TempDir dir;
  std::string archive = (dir / "test.chatvault").string();
  std::string source = (dir / "WhatsApp Chat with Anna.txt").string();

  Fixture() {
    write_file(source, k_export);
    const auto r = run_cli({"init", archive, "--kdf", "interactive"}, passphrase_env());
    REQUIRE_MESSAGE(r.exit_code == 0, r.err);
  }
  chatvault::test::RunResult cv(std::vector<std::string> args) const { return run_cli(args, passphrase_env()); }
};

}  // namespace

TEST_CASE("cli: help, version and usage errors") {
  auto r = run_cli({"--help"});
  CHECK(r.exit_code == 0);
  for (const char* cmd : {"init", "import", "chats", "search", "export"}) {
    CHECK(r.out.find(cmd) != std::string::npos);
  }
  CHECK(r.out.find("Exit codes") != std::string::npos);
  CHECK(run_cli({"import", "--help"}).out.find("--tz") != std::string::npos);
  CHECK(run_cli({}).exit_code == 1);
  CHECK(run_cli({"frobnicate"}).exit_code == 1);
  CHECK(run_cli({"search"}).exit_code == 1);
  CHECK(run_cli({"--version"}).exit_code == 0);
}

TEST_CASE("cli: --kdf takes the level names, and the help gives their costs") {
  TempDir dir;
  const std::string archive = (dir / "a.chatvault").string();
  const auto bad = run_cli({"init", archive, "--kdf", "paranoid"}, passphrase_env());
  CHECK(bad.exit_code == 1);
  CHECK(bad.err.find("interactive") != std::string::npos);
  CHECK_FALSE(std::filesystem::exists(archive));
  for (const auto& cmd : {std::vector<std::string>{"init", "--help"}, {"passwd", "--help"},
                                             {"key", "add", "--help"}}) {
    const auto help = run_cli(cmd).out;
    CHECK_MESSAGE(help.find("sensitive (~4 s, 1 GiB)") != std::string::npos, help);
  }
}

TEST_CASE("cli: init refuses to overwrite and says the archive is encrypted") {
  TempDir dir;
  const std::string archive = (dir / "a.chatvault").string();
  auto r = run_cli({"init", archive, "--kdf", "interactive"}, passphrase_env());
  REQUIRE(r.exit_code == 0);
  CHECK(r.out.find("every page encrypted") != std::string::npos);
  const std::string before = read_file(archive);
  r = run_cli({"init", archive, "--kdf", "interactive"}, passphrase_env());
  CHECK(r.exit_code == 1);
  CHECK(r.err.find("already exists") != std::string::npos);
  CHECK(read_file(archive) == before);

  write_file(dir / "pass", "from a file\n");
  r = run_cli({"init", (dir / "b.chatvault").string(), "--kdf", "interactive", "--passphrase-file",
               (dir / "pass").string()});
  CHECK(r.exit_code == 0);
  r = run_cli({"chats", (dir / "b.chatvault").string(), "--passphrase-file", (dir / "pass").string()});
  CHECK(r.exit_code == 0);
  r = run_cli({"chats", (dir / "b.chatvault").string()}, passphrase_env());
  CHECK(r.exit_code == 3);
}

TEST_CASE("cli: import, re-import, chats, search and export") {
  Fixture f;
  auto r = f.cv({"import", f.archive, f.source, "--tz", "Europe/Berlin"});
  REQUIRE_MESSAGE(r.exit_code == 0, r.err);
  CHECK(r.out.find("1 chat, 4 messages added, 0 duplicates skipped") != std::string::npos);
  CHECK(r.out.find("time zone Europe/Berlin") != std::string::npos);

  r = f.cv({"import", f.archive, f.source});
  REQUIRE_MESSAGE(r.exit_code == 0, r.err);
  CHECK(r.out.find("0 messages added, 4 duplicates skipped") != std::string::npos);
  // The zone the chat was first imported with is remembered.
  CHECK(r.out.find("time zone Europe/Berlin") != std::string::npos);

  r = f.cv({"chats", f.archive, "--json"});
  REQUIRE(r.exit_code == 0);
  const auto chats = nlohmann::json::parse(r.out);
  REQUIRE(chats.size() == 1);
  CHECK(chats[0]["title"] == "Anna");
  CHECK(chats[0]["messages"] == 4);
  CHECK(chats[0]["zone"] == "Europe/Berlin");
  CHECK(chats[0]["first"] == "2022-03-18T13:56:00Z");

  r = f.cv({"chats", f.archive});
  CHECK(r.out.find("Anna") != std::string::npos);

  r = f.cv({"search", f.archive, "dinner"});
  REQUIRE_MESSAGE(r.exit_code == 0, r.err);
  CHECK(r.out.find("**Dinner** at 8?") != std::string::npos);
  CHECK(r.out.find("2022-03-18 14:57") != std::string::npos);  // shown in the chat's own clock time
  CHECK(r.out.find("Anna") != std::string::npos);

  r = f.cv({"search", f.archive, "cafe", "--json"});
  REQUIRE(r.exit_code == 0);
  const auto hits = nlohmann::json::parse(r.out);
  REQUIRE(hits.size() == 1);
  CHECK(hits[0]["sender"] == "Ben");
  CHECK(hits[0]["time"] == "2022-03-18T13:58:00Z");
  const std::string text = hits[0]["text"];
  const std::size_t b = hits[0]["matches"][0][0];
  const std::size_t e = hits[0]["matches"][0][1];
  CHECK(text.substr(b, e - b) == "café");

  CHECK(nlohmann::json::parse(f.cv({"search", f.archive, "map", "--from", "Ben", "--json"}).out).empty());
  CHECK(nlohmann::json::parse(f.cv({"search", f.archive, "map", "--from", "Anna", "--json"}).out).size() == 1);
  CHECK(nlohmann::json::parse(f.cv({"search", f.archive, "map", "--after", "2022-03-19", "--json"}).out).size() == 1);
  CHECK(nlohmann::json::parse(f.cv({"search", f.archive, "map", "--before", "2022-03-19", "--json"}).out).empty());
  CHECK(f.cv({"search", f.archive, "map", "--after", "yesterday"}).exit_code == 1);
  CHECK(f.cv({"search", f.archive, "map", "--chat", "Nobody", "--json"}).exit_code != 2);

  r = f.cv({"export", f.archive, "--format", "jsonl", "--out", (f.dir / "out").string()});
  REQUIRE_MESSAGE(r.exit_code == 0, r.err);
  const std::string jsonl = read_file(f.dir / "out" / "Anna.jsonl");
  CHECK(std::count(jsonl.begin(), jsonl.end(), '\n') == 4);
  CHECK(jsonl.find("\"text\":\"Remember to bring\\nthe map\"") != std::string::npos);
  CHECK(nlohmann::json::parse(read_file(f.dir / "out" / "chats.json"))["chats"][0]["messages"] == 4);

  r = f.cv({"export", f.archive, "--format", "txt", "--out", (f.dir / "txt").string()});
  REQUIRE_MESSAGE(r.exit_code == 0, r.err);
  CHECK(read_file(f.dir / "txt" / "Anna.txt").find("Dinner at 8?") != std::string::npos);

  CHECK(f.cv({"export", f.archive, "--format", "pdf", "--out", (f.dir / "x").string()}).exit_code == 1);
  CHECK(f.cv({"export", f.archive, "--format", "jsonl", "--out", (f.dir / "y").string(), "--chat", "Nobody"})
            .exit_code == 1);
}

TEST_CASE("cli: a wrong passphrase is exit 3 and leaves the file untouched") {
  Fixture f;
  REQUIRE(f.cv({"import", f.archive, f.source, "--tz", "UTC"}).exit_code == 0);
  const std::string before = read_file(f.archive);
  const std::vector<std::string> wrong{"CHATVAULT_PASSPHRASE=not the passphrase"};
  for (const auto& args : std::vector<std::vector<std::string>>{
           {"chats", f.archive}, {"search", f.archive, "dinner"}, {"import", f.archive, f.source}}) {
    const auto r = run_cli(args, wrong);
    CHECK(r.exit_code == 3);
    CHECK(r.err.find("wrong passphrase") != std::string::npos);
  }
  CHECK(read_file(f.archive) == before);
}

TEST_CASE("cli: bad input is exit 2 with the file named, and the archive keeps what it had") {
  Fixture f;
  REQUIRE(f.cv({"import", f.archive, f.source, "--tz", "UTC"}).exit_code == 0);

  write_file(f.dir / "notes.txt", "shopping list\nmilk\neggs\n");
  write_file(f.dir / "empty.txt", "");
  std::string zip_bytes = "PK\x03\x04";
  zip_bytes += std::string(100, 'x');
  write_file(f.dir / "cut.zip", zip_bytes);
  for (const char* bad : {"notes.txt", "empty.txt", "cut.zip", "missing.txt"}) {
    const auto r = f.cv({"import", f.archive, (f.dir / bad).string()});
    CHECK_MESSAGE(r.exit_code == 2, bad << ": " << r.err);
    CHECK_MESSAGE(r.err.find(bad) != std::string::npos, r.err);
  }
  const auto chats = nlohmann::json::parse(f.cv({"chats", f.archive, "--json"}).out);
  REQUIRE(chats.size() == 1);
  CHECK(chats[0]["messages"] == 4);

  const auto r = f.cv({"import", f.archive, f.source, "--tz", "Mars/Olympus_Mons"});
  CHECK(r.exit_code == 1);
  CHECK(r.err.find("Mars/Olympus_Mons") != std::string::npos);
}

TEST_CASE("cli: a 10 MB message and invalid UTF-8 are kept") {
  Fixture f;
  std::string text = "20/03/2022, 10:00 - Anna: start ";
  text += std::string(10 * 1024 * 1024, 'a');
  text += " needle\n20/03/2022, 10:01 - Ben: caf\xff ok\n";
  const std::string big = (f.dir / "WhatsApp Chat with Big.txt").string();
  write_file(big, text);
  auto r = f.cv({"import", f.archive, big, "--tz", "UTC"});
  REQUIRE_MESSAGE(r.exit_code == 0, r.err);
  CHECK(r.out.find("2 messages added") != std::string::npos);
  CHECK(r.err.find("UTF-8") != std::string::npos);
  r = f.cv({"search", f.archive, "needle", "--json"});
  REQUIRE(r.exit_code == 0);
  CHECK(nlohmann::json::parse(r.out).size() == 1);
  r = f.cv({"search", f.archive, "ok", "--json", "--chat", "Big"});
  const auto hits = nlohmann::json::parse(r.out);
  REQUIRE(hits.size() == 1);
  CHECK(hits[0]["text"] == "caf\xEF\xBF\xBD ok");
}

TEST_CASE("cli: import --parts reads two zips as one export") {
  Fixture f;
  const auto part1 = f.dir / "WhatsApp Chat with Anna-part1.zip";
  const auto part2 = f.dir / "WhatsApp Chat with Anna-part2.zip";
  chatvault::test::make_zip(part1, {{"WhatsApp Chat with Anna.txt",
                                     std::string(k_export) + "19/03/2022, 09:13 - Ben: IMG-1.jpg (file attached)\n"}});
  chatvault::test::make_zip(part2, {{"IMG-1.jpg", "jpeg bytes"}});
  auto r = f.cv({"import", f.archive, part1.string(), part2.string(), "--parts", "--tz", "UTC"});
  REQUIRE_MESSAGE(r.exit_code == 0, r.err);
  CHECK(r.out.find("WhatsApp Chat with Anna (2 parts)") != std::string::npos);
  CHECK(r.out.find("5 messages added") != std::string::npos);
  CHECK(r.out.find("1 media file stored") != std::string::npos);
}

TEST_CASE("cli: convert writes Telegram packages without an archive or a passphrase") {
  TempDir dir;
  const std::string source = (dir / "WhatsApp Chat with Anna.txt").string();
  write_file(source, k_export);
  const std::string out = (dir / "to-telegram").string();
  // No passphrase in the environment: convert never asks for one.
  auto r = run_cli({"convert", source, "--tz", "Europe/Berlin", "--format", "telegram", "--out", out,
                    "--self-as", "Ben C.", "--rename", "Anna=Anna Schmidt"});
  REQUIRE_MESSAGE(r.exit_code == 0, r.err);
  CHECK(r.out.find("exported 1 chat, 4 messages") != std::string::npos);
  const std::string text = read_file(dir / "to-telegram" / "WhatsApp Chat with Anna" / "WhatsApp Chat with Anna.txt");
  CHECK(text.find("[18/03/2022, 14:57:00] Anna Schmidt: Dinner at 8?\n") != std::string::npos);
  CHECK(text.find("[19/03/2022, 09:12:00] Anna Schmidt: Remember to bring\nthe map\n") != std::string::npos);
  CHECK(std::filesystem::exists(dir / "to-telegram" / "WhatsApp Chat - Anna.zip"));
  CHECK(std::filesystem::exists(dir / "to-telegram" / "IMPORT-TO-TELEGRAM.txt"));

  // Run again into the same folder: nothing is overwritten, the error says why.
  const std::string before = read_file(dir / "to-telegram" / "WhatsApp Chat - Anna.zip");
  r = run_cli({"convert", source, "--tz", "Europe/Berlin", "--format", "telegram", "--out", out});
  CHECK(r.exit_code == 4);
  CHECK(r.err.find("already exists") != std::string::npos);
  CHECK(read_file(dir / "to-telegram" / "WhatsApp Chat - Anna.zip") == before);

  CHECK(run_cli({"convert", source, "--format", "nope", "--out", out}).exit_code == 1);
  CHECK(run_cli({"convert", source, "--format", "txt", "--out", out, "--rename", "Anna"}).exit_code == 1);
  // The help lists the formats from the registry, with what each is.
  const auto help = run_cli({"convert", "--help"}).out;
  for (const char* f : {"jsonl", "txt", "telegram"}) {
    CHECK(help.find(f) != std::string::npos);
  }
}
