// The WhatsApp importer through SourceTree: our samples (zips with media), folders, detection.
#include <doctest/doctest.h>

#include <set>
#include <string>
#include <vector>

#include "importers/source_tree.hpp"
#include "importers/whatsapp/whatsapp_importer.hpp"
#include "tests/recording_sink.hpp"
#include "tests/support.hpp"
#include "util/error.hpp"
#include "util/time.hpp"

using namespace chatvault;
using model::AttachmentKind;
using model::MessageKind;

namespace {

using Recorder = test::RecordingSink;

importers::ImportOptions utc() {
  importers::ImportOptions o;
  o.zone = "UTC";
  return o;
}

std::string read_all(model::ByteReader& r) {
  std::string out;
  char buf[4096];
  for (std::size_t n; (n = r.read(buf, sizeof buf)) > 0;) {
    out.append(buf, n);
  }
  return out;
}

std::filesystem::path sample(const std::string& name) { return test::samples_dir() / "whatsapp" / name; }

}  // namespace

TEST_CASE("whatsapp samples: Android zip with media") {
  const auto tree = importers::SourceTree::open(sample("WhatsApp Chat with Anna Schmidt.zip"));
  const auto importer = importers::make_whatsapp_importer();
  CHECK(importer->name() == "whatsapp");
  const auto det = importer->detect(tree);
  CHECK(det.confidence >= 90);

  Recorder sink;
  auto o = utc();
  o.self_name = "Ben Carter";
  const auto report = importer->import(tree, o, sink);
  CHECK(report.date_order == "dmy");
  CHECK(report.notes.empty());
  REQUIRE(sink.chats.size() == 1);
  const auto& chat = sink.chats[0];
  CHECK(chat.key == "Anna Schmidt");
  CHECK(chat.title == "Anna Schmidt");
  CHECK_FALSE(chat.is_group);
  REQUIRE(chat.participants.size() == 2);
  CHECK(chat.participants[0].name == "Anna Schmidt");
  CHECK_FALSE(chat.participants[0].is_self);
  CHECK(chat.participants[1].name == "Ben Carter");
  CHECK(chat.participants[1].is_self);

  const auto& ms = sink.messages;
  REQUIRE(ms.size() == 25);
  CHECK(ms[0].kind == MessageKind::system);
  CHECK(timeutil::format_iso_utc(ms[1].time_ms) == "2022-03-18T14:56:00Z");
  CHECK(ms[1].origin.file == "WhatsApp Chat with Anna Schmidt.txt");

  // The photo with its caption, streamed from the zip.
  CHECK(ms[4].kind == MessageKind::media);
  CHECK(ms[4].text == "This is the view from the top last time");
  REQUIRE(ms[4].attachments.size() == 1);
  const auto& photo = ms[4].attachments[0];
  CHECK(photo.file_name == "IMG-20220318-WA0001.jpg");
  CHECK(photo.kind == AttachmentKind::photo);
  CHECK_FALSE(photo.missing);
  REQUIRE(photo.open);
  auto reader = photo.open();
  const std::string jpeg = read_all(*reader);
  CHECK(photo.size == jpeg.size());
  REQUIRE(jpeg.size() > 4);
  CHECK(jpeg.substr(0, 2) == "\xFF\xD8");

  CHECK(ms[7].text == "Water (at least 2 litres)\nSandwiches\n\nRain jacket, the forecast is unsure");
  CHECK(ms[8].kind == MessageKind::media);
  CHECK(ms[8].attachments.at(0).missing);
  CHECK(ms[9].kind == MessageKind::deleted);
  CHECK(ms[11].attachments.at(0).kind == AttachmentKind::voice);
  CHECK_FALSE(ms[11].attachments.at(0).missing);
  CHECK(ms[13].kind == MessageKind::location);
  CHECK(ms[18].kind == MessageKind::call);
  CHECK(ms[20].edited);
  CHECK(ms[20].text == "Deal. I'll check the calendar");
}

