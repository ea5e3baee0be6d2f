// Message kinds with structure: contact cards (vCard parsing), documents with page counts,
// polls in other languages, calls with durations, view-once media, the edited marker, and the
// 12-hour markers of other languages.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include <string>

#include "importers/whatsapp/body_classifier.hpp"
#include "importers/whatsapp/header_parser.hpp"
#include "importers/whatsapp/text_match.hpp"
#include "importers/whatsapp/vcard.hpp"
#include "tests/importers/whatsapp_test_util.hpp"
#include "util/time.hpp"

using namespace chatvault;
using model::AttachmentKind;
using model::MessageKind;
using test::wa_util::import;
using test::wa_util::messages_of;
namespace wa = chatvault::importers::whatsapp;

TEST_CASE("whatsapp vcard: folded lines, quoted-printable and several TEL") {
  const auto c = wa::parse_vcard(
      "BEGIN:VCARD\r\nVERSION:2.1\r\nN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:M=C3=BCller;J=C3=B6rg;;;\r\n"
      "FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:J=C3=B6rg M=C3=BC=\r\nller\r\n"
      "TEL;CELL:+49 170 1234567\r\nTEL;HOME:+49 30 7654321\r\nitem1.TEL;waid=4917012:+49 170 12\r\nEND:VCARD\r\n");
  CHECK(c.name == "J\u00F6rg M\u00FCller");
  REQUIRE(c.phones.size() == 3);
  CHECK(c.phones[0] == "+49 170 1234567");
  CHECK(c.phones[1] == "+49 30 7654321");
  CHECK(c.phones[2] == "+49 170 12");

  const auto v3 = wa::parse_vcard("BEGIN:VCARD\nVERSION:3.0\nN:Starkov;Dmitry;;;\nFN:Dmitry\n  Starkov\\, PhD\n"
                                  "TEL;type=CELL;type=VOICE;waid=79999999999:+7 999 999-99-99\nEND:VCARD\n");
  CHECK(v3.name == "Dmitry Starkov, PhD");
  REQUIRE(v3.phones.size() == 1);
  CHECK(v3.phones[0] == "+7 999 999-99-99");

  const auto v4 = wa::parse_vcard("BEGIN:VCARD\r\nVERSION:4.0\r\nN:Doe;Jane;;;\r\nTEL;VALUE=uri;TYPE=cell:tel:+1-555-0100\r\nEND:VCARD\r\n");
  CHECK(v4.name == "Jane Doe");  // no FN: from N
  REQUIRE(v4.phones.size() == 1);
  CHECK(v4.phones[0] == "+1-555-0100");

  CHECK(wa::parse_vcard("garbage\n\n:::\n").name.empty());
}

TEST_CASE("whatsapp kinds: a contact card in the export is read") {
  const std::string card = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Dmitry S\r\nTEL;type=CELL:+7 999 999-99-99\r\n"
                           "TEL;type=HOME:+7 495 000-00-00\r\nEND:VCARD\r\n";
  auto r = import("23/03/2022, 13:40 - Elon: Dmitry S.vcf (file attached)\n", {}, {{"Dmitry S.vcf", card}});
  REQUIRE(r.sink.messages.size() == 1);
  auto m = r.sink.messages[0];
  CHECK(m.kind == MessageKind::contact);
  CHECK(m.text == "Dmitry S.vcf (file attached)");
  REQUIRE(m.attachments.size() == 1);
  CHECK(m.attachments[0].kind == AttachmentKind::contact);
  CHECK_FALSE(m.attachments[0].missing);
  auto extra = nlohmann::json::parse(m.extra_json);
  CHECK(extra["contact"]["name"] == "Dmitry S");
  CHECK(extra["contact"]["phones"] == nlohmann::json::array({"+7 999 999-99-99", "+7 495 000-00-00"}));

  // Not in the export: still a contact, named after the file.
  m = messages_of("23/03/2022, 13:40 - Elon: Dmitry S.vcf (soubor byl přiložen)\n").at(0);
  CHECK(m.kind == MessageKind::contact);
  CHECK(m.attachments.at(0).missing);
  CHECK(nlohmann::json::parse(m.extra_json)["contact"]["name"] == "Dmitry S");

  // iOS without media.
  m = messages_of("\u200E[3/27/22, 21:49:16] Dmitry S: \u200EContact card omitted\r\n").at(0);
  CHECK(m.kind == MessageKind::contact);
  CHECK(m.attachments.at(0).missing);
  CHECK(m.attachments.at(0).kind == AttachmentKind::contact);
}

