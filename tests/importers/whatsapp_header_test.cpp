// The WhatsApp header grammar, line by line, and the whole-file date order decision.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "importers/whatsapp/date_order.hpp"
#include "importers/whatsapp/header_parser.hpp"
#include "importers/whatsapp/line_reader.hpp"
#include "tests/support.hpp"

namespace wa = chatvault::importers::whatsapp;
using wa::FieldOrder;
using wa::Layout;

namespace {

struct Expect {
  int y, mo, d, h, mi, s;
};

// Parses `line`, resolves it with `order`, and checks the wall clock and what REST is.
void check(const std::string& line, FieldOrder order, Expect e, Layout layout, const std::string& rest) {
  CAPTURE(line);
  const auto st = wa::parse_header(line);
  REQUIRE(st.has_value());
  CHECK(st->layout == layout);
  const auto t = wa::resolve(*st, order);
  REQUIRE(t.has_value());
  CHECK(t->year == e.y);
  CHECK(t->month == e.mo);
  CHECK(t->day == e.d);
  CHECK(t->hour == e.h);
  CHECK(t->minute == e.mi);
  CHECK(t->second == e.s);
  CHECK(std::string(line.substr(st->rest_offset)) == rest);
}

void not_header(const std::string& line) {
  CAPTURE(line);
  CHECK_FALSE(wa::parse_header(line).has_value());
}

}  // namespace

TEST_CASE("whatsapp header: Android layouts") {
  check("18/03/2022, 14:56 - Anna Schmidt: Hi", FieldOrder::dmy, {2022, 3, 18, 14, 56, 0}, Layout::dash,
        "Anna Schmidt: Hi");
  check("3/18/22, 2:56 PM - Ben: Hi", FieldOrder::mdy, {2022, 3, 18, 14, 56, 0}, Layout::dash, "Ben: Hi");
  check("1/4/23, 7:02\u202FPM - Ben: x", FieldOrder::mdy, {2023, 1, 4, 19, 2, 0}, Layout::dash, "Ben: x");
  check("23.03.22 13:31 - Elon: x", FieldOrder::dmy, {2022, 3, 23, 13, 31, 0}, Layout::dash, "Elon: x");
  check("23.03.2022, 13:31 - Elon: x", FieldOrder::dmy, {2022, 3, 23, 13, 31, 0}, Layout::dash, "Elon: x");
  check("23-03-2022 13:31 - Elon: x", FieldOrder::dmy, {2022, 3, 23, 13, 31, 0}, Layout::dash, "Elon: x");
  check("7.9.2020, 11:23 - A: b", FieldOrder::dmy, {2020, 9, 7, 11, 23, 0}, Layout::dash, "A: b");
  check("2019-01-01 12:00 - A: b", FieldOrder::dmy, {2019, 1, 1, 12, 0, 0}, Layout::dash, "A: b");
  check("2023-12-20, 5:46 p.m. - A: b", FieldOrder::mdy, {2023, 12, 20, 17, 46, 0}, Layout::dash, "A: b");
  check("2023/12/20, 5:46 pm - A: b", FieldOrder::dmy, {2023, 12, 20, 17, 46, 0}, Layout::dash, "A: b");
  check("20/6/2017 8:28 p.\u00A0m. - A: b", FieldOrder::dmy, {2017, 6, 20, 20, 28, 0}, Layout::dash, "A: b");
  check("01/01/2019, 11:25 a. m. - John Doe: Lorem", FieldOrder::mdy, {2019, 1, 1, 11, 25, 0}, Layout::dash,
        "John Doe: Lorem");
  check("11/11/22, 11:11\u202Fam - A: b", FieldOrder::dmy, {2022, 11, 11, 11, 11, 0}, Layout::dash, "A: b");
  check("31.5.2019 klo 16.58 - A: b", FieldOrder::dmy, {2019, 5, 31, 16, 58, 0}, Layout::dash, "A: b");
  check("12/07/2017 \u00E0 22:35 - A: b", FieldOrder::dmy, {2017, 7, 12, 22, 35, 0}, Layout::dash, "A: b");
  // Authorless system line.
  check("12/9/20, 23:55 - Alice added you", FieldOrder::dmy, {2020, 9, 12, 23, 55, 0}, Layout::dash,
        "Alice added you");
  // A BOM and an LRM before the stamp.
  check("\uFEFF29.01.18, 12:24 - Mallory: Hey!", FieldOrder::dmy, {2018, 1, 29, 12, 24, 0}, Layout::dash,
        "Mallory: Hey!");
  check("\u200E06/03/2023, 6:12 am - a: b", FieldOrder::dmy, {2023, 3, 6, 6, 12, 0}, Layout::dash, "a: b");
}

