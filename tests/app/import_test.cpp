// The import use case called directly, as the CLI does: merges of overlapping exports.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "app/chats.hpp"
#include "app/import.hpp"
#include "app/init.hpp"
#include "app/search.hpp"
#include "app/verify.hpp"
#include "tests/support.hpp"
#include "tests/zip_writer.hpp"
#include "util/error.hpp"

using namespace chatvault;
using chatvault::test::TempDir;
using chatvault::test::write_file;

namespace {

// Eight messages over three days; the day > 12 makes the order d/m/y.
const std::vector<std::string> k_lines = {
    "14/05/2023, 09:00 - Ana: Good morning",
    "14/05/2023, 09:01 - Ben: Morning! Coffee later?",
    "14/05/2023, 09:01 - Ana: Sure",
    "14/05/2023, 09:01 - Ana: Sure",  // the same words twice in one minute: both are messages
    "15/05/2023, 18:30 - Ben: Running late",
    "15/05/2023, 18:45 - Ana: No problem",
    "16/05/2023, 12:00 - Ben: Lunch?",
    "16/05/2023, 12:05 - Ana: Yes, the usual place",
};

std::string join_lines(std::size_t from, std::size_t to, const std::vector<std::string>& extra = {}) {
  std::string out;
  for (std::size_t i = from; i < to; ++i) {
    out += k_lines[i] + "\n";
  }
  for (const auto& e : extra) {
    out += e + "\n";
  }
  return out;
}

struct ArchiveFixture {
  TempDir dir;
  std::filesystem::path archive = dir / "a.chatvault";
  Secret passphrase{"pass phrase"};
  CollectingReporter reporter;

  ArchiveFixture() {
    app::InitRequest init;
    init.archive = archive;
    init.passphrase = &passphrase;
    init.kdf = archive::KdfLevel::interactive;
    app::run_init(init);
  }

  app::SourceResult import(const std::string& file_name, const std::string& content, const std::string& zone = "UTC") {
    const auto path = dir / "exports" / file_name;
    std::filesystem::remove(path);
    write_file(path, content);
    app::ImportRequest req;
    req.archive = archive;
    req.passphrase = &passphrase;
    req.sources = {path};
    req.options.zone = zone;
    auto result = app::run_import(req, reporter);
    REQUIRE(result.sources.size() == 1);
    return result.sources[0];
  }

  std::uint64_t stored_messages() {
    const auto chats = app::run_chats({archive, &passphrase});
    std::uint64_t n = 0;
    for (const auto& c : chats) {
      n += c.message_count;
    }
    return n;
  }
};

}  // namespace

TEST_CASE("import: the same export twice adds nothing") {
  ArchiveFixture f;
  auto first = f.import("WhatsApp Chat with Ana.txt", join_lines(0, 8));
  CHECK(first.counts.messages_added == 8);
  CHECK(first.counts.chats == 1);
  auto again = f.import("WhatsApp Chat with Ana.txt", join_lines(0, 8));
  CHECK(again.counts.messages_added == 0);
  CHECK(again.counts.duplicates == 8);
  CHECK(f.stored_messages() == 8);
}

TEST_CASE("import: a newer overlapping export adds exactly the new messages") {
  ArchiveFixture f;
  REQUIRE(f.import("WhatsApp Chat with Ana.txt", join_lines(0, 8)).counts.messages_added == 8);
  // The newer export lost its older half (WhatsApp caps exports) and has three new messages,
  // one of them repeating earlier words at a new time.
  const auto newer = f.import("WhatsApp Chat with Ana.txt",
                              join_lines(4, 8, {"17/05/2023, 08:00 - Ben: Good morning", "17/05/2023, 08:02 - Ana: Sure",
                                                "17/05/2023, 08:03 - Ana: See you"}));
  CHECK(newer.counts.messages_added == 3);
  CHECK(newer.counts.duplicates == 4);
  CHECK(f.stored_messages() == 11);
}

TEST_CASE("import: the same export read in another zone adds nothing") {
  ArchiveFixture f;
  REQUIRE(f.import("WhatsApp Chat with Ana.txt", join_lines(0, 8), "Europe/Berlin").counts.messages_added == 8);
  const auto other = f.import("WhatsApp Chat with Ana.txt", join_lines(0, 8), "Asia/Tokyo");
  CHECK(other.counts.messages_added == 0);
  CHECK(other.report.zone == "Asia/Tokyo");
}

