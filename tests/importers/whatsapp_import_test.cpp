// The WhatsApp importer on whole small exports: multi-line messages, line ends, system lines,
// errors, skipped lines, invalid UTF-8, long lines, and the two-pass date-order decision.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "importers/whatsapp/chat_import.hpp"
#include "importers/whatsapp/chat_source.hpp"
#include "importers/whatsapp/line_reader.hpp"
#include "tests/recording_sink.hpp"
#include "tests/support.hpp"
#include "util/error.hpp"
#include "util/time.hpp"
#include "util/utf8.hpp"

using namespace chatvault;
namespace wa = chatvault::importers::whatsapp;

namespace {

using Recorder = test::RecordingSink;

struct Run {
  Recorder sink;
  importers::ImportReport report;
};

importers::ImportOptions utc() {
  importers::ImportOptions o;
  o.zone = "UTC";
  return o;
}

Run import_text(const std::string& text, importers::ImportOptions options = utc()) {
  wa::ChatText ct;
  ct.path = "chat.txt";
  ct.title = "Test Chat";
  ct.open = [text] { return std::make_unique<wa::StringByteReader>(text); };
  Run r;
  r.report = wa::import_chat_text(ct, options, r.sink);
  return r;
}

std::string iso(const model::Message& m) { return timeutil::format_iso_utc(m.time_ms); }

}  // namespace

TEST_CASE("whatsapp import: Android text with multi-line messages and a system line") {
  const Run r = import_text(
      "18/03/2022, 14:52 - Messages and calls are end-to-end encrypted. Tap to learn more.\n"
      "18/03/2022, 14:56 - Anna: Hi\n"
      "18/03/2022, 14:58 - Ben: line one\n"
      "\n"
      "line three\n"
      "19/03/2022, 08:30 - Anna: bye\n");
  REQUIRE(r.sink.chats.size() == 1);
  CHECK(r.sink.ended == 1);
  const auto& chat = r.sink.chats[0];
  CHECK(chat.key == "Test Chat");
  CHECK(chat.title == "Test Chat");
  CHECK(chat.zone == "UTC");
  CHECK_FALSE(chat.is_group);
  REQUIRE(chat.participants.size() == 2);
  CHECK(chat.participants[0].name == "Anna");
  CHECK(chat.participants[1].name == "Ben");
  const auto& ms = r.sink.messages;
  REQUIRE(ms.size() == 4);
  CHECK(ms[0].kind == model::MessageKind::system);
  CHECK(ms[0].sender.empty());
  CHECK(ms[0].text == "Messages and calls are end-to-end encrypted. Tap to learn more.");
  CHECK(ms[1].sender == "Anna");
  CHECK(ms[1].text == "Hi");
  CHECK(iso(ms[1]) == "2022-03-18T14:56:00Z");
  CHECK(ms[1].native_time == "2022-03-18T14:56");
  CHECK(ms[1].offset_min == 0);
  CHECK(ms[1].origin.file == "chat.txt");
  CHECK(ms[1].origin.line == 2);
  CHECK(ms[2].text == "line one\n\nline three");
  CHECK(ms[2].origin.line == 3);
  CHECK(ms[3].origin.line == 6);
  CHECK(r.report.date_order == "dmy");
  CHECK(r.report.zone == "UTC");
}

TEST_CASE("whatsapp import: CRLF, lone CR, BOM and no final newline") {
  const Run r = import_text("\xEF\xBB\xBF[3/27/22, 9:41:35\u202FPM] Maria: one\r\ntwo\r\n"
                            "[3/28/22, 12:05:09\u202FAM] Tom: three\rfour");
  const auto& ms = r.sink.messages;
  REQUIRE(ms.size() == 2);
  CHECK(ms[0].sender == "Maria");
  CHECK(ms[0].text == "one\ntwo");
  CHECK(iso(ms[0]) == "2022-03-27T21:41:35Z");
  CHECK(ms[1].text == "three\nfour");
  CHECK(iso(ms[1]) == "2022-03-28T00:05:09Z");
  CHECK(r.report.date_order == "mdy");
}

TEST_CASE("whatsapp import: the zone converts wall clock to UTC and keeps the minute key") {
  auto o = utc();
  o.zone = "Europe/Berlin";
  const Run r = import_text("18/03/2022, 14:56 - Anna: winter\n18/07/2022, 14:56 - Anna: summer\n", o);
  REQUIRE(r.sink.messages.size() == 2);
  CHECK(iso(r.sink.messages[0]) == "2022-03-18T13:56:00Z");
  CHECK(r.sink.messages[0].offset_min == 60);
  CHECK(iso(r.sink.messages[1]) == "2022-07-18T12:56:00Z");
  CHECK(r.sink.messages[1].offset_min == 120);
  CHECK(r.sink.messages[1].native_time == "2022-07-18T14:56");
  CHECK(r.report.zone == "Europe/Berlin");
  CHECK(r.sink.chats[0].zone == "Europe/Berlin");
}