TEST_CASE("whatsapp kinds: documents with a page count") {
  auto ms = messages_of(
      "\u200E[3/27/22, 21:49:00] Dmitry S: Resume.pdf \u2022 \u200E2 pages \u200E<attached: 00000031-Resume.pdf>\r\n"
      "\u200E[3/27/22, 21:49:01] Dmitry S: Resume.pdf \u2022 \u200E12 pages \u200Edocument omitted\r\n"
      "\u200E[3/27/22, 21:49:02] Dmitry S: Bericht.pdf \u2022 \u200E3 Seiten \u200EDokument weggelassen\r\n"
      "\u200E[3/27/22, 21:49:03] Dmitry S: notes.txt \u200E<attached: 00000032-notes.txt>\r\n");
  REQUIRE(ms.size() == 4);
  CHECK(ms[0].attachments.at(0).kind == AttachmentKind::document);
  CHECK(ms[0].attachments.at(0).file_name == "00000031-Resume.pdf");
  CHECK(nlohmann::json::parse(ms[0].extra_json)["pages"] == 2);
  CHECK(ms[1].attachments.at(0).file_name == "Resume.pdf");
  CHECK(ms[1].attachments.at(0).missing);
  CHECK(nlohmann::json::parse(ms[1].extra_json)["pages"] == 12);
  CHECK(ms[2].attachments.at(0).kind == AttachmentKind::document);
  CHECK(nlohmann::json::parse(ms[2].extra_json)["pages"] == 3);
  CHECK_FALSE(nlohmann::json::parse(ms[3].extra_json).contains("pages"));
}

TEST_CASE("whatsapp kinds: polls in other languages") {
  auto m = messages_of("[01/07/2025, 12:00:19] Anna: \u200EUMFRAGE:\r\nWohin?\r\n\u200EOPTION: Berg (3 Stimmen)\r\n"
                       "\u200EOPTION: See (1 Stimme)\r\n").at(0);
  CHECK(m.kind == MessageKind::poll);
  REQUIRE(m.poll.has_value());
  CHECK(m.poll->question == "Wohin?");
  REQUIRE(m.poll->options.size() == 2);
  CHECK(m.poll->options[0].text == "Berg");
  CHECK(m.poll->options[0].votes == 3);
  CHECK(m.poll->options[1].votes == 1);
  m = messages_of("[01/07/2025, 12:00:19] Anna: \u200EОПРОС:\r\nКуда?\r\n\u200EВАРИАНТ: Горы (2 голоса)\r\n"
                  "\u200EВАРИАНТ: Море (0 голосов)\r\n").at(0);
  CHECK(m.kind == MessageKind::poll);
  REQUIRE(m.poll->options.size() == 2);
  CHECK(m.poll->options[0].text == "Горы");
  CHECK(m.poll->options[0].votes == 2);
  m = messages_of("[01/07/2025, 12:00:19] Anna: SONDAGE :\r\nOù ?\r\n").at(0);
  CHECK(m.kind == MessageKind::text);  // no options: text
}

TEST_CASE("whatsapp kinds: calls with durations") {
  struct C {
    const char* body;
    bool video;
    bool missed;
    std::optional<std::int64_t> duration;
  };
  for (const C& c : {C{"Voice call. 5 min", false, false, 300}, C{"Video call, 5 min", true, false, 300},
                     C{"\u200EVideo call, \u200E1 hr 2 min", true, false, 3720}, C{"Voice call, 45 sec", false, false, 45},
                     C{"Sprachanruf. 5 Min.", false, false, 300}, C{"Sprachanruf. Keine Antwort", false, true, std::nullopt},
                     C{"Voice call. No answer", false, true, std::nullopt}, C{"\u200EVoice call", false, false, std::nullopt}}) {
    CAPTURE(c.body);
    const auto m = messages_of(std::string("\u200E[3/27/22, 21:41:55] Anna: \u200E") + c.body + "\r\n").at(0);
    CHECK(m.kind == MessageKind::call);
    REQUIRE(m.call.has_value());
    CHECK(m.call->video == c.video);
    CHECK(m.call->missed == c.missed);
    CHECK(m.call->duration_s == c.duration);
  }
  // Look-alikes stay text.
  for (const char* body : {"Voice call. later?", "Voice calls are cheaper", "Video call, maybe"}) {
    CAPTURE(body);
    CHECK(messages_of(std::string("18/03/2022, 15:10 - Anna: ") + body + "\n").at(0).kind == MessageKind::text);
  }
}

TEST_CASE("whatsapp kinds: view-once and the edited marker in other forms") {
  auto m = messages_of("\u200E[3/27/22, 21:41:55] Anna: \u200Eview once photo omitted\r\n").at(0);
  CHECK(m.kind == MessageKind::media);
  CHECK(nlohmann::json::parse(m.extra_json)["view_once"] == true);
  m = messages_of("18/03/2022, 15:10 - Anna: Hallo zusammen <Diese Nachricht wurde bearbeitet>\n").at(0);
  CHECK(m.edited);
  CHECK(m.text == "Hallo zusammen");
  // An unknown translation: recognised by shape, the marker kept in extra.
  m = messages_of("[3/27/22, 21:41:55] Anna: Bonjour \u200E<Ce message a été édité>\r\n").at(0);
  CHECK(m.edited);
  CHECK(m.text == "Bonjour");
  CHECK(nlohmann::json::parse(m.extra_json)["edited_marker"] == "<Ce message a été édité>");
  // Not markers: a caption ending in an attachment name, a single word, a tag.
  for (const char* body : {"see <b>", "I <3 you", "Meet at <the usual place:5>"}) {
    CAPTURE(body);
    m = messages_of(std::string("18/03/2022, 15:10 - Anna: ") + body + "\n").at(0);
    CHECK_FALSE(m.edited);
    CHECK(m.text == body);
  }
}