TEST_CASE("whatsapp header: iOS layouts") {
  check("[3/27/22, 21:41:35] Dmitry S: Hello World", FieldOrder::mdy, {2022, 3, 27, 21, 41, 35},
        Layout::bracketed, "Dmitry S: Hello World");
  check("[3/27/22, 9:41:35\u202FPM] Maria Lopez: hi", FieldOrder::mdy, {2022, 3, 27, 21, 41, 35},
        Layout::bracketed, "Maria Lopez: hi");
  check("\u200E[3/27/22, 21:41:55] Dmitry S: \u200Eimage omitted", FieldOrder::mdy, {2022, 3, 27, 21, 41, 55},
        Layout::bracketed, "Dmitry S: \u200Eimage omitted");
  check("[13/11/2025, 12:25:55\u202FPM] Amazon EG: x", FieldOrder::dmy, {2025, 11, 13, 12, 25, 55},
        Layout::bracketed, "Amazon EG: x");
  check("[20.06.19, 15:58:47] Loris: x", FieldOrder::dmy, {2019, 6, 20, 15, 58, 47}, Layout::bracketed,
        "Loris: x");
  check("[1.1.2019, 12.00.00] A: b", FieldOrder::dmy, {2019, 1, 1, 12, 0, 0}, Layout::bracketed, "A: b");
  check("[3/18/22 14.56.01] Elon Musk: x", FieldOrder::mdy, {2022, 3, 18, 14, 56, 1}, Layout::bracketed,
        "Elon Musk: x");
  check("[2018/06/13, 21:25:15] a: m", FieldOrder::dmy, {2018, 6, 13, 21, 25, 15}, Layout::bracketed, "a: m");
  check("[25/09/20 10:27:18 a.m.] A: b", FieldOrder::dmy, {2020, 9, 25, 10, 27, 18}, Layout::bracketed,
        "A: b");
  check("[12/09/20, 12:05:00 AM] A: b", FieldOrder::dmy, {2020, 9, 12, 0, 5, 0}, Layout::bracketed, "A: b");
  // Arabic: RLM around every date field, Arabic comma.
  check("[\u200F18\u200F/3\u200F/2022\u060C 14:56:01] Elon Musk: x", FieldOrder::dmy, {2022, 3, 18, 14, 56, 1},
        Layout::bracketed, "Elon Musk: x");
  // Arabic-Indic digits and the Arabic PM letter.
  check("[\u0662\u0667\u200F/\u0663\u200F/\u0662\u0660\u0662\u0662\u060C \u0669:\u0665\u0663:\u0665\u0666 "
        "\u0645] A: b",
        FieldOrder::dmy, {2022, 3, 27, 21, 53, 56}, Layout::bracketed, "A: b");
  // Buddhist and Japanese era years; Vietnamese time-first.
  check("[3/18/2565 BE, 14:56:01] Elon Musk: x", FieldOrder::mdy, {2022, 3, 18, 14, 56, 1}, Layout::bracketed,
        "Elon Musk: x");
  check("[3/27/R4, 21:41:35] Dmitry S: x", FieldOrder::mdy, {2022, 3, 27, 21, 41, 35}, Layout::bracketed,
        "Dmitry S: x");
  check("[14:56:01, 3/18/22] Musk Elon: x", FieldOrder::mdy, {2022, 3, 18, 14, 56, 1}, Layout::bracketed,
        "Musk Elon: x");
  // "D. M. YYYY." with a space after each dot.
  check("[13. 6. 2018. 21:25:15] a: m", FieldOrder::dmy, {2018, 6, 13, 21, 25, 15}, Layout::bracketed, "a: m");
  // Empty REST after the bracket.
  check("[3/27/22, 21:41:35]", FieldOrder::mdy, {2022, 3, 27, 21, 41, 35}, Layout::bracketed, "");
}