TEST_CASE("whatsapp import: the zone of a chat imported before is used when none is given") {
  importers::ImportOptions o;
  o.known_chat = [](model::Platform p, std::string_view key) -> std::optional<model::Chat> {
    if (p == model::Platform::whatsapp && key == "Test Chat") {
      model::Chat c;
      c.zone = "America/New_York";
      return c;
    }
    return std::nullopt;
  };
  const Run r = import_text("18/03/2022, 14:56 - Anna: hi\n", o);
  CHECK(r.report.zone == "America/New_York");
  CHECK(iso(r.sink.messages.at(0)) == "2022-03-18T18:56:00Z");
}

TEST_CASE("whatsapp import: --into and --self") {
  auto o = utc();
  o.into_chat = "Anna (merged)";
  o.self_name = "Ben";
  const Run r = import_text("18/03/2022, 14:56 - Anna: hi\n18/03/2022, 14:57 - Ben: hey\n", o);
  const auto& chat = r.sink.chats.at(0);
  CHECK(chat.key == "Anna (merged)");
  REQUIRE(chat.participants.size() == 2);
  CHECK_FALSE(chat.participants[0].is_self);
  CHECK(chat.participants[1].is_self);
}

TEST_CASE("whatsapp import: ambiguous dates are read day-first with a note; forcing the order works") {
  const std::string text = "12/9/20, 23:55 - Alice: hello\n12/9/20, 23:56 - Bob: hi\n";
  const Run r = import_text(text);
  REQUIRE(r.sink.messages.size() == 2);
  CHECK(iso(r.sink.messages[0]) == "2020-09-12T23:55:00Z");
  CHECK(r.report.date_order == "dmy");
  REQUIRE_FALSE(r.report.notes.empty());
  CHECK(r.report.notes[0].find("ambiguous") != std::string::npos);
  CHECK(r.report.notes[0].find("--date-order mdy") != std::string::npos);

  auto o = utc();
  o.date_order = importers::DateOrder::mdy;
  const Run forced = import_text(text, o);
  CHECK(iso(forced.sink.messages.at(0)) == "2020-12-09T23:55:00Z");
  CHECK(forced.report.date_order == "mdy");
  CHECK(forced.report.notes.empty());
}

TEST_CASE("whatsapp import: a day above 12 anywhere decides the whole file") {
  const Run mdy = import_text("1/2/22, 10:00 - A: early\n1/2/22, 10:01 - B: x\n3/27/22, 09:00 - A: late\n");
  CHECK(mdy.report.date_order == "mdy");
  CHECK(iso(mdy.sink.messages.at(0)) == "2022-01-02T10:00:00Z");
  const Run dmy = import_text("1/2/22, 10:00 - A: early\n27/3/22, 09:00 - A: late\n");
  CHECK(dmy.report.date_order == "dmy");
  CHECK(iso(dmy.sink.messages.at(0)) == "2022-02-01T10:00:00Z");
  CHECK(dmy.report.notes.empty());
}

TEST_CASE("whatsapp import: year-first files") {
  const Run r = import_text("2019-01-01 12:00 - A: x\n2019-01-02 12:00 - B: y\n");
  CHECK(r.report.date_order == "ymd");
  CHECK(iso(r.sink.messages.at(1)) == "2019-01-02T12:00:00Z");
  CHECK(r.report.notes.empty());
}

TEST_CASE("whatsapp import: a pasted line of another layout stays text") {
  const Run r = import_text("[3/27/22, 21:41:35] A: look at this\n18/03/2022, 14:56 - B: pasted\n"
                            "[3/27/22, 21:42:00] B: ok\n");
  REQUIRE(r.sink.messages.size() == 2);
  CHECK(r.sink.messages[0].text == "look at this\n18/03/2022, 14:56 - B: pasted");
}

TEST_CASE("whatsapp import: groups, iOS chat-attributed notices and ~ senders") {
  const Run r = import_text(
      "[3/20/22, 10:02:11\u202FAM] Club: \u200EMessages and calls are end-to-end encrypted. No one outside "
      "of this chat, not even WhatsApp, can read or listen to them.\r\n"
      "\u200E[3/20/22, 10:02:12\u202FAM] Club: \u200EMaria added you\r\n"
      "[3/20/22, 10:05:40\u202FAM] Maria: Welcome\r\n"
      "[3/20/22, 10:06:40\u202FAM] ~\u202FTom: hi\r\n");
  const auto& chat = r.sink.chats.at(0);
  CHECK(chat.is_group);
  REQUIRE(chat.participants.size() == 2);
  CHECK(chat.participants[0].name == "Maria");
  CHECK(chat.participants[1].name == "Tom");
  const auto& ms = r.sink.messages;
  REQUIRE(ms.size() == 4);
  CHECK(ms[0].kind == model::MessageKind::system);
  CHECK(ms[0].sender.empty());
  CHECK(ms[0].extra_json == R"({"attributed_to":"Club"})");
  CHECK(ms[1].kind == model::MessageKind::system);
  CHECK(ms[1].text == "Maria added you");
  CHECK(ms[3].sender == "Tom");
  CHECK(ms[3].extra_json == R"({"tilde":true})");
}

