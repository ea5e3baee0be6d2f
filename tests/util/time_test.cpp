#include <doctest/doctest.h>

#include "tests/support.hpp"
#include "util/error.hpp"
#include "util/time.hpp"

using namespace chatvault;
using timeutil::LocalDateTime;
using timeutil::ZoneClock;

TEST_CASE("time: wall clock to UTC keeps the zone's offset") {
  ZoneClock jakarta("Asia/Jakarta");
  const auto t = jakarta.to_utc({2021, 10, 4, 23, 0, 0});
  CHECK(timeutil::format_iso_utc(t.utc_ms) == "2021-10-04T16:00:00Z");
  CHECK(t.offset_min == 420);
  const LocalDateTime back = jakarta.to_local(t.utc_ms);
  CHECK(timeutil::format_local(back) == "2021-10-04 23:00:00");
  CHECK(jakarta.gaps() == 0);
  CHECK(jakarta.overlaps() == 0);
}

TEST_CASE("time: a time in a DST gap moves forward by the gap, an ambiguous one takes the earlier instant") {
  ZoneClock berlin("Europe/Berlin");
  // 2022-03-27 02:30 does not exist in Berlin (clocks jump from 02:00 to 03:00).
  const auto gap = berlin.to_utc({2022, 3, 27, 2, 30, 0});
  CHECK(timeutil::format_iso_utc(gap.utc_ms) == "2022-03-27T01:30:00Z");  // = 03:30 CEST
  CHECK(gap.offset_min == 120);
  CHECK(berlin.gaps() == 1);
  // 2022-10-30 02:30 happens twice; the first (CEST, UTC+2) is taken.
  const auto twice = berlin.to_utc({2022, 10, 30, 2, 30, 0});
  CHECK(timeutil::format_iso_utc(twice.utc_ms) == "2022-10-30T00:30:00Z");
  CHECK(twice.offset_min == 120);
  CHECK(berlin.overlaps() == 1);
}

TEST_CASE("time: an unknown zone is a usage error naming it") {
  std::string message;
  CHECK(test::category_of([] { ZoneClock z("Mars/Olympus_Mons"); }, &message) == ErrorCategory::usage);
  CHECK(message.find("Mars/Olympus_Mons") != std::string::npos);
}

TEST_CASE("time: ISO dates for --after/--before") {
  CHECK(timeutil::parse_iso_utc("2016-05-01") == std::optional<std::int64_t>(1462060800000));
  CHECK(timeutil::parse_iso_utc("2016-05-01T10:30") == std::optional<std::int64_t>(1462098600000));
  CHECK(timeutil::parse_iso_utc("2016-05-01 10:30:15Z") == std::optional<std::int64_t>(1462098615000));
  CHECK_FALSE(timeutil::parse_iso_utc("2016-02-30").has_value());
  CHECK_FALSE(timeutil::parse_iso_utc("yesterday").has_value());
  CHECK_FALSE(timeutil::parse_iso_utc("2016-05-01T25:00").has_value());
  CHECK_FALSE(timeutil::parse_iso_utc("2016-05-01T10:30junk").has_value());
  CHECK(timeutil::format_iso_utc(1462098615123) == "2016-05-01T10:30:15.123Z");
  CHECK(timeutil::format_minute_key({2022, 3, 18, 9, 5, 59}) == "2022-03-18T09:05");
  CHECK(timeutil::format_minute_key({12345, 3, 18, 9, 5, 59}) == "12345-03-18T09:05");
  std::string reused = "a longer string than a key";
  timeutil::format_minute_key({999, 12, 31, 23, 59, 0}, reused);
  CHECK(reused == "0999-12-31T23:59");
}

TEST_CASE("time: the UTC minute is format_iso_utc's first 16 characters, at every range") {
  for (const std::int64_t ms : {std::int64_t{0}, std::int64_t{-1}, std::int64_t{-5}, std::int64_t{1462098615123},
                                std::int64_t{1700000000000}, std::int64_t{253402300799999}, std::int64_t{253402300800000},
                                std::int64_t{-62167219200000}, std::int64_t{-62167219200001}, std::int64_t{4102444800000}}) {
    CAPTURE(ms);
    CHECK(timeutil::format_utc_minute(ms) == timeutil::format_iso_utc(ms).substr(0, 16));
  }
  CHECK(timeutil::format_utc_minute(1462098615123) == "2016-05-01T10:30");
  // And across the years, on both sides of 1970, every day boundary's neighbours.
  std::int64_t ms = -2208988800000;  // 1900
  while (ms < 4102444800000) {        // 2100
    for (const std::int64_t at : {ms, ms - 1, ms + 59999, ms + 60000}) {
      if (timeutil::format_utc_minute(at) != timeutil::format_iso_utc(at).substr(0, 16)) {
        FAIL_CHECK("format_utc_minute(" << at << ")");
      }
    }
    ms += 86400000LL * 7 + 3600000LL * 5 + 60000;
  }
}

TEST_CASE("time: many conversions across a year agree with a fresh lookup each time") {
  // The clock caches the offset period; compare it with a new clock per call, around both
  // transitions of 2022 in New York, minute by minute through the transition days.
  ZoneClock cached("America/New_York");
  std::uint64_t checked = 0;
  for (int month = 1; month <= 12; ++month) {
    for (int day = 1; day <= 28; ++day) {
      const bool transition_day = (month == 3 && day == 13) || (month == 11 && day == 6);
      for (int minute = 0; minute < 24 * 60; minute += transition_day ? 1 : 97) {
        const LocalDateTime t{2022, month, day, minute / 60, minute % 60, 0};
        ZoneClock fresh("America/New_York");
        const auto a = cached.to_utc(t);
        const auto b = fresh.to_utc(t);
        REQUIRE(a.utc_ms == b.utc_ms);
        REQUIRE(a.offset_min == b.offset_min);
        ++checked;
      }
    }
  }
  CHECK(checked > 3000);
  CHECK(cached.gaps() == 60);      // 02:00-02:59 on 13 March
  CHECK(cached.overlaps() == 60);  // 01:00-01:59 on 6 November
}
