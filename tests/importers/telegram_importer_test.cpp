// The Telegram Desktop result.json importer: our sample, the shared real fixtures, detection, bad input.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

#include "importers/source_tree.hpp"
#include "importers/telegram/telegram_importer.hpp"
#include "importers/whatsapp/whatsapp_importer.hpp"
#include "tests/recording_sink.hpp"
#include "tests/support.hpp"
#include "tests/zip_writer.hpp"
#include "util/error.hpp"
#include "util/time.hpp"

using namespace chatvault;
using model::AttachmentKind;
using model::MessageKind;

namespace {

using Recorder = test::RecordingSink;

std::string read_all(model::ByteReader& r) {
  std::string out;
  char buf[4096];
  for (std::size_t n; (n = r.read(buf, sizeof buf)) > 0;) {
    out.append(buf, n);
  }
  return out;
}

std::filesystem::path sample_dir() { return test::samples_dir() / "telegram" / "ChatExport_2024-05-12"; }

std::string iso(std::int64_t ms) { return timeutil::format_iso_utc(ms); }

nlohmann::json extra(const model::Message& m) { return nlohmann::json::parse(m.extra_json); }

struct Imported {
  Recorder sink;
  importers::ImportReport report;
};

Imported import_path(const std::filesystem::path& p, importers::ImportOptions o = {}) {
  const auto tree = importers::SourceTree::open(p);
  Imported out;
  out.report = importers::make_telegram_importer()->import(tree, o, out.sink);
  return out;
}

std::optional<std::filesystem::path> telegram_fixtures() {
  const auto dir = test::fixtures_dir();
  if (!dir || !std::filesystem::exists(*dir / "telegram")) {
    return std::nullopt;
  }
  return *dir / "telegram";
}

}  // namespace

