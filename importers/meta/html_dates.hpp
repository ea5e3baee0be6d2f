#pragma once
// The dates of Meta's HTML pages (FORMAT.md §3): localized text such as "Jan 02, 2020, 3:47 PM",
// "Jul 03, 2024 9:56 am" or "Sonntag, 4. Dezember 2016 um 13:54 UTC-07", read by a hand-written
// scanner with the month names of html_date_languages.cpp.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "importers/meta/html_date_languages.hpp"
#include "util/time.hpp"

namespace chatvault::importers::meta {

// A date as the page wrote it. The 2018+ pages write no zone (the wall clock of the
// exporting account); the legacy messages.htm appends one ("PDT", "UTC-07").
struct HtmlDate {
  timeutil::LocalDateTime local;
  std::optional<int> offset_min;  // the written zone's UTC offset, when there was one
  bool has_seconds = false;       // the text gave seconds ("1:47:55 pm")
};

enum class DateFailure {
  none,
  unexpected_format,  // not a date this scanner knows: unknown words, no time of day, impossible values
  ambiguous_zone,     // a date, but its zone abbreviation names several offsets ("CDT": US Central or China)
};

// Success: `date` set, failure none. ambiguous_zone: `date` still holds the wall clock as written
// (without an offset) and `language`, so a caller may read it in a zone of its choosing.
struct DateParse {
  std::optional<HtmlDate> date;
  DateFailure failure = DateFailure::none;
  std::string detail;                      // on failure: why, for a skip reason
  const DateLanguage* language = nullptr;  // the language that read it
};

// The table's language for a BCP 47 tag as <html lang> gives it ("en", "en-GB", "de-DE", "pt_BR",
// "nn"); nullptr when the table has none.
const DateLanguage* date_language_for_tag(std::string_view tag);

// Reads `text` (whole: surrounding words other than weekdays and the language's fillers make it
// fail) in `lang`, or, when `lang` is null, in the first language of date_languages() that
// reads it. Never throws.
DateParse parse_html_date(std::string_view text, const DateLanguage* lang = nullptr);

// The language that reads the most of `samples`; `hint` wins a tie. `hint` when none reads any.
const DateLanguage* guess_date_language(const std::vector<std::string>& samples, const DateLanguage* hint);

// The instant of `d`: by its written offset; else its wall clock read in `clock`'s zone; else
// (no clock) as UTC with offset 0.
timeutil::UtcInstant to_instant(const HtmlDate& d, timeutil::ZoneClock* clock);

}  // namespace chatvault::importers::meta