TEST_CASE("whatsapp samples: --no-media records attachments without openers") {
  const auto tree = importers::SourceTree::open(sample("WhatsApp Chat with Anna Schmidt.zip"));
  Recorder sink;
  auto o = utc();
  o.include_media = false;
  importers::make_whatsapp_importer()->import(tree, o, sink);
  const auto& a = sink.messages.at(4).attachments.at(0);
  CHECK(a.file_name == "IMG-20220318-WA0001.jpg");
  CHECK_FALSE(a.missing);
  CHECK_FALSE(a.open);
  CHECK(a.size.has_value());
}

TEST_CASE("whatsapp samples: iOS group zip") {
  const auto tree = importers::SourceTree::open(sample("WhatsApp Chat - Hiking Club.zip"));
  const auto importer = importers::make_whatsapp_importer();
  CHECK(importer->detect(tree).confidence == 100);
  Recorder sink;
  const auto report = importer->import(tree, utc(), sink);
  CHECK(report.date_order == "mdy");
  const auto& chat = sink.chats.at(0);
  CHECK(chat.key == "Hiking Club");
  CHECK(chat.is_group);
  std::vector<std::string> names;
  for (const auto& p : chat.participants) {
    names.push_back(p.name);
  }
  CHECK(names == std::vector<std::string>{"Maria Lopez", "Tom Becker", "Priya Nair"});
  const auto& ms = sink.messages;
  REQUIRE(ms.size() == 18);
  CHECK(ms[0].kind == MessageKind::system);
  CHECK(ms[0].extra_json == R"({"attributed_to":"Hiking Club"})");
  CHECK(ms[1].kind == MessageKind::system);  // "Maria Lopez created group …"
  CHECK(ms[2].kind == MessageKind::system);  // "Hiking Club: Maria Lopez added you"
  CHECK(ms[5].text == "Count me in!\nIs there a list of routes somewhere?");
  CHECK(ms[7].kind == MessageKind::media);
  CHECK(ms[7].attachments.at(0).kind == AttachmentKind::photo);
  CHECK(ms[7].attachments.at(0).missing);
  CHECK(timeutil::format_iso_utc(ms[10].time_ms) == "2022-03-22T12:15:03Z");  // 12 PM
  CHECK(ms[14].kind == MessageKind::deleted);
  CHECK(timeutil::format_iso_utc(ms[15].time_ms) == "2022-03-27T21:41:35Z");
  CHECK(timeutil::format_iso_utc(ms[17].time_ms) == "2022-03-28T00:05:09Z");  // 12 AM
  CHECK(sink.warnings.empty());
}

TEST_CASE("whatsapp samples: a folder and a lone .txt") {
  test::TempDir dir;
  test::write_file(dir / "export" / "WhatsApp Chat with Zoe.txt", "18/03/2022, 14:56 - Zoe: hi\n"
                                                                 "18/03/2022, 14:57 - Zoe: IMG-1.JPG (file attached)\n");
  test::write_file(dir / "export" / "img-1.jpg", "not really a jpeg");
  // Larger than the chat text, but the name with "chat" wins.
  test::write_file(dir / "export" / "notes.txt", std::string(4096, 'n'));
  const auto importer = importers::make_whatsapp_importer();
  {
    const auto tree = importers::SourceTree::open(dir / "export");
    CHECK(importer->detect(tree).confidence >= 90);
    Recorder sink;
    importer->import(tree, utc(), sink);
    CHECK(sink.chats.at(0).key == "Zoe");
    REQUIRE(sink.messages.size() == 2);
    const auto& a = sink.messages[1].attachments.at(0);
    CHECK_FALSE(a.missing);  // matched case-insensitively by base name
    CHECK(a.size == 17u);
  }
  {
    const auto tree = importers::SourceTree::open(dir / "export" / "WhatsApp Chat with Zoe.txt");
    Recorder sink;
    importer->import(tree, utc(), sink);
    CHECK(sink.chats.at(0).key == "Zoe");
    CHECK(sink.messages.at(1).attachments.at(0).missing);
  }
  {
    test::write_file(dir / "WhatsApp_Chat_with_Anna_Lee.txt", "18/03/2022, 14:56 - Anna: hi\n");
    const auto tree = importers::SourceTree::open(dir / "WhatsApp_Chat_with_Anna_Lee.txt");
    Recorder sink;
    importer->import(tree, utc(), sink);
    CHECK(sink.chats.at(0).key == "Anna Lee");
  }
}