TEST_CASE("telegram sample: chat, senders and every mapped field") {
  const auto tree = importers::SourceTree::open(sample_dir());
  const auto importer = importers::make_telegram_importer();
  CHECK(importer->name() == "telegram");
  CHECK(importer->detect(tree).confidence == 95);
  CHECK(importers::make_whatsapp_importer()->detect(tree).confidence == 0);

  Recorder sink;
  importers::ImportOptions o;
  o.self_name = "Anna Müller";
  const auto report = importer->import(tree, o, sink);
  CHECK(report.zone.empty());
  CHECK(report.notes.empty());
  CHECK(sink.skips.empty());
  REQUIRE(sink.chats.size() == 1);
  const model::Chat& chat = sink.chats[0];
  CHECK(chat.platform == model::Platform::telegram);
  CHECK(chat.key == "telegram:4815162342");
  CHECK(chat.title == "Alpine Trip 2024");
  CHECK(chat.is_group);
  CHECK(chat.zone.empty());
  REQUIRE(chat.participants.size() == 3);
  CHECK(chat.participants[0].name == "Anna Müller");
  CHECK(chat.participants[0].platform_id == "user1001");
  CHECK(chat.participants[0].is_self);
  CHECK(chat.participants[1].name == "Dmitri Ivanov");
  CHECK_FALSE(chat.participants[1].is_self);
  CHECK(chat.participants[2].name == "Chloe Martin");

  const auto& ms = sink.messages;
  REQUIRE(ms.size() == 18);
  CHECK(ms[0].kind == MessageKind::system);
  CHECK(ms[0].sender.empty());
  CHECK(ms[0].text == "Anna Müller created group \u201CAlpine Trip 2024\u201D");
  CHECK(iso(ms[0].time_ms) == "2024-05-12T09:00:00Z");
  CHECK(ms[0].native_time == "1715504400");
  CHECK_FALSE(ms[0].offset_min.has_value());
  CHECK(ms[0].origin.file == "result.json");
  CHECK(ms[0].origin.path == "$.messages[0]");
  CHECK(extra(ms[0])["action"] == "create_group");
  CHECK(ms[0].native_id == "1");
  CHECK(ms[0].sender_id == "user1001");  // the actor of a service message
  CHECK_FALSE(extra(ms[0]).contains("actor_id"));
  CHECK(extra(ms[0])["members"].size() == 2);
  CHECK(ms[1].text == "Anna Müller added Chloe Martin");

  CHECK(ms[2].kind == MessageKind::text);
  CHECK(ms[2].sender == "Anna Müller");
  CHECK(ms[2].text == "Hallo zusammen! Grüße aus München 🏔️");
  CHECK(ms[2].native_id == "3");
  CHECK(ms[2].sender_id == "user1001");
  CHECK_FALSE(extra(ms[2]).contains("id"));
  CHECK_FALSE(extra(ms[2]).contains("from_id"));
  CHECK(ms[2].links.empty());
  CHECK_FALSE(extra(ms[2]).contains("entities"));

  CHECK(ms[3].text == "Привет! Важно: see the route and ask @chloe_m");
  const auto ents = extra(ms[3])["entities"];
  REQUIRE(ents.size() == 3);
  CHECK(ents[0]["type"] == "bold");
  CHECK(ents[0]["text"] == "Важно");
  CHECK(ents[1]["type"] == "text_link");
  CHECK(ents[1]["href"] == "https://example.org/route");
  CHECK(ents[2]["type"] == "mention");
  // The link behind "route" is the message's shared link too; a mention is not a link.
  REQUIRE(ms[3].links.size() == 1);
  CHECK(ms[3].links[0].url == "https://example.org/route");
  CHECK(ms[3].links[0].title == "route");

  CHECK(ms[4].reply_to == "3");
  CHECK_FALSE(ms[4].edited);
  CHECK(ms[5].edited);
  CHECK(extra(ms[5])["edited_unixtime"] == "1715504760");
  CHECK(ms[6].forwarded_from == "Alpine Weather Service");
  CHECK(extra(ms[6])["forwarded_from_id"] == "channel5550001");

  // Photo with caption: the opener reads the very bytes of the file.
  CHECK(ms[7].kind == MessageKind::media);
  CHECK(ms[7].text == "View from the hut");
  REQUIRE(ms[7].attachments.size() == 1);
  const auto& photo = ms[7].attachments[0];
  CHECK(photo.kind == AttachmentKind::photo);
  CHECK(photo.file_name == "photo_1@12-05-2024_10-00-00.jpg");
  CHECK(photo.width == 1);
  CHECK(photo.height == 1);
  CHECK_FALSE(photo.missing);
  REQUIRE(photo.open);
  const std::string jpeg = test::read_file(sample_dir() / "photos" / "photo_1@12-05-2024_10-00-00.jpg");
  CHECK(photo.size == jpeg.size());
  CHECK(read_all(*photo.open()) == jpeg);

  REQUIRE(ms[8].attachments.size() == 1);
  CHECK(ms[8].attachments[0].kind == AttachmentKind::document);
  CHECK(ms[8].attachments[0].file_name == "notes.txt");
  CHECK(ms[8].attachments[0].mime == "text/plain");
  REQUIRE(ms[8].attachments[0].open);
  CHECK(read_all(*ms[8].attachments[0].open()) == test::read_file(sample_dir() / "files" / "notes.txt"));

  REQUIRE(ms[9].attachments.size() == 1);
  CHECK(ms[9].kind == MessageKind::media);
  CHECK(ms[9].attachments[0].kind == AttachmentKind::voice);
  CHECK(ms[9].attachments[0].duration_ms == 4000);
  CHECK(ms[9].attachments[0].file_name == "audio_1@12-05-2024_10-05-00.ogg");
  CHECK_FALSE(ms[9].attachments[0].missing);

  CHECK(ms[10].kind == MessageKind::sticker);
  REQUIRE(ms[10].attachments.size() == 1);
  CHECK(ms[10].attachments[0].kind == AttachmentKind::sticker);
  CHECK(ms[10].attachments[0].missing);
  CHECK_FALSE(ms[10].attachments[0].open);
  CHECK(ms[10].attachments[0].file_name.empty());
  CHECK(extra(ms[10])["sticker_emoji"] == "👍");

  // 👍 ×3 with two named reactors, ❤ ×1 named: the unnamed third keeps the count.
  REQUIRE(ms[11].reactions.size() == 4);
  CHECK(ms[11].reactions[0].actor == "Dmitri Ivanov");
  CHECK(ms[11].reactions[0].emoji == "👍");
  CHECK(ms[11].reactions[1].actor == "Chloe Martin");
  CHECK(ms[11].reactions[2].actor.empty());
  CHECK(ms[11].reactions[2].emoji == "👍");
  CHECK(ms[11].reactions[3].actor == "Anna Müller");
  CHECK(ms[11].reactions[3].emoji == "❤");

  CHECK(ms[12].kind == MessageKind::poll);
  REQUIRE(ms[12].poll);
  CHECK(ms[12].poll->question == "Which day do we start?");
  REQUIRE(ms[12].poll->options.size() == 2);
  CHECK(ms[12].poll->options[1].text == "Saturday");
  CHECK(ms[12].poll->options[1].votes == 2);

  CHECK(ms[13].kind == MessageKind::location);
  REQUIRE(ms[13].location);
  CHECK(ms[13].location->lat == doctest::Approx(47.4211));
  CHECK(ms[13].location->lon == doctest::Approx(10.9863));
  CHECK(ms[13].location->label == "Zugspitze, 82475 Grainau, Germany");
  CHECK_FALSE(ms[13].location->live);

  CHECK(ms[14].kind == MessageKind::contact);
  CHECK(ms[14].text == "Mountain Rescue\n+49 112");
  CHECK(extra(ms[14])["contact"]["phone_number"] == "+49 112");

  CHECK(ms[15].kind == MessageKind::system);
  CHECK(ms[15].text == "Anna Müller pinned a message");
  CHECK(extra(ms[15])["message_id"] == 12);

  CHECK(ms[16].kind == MessageKind::call);
  CHECK(ms[16].sender == "Dmitri Ivanov");
  REQUIRE(ms[16].call);
  CHECK(ms[16].call->duration_s == 125);
  CHECK_FALSE(ms[16].call->missed);
  CHECK(extra(ms[16])["discard_reason"] == "hangup");

  CHECK(ms[17].text == "Checklist:\n1. boots\n2. jacket\n\nSee you Saturday!");
  CHECK(iso(ms[17].time_ms) == "2024-05-12T10:35:00Z");
}