TEST_CASE("import: a failed import leaves the archive as it was") {
  ArchiveFixture f;
  REQUIRE(f.import("WhatsApp Chat with Ana.txt", join_lines(0, 8)).counts.messages_added == 8);
  CHECK_THROWS_AS(f.import("WhatsApp Chat with Nobody.txt", "just some notes\nnothing else\n"), Error);
  CHECK_THROWS_AS(f.import("WhatsApp Chat with Nobody.txt", ""), Error);
  CHECK(f.stored_messages() == 8);
  app::SearchRequest search;
  search.archive = {f.archive, &f.passphrase};
  search.query.text = "usual";
  CHECK(app::run_search(search).hits.size() == 1);
}

TEST_CASE("import: long imports report progress as they go") {
  ArchiveFixture f;
  struct ProgressReporter : CollectingReporter {
    void progress(std::string_view what, std::uint64_t done, std::uint64_t) override {
      calls.emplace_back(std::string(what) + " " + std::to_string(done));
    }
    std::vector<std::string> calls;
  } reporter;
  std::string text;
  for (int i = 0; i < 10000; ++i) {
    text += "14/05/2023, 09:" + std::string(i % 60 < 10 ? "0" : "") + std::to_string(i % 60) + " - Ana: message " +
            std::to_string(i) + "\n";
  }
  write_file(f.dir / "WhatsApp Chat with Ana.txt", text);
  app::ImportRequest req;
  req.archive = f.archive;
  req.passphrase = &f.passphrase;
  req.sources = {f.dir / "WhatsApp Chat with Ana.txt"};
  req.options.zone = "UTC";
  const auto result = app::run_import(req, reporter);
  CHECK(result.sources.at(0).counts.messages_added == 10000);
  REQUIRE(reporter.calls.size() == 1);
  CHECK(reporter.calls[0] == "WhatsApp Chat with Ana.txt 10000");
}

TEST_CASE("import: an export in two parts (chat in one zip, media in the other) reads as one with parts") {
  ArchiveFixture f;
  const std::string chat = "14/05/2023, 09:00 - Ana: Good morning\n"
                           "14/05/2023, 09:01 - Ben: IMG-20230514-WA0001.jpg (file attached)\n"
                           "14/05/2023, 09:02 - Ana: PTT-20230514-WA0002.opus (file attached)\n";
  const auto part1 = f.dir / "exports" / "WhatsApp Chat with Ana-part1.zip";
  const auto part2 = f.dir / "exports" / "WhatsApp Chat with Ana-part2.zip";
  test::make_zip(part1, {{"WhatsApp Chat with Ana.txt", chat}, {"IMG-20230514-WA0001.jpg", "jpeg bytes"}});
  test::make_zip(part2, {{"PTT-20230514-WA0002.opus", "opus bytes"}});
  app::ImportRequest req;
  req.archive = f.archive;
  req.passphrase = &f.passphrase;
  req.sources = {part1, part2};
  req.options.zone = "UTC";
  req.parts_of_one_export = true;
  const auto result = app::run_import(req, f.reporter);
  REQUIRE(result.sources.size() == 1);
  const app::SourceResult& one = result.sources[0];
  CHECK(one.label == "WhatsApp Chat with Ana (2 parts)");
  CHECK(one.counts.messages_added == 3);
  CHECK(one.counts.attachments_stored == 2);  // the voice note came from the second part
  const auto chats = app::run_chats({f.archive, &f.passphrase});
  REQUIRE(chats.size() == 1);
  CHECK(chats[0].chat.title == "Ana");  // as from the whole export in one zip

  // Without --parts each source is an export of its own: the media-only part is no chat.
  ArchiveFixture g;
  app::ImportRequest separate = req;
  separate.archive = g.archive;
  separate.passphrase = &g.passphrase;
  separate.parts_of_one_export = false;
  CHECK(test::category_of([&] { app::run_import(separate, g.reporter); }) == ErrorCategory::input);
}

TEST_CASE("import: verify after an import finds every reference in place and says so when one is not") {
  ArchiveFixture f;
  REQUIRE(f.import("WhatsApp Chat with Ana.txt", join_lines(0, 8)).counts.messages_added == 8);
  archive::VerifyResult r = app::run_verify({f.archive, &f.passphrase});
  CHECK(r.ok);
  CHECK(r.dangling_references == 0);
  CHECK(app::verify_summary(r).find("refer to missing rows") == std::string::npos);
  r.dangling_references = 3;  // as a damaged archive reports it (see the archive tests)
  CHECK(app::verify_summary(r).find(", 3 rows refer to missing rows") != std::string::npos);
}
