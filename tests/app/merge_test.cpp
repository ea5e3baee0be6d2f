// Merging WhatsApp exports end to end through app::run_import, with export text written here:
// media filled in, Android over iOS, deletions and edits, --into, the no-overlap warning.
#include <doctest/doctest.h>
#include <nlohmann/json.hpp>
#include <zip.h>

#include <string>
#include <utility>
#include <vector>

#include "app/chats.hpp"
#include "app/import.hpp"
#include "app/init.hpp"
#include "app/search.hpp"
#include "archive/archive.hpp"
#include "tests/support.hpp"
#include "tests/zip_writer.hpp"
#include "util/error.hpp"
#include "util/hash.hpp"

using namespace chatvault;
using chatvault::test::TempDir;
using chatvault::test::write_file;

using chatvault::test::make_zip;

namespace {

namespace fs = std::filesystem;

constexpr const char* k_lrm = "\xE2\x80\x8E";

std::string lines(const std::vector<std::string>& ls, const char* eol = "\n") {
  std::string out;
  for (const auto& l : ls) {
    out += l + eol;
  }
  return out;
}

struct Fixture {
  TempDir dir;
  fs::path archive = dir / "a.chatvault";
  Secret passphrase{"pass phrase"};
  CollectingReporter reporter;

  Fixture() {
    app::InitRequest init;
    init.archive = archive;
    init.passphrase = &passphrase;
    init.kdf = archive::KdfLevel::interactive;
    app::run_init(init);
  }

  app::SourceResult import_path(const fs::path& path, const std::string& into = "", const std::string& zone = "UTC") {
    app::ImportRequest req;
    req.archive = archive;
    req.passphrase = &passphrase;
    req.sources = {path};
    req.options.zone = zone;
    req.options.into_chat = into;
    auto result = app::run_import(req, reporter);
    REQUIRE(result.sources.size() == 1);
    return result.sources[0];
  }

  app::SourceResult import_text(const std::string& file_name, const std::string& content, const std::string& into = "",
                                const std::string& zone = "UTC") {
    const auto path = dir / "exports" / file_name;
    fs::remove(path);
    write_file(path, content);
    return import_path(path, into, zone);
  }

  app::SourceResult import_zip(const std::string& zip_name, const std::vector<std::pair<std::string, std::string>>& entries,
                               const std::string& into = "") {
    const auto path = dir / "exports" / zip_name;
    make_zip(path, entries);
    return import_path(path, into);
  }

  std::vector<model::StoredChat> chats() { return app::run_chats({archive, &passphrase}); }

  std::vector<model::Message> messages(const std::string& key) {
    auto ar = archive::Archive::open(archive, passphrase, archive::OpenMode::read);
    std::vector<model::Message> out;
    for (const auto& sc : ar->chats()) {
      if (sc.chat.key == key) {
        ar->for_each_message(sc.id, [&](const model::Message& m) { out.push_back(m); });
      }
    }
    return out;
  }

  std::size_t hits(const std::string& words) {
    app::SearchRequest search;
    search.archive = {archive, &passphrase};
    search.query.text = words;
    search.query.limit = 100;
    return app::run_search(search).hits.size();
  }
};

}  // namespace

TEST_CASE("merge: an Android export with media over one without fills in the file and the caption") {
  Fixture f;
  const auto without = f.import_text("WhatsApp Chat with Ana.txt",
                                     lines({"14/05/2023, 09:00 - Ana: Look at this",
                                            "14/05/2023, 09:01 - Ana: <Media omitted>",
                                            "14/05/2023, 09:02 - Ben: Nice!",
                                            "14/05/2023, 09:03 - Ben: <Media omitted>"}));
  REQUIRE(without.counts.messages_added == 4);
  auto before = f.messages("Ana");
  REQUIRE(before.size() == 4);
  REQUIRE(before[1].attachments.size() == 1);
  CHECK(before[1].attachments[0].missing);
  CHECK(before[1].text.empty());

  const std::string jpeg = "\xFF\xD8\xFF\xE0 a sunset, honestly";
  const std::string voice = "OggS voice note bytes";
  const auto with = f.import_zip(
      "WhatsApp Chat with Ana.zip",
      {{"WhatsApp Chat with Ana.txt",
        lines({"14/05/2023, 09:00 - Ana: Look at this",
               std::string(k_lrm) + "14/05/2023, 09:01 - Ana: IMG-20230514-WA0001.jpg (file attached)",
               "Sunset at the lake", "14/05/2023, 09:02 - Ben: Nice!",
               "14/05/2023, 09:03 - Ben: PTT-20230514-WA0002.opus (file attached)"})},
       {"IMG-20230514-WA0001.jpg", jpeg},
       {"PTT-20230514-WA0002.opus", voice}});
  CHECK(with.counts.messages_added == 0);
  CHECK(with.counts.updated == 2);
  CHECK(with.counts.duplicates == 4);
  CHECK(with.counts.attachments_stored == 2);
  CHECK(with.counts.blobs_added == 2);
  CHECK(with.counts.warnings == 0);
  CHECK(app::summary_line(with).find("2 messages updated") != std::string::npos);

  const auto after = f.messages("Ana");
  REQUIRE(after.size() == 4);
  CHECK(after[1].id == before[1].id);
  CHECK(after[1].text == "Sunset at the lake");  // the caption the "without media" export left out
  REQUIRE(after[1].attachments.size() == 1);
  CHECK_FALSE(after[1].attachments[0].missing);
  CHECK(after[1].attachments[0].file_name == "IMG-20230514-WA0001.jpg");
  CHECK(after[1].attachments[0].content_hash == Blake2b256::hex(jpeg));
  CHECK(after[3].text.empty());
  CHECK(after[3].attachments.at(0).content_hash == Blake2b256::hex(voice));
  CHECK(f.hits("sunset") == 1);

  // Again: nothing left to fill.
  const auto again = f.import_path(f.dir / "exports" / "WhatsApp Chat with Ana.zip");
  CHECK(again.counts.messages_added == 0);
  CHECK(again.counts.updated == 0);
  CHECK(again.counts.blobs_added == 0);
}