TEST_CASE("telegram sample: without media, into another chat, as a single file") {
  importers::ImportOptions o;
  o.include_media = false;
  o.into_chat = "trip";
  const auto r = import_path(sample_dir(), o);
  REQUIRE(r.sink.chats.size() == 1);
  CHECK(r.sink.chats[0].key == "trip");
  REQUIRE(r.sink.messages.size() == 18);
  const auto& photo = r.sink.messages[7].attachments.at(0);
  CHECK_FALSE(photo.missing);
  CHECK_FALSE(photo.open);
  CHECK(photo.size.has_value());

  // Given as the file alone, the media are not in the tree: missing, the text all there.
  const auto single = import_path(sample_dir() / "result.json");
  REQUIRE(single.sink.messages.size() == 18);
  CHECK(single.sink.messages[7].attachments.at(0).missing);
  CHECK(single.sink.messages[3].text == "Привет! Важно: see the route and ask @chloe_m");
}

TEST_CASE("telegram sample: zipped as Desktop's folder (ChatExport_x/result.json) or flat, media found alike") {
  test::TempDir tmp;
  std::vector<std::pair<std::string, std::string>> nested;
  std::vector<std::pair<std::string, std::string>> flat;
  for (const auto& e : std::filesystem::recursive_directory_iterator(sample_dir())) {
    if (e.is_regular_file()) {
      const std::string rel = std::filesystem::relative(e.path(), sample_dir()).generic_string();
      nested.emplace_back("ChatExport_2024-05-12/" + rel, test::read_file(e.path()));
      flat.emplace_back(rel, test::read_file(e.path()));
    }
  }
  test::make_zip(tmp / "nested.zip", nested);
  test::make_zip(tmp / "flat.zip", flat);
  const Imported folder = import_path(sample_dir());
  for (const char* zip : {"nested.zip", "flat.zip"}) {
    CAPTURE(zip);
    const auto tree = importers::SourceTree::open(tmp / zip);
    CHECK(importers::make_telegram_importer()->detect(tree).confidence == 95);
    const Imported got = import_path(tmp / zip);
    REQUIRE(got.sink.messages.size() == folder.sink.messages.size());
    std::size_t media = 0;
    for (std::size_t i = 0; i < got.sink.messages.size(); ++i) {
      const auto& a = got.sink.messages[i];
      const auto& b = folder.sink.messages[i];
      CHECK(a.text == b.text);
      CHECK(a.native_id == b.native_id);
      REQUIRE(a.attachments.size() == b.attachments.size());
      for (std::size_t k = 0; k < a.attachments.size(); ++k) {
        CHECK(a.attachments[k].missing == b.attachments[k].missing);
        if (a.attachments[k].open && b.attachments[k].open) {
          auto ra = a.attachments[k].open();
          auto rb = b.attachments[k].open();
          CHECK(read_all(*ra) == read_all(*rb));
          ++media;
        }
      }
    }
    CHECK(media >= 2);
  }
}

