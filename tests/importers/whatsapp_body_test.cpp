// Body classification, written as literal export lines with the message they must become.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "importers/whatsapp/chat_import.hpp"
#include "importers/whatsapp/line_reader.hpp"
#include "tests/recording_sink.hpp"
#include "tests/support.hpp"

using namespace chatvault;
using model::AttachmentKind;
using model::MessageKind;
namespace wa = chatvault::importers::whatsapp;

namespace {

using Recorder = test::RecordingSink;

// Imports `text` (a whole small export) and returns its messages; media named in
// `present` are "in the export".
std::vector<model::Message> messages_of(const std::string& text, std::vector<std::string> present = {}) {
  wa::ChatText ct;
  ct.path = "chat.txt";
  ct.title = "T";
  ct.open = [text] { return std::make_unique<wa::StringByteReader>(text); };
  ct.find_media = [present](std::string_view name) -> std::optional<wa::MediaRef> {
    for (const auto& p : present) {
      if (p == name) {
        return wa::MediaRef{p, 42, [] { return std::make_unique<wa::StringByteReader>("bytes"); }};
      }
    }
    return std::nullopt;
  };
  importers::ImportOptions o;
  o.zone = "UTC";
  Recorder sink;
  wa::import_chat_text(ct, o, sink);
  return std::move(sink.messages);
}

model::Message one(const std::string& line) {
  auto ms = messages_of(line);
  REQUIRE(ms.size() == 1);
  return ms[0];
}

}  // namespace

TEST_CASE("whatsapp body: media placeholders of without-media exports") {
  auto m = one("18/03/2022, 15:10 - Anna: <Media omitted>\n");
  CHECK(m.kind == MessageKind::media);
  CHECK(m.sender == "Anna");
  CHECK(m.text.empty());
  REQUIRE(m.attachments.size() == 1);
  CHECK(m.attachments[0].missing);
  CHECK_FALSE(m.attachments[0].open);

  m = one("1/1/21, 12:03 - B: <media omitted>\n");
  CHECK(m.kind == MessageKind::media);

  // A with-media export that still says omitted: the document's name follows.
  m = one("23/03/2022, 13:40 - Dmitry S: <Media omitted>\nResume-Dmitry-Starkov.pdf\n");
  CHECK(m.kind == MessageKind::media);
  CHECK(m.text == "Resume-Dmitry-Starkov.pdf");

  struct Case {
    const char* line;
    AttachmentKind kind;
  };
  for (const Case& c : {
           Case{"\u200E[3/27/22, 21:41:55] Dmitry S: \u200Eimage omitted\r\n", AttachmentKind::photo},
           Case{"\u200E[3/27/22, 21:44:16] Dmitry S: \u200Evideo omitted\r\n", AttachmentKind::video},
           Case{"\u200E[3/27/22, 21:44:47] Dmitry S: \u200Eaudio omitted\r\n", AttachmentKind::audio},
           Case{"\u200E[3/27/22, 21:48:10] Dmitry S: \u200Esticker omitted\r\n", AttachmentKind::sticker},
           Case{"\u200E[3/27/22, 21:48:30] Dmitry S: \u200EGIF omitted\r\n", AttachmentKind::gif},
           Case{"\u200E[3/27/22, 21:49:00] Dmitry S: \u200Edocument omitted\r\n", AttachmentKind::document},

       }) {
    CAPTURE(c.line);
    m = one(c.line);
    CHECK(m.kind == MessageKind::media);
    REQUIRE(m.attachments.size() == 1);
    CHECK(m.attachments[0].kind == c.kind);
    CHECK(m.attachments[0].missing);
  }

  m = one("\u200E[3/27/22, 21:49:00] Dmitry S: Resume.pdf \u2022 \u200E2 pages \u200Edocument omitted\r\n");
  CHECK(m.kind == MessageKind::media);
  REQUIRE(m.attachments.size() == 1);
  CHECK(m.attachments[0].kind == AttachmentKind::document);
  CHECK(m.attachments[0].file_name == "Resume.pdf");

  // Only a placeholder on its own counts: a sentence ending the same way stays text.
  m = one("18/03/2022, 15:10 - Anna: the director said the video omitted\n");
  CHECK(m.kind == MessageKind::text);
}

