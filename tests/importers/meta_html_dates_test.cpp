// Dates of Meta's HTML pages: the test strings of fbchat-archive-parser (EXPECTED.md §4), the
// 2018+ page formats, the languages, zones and the failures.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "importers/meta/html_dates.hpp"
#include "util/time.hpp"

using namespace chatvault;
using namespace chatvault::importers::meta;

namespace {

std::string iso_of(const DateParse& p, timeutil::ZoneClock* clock = nullptr) {
  REQUIRE_MESSAGE(p.date, p.detail);
  return timeutil::format_iso_utc(to_instant(*p.date, clock).utc_ms);
}

std::string local_of(const std::string& text, const char* lang = nullptr) {
  const DateParse p = parse_html_date(text, lang == nullptr ? nullptr : date_language_for_tag(lang));
  INFO(text);
  REQUIRE_MESSAGE(p.failure == DateFailure::none, p.detail);
  CHECK_FALSE(p.date->offset_min);
  return timeutil::format_local(p.date->local);
}

}  // namespace

TEST_CASE("meta html dates: every legacy test string is 2016-12-04 20:54 UTC") {
  const std::vector<std::string> strings = {
      "Sunday, December 4, 2016 at 1:54pm PDT",
      "Sunday, December 4, 2016 at 13:54 PDT",
      "Sunday, 4 December 2016 at 13:54 PDT",
      "dimanche 4 décembre 2016, 13:54 UTC-07",
      "Sonntag, 4. Dezember 2016 um 13:54 UTC-07",
      "4. desember 2016 kl. 13:54 UTC-07",
      "domingo, 4 de diciembre de 2016 a las 13:54 UTC-07",
      "Domenica 4 dicembre 2016 alle ore 13:54 UTC-07",
      "2016. december 4., 13:54 UTC-07",
      "den 4 december 2016 kl. 13:54 UTC-07",
      "zondag 4 december 2016 om 13:54 UTC-07",
      "4. december 2016 kl. 13:54 UTC-07",
      "4 decembrie 2016 la 13:54 UTC-07",
      "4. december 2016 ob 13:54 UTC-07",
      "4. prosinec 2016 v 13:54 UTC-07",
      "4. december 2016, 13:54 UTC-07",
      "4 de dezembro de 2016 às 13:54 UTC-07",
      "Domingo, 4 de Dezembro de 2016 às 13:54 UTC-07",
      "4 grudzień 2016 o 13:54 UTC-07",
      "4. prosinca 2016 u 13:54 PDT UTC-07",
      "4. децембар 2016. у 13:54 UTC-07",
      "4 декабря 2016 г. в 13:54 UTC-07",
      "2016 m. gruodis 4 d., 13:54 UTC-07",
  };
  for (const std::string& s : strings) {
    INFO(s);
    const DateParse p = parse_html_date(s);
    CHECK(p.failure == DateFailure::none);
    CHECK(iso_of(p) == "2016-12-04T20:54:00Z");
    CHECK(p.date->offset_min == -420);
  }
}

TEST_CASE("meta html dates: a string that is no date, and an ambiguous zone") {
  const DateParse junk = parse_html_date("not a real timestamp");
  CHECK(junk.failure == DateFailure::unexpected_format);
  CHECK_FALSE(junk.date);

  const DateParse cdt = parse_html_date("Sunday, December 4, 2016 at 1:54pm CDT");
  CHECK(cdt.failure == DateFailure::ambiguous_zone);
  CHECK(cdt.detail.find("CDT") != std::string::npos);
  // The wall clock is still there for a caller that knows the zone.
  REQUIRE(cdt.date);
  CHECK(timeutil::format_local(cdt.date->local) == "2016-12-04 13:54:00");
  CHECK_FALSE(cdt.date->offset_min);
  // A numeric offset beside it settles it.
  CHECK(parse_html_date("Sunday, December 4, 2016 at 1:54pm CDT UTC-05").failure == DateFailure::none);

  for (const char* bad : {"", "Jan 02, 2020", "Feb 30, 2020, 3:47 PM", "Jan 02, 2020, 13:47 PM",
                          "Jan 02, 2020, 3:61 PM",
                          "Jan 02, 2020, 3:47 PM XYZ", "Jan 02 Feb 2020, 3:47 PM", "Hello Jan 02, 2020, 3:47 PM",
                          "Jan 02, 20, 3:47 PM", "Jan 02, 2020, 3:47 PM 👋", "12345 Jan 2020 3:47"}) {
    INFO(bad);
    CHECK(parse_html_date(bad).failure == DateFailure::unexpected_format);
  }
}