TEST_CASE("telegram detection: not the WhatsApp samples") {
  const auto tg = importers::make_telegram_importer();
  for (const char* name : {"WhatsApp Chat with Anna Schmidt.zip", "WhatsApp Chat - Hiking Club.zip"}) {
    const auto tree = importers::SourceTree::open(test::samples_dir() / "whatsapp" / name);
    const auto d = tg->detect(tree);
    CHECK(d.confidence == 0);
    CHECK_FALSE(d.reason.empty());
  }
  test::TempDir tmp;
  test::write_file(tmp / "other.json", R"({"foo": 1})");
  CHECK(tg->detect(importers::SourceTree::open(tmp / "other.json")).confidence == 0);
}

TEST_CASE("telegram: bad input") {
  const auto tg = importers::make_telegram_importer();
  test::TempDir tmp;
  const std::string whole = test::read_file(sample_dir() / "result.json");
  std::filesystem::create_directories(tmp / "cut");
  test::write_file(tmp / "cut" / "result.json", whole.substr(0, whole.size() / 2));
  std::string message;
  CHECK(test::category_of(
            [&] {
              Recorder sink;
              tg->import(importers::SourceTree::open(tmp / "cut"), {}, sink);
            },
            &message) == ErrorCategory::input);
  CHECK(message.find("result.json") != std::string::npos);
  CHECK(message.find("not valid JSON at byte") != std::string::npos);

  std::filesystem::create_directories(tmp / "foo");
  test::write_file(tmp / "foo" / "result.json", R"({"foo":1})");
  CHECK(test::category_of(
            [&] {
              Recorder sink;
              tg->import(importers::SourceTree::open(tmp / "foo"), {}, sink);
            },
            &message) == ErrorCategory::input);
  CHECK(message.find("missing 'messages'") != std::string::npos);

  // A value nested 100000 deep in a message: refused, not a stack overflow when its extra is written;
  // 400 deep is still read.
  for (const std::size_t depth : {400u, 100000u}) {
    CAPTURE(depth);
    std::filesystem::create_directories(tmp / "deep");
    test::write_file(tmp / "deep" / "result.json",
                     R"({"name": "X", "type": "personal_chat", "id": 1, "messages": [{"id": 1, "type": "message", )"
                     R"("date": "2020-01-01T10:00:00", "date_unixtime": "1577872800", "from": "A", "from_id": "user1", )"
                     R"("text": "hi", "weird": )" +
                         std::string(depth, '[') + std::string(depth, ']') + "}]}");
    if (depth < 500) {
      Recorder sink;
      tg->import(importers::SourceTree::open(tmp / "deep"), {}, sink);
      REQUIRE(sink.messages.size() == 1);
      CHECK(sink.messages[0].text == "hi");
    } else {
      CHECK(test::category_of(
                [&] {
                  Recorder sink;
                  tg->import(importers::SourceTree::open(tmp / "deep"), {}, sink);
                },
                &message) == ErrorCategory::input);
      CHECK(message.find("nested deeper than 512 levels") != std::string::npos);
    }
  }
}

