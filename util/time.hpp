#pragma once
// Time helpers: wall clock <-> UTC in an IANA zone (with the DST rule of the design), ISO 8601.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace date {
class time_zone;
}

namespace chatvault::timeutil {

struct LocalDateTime {
  int year = 1970;
  int month = 1;   // 1..12
  int day = 1;     // 1..31
  int hour = 0;
  int minute = 0;
  int second = 0;
};

struct UtcInstant {
  std::int64_t utc_ms = 0;
  int offset_min = 0;  // the zone's UTC offset at that instant
};

// Reads wall-clock times in one zone. Times in a DST gap move forward by the gap; ambiguous
// times take the earlier instant; both are counted so the import summary can say so.
class ZoneClock {
 public:
  // Throws Error(usage) naming the zone if the tz database does not know it.
  explicit ZoneClock(std::string_view zone_name);

  UtcInstant to_utc(const LocalDateTime& local);
  LocalDateTime to_local(std::int64_t utc_ms) const;

  const std::string& name() const { return m_name; }
  std::uint64_t gaps() const { return m_gaps; }
  std::uint64_t overlaps() const { return m_overlaps; }

  // The zone of this machine (TZ, else /etc/localtime), "UTC" if it cannot be told.
  static std::string system_zone_name();

 private:
  const date::time_zone* m_zone;
  std::string m_name;
  std::uint64_t m_gaps = 0;
  std::uint64_t m_overlaps = 0;
  // The local-time range [begin, end) (seconds) of the offset period last looked up.
  bool m_cached = false;
  std::int64_t m_cache_begin = 0;
  std::int64_t m_cache_end = 0;
  std::int64_t m_cache_offset = 0;
};

// True if the civil date exists (month 1..12, day within the month, leap years).
bool valid_date(int year, int month, int day);

// "2022-03-18T14:56:01Z", with ".123" when the milliseconds are not zero.
std::string format_iso_utc(std::int64_t utc_ms);
// "2022-03-18 14:56:01" wall clock.
std::string format_local(const LocalDateTime& t);
// "2022-03-18T14:56" — the minute-precision key used by fingerprints.
std::string format_minute_key(const LocalDateTime& t);
// The same into `out`, whose buffer is reused.
void format_minute_key(const LocalDateTime& t, std::string& out);
// The UTC minute of an instant as format_iso_utc's first 16 characters: Meta's native_time.
std::string format_utc_minute(std::int64_t utc_ms);

// Parses "YYYY-MM-DD", "YYYY-MM-DDTHH:MM[:SS][Z]" or with a space, as UTC; nullopt if malformed.
std::optional<std::int64_t> parse_iso_utc(std::string_view s);

}  // namespace chatvault::timeutil