TEST_CASE("whatsapp import: Android group events make a group") {
  const Run r = import_text("12/9/20, 23:16 - Alice created group \"Cool\"\n12/9/20, 23:55 - Bob: hello\n");
  CHECK(r.sink.chats.at(0).is_group);
  REQUIRE(r.sink.messages.size() == 2);
  CHECK(r.sink.messages[0].kind == model::MessageKind::system);
  CHECK(r.sink.messages[0].text == "Alice created group \"Cool\"");
}

TEST_CASE("whatsapp import: empty body after the colon") {
  const Run r = import_text("29.01.18, 12:24 - Carol:\n29.01.18, 12:25 - Dave: x\n");
  REQUIRE(r.sink.messages.size() == 2);
  CHECK(r.sink.messages[0].sender == "Carol");
  CHECK(r.sink.messages[0].text.empty());
  CHECK(r.sink.messages[0].kind == model::MessageKind::text);
}

TEST_CASE("whatsapp import: invalid UTF-8 is replaced and warned about, the message kept") {
  const Run r = import_text("18/03/2022, 14:56 - Anna: caf\xE9 ok\n18/03/2022, 14:57 - B\xFFn: x\n");
  REQUIRE(r.sink.messages.size() == 2);
  CHECK(r.sink.messages[0].text == "caf\uFFFD ok");
  CHECK(r.sink.messages[1].sender == "B\uFFFDn");
  REQUIRE(r.sink.warnings.size() == 2);
  CHECK(r.sink.warnings[0] == "invalid UTF-8 replaced with U+FFFD");
}

TEST_CASE("whatsapp import: lines before the first header are skipped and counted") {
  const Run r = import_text("Exported by some tool\n\nsecond preface line\n18/03/2022, 14:56 - Anna: hi\n");
  REQUIRE(r.sink.messages.size() == 1);
  CHECK(r.sink.skipped_lines() == std::vector<std::uint64_t>{1, 3});
  CHECK(r.sink.skips.at(0).reason == "text before the first message header");
  CHECK(r.sink.messages[0].origin.line == 4);
}

TEST_CASE("whatsapp import: empty and non-export files are input errors") {
  for (const std::string& text : {std::string(), std::string("\n\n  \n"), std::string("\xEF\xBB\xBF")}) {
    try {
      import_text(text);
      FAIL("no error for an empty file");
    } catch (const Error& e) {
      CHECK(e.category() == ErrorCategory::input);
      CHECK(std::string(e.what()).find("empty file, not a WhatsApp export") != std::string::npos);
      CHECK(e.origin().file == "chat.txt");
    }
  }
  try {
    import_text("Dear diary,\ntoday was 18/03/2022 and nothing happened.\n");
    FAIL("no error for a non-export");
  } catch (const Error& e) {
    CHECK(e.category() == ErrorCategory::input);
    CHECK(std::string(e.what()).find("not a WhatsApp export") != std::string::npos);
  }
}

TEST_CASE("whatsapp import: a 10 MB single line imports") {
  std::string text = "18/03/2022, 14:56 - Anna: ";
  text.append(10u << 20, 'a');
  text += "\n18/03/2022, 14:57 - Ben: after\n";
  const Run r = import_text(text);
  REQUIRE(r.sink.messages.size() == 2);
  CHECK(r.sink.messages[0].text.size() == (10u << 20));
  CHECK(r.sink.messages[1].text == "after");
  // A 10 MB line with no header at all is an error, not a hang.
  CHECK_THROWS_AS(import_text(std::string(10u << 20, '[')), Error);
}

TEST_CASE("whatsapp import: a line over the limit is skipped with a reason") {
  wa::ChatText ct;
  ct.path = "chat.txt";
  ct.title = "T";
  ct.max_line = 1024;
  const std::string text = "18/03/2022, 14:56 - Anna: hi\n" + std::string(5000, 'x') + "\n18/03/2022, 14:57 - B: y\n";
  ct.open = [text] { return std::make_unique<wa::StringByteReader>(text); };
  Recorder sink;
  const auto report = wa::import_chat_text(ct, utc(), sink);
  REQUIRE(sink.messages.size() == 2);
  CHECK(sink.messages[0].text == "hi");
  CHECK(sink.skipped_lines() == std::vector<std::uint64_t>{2});
  CHECK_FALSE(report.notes.empty());
}