TEST_CASE("telegram: unsupported messages are counted skips; fields after messages; dates without unixtime") {
  test::TempDir tmp;
  test::write_file(tmp / "result.json", R"({"messages": [
    {"id": 1, "type": "unsupported"},
    {"id": 2, "type": "message", "date": "2024-03-31T02:30:00", "from": null, "text": "late"},
    {"id": 3, "type": "message", "date": "2024-03-31T12:00:00", "from": "Bob", "from_id": "user2", "text": "hi"},
    {"id": 4, "type": "service", "date": "2024-03-31T12:01:00", "actor": "Bob", "action": "brand_new_thing"}
  ], "name": "Late Fields", "type": "personal_chat", "id": 77})");
  importers::ImportOptions o;
  o.zone = "Europe/Berlin";
  const auto r = import_path(tmp.path(), o);
  REQUIRE(r.sink.skips.size() == 1);
  CHECK(r.sink.skips[0].text().find("$.messages[0]") != std::string::npos);
  CHECK(r.sink.skips[0].text().find("message type unsupported not supported") != std::string::npos);
  REQUIRE(r.sink.chats.size() == 1);
  CHECK(r.sink.chats[0].title == "Late Fields");
  CHECK(r.sink.chats[0].key == "telegram:77");
  CHECK(r.sink.chats[0].zone == "Europe/Berlin");
  CHECK(r.report.zone == "Europe/Berlin");
  CHECK(r.report.dst_gaps == 1);
  REQUIRE(r.sink.messages.size() == 3);
  CHECK(r.sink.messages[0].sender == "Deleted Account");
  CHECK(r.sink.messages[0].origin.path == "$.messages[1]");
  CHECK(iso(r.sink.messages[1].time_ms) == "2024-03-31T10:00:00Z");
  CHECK(r.sink.messages[1].offset_min == 120);
  CHECK(r.sink.messages[1].native_time == "2024-03-31T12:00:00");
  CHECK(r.sink.messages[2].text == "Bob: brand_new_thing");
  bool noted = false;
  for (const auto& n : r.report.notes) {
    noted = noted || n == "3 messages had no date_unixtime; read their dates in Europe/Berlin";
  }
  CHECK(noted);
}

