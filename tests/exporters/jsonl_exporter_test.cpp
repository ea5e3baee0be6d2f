#include "exporters/jsonl_exporter.hpp"

#include <doctest/doctest.h>

#include <sstream>

#include "exporters/exporter.hpp"
#include "tests/exporters/fake_chat_reader.hpp"
#include "tests/support.hpp"

namespace chatvault::exporters {
namespace {

using test::read_file;

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) {
    lines.push_back(line);
  }
  return lines;
}

const std::string k_h1(64, '1');
const std::string k_h2(64, '2');

}  // namespace

TEST_CASE("jsonl: exact lines, media paths, chats.json") {
  test::TempDir tmp;
  auto reader = test::two_chats();
  auto exporter = make_jsonl_exporter();
  CollectingReporter reporter;
  const ExportResult result = export_chats(reader, *exporter, {tmp / "out", {}, true}, reporter);
  CHECK(result.chats == 2);
  CHECK(result.messages == 9);
  CHECK(result.media_files == 2);

  const std::string anna_text = read_file(tmp / "out" / "Anna.jsonl");
  CHECK(anna_text.back() == '\n');
  CHECK(anna_text.find('\r') == std::string::npos);
  const auto anna = lines_of(anna_text);
  REQUIRE(anna.size() == 5);
  CHECK(anna[0] ==
        R"({"id":101,"chat":"WhatsApp Chat with Anna","platform":"whatsapp","time":"2024-01-05T09:00:00Z",)"
        R"("offset_min":60,"sender":"Anna","kind":"media","text":"Look 🌅","edited":false,"deleted":false,)"
        R"("reply_to":null,"forwarded_from":null,"attachments":[{"name":"IMG-1.jpg","kind":"photo",)"
        R"("mime":"image/jpeg","size":200000,"hash":")" + k_h1 + R"(","missing":false,)"
        R"("path":"Anna_media/IMG-1.jpg"}],"reactions":[],"location":null,"poll":null,"call":null,"extra":{})" R"(,"native_id":null,"sender_id":null,"links":[]})");
  CHECK(anna[1] ==
        R"({"id":102,"chat":"WhatsApp Chat with Anna","platform":"whatsapp","time":"2024-01-05T09:01:00.250Z",)"
        R"("offset_min":null,"sender":"Me","kind":"text","text":"line one\nline \"two\" \\ end\nline three",)"
        R"("edited":false,"deleted":false,"reply_to":"101","forwarded_from":null,"attachments":[],)"
        R"("reactions":[{"actor":"Anna","emoji":"❤️"}],"location":null,"poll":null,"call":null,"extra":{})" R"(,"native_id":null,"sender_id":null,"links":[]})");
  // The same file again reuses the first copy; a missing one has no path.
  CHECK(anna[2] ==
        R"({"id":103,"chat":"WhatsApp Chat with Anna","platform":"whatsapp","time":"2024-01-05T09:02:00Z",)"
        R"("offset_min":null,"sender":"Anna","kind":"media","text":"","edited":false,"deleted":false,)"
        R"("reply_to":null,"forwarded_from":null,"attachments":[{"name":"IMG-1.jpg","kind":"photo","mime":null,)"
        R"("size":null,"hash":")" + k_h1 + R"(","missing":false,"path":"Anna_media/IMG-1.jpg"},)"
        R"({"name":"VID-2.mp4","kind":"video","mime":null,"size":null,"hash":null,"missing":true,"path":null}],)"
        R"("reactions":[],"location":null,"poll":null,"call":null,"extra":{})" R"(,"native_id":null,"sender_id":null,"links":[]})");
  // A different file under the same name gets a name of its own.
  CHECK(anna[3].find(R"("hash":")" + k_h2 + R"(","missing":false,"path":"Anna_media/IMG-1 (2).jpg"})") !=
        std::string::npos);
  CHECK(anna[4] ==
        R"({"id":105,"chat":"WhatsApp Chat with Anna","platform":"whatsapp","time":"2024-01-05T09:04:00Z",)"
        R"("offset_min":null,"sender":"Anna","kind":"location","text":"","edited":false,"deleted":false,)"
        R"("reply_to":null,"forwarded_from":null,"attachments":[],"reactions":[],)"
        R"("location":{"lat":51.5,"lon":-0.12,"label":"Big Ben","live":false},"poll":null,"call":null,"extra":{})" R"(,"native_id":null,"sender_id":null,"links":[]})");

  const auto family = lines_of(read_file(tmp / "out" / "Mum_Dad_ _Plans__.jsonl"));
  REQUIRE(family.size() == 4);
  CHECK(family[0] ==
        R"({"id":201,"chat":"Mum/Dad: \"Plans\"?","platform":"whatsapp","time":"2024-03-30T22:15:00Z",)"
        R"("offset_min":null,"sender":null,"kind":"system","text":"Mum created group \"Plans\"","edited":false,)"
        R"("deleted":false,"reply_to":null,"forwarded_from":null,"attachments":[],"reactions":[],)"
        R"("location":null,"poll":null,"call":null,"extra":{})" R"(,"native_id":null,"sender_id":null,"links":[]})");
  CHECK(family[1].find(R"("offset_min":60,"sender":"Mum","kind":"text","text":"Dinner at 8?","edited":true,)") !=
        std::string::npos);
  CHECK(family[2].find(R"("kind":"deleted","text":"oops","edited":false,"deleted":true,)") != std::string::npos);
  // Extra keeps the source's key order.
  CHECK(family[3] ==
        R"({"id":204,"chat":"Mum/Dad: \"Plans\"?","platform":"whatsapp","time":"2024-07-01T12:00:00Z",)"
        R"("offset_min":null,"sender":"Dad","kind":"poll","text":"","edited":false,"deleted":false,)"
        R"("reply_to":null,"forwarded_from":null,"attachments":[],"reactions":[],"location":null,)"
        R"("poll":{"question":"Where?","options":[{"text":"Home","votes":2},{"text":"Out","votes":1}]},)"
        R"("call":null,"extra":{"b":1,"a":[true]},"native_id":null,"sender_id":null,"links":[]})");

  CHECK(read_file(tmp / "out" / "chats.json") == R"({
  "format": "chatvault-jsonl",
  "version": 2,
  "chats": [
    {
      "file": "Anna.jsonl",
      "key": "WhatsApp Chat with Anna",
      "title": "Anna",
      "platform": "whatsapp",
      "is_group": false,
      "zone": null,
      "participants": [
        {
          "name": "Anna",
          "is_self": false,
          "platform_id": null
        },
        {
          "name": "Me",
          "is_self": true,
          "platform_id": null
        }
      ],
      "messages": 5
    },
    {
      "file": "Mum_Dad_ _Plans__.jsonl",
      "key": "Mum/Dad: \"Plans\"?",
      "title": "Mum/Dad: \"Plans\"?",
      "platform": "whatsapp",
      "is_group": true,
      "zone": "Europe/Berlin",
      "participants": [
        {
          "name": "Mum",
          "is_self": false,
          "platform_id": null
        },
        {
          "name": "Dad",
          "is_self": false,
          "platform_id": null
        },
        {
          "name": "Me",
          "is_self": true,
          "platform_id": null
        }
      ],
      "messages": 4
    }
  ]
}
)");

  // Media: byte-identical, where "path" says, each blob read once.
  CHECK(read_file(tmp / "out" / "Anna_media" / "IMG-1.jpg") == test::blob1());
  CHECK(read_file(tmp / "out" / "Anna_media" / "IMG-1 (2).jpg") == "second image");
  CHECK(reader.blob_opens == 2);
  CHECK_FALSE(std::filesystem::exists(tmp / "out" / "Mum_Dad_ _Plans___media"));
}

