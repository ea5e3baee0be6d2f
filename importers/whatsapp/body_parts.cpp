#include "importers/whatsapp/body_parts.hpp"

#include <charconv>
#include <cstdlib>
#include <string>

#include "importers/whatsapp/text_match.hpp"
#include "util/utf8.hpp"

namespace chatvault::importers::whatsapp {
namespace {

bool digit(char c) { return c >= '0' && c <= '9'; }

// "POLL:" / "ENCUESTA:" / "ОПРОС:": an upper-case keyword and a colon; returns what follows.
std::optional<std::string_view> keyword_line(std::string_view line) {
  line = trim_marks(line);
  const std::size_t colon = line.find(':');
  if (colon == std::string_view::npos || colon < 2 || colon > 64) return std::nullopt;
  const std::string_view kw = line.substr(0, colon);
  for (const char c : kw) {
    const auto u = static_cast<unsigned char>(c);
    if (u < 0x80 && !(u >= 'A' && u <= 'Z')) return std::nullopt;
  }
  const Folded f = fold(kw);
  std::size_t changed = 0;
  for (std::size_t i = 0; i < f.text.size() && i < kw.size(); ++i) changed += f.text[i] != kw[i] ? 1 : 0;
  if (changed < 2 || f.text.size() != kw.size()) return std::nullopt;
  return trim_marks(line.substr(colon + 1));
}

// "Option A (2 votes)" → text and count.
std::optional<model::PollOption> parse_option(std::string_view s) {
  if (s.empty() || s.back() != ')') return std::nullopt;
  const std::size_t open = s.rfind(" (");
  if (open == std::string_view::npos) return std::nullopt;
  std::string_view inner = s.substr(open + 2, s.size() - open - 3);
  int votes = 0;
  const auto [ptr, ec] = std::from_chars(inner.data(), inner.data() + inner.size(), votes);
  if (ec != std::errc() || ptr == inner.data() + inner.size() || *ptr != ' ') return std::nullopt;
  model::PollOption o;
  o.text = std::string(s.substr(0, open));
  o.votes = votes;
  return o;
}

}  // namespace

std::string_view trim_marks(std::string_view s) {
  // Most texts start and end with an ASCII byte that is no space: nothing to trim (every mark
  // and special space below is non-ASCII at both ends).
  if (!s.empty()) {
    const auto front = static_cast<unsigned char>(s.front());
    const auto back = static_cast<unsigned char>(s.back());
    if (front < 0x80 && front != ' ' && front != '\t' && back < 0x80 && back != ' ' && back != '\t' && back != '\r') {
      return s;
    }
  }
  for (;;) {
    const std::size_t before = s.size();
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
    if (!s.empty() && static_cast<unsigned char>(s.front()) >= 0x80) {
      std::size_t n = 1;
      const char32_t cp = utf8::decode(s, 0, n);
      if (is_bidi_mark(cp) || cp == 0xA0 || cp == 0x202F) s.remove_prefix(n);
    }
    for (std::string_view m : {std::string_view("\xE2\x80\x8E"), std::string_view("\xE2\x80\x8F"),
                               std::string_view("\xC2\xA0"), std::string_view("\xE2\x80\xAF"),
                               std::string_view("\xE2\x80\xAC"), std::string_view("\xEF\xBB\xBF")}) {
      if (s.ends_with(m)) s.remove_suffix(m.size());
    }
    if (s.size() == before) return s;
  }
}

std::optional<model::Location> parse_maps_url(std::string_view url) {
  const std::size_t q = url.find("q=");
  if (q == std::string_view::npos || url.find("http") == std::string_view::npos) return std::nullopt;
  std::string_view coords = url.substr(q + 2);
  const std::size_t comma = coords.find(',');
  if (comma == std::string_view::npos) return std::nullopt;
  std::string lat_s(coords.substr(0, comma));
  std::string_view lon_v = coords.substr(comma + 1);
  std::size_t end = 0;
  while (end < lon_v.size() && (digit(lon_v[end]) || lon_v[end] == '.' || lon_v[end] == '-' || lon_v[end] == '+')) ++end;
  std::string lon_s(lon_v.substr(0, end));
  char* e1 = nullptr;
  char* e2 = nullptr;
  const double lat = std::strtod(lat_s.c_str(), &e1);
  const double lon = std::strtod(lon_s.c_str(), &e2);
  if (lat_s.empty() || lon_s.empty() || *e1 != '\0' || *e2 != '\0' || lat < -90 || lat > 90 || lon < -180 || lon > 180) {
    return std::nullopt;
  }
  model::Location loc;
  loc.lat = lat;
  loc.lon = lon;
  return loc;
}

std::optional<model::Poll> parse_poll(std::string_view body) {
  std::size_t nl = body.find('\n');
  const auto head = keyword_line(body.substr(0, nl));
  if (!head || nl == std::string_view::npos) return std::nullopt;
  model::Poll poll;
  std::string question(*head);
  std::string_view rest = body.substr(nl + 1);
  while (!rest.empty()) {
    nl = rest.find('\n');
    const std::string_view line = rest.substr(0, nl);
    rest = nl == std::string_view::npos ? std::string_view{} : rest.substr(nl + 1);
    const auto kw = keyword_line(line);
    const auto opt = kw ? parse_option(*kw) : std::nullopt;
    if (opt) {
      poll.options.push_back(*opt);
    } else if (!poll.options.empty()) {
      if (trim_marks(line).empty() && rest.empty()) break;  // a trailing empty line
      return std::nullopt;  // text after the options: not a poll
    } else {
      if (!question.empty()) question += '\n';
      question += std::string(trim_marks(line));
    }
  }
  if (poll.options.empty()) return std::nullopt;
  poll.question = std::move(question);
  return poll;
}

std::optional<std::int64_t> parse_duration(std::string_view s) {
  s = trim_marks(s);
  std::int64_t total = 0;
  bool any = false;
  while (!s.empty()) {
    std::size_t i = 0;
    std::int64_t n = 0;
    while (i < s.size() && digit(s[i])) n = n * 10 + (s[i++] - '0');
    if (i == 0 || n > 1000000) return std::nullopt;
    s = trim_marks(s.substr(i));
    std::size_t w = 0;
    while (w < s.size() && s[w] != ' ' && !digit(s[w])) ++w;
    const std::string unit = fold(s.substr(0, w)).text;
    s = trim_marks(s.substr(w));
    if (unit.starts_with("h") || unit.starts_with("st")) {
      total += n * 3600;
    } else if (unit.starts_with("m")) {
      total += n * 60;
    } else if (unit.starts_with("s")) {
      total += n;
    } else {
      return std::nullopt;
    }
    any = true;
  }
  if (!any) return std::nullopt;
  return total;
}

std::optional<int> first_number(std::string_view s) {
  int value = 0;
  bool any = false;
  for (std::size_t pos = 0; pos < s.size();) {
    std::size_t n = 1;
    const char32_t cp = static_cast<unsigned char>(s[pos]) < 0x80 ? static_cast<char32_t>(s[pos]) : utf8::decode(s, pos, n);
    int d = -1;
    if (cp >= '0' && cp <= '9') d = static_cast<int>(cp - '0');
    else if (cp >= 0x660 && cp <= 0x669) d = static_cast<int>(cp - 0x660);
    else if (cp >= 0x6F0 && cp <= 0x6F9) d = static_cast<int>(cp - 0x6F0);
    if (d >= 0 && value < 100000) {
      value = value * 10 + d;
      any = true;
    } else if (any) {
      break;
    }
    pos += n;
  }
  if (!any) return std::nullopt;
  return value;
}

}  // namespace chatvault::importers::whatsapp