namespace {

// One small conversation as an iOS export (_chat.txt in a zip: CRLF, seconds, LRM marks,
// "image omitted", "This message was deleted." with a period) and as an Android export.
std::string ios_chat() {
  const std::string lrm = k_lrm;
  return lines({"[14/05/2023, 09:00:12] Ana: Good morning",
                "[14/05/2023, 09:01:40] Ben: " + lrm + "image omitted",
                "[14/05/2023, 09:02:05] Ana: Line one", "Line two",
                "[14/05/2023, 09:02:59] Ana: Line one",  // the same words again in the same minute
                "Line two",
                "[14/05/2023, 09:03:00] Ben: " + lrm + "This message was deleted.",
                "[14/05/2023, 09:04:10] Ana: Meet at the station " + lrm + "<This message was edited>",
                "[14/05/2023, 09:05:00] Ben: " + lrm + "Missed voice call",
                "[14/05/2023, 09:06:30] Ana: " + lrm + "Location: https://maps.google.com/?q=51.5021456,-0.127397",
                "[14/05/2023, 09:07:00] Ben: " + lrm + "sticker omitted",
                "[14/05/2023, 09:08:00] Ana: Caf\xC3\xA9 at 10? \xF0\x9F\x98\x8A"},
               "\r\n");
}

std::string android_chat() {
  return lines({"14/05/2023, 09:00 - Ana: Good morning",
                "14/05/2023, 09:01 - Ben: <Media omitted>",
                "14/05/2023, 09:02 - Ana: Line one", "Line two",
                "14/05/2023, 09:02 - Ana: Line one", "Line two",
                "14/05/2023, 09:03 - Ben: This message was deleted",
                "14/05/2023, 09:04 - Ana: Meet at the station <This message was edited>",
                "14/05/2023, 09:05 - Ben: Missed voice call",
                "14/05/2023, 09:06 - Ana: location: https://maps.google.com/?q=51.502145612,-0.127397003",
                "14/05/2023, 09:07 - Ben: <Media omitted>",
                "14/05/2023, 09:08 - Ana: Caf\xC3\xA9 at 10? \xF0\x9F\x98\x8A",
                "14/05/2023, 09:09 - Ben: Sure"});
}

}  // namespace

TEST_CASE("merge: an Android export over an iOS export of the same chat adds only what is new") {
  Fixture f;
  const auto ios = f.import_zip("WhatsApp Chat - Ana.zip", {{"_chat.txt", ios_chat()}});
  REQUIRE(ios.counts.messages_added == 10);
  const auto android = f.import_text("WhatsApp Chat with Ana.txt", android_chat());
  CHECK(android.counts.messages_added == 1);  // "Sure", the one message iOS did not have
  CHECK(android.counts.duplicates == 10);
  CHECK(android.counts.updated == 0);
  CHECK(android.counts.warnings == 0);
  const auto chats = f.chats();
  REQUIRE(chats.size() == 1);
  CHECK(chats[0].message_count == 11);
}

TEST_CASE("merge: an iOS export over an Android export of the same chat adds nothing") {
  Fixture f;
  REQUIRE(f.import_text("WhatsApp Chat with Ana.txt", android_chat()).counts.messages_added == 11);
  const auto ios = f.import_zip("WhatsApp Chat - Ana.zip", {{"_chat.txt", ios_chat()}});
  CHECK(ios.counts.messages_added == 0);
  CHECK(ios.counts.duplicates == 10);
  CHECK(ios.counts.updated == 0);
  CHECK(f.chats().at(0).message_count == 11);
}