TEST_CASE("jsonl: calls, forwarded messages, and extra that is not an object") {
  model::Chat chat;
  chat.key = "k";
  chat.platform = model::Platform::telegram;
  model::Message m;
  m.id = 7;
  m.time_ms = -1500;  // before the epoch
  m.sender = "Ann";
  m.kind = model::MessageKind::call;
  m.call = model::Call{std::nullopt, true, true};
  m.forwarded_from = "Bob";
  m.text = std::string("tab\tnul\0end", 11);
  m.extra_json = "not json";
  m.native_id = "9";
  m.sender_id = "user4";
  m.links = {{"https://t.me/x", ""}, {"https://e.org", "see this"}};
  CHECK(jsonl_line(chat, m, {}) ==
        R"({"id":7,"chat":"k","platform":"telegram","time":"1969-12-31T23:59:58.500Z","offset_min":null,)"
        R"("sender":"Ann","kind":"call","text":"tab\tnul\u0000end","edited":false,"deleted":false,)"
        R"("reply_to":null,"forwarded_from":"Bob","attachments":[],"reactions":[],"location":null,"poll":null,)"
        R"("call":{"duration_s":null,"missed":true,"video":true},"extra":{"_unparsed":"not json"},"native_id":"9","sender_id":"user4",)"
        R"("links":[{"url":"https://t.me/x","title":null},{"url":"https://e.org","title":"see this"}]})"
        "\n");
}

TEST_CASE("jsonl: without media copying, paths are null and no media folder is made") {
  test::TempDir tmp;
  auto reader = test::two_chats();
  auto exporter = make_jsonl_exporter();
  CollectingReporter reporter;
  const ExportResult result = export_chats(reader, *exporter, {tmp / "out", {"Anna"}, false}, reporter);
  CHECK(result.media_files == 0);
  CHECK(reader.blob_opens == 0);
  const std::string text = read_file(tmp / "out" / "Anna.jsonl");
  CHECK(text.find(R"("path":"Anna_media)") == std::string::npos);
  CHECK(text.find(R"("missing":false,"path":null)") != std::string::npos);
  CHECK_FALSE(std::filesystem::exists(tmp / "out" / "Anna_media"));
}

}  // namespace chatvault::exporters