TEST_CASE("telegram fixtures: top-level real exports as single files") {
  const auto dir = telegram_fixtures();
  if (!dir) {
    MESSAGE("shared Telegram fixtures absent; skipped");
    return;
  }
  {
    const auto r = import_path(*dir / "jimmy_personal_chat_result.json");
    REQUIRE(r.sink.chats.size() == 1);
    CHECK(r.sink.chats[0].key == "telegram:1642033225");
    CHECK(r.sink.chats[0].title == "Maria");
    CHECK_FALSE(r.sink.chats[0].is_group);
    CHECK(r.sink.messages.size() == 59);
    CHECK(r.sink.skips.empty());
    CHECK(iso(r.sink.messages.front().time_ms) == "2026-08-07T11:33:59Z");
    CHECK(iso(r.sink.messages.back().time_ms) == "2026-08-07T12:15:40Z");
    bool any_missing = false;
    bool any_reaction = false;
    for (const auto& m : r.sink.messages) {
      for (const auto& a : m.attachments) any_missing = any_missing || a.missing;
      any_reaction = any_reaction || !m.reactions.empty();
    }
    CHECK(any_missing);  // media are never shipped with the fixtures
    CHECK(any_reaction);
  }
  {
    const auto r = import_path(*dir / "jimmy_public_supergroup_result.json");
    REQUIRE(r.sink.chats.size() == 1);
    CHECK(r.sink.chats[0].is_group);
    CHECK(r.sink.messages.size() == 8);
    CHECK(r.sink.chats[0].participants.size() == 3);
    CHECK(iso(r.sink.messages.front().time_ms) == "2026-08-04T14:30:31Z");
    CHECK(iso(r.sink.messages.back().time_ms) == "2026-08-07T10:51:12Z");
  }
  {
    importers::ImportOptions o;
    o.zone = "UTC";
    const auto r = import_path(*dir / "chat_analytics_DM_2A_7M_result.json", o);
    REQUIRE(r.sink.chats.size() == 1);
    CHECK(r.sink.messages.size() == 7);
    CHECK(r.report.zone == "UTC");
    CHECK(iso(r.sink.messages.front().time_ms) == "2019-07-05T16:55:32Z");
    CHECK(iso(r.sink.messages.back().time_ms) == "2022-06-10T22:06:39Z");
    CHECK(r.sink.messages.front().text == "Bob joined Telegram");
  }
}