TEST_CASE("whatsapp body: attachments in with-media exports") {
  auto ms = messages_of(
      "18/03/2022, 15:02 - Ben: IMG-20220318-WA0001.jpg (file attached)\nthe view\nfrom the top\n"
      "19/03/2022, 08:30 - Ben: \u200EPTT-20220319-WA0002.opus (file attached)\n"
      "19/03/2022, 08:31 - Ben: VID-20220319-WA0003.mp4 (file attached)\n"
      "19/03/2022, 08:32 - Ben: STK-20220319-WA0004.webp (file attached)\n"
      "19/03/2022, 08:33 - Ben: AUD-20190101-WA0000. (file attached)\n"
      "19/03/2022, 08:34 - Ben: GIF-20220319-WA0005.mp4 (file attached)\n"
      "19/03/2022, 08:35 - Ben: Dmitry S.vcf (file attached)\n"
      "19/03/2022, 08:36 - Ben: test_document.pdf (file attached)\ntest_document\n",
      {"IMG-20220318-WA0001.jpg", "PTT-20220319-WA0002.opus"});
  REQUIRE(ms.size() == 8);
  CHECK(ms[0].kind == MessageKind::media);
  CHECK(ms[0].text == "the view\nfrom the top");
  REQUIRE(ms[0].attachments.size() == 1);
  const auto& a = ms[0].attachments[0];
  CHECK(a.file_name == "IMG-20220318-WA0001.jpg");
  CHECK(a.kind == AttachmentKind::photo);
  CHECK(a.mime == "image/jpeg");
  CHECK_FALSE(a.missing);
  CHECK(a.size == 42u);
  REQUIRE(a.open);
  CHECK(ms[1].attachments.at(0).file_name == "PTT-20220319-WA0002.opus");
  CHECK(ms[1].attachments.at(0).kind == AttachmentKind::voice);
  CHECK_FALSE(ms[1].attachments.at(0).missing);
  CHECK(ms[2].attachments.at(0).kind == AttachmentKind::video);
  CHECK(ms[2].attachments.at(0).missing);  // not in the export
  CHECK_FALSE(ms[2].attachments.at(0).open);
  CHECK(ms[3].attachments.at(0).kind == AttachmentKind::sticker);
  CHECK(ms[4].attachments.at(0).kind == AttachmentKind::audio);
  CHECK(ms[4].attachments.at(0).file_name == "AUD-20190101-WA0000.");
  CHECK(ms[5].attachments.at(0).kind == AttachmentKind::gif);
  CHECK(ms[6].attachments.at(0).kind == AttachmentKind::contact);
  CHECK(ms[6].attachments.at(0).file_name == "Dmitry S.vcf");
  CHECK(ms[7].attachments.at(0).kind == AttachmentKind::document);
  CHECK(ms[7].text == "test_document");
}

TEST_CASE("whatsapp body: iOS <attached: NAME>") {
  auto ms = messages_of(
      "\u200E[2020-06-01, 12:00:06] Person 1: \u200E<attached: some-image.jpg>\r\n"
      "\u200E[2020-10-01, 12:00:10] Person 1: A PDF.pdf \u2022 \u200E1 page \u200E<attached: some-doc.pdf>\r\n"
      "\u200E[2020-10-01, 12:00:11] Person 1: \u200E<attached: 00000012-PHOTO-2022-03-27-21-41-55.jpg>\r\n"
      "[2015-08-04, 10:00:00] A: 2015-08-04-PHOTO-00004762.jpg <\u200Eattached>\r\n",
      {"00000012-PHOTO-2022-03-27-21-41-55.jpg"});
  REQUIRE(ms.size() == 4);
  CHECK(ms[0].kind == MessageKind::media);
  CHECK(ms[0].attachments.at(0).file_name == "some-image.jpg");
  CHECK(ms[0].attachments.at(0).missing);
  CHECK(ms[1].attachments.at(0).file_name == "some-doc.pdf");
  CHECK(ms[1].attachments.at(0).kind == AttachmentKind::document);
  CHECK(ms[2].attachments.at(0).kind == AttachmentKind::photo);
  CHECK_FALSE(ms[2].attachments.at(0).missing);
  CHECK(ms[3].attachments.at(0).file_name == "2015-08-04-PHOTO-00004762.jpg");
  CHECK(ms[3].attachments.at(0).kind == AttachmentKind::photo);
}

TEST_CASE("whatsapp body: deleted messages keep their text and sender") {
  for (const char* line : {"18/03/2022, 15:11 - Anna: This message was deleted\n",
                           "18/03/2022, 15:11 - Elon: You deleted this message\n",
                           "[2020-05-01, 12:00:17] Person 1: \u200EThis message was deleted.\r\n",
                           "[2020-08-01, 12:00:08] Person 1: \u200EYou deleted this message.\r\n"}) {
    CAPTURE(line);
    const auto m = one(line);
    CHECK(m.kind == MessageKind::deleted);
    CHECK(m.deleted);
    CHECK_FALSE(m.sender.empty());
    CHECK(m.text.find("delete") != std::string::npos);  // the text is kept as written
  }
}

TEST_CASE("whatsapp body: the edited marker") {
  auto m = one("03/06/2023, 6:12 am - author: sample message <This message was edited>\n");
  CHECK(m.edited);
  CHECK(m.kind == MessageKind::text);
  CHECK(m.text == "sample message");
  m = one("[2020-06-01, 12:00:18] Person 2: An edited message \u200E<This message was edited>\r\n");
  CHECK(m.edited);
  CHECK(m.text == "An edited message");
  m = one("[2020-06-01, 12:00:18] Person 2: not edited\r\n");
  CHECK_FALSE(m.edited);
}

