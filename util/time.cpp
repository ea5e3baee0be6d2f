#include "util/time.hpp"

#include <date/tz.h>

#include <charconv>
#include <chrono>
#include <cstdio>
#include <cstdlib>

#include "util/error.hpp"

namespace chatvault::timeutil {
namespace {

using namespace std::chrono;

date::local_seconds to_local_seconds(const LocalDateTime& t) {
  const date::year_month_day ymd{date::year{t.year}, date::month{static_cast<unsigned>(t.month)},
                                 date::day{static_cast<unsigned>(t.day)}};
  return date::local_days{ymd} + hours{t.hour} + minutes{t.minute} + seconds{t.second};
}

LocalDateTime from_days_and_time(date::sys_days day, std::int64_t seconds_of_day) {
  const date::year_month_day ymd{day};
  LocalDateTime t;
  t.year = static_cast<int>(ymd.year());
  t.month = static_cast<int>(static_cast<unsigned>(ymd.month()));
  t.day = static_cast<int>(static_cast<unsigned>(ymd.day()));
  t.hour = static_cast<int>(seconds_of_day / 3600);
  t.minute = static_cast<int>(seconds_of_day / 60 % 60);
  t.second = static_cast<int>(seconds_of_day % 60);
  return t;
}

int parse_int(std::string_view s, std::size_t pos, std::size_t len, bool& ok) {
  int v = 0;
  if (pos + len > s.size()) {
    ok = false;
    return 0;
  }
  const auto* first = s.data() + pos;
  const auto [ptr, ec] = std::from_chars(first, first + len, v);
  if (ec != std::errc() || ptr != first + len) {
    ok = false;
  }
  return v;
}

}  // namespace

ZoneClock::ZoneClock(std::string_view zone_name) : m_zone(nullptr), m_name(zone_name) {
  try {
    m_zone = date::locate_zone(m_name);
  } catch (const std::exception&) {
    throw Error(ErrorCategory::usage, "unknown time zone '" + m_name +
                                          "': give an IANA zone such as Europe/Berlin or America/New_York");
  }
}

UtcInstant ZoneClock::to_utc(const LocalDateTime& local) {
  const date::local_seconds ls = to_local_seconds(local);
  const std::int64_t key = ls.time_since_epoch().count();
  // Messages come in runs within one offset period: look the zone up only when a time leaves it.
  if (!(m_cached && key >= m_cache_begin && key < m_cache_end)) {
    const date::local_info info = m_zone->get_info(ls);
    // In a gap the offset before the transition pushes the time forward by the gap; in an
    // overlap `first` is the earlier (pre-transition) offset, giving the earlier instant.
    if (info.result != date::local_info::unique) {
      if (info.result == date::local_info::nonexistent) {
        ++m_gaps;
      } else {
        ++m_overlaps;
      }
      const auto utc = ls.time_since_epoch() - info.first.offset;
      const date::sys_info si = m_zone->get_info(date::sys_seconds{utc});
      return {duration_cast<milliseconds>(utc).count(), static_cast<int>(duration_cast<minutes>(si.offset).count())};
    }
    const std::int64_t offset = info.first.offset.count();
    m_cache_offset = offset;
    // The local range where this offset certainly holds: the period's own range, a day in from
    // each end, since the local times next to a transition can be ambiguous or missing.
    constexpr std::int64_t k_day = 86400;
    m_cache_begin = info.first.begin.time_since_epoch().count() + offset + k_day;
    m_cache_end = info.first.end.time_since_epoch().count() + offset - k_day;
    const auto unique_at = [this](std::int64_t t) {
      return m_zone->get_info(date::local_seconds{seconds{t}}).result == date::local_info::unique;
    };
    if (m_cache_end <= m_cache_begin || !unique_at(m_cache_begin) || !unique_at(m_cache_end - 1)) {
      m_cache_end = m_cache_begin;
    }
    m_cached = m_cache_end > m_cache_begin;
    if (!m_cached) {
      return {(key - offset) * 1000, static_cast<int>(offset / 60)};
    }
  }
  return {(key - m_cache_offset) * 1000, static_cast<int>(m_cache_offset / 60)};
}

LocalDateTime ZoneClock::to_local(std::int64_t utc_ms) const {
  const date::sys_seconds ss{duration_cast<seconds>(milliseconds{utc_ms})};
  const auto local = m_zone->to_local(ss);
  const auto day = date::floor<date::days>(local);
  return from_days_and_time(date::sys_days{day.time_since_epoch()}, (local - day).count());
}

std::string ZoneClock::system_zone_name() {
  if (const char* tz = std::getenv("TZ"); tz != nullptr && *tz != '\0') {
    std::string name = tz[0] == ':' ? tz + 1 : tz;
    try {
      return date::locate_zone(name)->name();
    } catch (const std::exception&) {
      // Fall through to /etc/localtime: a TZ we cannot read is not worth failing for.
    }
  }
  try {
    return date::current_zone()->name();
  } catch (const std::exception&) {
    return "UTC";
  }
}

bool valid_date(int year, int month, int day) {
  if (month < 1 || month > 12 || day < 1) {
    return false;
  }
  const date::year_month_day ymd{date::year{year}, date::month{static_cast<unsigned>(month)},
                                 date::day{static_cast<unsigned>(day)}};
  return ymd.ok();
}

std::string format_iso_utc(std::int64_t utc_ms) {
  const auto ms = milliseconds{utc_ms};
  const auto secs = date::floor<seconds>(ms);
  const auto day = date::floor<date::days>(secs);
  const LocalDateTime t = from_days_and_time(date::sys_days{day}, (secs - day).count());
  char buf[40];
  const auto frac = (ms - secs).count();
  if (frac != 0) {
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", t.year, t.month, t.day, t.hour,
                  t.minute, t.second, static_cast<int>(frac));
  } else {
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02dZ", t.year, t.month, t.day, t.hour, t.minute,
                  t.second);
  }
  return buf;
}