TEST_CASE("telegram fixtures: collected-2 facts from EXPECTED.md") {
  const auto dir = telegram_fixtures();
  if (!dir) {
    MESSAGE("shared Telegram fixtures absent; skipped");
    return;
  }
  const auto c2 = *dir / "collected-2";
  importers::ImportOptions utc;
  utc.zone = "UTC";
  {
    const auto r = import_path(c2 / "tg-parser/personal_chat/ChatExport_2024-01-16", utc);
    REQUIRE(r.sink.chats.size() == 1);
    CHECK(r.sink.chats[0].title == "Test User");
    const auto& ms = r.sink.messages;
    REQUIRE(ms.size() == 5);
    CHECK(iso(ms[0].time_ms) == "2024-01-15T10:50:00Z");  // date_unixtime, not the 10:30 `date`
    CHECK(ms[0].text == "Hello!");
    CHECK(ms[2].text.find("Check this important message") != std::string::npos);
    CHECK(ms[3].reply_to.has_value());
    CHECK(iso(ms[4].time_ms) == "2024-01-16T10:00:00Z");
    CHECK(ms[4].kind == MessageKind::call);
    CHECK(ms[4].sender == "Alice");
    REQUIRE(r.sink.chats[0].participants.size() == 2);
    CHECK(r.sink.chats[0].participants[0].platform_id == "user111");
    CHECK(r.sink.chats[0].participants[1].platform_id == "user222");
  }
  {
    const auto r = import_path(c2 / "tg-parser/supergroup_with_topics/ChatExport_2024-01-11", utc);
    REQUIRE(r.sink.chats.size() == 1);
    CHECK(r.sink.chats[0].is_group);
    const auto& ms = r.sink.messages;
    REQUIRE(ms.size() == 7);
    CHECK(iso(ms.front().time_ms) == "2024-01-10T12:00:00Z");
    CHECK(iso(ms.back().time_ms) == "2024-01-11T09:00:00Z");
    CHECK(ms.back().text == "Message without topic reference");
    CHECK(ms[0].text.starts_with("Admin created group"));
    std::size_t thumbs = 0;
    for (const auto& m : ms) {
      for (const auto& re : m.reactions) thumbs += re.emoji == "👍" ? 1 : 0;
    }
    CHECK(thumbs == 3);
    std::vector<std::string> names;
    for (const auto& p : r.sink.chats[0].participants) names.push_back(p.name);
    CHECK(names == std::vector<std::string>{"Admin", "User1", "User2", "User3"});
  }
  {
    const auto r = import_path(c2 / "langchain/personal_chat/ChatExport_2023-08-23", utc);
    REQUIRE(r.sink.messages.size() == 4);
    CHECK(r.sink.chats[0].key == "telegram:5965280513");
    CHECK(r.sink.messages[0].text == "i refuse to converse with you");
    CHECK(r.sink.messages[0].sender == "Jimmeny Marvelton");
    CHECK(iso(r.sink.messages.front().time_ms) == "2023-08-23T20:11:23Z");
    CHECK(iso(r.sink.messages.back().time_ms) == "2023-08-23T20:15:53Z");
  }
  {
    const auto r = import_path(c2 / "lokb/personal_chat_3_senders/ChatExport_2024-03-16", utc);
    REQUIRE(r.sink.messages.size() == 9);
    CHECK(r.report.zone == "UTC");
    CHECK_FALSE(r.sink.chats[0].is_group);  // a known "personal" type, whatever its senders
    CHECK(r.sink.chats[0].participants.size() == 3);
    CHECK(iso(r.sink.messages.front().time_ms) == "2024-03-15T14:20:00Z");
    CHECK(r.sink.messages.front().text ==
          "Has anyone been to that new Italian restaurant near the Eiffel Tower?");
    CHECK(iso(r.sink.messages.back().time_ms) == "2024-03-16T10:10:00Z");
  }
  {
    const auto r = import_path(c2 / "chatpack/simple_chat/ChatExport_2024-01-15", utc);
    REQUIRE(r.sink.messages.size() == 4);
    CHECK(r.sink.messages[0].sender == "Alice");
    CHECK(r.sink.messages[0].text == "Hello!");
    CHECK(r.sink.messages[1].sender == "Bob");
    CHECK(iso(r.sink.messages.front().time_ms) == "2024-01-15T10:30:00Z");
    CHECK(iso(r.sink.messages.back().time_ms) == "2024-01-15T10:32:00Z");
    CHECK(r.sink.messages.back().text == "I'm doing great!");
  }
  {
    const auto r = import_path(c2 / "chatpack/complex_chat/ChatExport_2024-02-20", utc);
    const auto& ms = r.sink.messages;
    REQUIRE(ms.size() == 5);
    CHECK(ms[0].text == "Check out this link: https://example.com - it's great!");
    CHECK(ms[1].text == "Important: this is formatted text");
    CHECK(ms[1].reply_to == "1");
    CHECK(ms[2].edited);
    CHECK(ms[3].kind == MessageKind::system);
    CHECK(ms[3].text.ends_with("pinned a message"));
    CHECK(ms[4].text.empty());
    CHECK(iso(ms.front().time_ms) == "2024-02-20T15:00:00Z");
    CHECK(iso(ms.back().time_ms) == "2024-02-20T15:04:00Z");
  }
  {
    const auto r = import_path(c2 / "telegram-export-parser-fa/DataExport_2024-01-16", utc);
    REQUIRE(r.sink.chats.size() == 2);
    CHECK(r.sink.chat_sizes == std::vector<std::size_t>{5, 2});
    CHECK(r.sink.chats[0].title == "Test Chat");
    CHECK(r.sink.chats[1].title == "دوستان");
    CHECK(r.sink.chats[1].is_group);
    const auto& ms = r.sink.messages;
    REQUIRE(ms.size() == 7);
    CHECK(ms[1].text == "سلام! چطور می\u200Cتونم کمکت کنم؟");
    CHECK(ms[1].reply_to.has_value());
    CHECK(ms[0].origin.path == "$.chats.list[0].messages[0]");
    CHECK(ms[5].origin.path == "$.chats.list[1].messages[0]");
    CHECK(iso(ms[0].time_ms) == "2024-01-15T10:30:00Z");
    CHECK(iso(ms[4].time_ms) == "2024-01-16T14:16:00Z");
    CHECK(iso(ms[5].time_ms) == "2024-01-14T08:00:00Z");
    CHECK(ms[5].sender == "رضا");
    CHECK(iso(ms[6].time_ms) == "2024-01-14T08:05:00Z");
  }
}