TEST_CASE("meta html dates: the 2018+ page formats, without a zone") {
  CHECK(local_of("Jan 02, 2020, 3:47 PM") == "2020-01-02 15:47:00");
  CHECK(local_of("Jul 03, 2024 9:56 am") == "2024-07-03 09:56:00");
  CHECK(local_of("Sep 22, 2017, 6:33 AM") == "2017-09-22 06:33:00");
  CHECK(local_of("Oct 19, 2019 at 2:37 PM") == "2019-10-19 14:37:00");
  CHECK(local_of("19 Oct 2019, 14:37") == "2019-10-19 14:37:00");
  CHECK(local_of("Jan 01, 2020, 12:05 AM") == "2020-01-01 00:05:00");
  CHECK(local_of("Jan 01, 2020, 12:05 PM") == "2020-01-01 12:05:00");
  CHECK(local_of("Jan 02, 2020, 3:47\xE2\x80\xAFPM") == "2020-01-02 15:47:00");  // U+202F before PM
  CHECK(local_of("Jan\xC2\xA0" "02, 2020, 3:47 PM") == "2020-01-02 15:47:00");
  const DateParse seconds = parse_html_date("Oct 19, 2025 1:47:55 pm");
  REQUIRE(seconds.date);
  CHECK(seconds.date->has_seconds);
  CHECK(timeutil::format_local(seconds.date->local) == "2025-10-19 13:47:55");
}

TEST_CASE("meta html dates: languages") {
  CHECK(local_of("2 January 2020, 15:47", "en-GB") == "2020-01-02 15:47:00");
  CHECK(local_of("02/01/2020, 15:47", "en-GB") == "2020-01-02 15:47:00");
  CHECK(local_of("01/02/2020, 3:47 PM", "en") == "2020-01-02 15:47:00");
  CHECK(local_of("2020-01-02 15:47", "en") == "2020-01-02 15:47:00");
  CHECK(local_of("2. Januar 2020 um 15:47", "de") == "2020-01-02 15:47:00");
  CHECK(local_of("02.01.2020, 15:47", "de-DE") == "2020-01-02 15:47:00");
  CHECK(local_of("02. Jan. 2020, 15:47 Uhr", "de") == "2020-01-02 15:47:00");
  CHECK(local_of("Donnerstag, 2. Januar 2020 um 15:47") == "2020-01-02 15:47:00");
  CHECK(local_of("2 janv. 2020, 15:47", "fr") == "2020-01-02 15:47:00");
  CHECK(local_of("jeudi 2 janvier 2020 à 15:47") == "2020-01-02 15:47:00");
  CHECK(local_of("2 févr. 2020 15:47", "fr") == "2020-02-02 15:47:00");
  CHECK(local_of("2 ene. 2020 15:47", "es") == "2020-01-02 15:47:00");
  CHECK(local_of("2 de enero de 2020, 3:47 p. m.", "es") == "2020-01-02 15:47:00");
  CHECK(local_of("2 de enero de 2020, 3:47 p.m.") == "2020-01-02 15:47:00");
  CHECK(local_of("2 de jan. de 2020, 15:47", "pt-BR") == "2020-01-02 15:47:00");
  CHECK(local_of("2 de janeiro de 2020 às 15:47") == "2020-01-02 15:47:00");
  CHECK(local_of("2 gen 2020, 15:47", "it") == "2020-01-02 15:47:00");
  CHECK(local_of("giovedì 2 gennaio 2020 alle ore 15:47") == "2020-01-02 15:47:00");
  CHECK(local_of("2 Jan 2020 15.47", "id") == "2020-01-02 15:47:00");
  CHECK(local_of("02 Januari 2020 pukul 15.47", "id") == "2020-01-02 15:47:00");
  CHECK(local_of("2 Agu 2020 15:47", "id") == "2020-08-02 15:47:00");
  CHECK(local_of("2 ДЕКАБРЯ 2020 г. в 15:47", "ru") == "2020-12-02 15:47:00");
  CHECK(local_of("2. ŘÍJNA 2020 15:47", "cs") == "2020-10-02 15:47:00");
  // One word, two months: the page's language decides.
  CHECK(local_of("2. listopada 2020 u 15:47", "hr") == "2020-10-02 15:47:00");
  CHECK(local_of("2 listopada 2020 o 15:47", "pl") == "2020-11-02 15:47:00");
  // A dot time is a time only in the languages that write it.
  CHECK(parse_html_date("2 Jan 2020 15.47", date_language_for_tag("en")).failure == DateFailure::unexpected_format);
}