TEST_CASE("whatsapp header: legacy colon layout") {
  check("13.06.18 21.25.15: a: m", FieldOrder::dmy, {2018, 6, 13, 21, 25, 15}, Layout::colon, "a: m");
  check("12.07.2017, 22:35:22: Name: hi", FieldOrder::dmy, {2017, 7, 12, 22, 35, 22}, Layout::colon, "Name: hi");
  check("3/24/14, 1:59:59 PM: Sender: hi", FieldOrder::mdy, {2014, 3, 24, 13, 59, 59}, Layout::colon,
        "Sender: hi");
}

TEST_CASE("whatsapp header: impossible clock values keep their hour") {
  check("29.01.18, 23:59 PM - Carol: late", FieldOrder::dmy, {2018, 1, 29, 23, 59, 0}, Layout::dash,
        "Carol: late");
  check("[29.01.18, 00:04:03 AM] Bob: x", FieldOrder::dmy, {2018, 1, 29, 0, 4, 3}, Layout::bracketed, "Bob: x");
  check("29.01.18, 12:24 PM - A: noon", FieldOrder::dmy, {2018, 1, 29, 12, 24, 0}, Layout::dash, "A: noon");
}

TEST_CASE("whatsapp header: lines that are not headers") {
  not_header("");
  not_header("Hello there");
  not_header("18/03/2022 is my birthday");
  not_header("18/03/2022, 14:56 Anna: no separator");
  not_header("18/03/2022, 14:56");
  not_header("18/03/2022, 25:56 - A: bad hour");
  not_header("18/03/2022, 14:61 - A: bad minute");
  not_header("18/13/2022, 14:56 - A: both fields above 12? no: 18 and 13");
  not_header("[3/27/22, 21:41:35 Dmitry: no closing bracket");
  not_header("[3/27/22, 21:41:35]Dmitry: no space");
  not_header("01.04.2015 - 16:00:27; ME: WhatsApp Viewer output");
  not_header("123/4/2020, 10:00 - A: three-digit field");
  not_header("2020, 10:00 - A: only a year");
}

TEST_CASE("whatsapp header: resolve rejects dates that do not exist in the chosen order") {
  const auto st = wa::parse_header("30/02/2022, 10:00 - A: b");
  REQUIRE(st.has_value());
  CHECK_FALSE(wa::resolve(*st, FieldOrder::dmy).has_value());
  const auto st2 = wa::parse_header("2/13/22, 10:00 - A: b");
  REQUIRE(st2.has_value());
  CHECK_FALSE(wa::resolve(*st2, FieldOrder::dmy).has_value());
  CHECK(wa::resolve(*st2, FieldOrder::mdy).has_value());
}

TEST_CASE("whatsapp header: author split") {
  auto s = wa::split_rest("Anna: Hi: there");
  CHECK(s.has_author);
  CHECK(s.author == "Anna");
  CHECK(s.body == "Hi: there");
  s = wa::split_rest("Carol:");
  CHECK(s.has_author);
  CHECK(s.author == "Carol");
  CHECK(s.body.empty());
  s = wa::split_rest("Alice created group \"x\"");
  CHECK_FALSE(s.has_author);
  CHECK(s.body == "Alice created group \"x\"");
}

namespace {

wa::DateDecision decide(const std::vector<std::string>& lines) {
  wa::DateOrderEvidence ev;
  for (const auto& l : lines) {
    const auto st = wa::parse_header(l);
    REQUIRE(st.has_value());
    ev.add(*st);
  }
  return ev.decide();
}

}  // namespace