std::string format_local(const LocalDateTime& t) {
  char buf[40];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d %02d:%02d:%02d", t.year, t.month, t.day, t.hour, t.minute,
                t.second);
  return buf;
}

void format_minute_key(const LocalDateTime& t, std::string& out) {
  // Without printf for the usual ranges: importers write one key a message.
  if (t.year < 0 || t.year > 9999 || t.month < 0 || t.month > 99 || t.day < 0 || t.day > 99 || t.hour < 0 ||
      t.hour > 99 || t.minute < 0 || t.minute > 99) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d", t.year, t.month, t.day, t.hour, t.minute);
    out = buf;
    return;
  }
  out.resize(16);
  auto two = [&out](std::size_t at, int v) {
    out[at] = static_cast<char>('0' + v / 10);
    out[at + 1] = static_cast<char>('0' + v % 10);
  };
  two(0, t.year / 100);
  two(2, t.year % 100);
  out[4] = '-';
  two(5, t.month);
  out[7] = '-';
  two(8, t.day);
  out[10] = 'T';
  two(11, t.hour);
  out[13] = ':';
  two(14, t.minute);
}

std::string format_minute_key(const LocalDateTime& t) {
  std::string out;
  format_minute_key(t, out);
  return out;
}

std::string format_utc_minute(std::int64_t utc_ms) {
  // Straight from the day number: Meta importers write one a message.
  constexpr std::int64_t k_day_ms = 86'400'000;
  std::int64_t days = utc_ms / k_day_ms;
  std::int64_t ms_of_day = utc_ms % k_day_ms;
  if (ms_of_day < 0) {
    ms_of_day += k_day_ms;
    --days;
  }
  const date::year_month_day ymd{date::sys_days{date::days{days}}};
  const int year = static_cast<int>(ymd.year());
  if (year < 0 || year > 9999) return format_iso_utc(utc_ms).substr(0, 16);
  const auto minute_of_day = static_cast<int>(ms_of_day / 60'000);
  return format_minute_key({year, static_cast<int>(static_cast<unsigned>(ymd.month())),
                            static_cast<int>(static_cast<unsigned>(ymd.day())), minute_of_day / 60, minute_of_day % 60, 0});
}

std::optional<std::int64_t> parse_iso_utc(std::string_view s) {
  bool ok = true;
  if (s.size() < 10 || s[4] != '-' || s[7] != '-') {
    return std::nullopt;
  }
  LocalDateTime t;
  t.year = parse_int(s, 0, 4, ok);
  t.month = parse_int(s, 5, 2, ok);
  t.day = parse_int(s, 8, 2, ok);
  std::size_t pos = 10;
  if (pos < s.size()) {
    if ((s[pos] != 'T' && s[pos] != ' ') || s.size() < pos + 6 || s[pos + 3] != ':') {
      return std::nullopt;
    }
    t.hour = parse_int(s, pos + 1, 2, ok);
    t.minute = parse_int(s, pos + 4, 2, ok);
    pos += 6;
    if (pos < s.size() && s[pos] == ':') {
      t.second = parse_int(s, pos + 1, 2, ok);
      pos += 3;
    }
    if (pos < s.size() && s[pos] == 'Z') {
      ++pos;
    }
    if (pos != s.size()) {
      return std::nullopt;
    }
  }
  if (!ok || !valid_date(t.year, t.month, t.day) || t.hour > 23 || t.minute > 59 || t.second > 59) {
    return std::nullopt;
  }
  const auto secs = to_local_seconds(t).time_since_epoch();
  return duration_cast<milliseconds>(secs).count();
}

}  // namespace chatvault::timeutil