TEST_CASE("whatsapp import: a DST gap is counted") {
  auto o = utc();
  o.zone = "Europe/Berlin";
  const Run r = import_text("27/03/2022, 02:30 - Anna: in the gap\n");
  const Run g = import_text("27/03/2022, 02:30 - Anna: in the gap\n", o);
  CHECK(g.report.dst_gaps == 1);
  CHECK(iso(g.sink.messages.at(0)) == "2022-03-27T01:30:00Z");
  CHECK(r.report.dst_gaps == 0);
}

TEST_CASE("whatsapp import: garbage input ends in an input error or an import, never a crash") {
  std::uint32_t seed = 12345;
  auto next = [&seed] {
    seed = seed * 1664525u + 1013904223u;
    return seed >> 24;
  };
  const std::string alphabet = "0123456789/.-:, []APMapm\n\r\t~\xE2\x80\x8E\xEF\xBB\xBF\xD9\xA0\xFF";
  for (int round = 0; round < 200; ++round) {
    std::string text = round % 2 == 0 ? "18/03/2022, 14:56 - A: x\n" : "";
    const std::size_t len = next() * 4;
    for (std::size_t i = 0; i < len; ++i) {
      text += alphabet[next() % alphabet.size()];
    }
    try {
      const Run r = import_text(text);
      CHECK(r.sink.ended == 1);
      for (const auto& m : r.sink.messages) {
        CHECK(utf8::is_valid(m.text));
        CHECK(utf8::is_valid(m.sender));
      }
    } catch (const Error& e) {
      CHECK(e.category() == ErrorCategory::input);
    }
  }
}

TEST_CASE("whatsapp import: chat titles from export file names") {
  using wa::title_from_export_name;
  CHECK(title_from_export_name("WhatsApp Chat with Anna") == "Anna");
  CHECK(title_from_export_name("WhatsApp Chat - Anna") == "Anna");
  CHECK(title_from_export_name("WhatsApp_Chat_with_Anna_Schmidt") == "Anna Schmidt");
  CHECK(title_from_export_name("WhatsApp Chat mit Jonas") == "Jonas");
  CHECK(title_from_export_name("Chat WhatsApp s\u00A0u\u017Eivatelem Dmitry S") == "Dmitry S");
  CHECK(title_from_export_name("\u0427\u0430\u0442 WhatsApp \u0441\u00A0\u043A\u043E\u043D\u0442\u0430\u043A\u0442\u043E\u043C "
                               "Dmitry S") == "Dmitry S");
  CHECK(title_from_export_name("Anna\u3068\u306EWhatsApp\u30C1\u30E3\u30C3\u30C8") == "Anna");
  CHECK_FALSE(title_from_export_name("sample").has_value());
  CHECK_FALSE(title_from_export_name("WhatsApp Chat with ").has_value());
}

TEST_CASE("whatsapp import: a second download of an export, \"(1)\", keeps the chat's title") {
  using wa::title_from_export_name;
  CHECK(title_from_export_name("WhatsApp Chat with Ana (1)") == "Ana");
  CHECK(title_from_export_name("WhatsApp Chat with Ana (12)") == "Ana");
  CHECK(title_from_export_name("WhatsApp_Chat_with_Anna_Schmidt (2)") == "Anna Schmidt");
  CHECK(title_from_export_name("WhatsApp Chat mit Jonas (3)") == "Jonas");
  CHECK(title_from_export_name("Anna\u3068\u306EWhatsApp\u30C1\u30E3\u30C3\u30C8 (1)") == "Anna");
  // Only a trailing " (digits)": other parentheses are part of the name.
  CHECK(title_from_export_name("WhatsApp Chat with Ana (work)") == "Ana (work)");
  CHECK(title_from_export_name("WhatsApp Chat with Ana(1)") == "Ana(1)");
  CHECK(title_from_export_name("WhatsApp Chat with Ana ()") == "Ana ()");
  CHECK_FALSE(title_from_export_name("WhatsApp Chat with (1)").has_value());
  CHECK_FALSE(title_from_export_name("sample (1)").has_value());
}

TEST_CASE("whatsapp import: a forced order under which dates do not exist is reported") {
  auto o = utc();
  o.date_order = importers::DateOrder::mdy;
  const Run r = import_text("1/2/22, 10:00 - A: first\n18/03/2022, 14:56 - B: day-first date\n", o);
  REQUIRE(r.sink.messages.size() == 1);
  CHECK(r.sink.messages[0].text == "first\n18/03/2022, 14:56 - B: day-first date");
  REQUIRE(r.report.notes.size() == 1);
  CHECK(r.report.notes[0].find("do not exist when read as mdy") != std::string::npos);
}