TEST_CASE("whatsapp date order: a field above 12 decides") {
  using B = wa::DateDecision::Basis;
  auto d = decide({"01/02/2022, 10:00 - A: x", "18/03/2022, 10:00 - A: x"});
  CHECK(d.order == FieldOrder::dmy);
  CHECK(d.basis == B::field_over_12);
  d = decide({"1/2/22, 10:00 - A: x", "3/27/22, 10:00 - A: x"});
  CHECK(d.order == FieldOrder::mdy);
  CHECK(d.basis == B::field_over_12);
  d = decide({"[2020-01-01, 12:00:01] A: x", "[2020-02-01, 12:00:02] A: x"});
  CHECK(d.order == FieldOrder::ymd);
  CHECK(d.basis == B::year_first);
}

TEST_CASE("whatsapp date order: without a field above 12") {
  using B = wa::DateDecision::Basis;
  // The first field falls while the second moves on: the first is the day.
  auto d = decide({"10/1/21, 10:00 - A: x", "11/1/21, 10:00 - A: x", "2/2/21, 10:00 - A: x"});
  CHECK(d.order == FieldOrder::dmy);
  CHECK(d.basis == B::monotonic);
  d = decide({"1/10/21, 10:00 - A: x", "1/11/21, 10:00 - A: x", "2/2/21, 10:00 - A: x"});
  CHECK(d.order == FieldOrder::mdy);
  CHECK(d.basis == B::monotonic);
  // Only one field changes: it is the day.
  d = decide({"3/1/21, 10:00 - A: x", "3/2/21, 10:00 - A: x", "3/3/21, 10:00 - A: x"});
  CHECK(d.order == FieldOrder::mdy);
  CHECK(d.basis == B::change_frequency);
  // Nothing to go on: day-first, flagged.
  d = decide({"12/9/20, 23:55 - A: x", "12/9/20, 23:56 - B: y"});
  CHECK(d.order == FieldOrder::dmy);
  CHECK(d.basis == B::ambiguous);
}

TEST_CASE("whatsapp line reader: LF, CRLF, CR, BOM, empty lines, no final newline") {
  wa::StringByteReader r("\xEF\xBB\xBF" "a\r\nb\n\nc\rd");
  wa::LineReader lines(r);
  std::vector<std::string> got;
  wa::Line l;
  while (lines.next(l)) {
    got.emplace_back(l.text);
  }
  CHECK(got == std::vector<std::string>{"a", "b", "", "c", "d"});
}

TEST_CASE("whatsapp line reader: over-long lines are skipped, not buffered") {
  std::string big(100, 'x');
  wa::StringByteReader r("short\n" + big + "\nafter\n" + big);
  wa::LineReader lines(r, 10);
  wa::Line l;
  REQUIRE(lines.next(l));
  CHECK(l.text == "short");
  REQUIRE(lines.next(l));
  CHECK(l.too_long);
  CHECK(l.number == 2);
  REQUIRE(lines.next(l));
  CHECK(l.text == "after");
  CHECK_FALSE(l.too_long);
  REQUIRE(lines.next(l));
  CHECK(l.too_long);
  CHECK_FALSE(lines.next(l));
}

TEST_CASE("whatsapp line reader: CR split across reads") {
  // 64 KiB chunks: put a CRLF exactly at the boundary.
  std::string text(65535, 'a');
  text += "\r\nnext";
  wa::StringByteReader r(text);
  wa::LineReader lines(r);
  wa::Line l;
  REQUIRE(lines.next(l));
  CHECK(l.text.size() == 65535);
  REQUIRE(lines.next(l));
  CHECK(l.text == "next");
  CHECK_FALSE(lines.next(l));
}

TEST_CASE("whatsapp header: invisible marks before the line, only LRM/RLM inside the stamp") {
  check("\uFEFF\uFEFF[29.01.18, 12:24:03] Mallory: Hey! :)", FieldOrder::dmy, {2018, 1, 29, 12, 24, 3},
        Layout::bracketed, "Mallory: Hey! :)");
  check("\u202A\u2066[3/27/22, 21:41:35] A: b", FieldOrder::mdy, {2022, 3, 27, 21, 41, 35}, Layout::bracketed,
        "A: b");
  not_header("[\uFEFF29.01.18, 12:24:03] Nachrichten und Anrufe");
  not_header("\uFEFF[\uFEFF29.01.18, 12:26:03] Dave: Test test");
}