TEST_CASE("whatsapp samples: detection says no to other files, and import errors name the file") {
  test::TempDir dir;
  const auto importer = importers::make_whatsapp_importer();
  test::write_file(dir / "diary.txt", "Dear diary,\ntoday nothing happened.\n");
  test::write_file(dir / "empty.txt", "");
  test::write_file(dir / "data.json", "{\"messages\": []}");
  {
    const auto tree = importers::SourceTree::open(dir / "diary.txt");
    const auto det = importer->detect(tree);
    CHECK(det.confidence == 0);
    CHECK_FALSE(det.reason.empty());
    Recorder sink;
    try {
      importer->import(tree, utc(), sink);
      FAIL("no error");
    } catch (const Error& e) {
      CHECK(e.category() == ErrorCategory::input);
      CHECK(std::string(e.what()).find("diary.txt") != std::string::npos);
      CHECK(std::string(e.what()).find("not a WhatsApp export") != std::string::npos);
    }
    CHECK(sink.chats.empty());
  }
  {
    const auto tree = importers::SourceTree::open(dir / "empty.txt");
    CHECK(importer->detect(tree).confidence == 0);
    Recorder sink;
    try {
      importer->import(tree, utc(), sink);
      FAIL("no error");
    } catch (const Error& e) {
      CHECK(e.category() == ErrorCategory::input);
      CHECK(std::string(e.what()).find("empty.txt: empty file, not a WhatsApp export") != std::string::npos);
    }
  }
  {
    std::filesystem::create_directories(dir / "meta");
    test::write_file(dir / "meta" / "message_1.json", "{}");
    const auto tree = importers::SourceTree::open(dir / "meta");
    CHECK(importer->detect(tree).confidence == 0);
    Recorder sink;
    CHECK_THROWS_AS(importer->import(tree, utc(), sink), Error);
  }
}

TEST_CASE("whatsapp samples: legacy colon layout with Latin-1 bytes and a preface line (tests/data)") {
  const auto tree =
      importers::SourceTree::open(test::source_dir() / "tests" / "data" / "whatsapp" / "WhatsApp Chat with Legacy.txt");
  Recorder sink;
  const auto report = importers::make_whatsapp_importer()->import(tree, utc(), sink);
  CHECK(sink.chats.at(0).key == "Legacy");
  CHECK(sink.skips.size() == 1);
  REQUIRE(sink.messages.size() == 3);
  CHECK(timeutil::format_iso_utc(sink.messages[0].time_ms) == "2017-07-12T22:35:22Z");
  CHECK(sink.messages[1].sender == "Test");
  CHECK(sink.messages[1].text == "caf\uFFFD \uFFFD la carte\nzweite Zeile");
  CHECK(sink.messages[1].origin.line == 3);
  REQUIRE(sink.warnings.size() == 1);
  CHECK(sink.warnings[0] == "invalid UTF-8 replaced with U+FFFD");
  CHECK(sink.messages[2].kind == MessageKind::media);
  CHECK(report.date_order == "dmy");
}

TEST_CASE("whatsapp samples: a second download \"(1).zip\" gets the chat's own title and key") {
  test::TempDir dir;
  const auto copy = dir / "WhatsApp Chat with Anna Schmidt (1).zip";
  std::filesystem::copy_file(sample("WhatsApp Chat with Anna Schmidt.zip"), copy);
  const auto tree = importers::SourceTree::open(copy);
  Recorder sink;
  importers::make_whatsapp_importer()->import(tree, utc(), sink);
  REQUIRE(sink.chats.size() == 1);
  CHECK(sink.chats[0].title == "Anna Schmidt");
  CHECK(sink.chats[0].key == "Anna Schmidt");
}