TEST_CASE("whatsapp grammar: 12-hour markers of other languages, before or after the time") {
  struct G {
    const char* line;
    int hour;
  };
  for (const G& g : {G{"29.01.18, 9:30 vorm. - Alice: x", 9}, G{"29.01.18, 9:30 nachm. - Alice: x", 21},
                     G{"29.01.18, 12:05 vorm. - Alice: x", 0}, G{"29.01.18, 7:30 morgens - Alice: x", 7},
                     G{"29.01.18, 12:30 mittags - Alice: x", 12}, G{"29.01.18, 1:30 mittags - Alice: x", 13},
                     G{"29.01.18, 8:30 abends - Alice: x", 20}, G{"29.01.18, 11:30 nachts - Alice: x", 23},
                     G{"29.01.18, 2:30 nachts - Alice: x", 2}, G{"[2022/03/18 下午2:56:01] Alice: x", 14},
                     G{"[2022/03/18 上午11:56:01] Alice: x", 11}, G{"[2022/03/18 2:56:01 下午] Alice: x", 14},
                     G{"[2022/03/18 午後2:56:01] Alice: x", 14}, G{"[2022/03/18 午前12:10:00] Alice: x", 0},
                     G{"2022. 3. 18. 오후 2:56 - Alice: x", 14}, G{"2022. 3. 18. 오전 9:05 - Alice: x", 9},
                     G{"[2022/03/18 2:56:01 오후] Alice: x", 14},
                     G{"\u200F[27\u200F/3\u200F/2022، 9:53:56 \u0645] Alice: x", 21},
                     G{"\u200F[27\u200F/3\u200F/2022، 9:53:56\u00A0\u0635] Alice: x", 9},
                     G{"[27/3/2022، \u0645 9:53:56] Alice: x", 21}}) {
    CAPTURE(g.line);
    const auto st = wa::parse_header(g.line);
    REQUIRE(st.has_value());
    const auto t = wa::resolve(*st, wa::FieldOrder::dmy);
    REQUIRE(t.has_value());
    CHECK(t->hour == g.hour);
  }
}

TEST_CASE("whatsapp grammar: a 12-hour file with an unmarked line reads it as 24-hour and says so") {
  const auto r = import("13/4/23, 7:02 PM - Anna: a\n13/4/23, 7:05 PM - Ben: b\n13/4/23, 7:06 - Anna: c\n");
  REQUIRE(r.sink.messages.size() == 3);
  CHECK(timeutil::format_iso_utc(r.sink.messages[2].time_ms) == "2023-04-13T07:06:00Z");
  bool noted = false;
  for (const auto& n : r.report.notes) noted = noted || n.find("no AM/PM marker") != std::string::npos;
  CHECK(noted);
}

TEST_CASE("whatsapp text matching: folding text with invalid UTF-8 (Latin-1) bytes") {
  // Each invalid byte becomes U+FFFD (three bytes): the folded text is longer than its source.
  const std::string latin1 = "\xE9t\xE9  ABC\xE9\xE9\xE9 x\xE9";
  const std::string fffd = "\xEF\xBF\xBD";
  const std::string want = fffd + "t" + fffd + " abc" + fffd + fffd + fffd + " x" + fffd;
  const wa::Folded f = wa::fold(latin1);
  CHECK(f.text == want);
  REQUIRE(f.src.size() == want.size() + 1);
  CHECK(f.src[0] == 0);
  CHECK(f.src[3] == 1);                  // 't'
  CHECK(f.src[want.size() - 1] == latin1.size() - 1);
  CHECK(f.src.back() == latin1.size());
  // A reused buffer, with and without positions, long text then short.
  wa::Folded scratch;
  wa::fold_into(std::string(300, '\xE9'), scratch, false);
  CHECK(scratch.text.size() == 900);
  CHECK(scratch.src.empty());
  wa::fold_into(latin1, scratch, false);
  CHECK(scratch.text == want);
  wa::fold_into("Hello\tWORLD", scratch, true);
  CHECK(scratch.text == "hello world");
  CHECK(scratch.src.size() == 12);
  // The classifier's checks on such raw text (pass 1 sees it before any repair).
  CHECK_FALSE(wa::is_system_text("Jos\xE9: ol\xE9 ol\xE9 \xE9\xE9\xE9\xE9\xE9\xE9\xE9\xE9 ol\xE9", scratch));
  CHECK_FALSE(wa::is_notice("ol\xE9 \xE9\xE9\xE9\xE9\xE9\xE9\xE9\xE9\xE9\xE9\xE9", true, scratch));
}