TEST_CASE("meta html dates: language tags and guessing a page's language") {
  REQUIRE(date_language_for_tag("en") != nullptr);
  CHECK(date_language_for_tag("en-US")->code == "en");
  CHECK(date_language_for_tag("en_GB")->code == "en-GB");
  CHECK(date_language_for_tag("EN-au")->code == "en-GB");
  CHECK(date_language_for_tag("de-AT")->code == "de");
  CHECK(date_language_for_tag("pt_BR")->code == "pt");
  CHECK(date_language_for_tag("nn")->code == "nb");
  CHECK(date_language_for_tag("id")->code == "id");
  CHECK(date_language_for_tag("xx") == nullptr);
  CHECK(date_language_for_tag("") == nullptr);

  const std::vector<std::string> german = {"2. Januar 2020 um 15:47", "3. März 2020 um 09:01", "not a date"};
  CHECK(guess_date_language(german, nullptr)->code == "de");
  CHECK(guess_date_language(german, date_language_for_tag("en"))->code == "de");
  // English and British English read these alike: the page's own tag wins the tie.
  const std::vector<std::string> english = {"Jan 02, 2020, 3:47 PM"};
  CHECK(guess_date_language(english, nullptr)->code == "en");
  CHECK(guess_date_language(english, date_language_for_tag("en-GB"))->code == "en-GB");
  CHECK(guess_date_language({"x"}, nullptr) == nullptr);
}

TEST_CASE("meta html dates: zones and offsets") {
  CHECK(iso_of(parse_html_date("Jan 02, 2020, 3:47 PM UTC+05:30")) == "2020-01-02T10:17:00Z");
  CHECK(iso_of(parse_html_date("Jan 02, 2020, 3:47 PM GMT+2")) == "2020-01-02T13:47:00Z");
  CHECK(iso_of(parse_html_date("Jan 02, 2020, 3:47 PM -0700")) == "2020-01-02T22:47:00Z");
  CHECK(iso_of(parse_html_date("Jan 02, 2020, 3:47 PM UTC")) == "2020-01-02T15:47:00Z");
  CHECK(iso_of(parse_html_date("Jan 02, 2020, 3:47 PM CET")) == "2020-01-02T14:47:00Z");
  CHECK(parse_html_date("Jan 02, 2020, 3:47 PM UTC+15").failure == DateFailure::unexpected_format);
  // No zone written: the clock's zone, else UTC.
  timeutil::ZoneClock berlin("Europe/Berlin");
  const DateParse p = parse_html_date("Jul 03, 2024 9:56 am");
  CHECK(iso_of(p, &berlin) == "2024-07-03T07:56:00Z");
  CHECK(to_instant(*p.date, &berlin).offset_min == 120);
  CHECK(iso_of(p) == "2024-07-03T09:56:00Z");
  // A written zone wins over the clock.
  CHECK(iso_of(parse_html_date("Sunday, December 4, 2016 at 1:54pm PDT"), &berlin) == "2016-12-04T20:54:00Z");
}