TEST_CASE("merge: a message deleted or edited since the older export updates the stored one") {
  Fixture f;
  const std::vector<std::string> older{"14/05/2023, 18:00 - Ana: Dinner tonight?",
                                       "14/05/2023, 18:01 - Ben: See you at 8",
                                       "14/05/2023, 18:02 - Ana: Meet at the statoin",
                                       "14/05/2023, 18:03 - Ben: ok"};
  REQUIRE(f.import_text("WhatsApp Chat with Ana.txt", lines(older)).counts.messages_added == 4);
  REQUIRE(f.hits("\"see you\"") == 1);

  // Newer export: Ben deleted his message.
  auto newer = older;
  newer[1] = "14/05/2023, 18:01 - Ben: This message was deleted";
  const auto deleted = f.import_text("WhatsApp Chat with Ana.txt", lines(newer));
  CHECK(deleted.counts.messages_added == 0);
  CHECK(deleted.counts.updated == 1);
  CHECK(deleted.counts.duplicates == 3);
  auto stored = f.messages("Ana");
  REQUIRE(stored.size() == 4);
  CHECK(stored[1].deleted);
  CHECK(stored[1].text == "See you at 8");
  CHECK(nlohmann::json::parse(stored[1].extra_json)["deleted_text"] == "This message was deleted");
  CHECK(f.hits("\"see you\"") == 1);

  // Newest export: Ana fixed her typo, and one more message.
  newer[2] = "14/05/2023, 18:02 - Ana: Meet at the station <This message was edited>";
  newer.push_back("14/05/2023, 18:10 - Ana: On my way");
  const auto edited = f.import_text("WhatsApp Chat with Ana.txt", lines(newer));
  CHECK(edited.counts.messages_added == 1);
  CHECK(edited.counts.updated == 1);
  CHECK(edited.counts.duplicates == 3);
  stored = f.messages("Ana");
  REQUIRE(stored.size() == 5);
  CHECK(stored[2].text == "Meet at the station");
  CHECK(stored[2].edited);
  CHECK(nlohmann::json::parse(stored[2].extra_json)["previous_texts"] ==
        nlohmann::json::array({"Meet at the statoin"}));
  CHECK(f.hits("station") == 1);
  CHECK(f.hits("statoin") == 0);

  // Every export once more: nothing changes.
  for (const std::vector<std::string>* content : {&older, static_cast<const std::vector<std::string>*>(&newer)}) {
    const auto again = f.import_text("WhatsApp Chat with Ana.txt", lines(*content));
    CHECK(again.counts.messages_added == 0);
    CHECK(again.counts.updated == 0);
  }
  CHECK(f.messages("Ana").size() == 5);
}

TEST_CASE("merge: --into joins a renamed or re-downloaded export to its chat") {
  Fixture f;
  const std::vector<std::string> first{"14/05/2023, 09:00 - Ana: Good morning", "14/05/2023, 09:01 - Ben: Morning!",
                                       "15/05/2023, 18:30 - Ben: Running late"};
  REQUIRE(f.import_text("WhatsApp Chat with Ana.txt", lines(first)).counts.messages_added == 3);
  auto second = first;
  second.push_back("16/05/2023, 12:00 - Ben: Lunch?");
  second.push_back("16/05/2023, 12:05 - Ana: Yes, the usual place");
  const auto joined =
      f.import_zip("WhatsApp Chat with Ana (1).zip", {{"WhatsApp Chat with Ana.txt", lines(second)}}, "Ana");
  CHECK(joined.counts.messages_added == 2);
  CHECK(joined.counts.duplicates == 3);
  CHECK(joined.counts.warnings == 0);
  const auto chats = f.chats();
  REQUIRE(chats.size() == 1);
  CHECK(chats[0].chat.key == "Ana");
  CHECK(chats[0].chat.date_order == "dmy");  // decided at the first import, remembered
  CHECK(chats[0].message_count == 5);
}

TEST_CASE("merge: an export sharing no message with the chat it would join is reported") {
  Fixture f;
  REQUIRE(f.import_text("WhatsApp Chat with Ana.txt", lines({"14/05/2023, 09:00 - Ana: Good morning",
                                                              "14/05/2023, 09:01 - Ben: Morning!"}))
              .counts.messages_added == 2);
  // Another Ana: not one message in common.
  const auto other = f.import_text("WhatsApp Chat with Ana.txt", lines({"21/02/2021, 10:00 - Ana: Hello, it's the other Ana",
                                                                        "21/02/2021, 10:05 - Ben: Hi!"}));
  CHECK(other.counts.messages_added == 2);
  REQUIRE(other.counts.warnings == 1);
  const std::string expected =
      "chat \"Ana\": no overlap with the messages already stored (2 added beside them) — a different chat? use --into "
      "to import it under another name, or to join the chat it belongs to";
  CHECK(other.counts.warning_texts.at(0) == expected);
  bool reported = false;
  for (const auto& w : f.reporter.warnings) {
    reported = reported || w == expected;
  }
  CHECK(reported);
  // Kept apart with --into: a chat of its own, no warning.
  const auto apart = f.import_text("WhatsApp Chat with Ana.txt", lines({"21/02/2021, 10:00 - Ana: Hello, it's the other Ana",
                                                                        "21/02/2021, 10:05 - Ben: Hi!"}),
                                   "Ana (school)");
  CHECK(apart.counts.messages_added == 2);
  CHECK(apart.counts.warnings == 0);
  CHECK(f.chats().size() == 2);
}
