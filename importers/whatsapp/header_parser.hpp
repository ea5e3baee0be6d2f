#pragma once
// The timestamp header grammar of WhatsApp exports (FORMAT.md §2), as a hand-written scanner:
//   iOS      INV* "[" STAMP "]" SP REST        (STAMP may be TIME ", " DATE: Vietnamese iOS)
//   Android  INV* STAMP " - " REST
//   legacy   INV* STAMP ": " REST
// A line is a header only if the whole stamp parses and the layout's separator follows it.
#include <cstddef>
#include <optional>
#include <string_view>

#include "util/time.hpp"

namespace chatvault::importers::whatsapp {

enum class Layout { bracketed = 0, dash = 1, colon = 2 };
// 12-hour markers: am/pm (AM/PM, a.m., ص/م, 上午/下午, 午前/午後, 오전/오후, vorm./nachm.,
// morgens, abends), noon (German "mittags": 12 and 1..5 are afternoon) and night (German
// "nachts": 6..11 are evening, 12 is midnight).
enum class Meridiem { none, am, pm, noon, night };
enum class FieldOrder { dmy, mdy, ymd };

struct Stamp {
  Layout layout = Layout::dash;
  // The three date fields as written. year_first: a is a 4-digit year, b month, c day.
  // Otherwise a and b are day and month in an order decided per file, and `year` is the
  // full year read from the third field (2-digit years are 20YY; eras converted).
  bool year_first = false;
  int a = 0;
  int b = 0;
  int c = 0;
  int year = 0;
  bool era = false;           // the year was written in a Buddhist or Japanese era
  int hour = 0;
  int minute = 0;
  int second = 0;
  bool has_seconds = false;
  Meridiem meridiem = Meridiem::none;
  bool time_first = false;    // "[14:56:01, 3/18/22]"
  std::size_t rest_offset = 0;  // byte offset of REST in the raw line
};

// Parses the header of one raw line (no terminator); nullopt if it is not a header line.
std::optional<Stamp> parse_header(std::string_view line);

// The wall-clock time of a stamp under a date order (ignored for year-first stamps; `ymd`
// forces year-first reading of every stamp). Applies AM/PM: 12 AM is 0 h, PM adds 12 to
// hours 1..11 only (impossible values such as "23:59 PM" keep their hour). nullopt if the
// date does not exist under that order.
std::optional<timeutil::LocalDateTime> resolve(const Stamp& stamp, FieldOrder order);

struct RestSplit {
  bool has_author = false;
  std::string_view author;  // raw, as written
  std::string_view body;    // raw; empty for "Name:"
};

// Splits REST at the first ": " (or a trailing ":"); no separator: a system line (body = rest).
RestSplit split_rest(std::string_view rest);

// Drops leading invisible marks (U+200E, U+200F, U+FEFF, U+202A–U+202E, U+2066–U+2069).
std::string_view skip_invisible_prefix(std::string_view s);

// True when `line` holds nothing but spaces and tabs after its invisible prefix.
bool is_blank_line(std::string_view line);

}  // namespace chatvault::importers::whatsapp