TEST_CASE("whatsapp body: locations") {
  auto m = one("19/03/2022, 08:47 - Anna: location: https://maps.google.com/?q=47.4210,10.9863\n");
  CHECK(m.kind == MessageKind::location);
  REQUIRE(m.location.has_value());
  CHECK(m.location->lat == doctest::Approx(47.4210));
  CHECK(m.location->lon == doctest::Approx(10.9863));
  CHECK_FALSE(m.location->live);
  m = one("[2020-01-01, 12:00:13] Person 3: \u200ELocation: https://maps.google.com/?q=51.513767,-0.098266\r\n");
  CHECK(m.kind == MessageKind::location);
  CHECK(m.location->lat == doctest::Approx(51.513767));
  CHECK(m.location->lon == doctest::Approx(-0.098266));
  m = one("23/03/2022, 13:50 - Elon: live location shared\n");
  CHECK(m.kind == MessageKind::location);
  CHECK(m.location->live);
  m = one("23/03/2022, 13:50 - Elon: location: somewhere nice\n");
  CHECK(m.kind == MessageKind::text);
}

TEST_CASE("whatsapp body: polls") {
  auto m = one("[2020-11-01, 12:00:11] Person 1: \u200EPOLL:\r\nA question\r\n\u200EOPTION: Option A (1 vote)\r\n"
               "\u200EOPTION: Option B (2 votes)\r\n");
  CHECK(m.kind == MessageKind::poll);
  REQUIRE(m.poll.has_value());
  CHECK(m.poll->question == "A question");
  REQUIRE(m.poll->options.size() == 2);
  CHECK(m.poll->options[0].text == "Option A");
  CHECK(m.poll->options[0].votes == 1);
  CHECK(m.poll->options[1].text == "Option B");
  CHECK(m.poll->options[1].votes == 2);
  m = one("[01/07/2025, 12:00:19] Persona espa\u00F1ol: \u200EENCUESTA:\r\nUna pregunta\r\n"
          "\u200EOPCI\u00D3N: Opci\u00F3n A (0 votos)\r\n\u200EOPCI\u00D3N: Opci\u00F3n B (1 voto)\r\n");
  CHECK(m.kind == MessageKind::poll);
  CHECK(m.poll->question == "Una pregunta");
  REQUIRE(m.poll->options.size() == 2);
  CHECK(m.poll->options[1].votes == 1);
}

TEST_CASE("whatsapp body: calls") {
  auto m = one("23/03/2022, 13:45 - Dmitry S: Missed voice call\n");
  CHECK(m.kind == MessageKind::call);
  REQUIRE(m.call.has_value());
  CHECK(m.call->missed);
  CHECK_FALSE(m.call->video);
  CHECK(m.sender == "Dmitry S");
  m = one("23/03/2022, 13:46 - Dmitry S: Missed video call\n");
  CHECK(m.call->missed);
  CHECK(m.call->video);
  m = one("[2020-04-01, 12:00:16] Person 3: \u200EVideo call, \u200E5 min\r\n");
  CHECK(m.kind == MessageKind::call);
  CHECK_FALSE(m.call->missed);
  CHECK(m.call->video);
  CHECK(m.call->duration_s == 300);
}

TEST_CASE("whatsapp body: view-once media on Android") {
  const auto m = one("23/03/2022, 13:47 - Elon: null\n");
  CHECK(m.kind == MessageKind::media);
  CHECK(m.extra_json == R"({"view_once":true})");
  REQUIRE(m.attachments.size() == 1);
  CHECK(m.attachments[0].missing);
}

TEST_CASE("whatsapp body: ordinary text stays text") {
  for (const char* line : {"18/03/2022, 15:12 - Anna: Sorry, wrong picture \U0001F648\n",
                           "18/03/2022, 15:12 - Anna: NOTE: bring water\n",
                           "18/03/2022, 15:12 - Anna: <b>not html</b>\n"}) {
    CAPTURE(line);
    const auto m = one(line);
    CHECK(m.kind == MessageKind::text);
    CHECK(m.attachments.empty());
  }
}

TEST_CASE("whatsapp body: localised markers") {
  auto m = one("29.01.18, 12:30 - Alice: <Medien ausgeschlossen>\n");
  CHECK(m.kind == MessageKind::media);
  m = one("29.01.18, 12:31 - Alice: \u200EPTT-20180129-WA0025.opus (Datei angeh\u00E4ngt)\n");
  CHECK(m.kind == MessageKind::media);
  CHECK(m.attachments.at(0).file_name == "PTT-20180129-WA0025.opus");
  m = one("29.01.18, 12:32 - Alice: Diese Nachricht wurde gel\u00F6scht.\n");
  CHECK(m.kind == MessageKind::deleted);
  m = one("\u200E[3/27/22, 21:41:55] Dmitry S: \u200E\u0438\u0437\u043E\u0431\u0440\u0430\u0436\u0435\u043D\u0438\u0435 "
          "\u043E\u0442\u0441\u0443\u0442\u0441\u0442\u0432\u0443\u0435\u0442\r\n");
  CHECK(m.kind == MessageKind::media);
  CHECK(m.attachments.at(0).kind == AttachmentKind::photo);
}
