#include "importers/whatsapp/header_parser.hpp"

#include <array>
#include <cstdint>
#include <cstring>

#include "importers/whatsapp/plain_stamp.hpp"
#include "util/utf8.hpp"

namespace chatvault::importers::whatsapp {
namespace {

// Normalised view of the start of a line: invisible marks dropped, special spaces mapped to
// ' ', Arabic comma to ',', Arabic-Indic/Persian digits to ASCII, Arabic AM/PM letters to
// \x01 / \x02. Every normalised byte remembers where its source ended in the raw line.
constexpr std::size_t k_window = 200;  // raw bytes looked at; stamps are far shorter

struct View {
  // Only the first `len` entries are ever read (Cursor::within), so they are left uninitialised.
  std::array<char, k_window> c;
  std::array<std::uint16_t, k_window> end;  // raw offset just after the source of c[i]
  std::size_t len = 0;
  std::size_t raw_start = 0;  // raw offset of the first normalised byte
  bool complete = false;      // the whole line fits in the view
  bool truncated = false;     // normalised only up to a shorter raw limit than the window's
};

bool is_invisible(char32_t cp) {
  return cp == 0x200E || cp == 0x200F || cp == 0xFEFF || (cp >= 0x202A && cp <= 0x202E) ||
         (cp >= 0x2066 && cp <= 0x2069);
}

void push(View& v, char ch, std::size_t raw_end) {
  v.c[v.len] = ch;
  v.end[v.len] = static_cast<std::uint16_t>(raw_end);
  ++v.len;
}

// Normalises at most `raw_limit` raw bytes (a stamp is short: most lines need only the first
// few dozen); `truncated` tells when the full window would have held more.
View normalise(std::string_view line, std::size_t raw_limit) {
  View v;
  std::size_t pos = 0;
  bool first = true;
  const std::size_t full = line.size() < k_window - 8 ? line.size() : k_window - 8;
  const std::size_t limit = full < raw_limit ? full : raw_limit;
  while (pos < limit && v.len + 4 < k_window) {
    const auto byte = static_cast<unsigned char>(line[pos]);
    if (byte < 0x80) {
      if (first) {
        v.raw_start = pos;
        first = false;
      }
      // A run of ASCII bytes, copied as it is (as many as the loop condition would take).
      const std::size_t room = k_window - 4 - v.len;
      std::size_t run_end = pos + 1;
      const std::size_t run_limit = limit - pos < room ? limit : pos + room;
      while (run_end + 8 <= run_limit) {  // eight bytes at a time while all are ASCII
        std::uint64_t w = 0;
        std::memcpy(&w, line.data() + run_end, 8);
        if ((w & 0x8080808080808080ull) != 0) break;
        run_end += 8;
      }
      while (run_end < run_limit && static_cast<unsigned char>(line[run_end]) < 0x80) ++run_end;
      const std::size_t count = run_end - pos;
      std::memcpy(v.c.data() + v.len, line.data() + pos, count);
      std::uint16_t* end = v.end.data() + v.len;
      for (std::size_t k = 0; k < count; ++k) end[k] = static_cast<std::uint16_t>(pos + k + 1);
      v.len += count;
      pos = run_end;
      continue;
    }
    std::size_t n = 1;
    const char32_t cp = utf8::decode(line, pos, n);
    const std::size_t next = pos + n;
    // Any invisible mark before the line; inside the stamp only LRM/RLM (Arabic dates carry
    // an RLM before every field). A BOM inside "[\uFEFF29.01.18" is not a stamp.
    if (is_invisible(cp) && (first || cp == 0x200E || cp == 0x200F)) {
      pos = next;
      continue;
    }
    if (first) {
      v.raw_start = pos;
      first = false;
    }
    if (cp == 0x202F || cp == 0x00A0 || cp == 0x2009) {
      push(v, ' ', next);
    } else if (cp == 0x060C) {
      push(v, ',', next);
    } else if (cp >= 0x0660 && cp <= 0x0669) {
      push(v, static_cast<char>('0' + (cp - 0x0660)), next);
    } else if (cp >= 0x06F0 && cp <= 0x06F9) {
      push(v, static_cast<char>('0' + (cp - 0x06F0)), next);
    } else if (cp == 0x0635) {  // ص (AM)
      push(v, '\x01', next);
    } else if (cp == 0x0645) {  // م (PM)
      push(v, '\x02', next);
    } else {
      for (std::size_t k = pos; k < next; ++k) {
        push(v, line[k], k + 1);
      }
    }
    pos = next;
  }
  v.complete = pos >= line.size();
  v.truncated = pos < full && v.len + 4 < k_window;
  return v;
}

struct Cursor {
  const View& v;
  std::size_t p = 0;
  // Set when the parse looked past the end of a truncated view: its outcome is not final.
  mutable bool overrun = false;

  bool at_end() const { return !within(p); }
  // True if i is inside the view; notes an overrun of a truncated view.
  bool within(std::size_t i) const {
    if (i < v.len) return true;
    overrun = overrun || v.truncated;
    return false;
  }
  char peek(std::size_t ahead = 0) const { return within(p + ahead) ? v.c[p + ahead] : '\0'; }
  static bool digit(char ch) { return ch >= '0' && ch <= '9'; }
  static bool alpha(char ch) { return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z'); }

  // Reads min..max digits; returns the value and sets `count`, or -1.
  int digits(int min, int max, int& count) {
    int value = 0;
    count = 0;
    while (count < max && digit(peek())) {
      value = value * 10 + (peek() - '0');
      ++p;
      ++count;
    }
    if (count < min || digit(peek())) {
      return -1;
    }
    return value;
  }
  bool lit(std::string_view s) {
    if (s.empty() || !within(p + s.size() - 1)) {
      return s.empty();
    }
    for (std::size_t i = 0; i < s.size(); ++i) {
      if (v.c[p + i] != s[i]) {
        return false;
      }
    }
    p += s.size();
    return true;
  }
  void spaces() {
    while (peek() == ' ') {
      ++p;
    }
  }
};

struct DatePart {
  int a = 0, b = 0, c = 0, year = 0;
  bool year_first = false;
  bool era = false;
};

bool parse_date(Cursor& cur, DatePart& d) {
  int n1 = 0;
  const int a = cur.digits(1, 4, n1);
  if (a < 0 || n1 == 3) {
    return false;
  }
  const char sep = cur.peek();
  if (sep != '/' && sep != '.' && sep != '-') {
    return false;
  }
  ++cur.p;
  if (sep == '.') {
    cur.spaces();
  }
  int n2 = 0;
  const int b = cur.digits(1, 2, n2);
  if (b < 0 || cur.peek() != sep) {
    return false;
  }
  ++cur.p;
  if (sep == '.') {
    cur.spaces();
  }
  d = DatePart{};
  d.a = a;
  d.b = b;
  if (n1 == 4) {
    int n3 = 0;
    const int c = cur.digits(1, 2, n3);
    if (c < 0 || b < 1 || b > 12 || c < 1 || c > 31) {
      return false;
    }
    d.year_first = true;
    d.year = a;
    d.c = c;
  } else {
    if (a < 1 || a > 31 || b < 1 || b > 31 || (a > 12 && b > 12)) {
      return false;
    }
    const char e = cur.peek();
    if ((e == 'R' || e == 'H' || e == 'S') && Cursor::digit(cur.peek(1))) {
      // Japanese era: Reiwa from 2019, Heisei from 1989, Showa from 1926.
      ++cur.p;
      int ne = 0;
      const int n = cur.digits(1, 2, ne);
      if (n < 1) {
        return false;
      }
      d.year = (e == 'R' ? 2018 : e == 'H' ? 1988 : 1925) + n;
      d.era = true;
      d.c = n;
    } else {
      int n3 = 0;
      const int c = cur.digits(2, 4, n3);
      if (c < 0 || n3 == 3) {
        return false;
      }
      d.c = c;
      d.year = n3 == 2 ? 2000 + c : c;
      if (n3 == 4 && cur.lit(" BE")) {  // Buddhist era
        d.year = c - 543;
        d.era = true;
      }
    }
  }
  if (sep == '.' && cur.peek() == '.') {  // "13. 6. 2018."
    ++cur.p;
  }
  return true;
}

struct TimePart {
  int hour = 0, minute = 0, second = 0;
  bool has_seconds = false;
  Meridiem meridiem = Meridiem::none;
};

// A 12-hour marker at the cursor; `spaced`: a space preceded it (Latin markers need one).
Meridiem parse_marker(Cursor& cur, bool spaced) {
  const char m0 = cur.peek();
  if (m0 == '\x01' || m0 == '\x02') {  // Arabic ص / م
    ++cur.p;
    return m0 == '\x01' ? Meridiem::am : Meridiem::pm;
  }
  // Every marker below starts with a letter or the lead byte of 上/下/午/오: anything else
  // (the " - " of most headers) is told at once, with the same outcome as the full search.
  const auto u0 = static_cast<unsigned char>(m0);
  if (!Cursor::alpha(m0) && u0 != 0xE4 && u0 != 0xE5 && u0 != 0xEC) return Meridiem::none;
  struct Word {
    std::string_view text;
    Meridiem m;
  };
  static constexpr Word k_words[] = {
      {"\xE4\xB8\x8A\xE5\x8D\x88", Meridiem::am}, {"\xE4\xB8\x8B\xE5\x8D\x88", Meridiem::pm},  // 上午 下午
      {"\xE5\x8D\x88\xE5\x89\x8D", Meridiem::am}, {"\xE5\x8D\x88\xE5\xBE\x8C", Meridiem::pm},  // 午前 午後
      {"\xEC\x98\xA4\xEC\xA0\x84", Meridiem::am}, {"\xEC\x98\xA4\xED\x9B\x84", Meridiem::pm},  // 오전 오후
  };
  for (const Word& w : k_words) {
    if (cur.lit(w.text)) return w.m;
  }
  if (!spaced) return Meridiem::none;
  auto at = [&](std::size_t i) { return cur.within(i) ? cur.v.c[i] : '\0'; };
  static constexpr Word k_german[] = {
      {"vorm.", Meridiem::am},   {"nachm.", Meridiem::pm},  {"morgens", Meridiem::am},
      {"mittags", Meridiem::noon}, {"abends", Meridiem::pm}, {"nachts", Meridiem::night},
  };
  for (const Word& w : k_german) {
    const std::size_t save = cur.p;
    bool ok = true;
    for (std::size_t i = 0; i < w.text.size() && ok; ++i) {
      char c = at(cur.p + i);
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
      ok = c == w.text[i];
    }
    if (ok && !Cursor::alpha(at(cur.p + w.text.size()))) {
      cur.p += w.text.size();
      return w.m;
    }
    cur.p = save;
  }
  // AM/PM, am/pm, a.m./p.m., a. m./p. m.
  if (m0 == 'a' || m0 == 'A' || m0 == 'p' || m0 == 'P') {
    std::size_t q = cur.p + 1;
    if (at(q) == '.') {
      ++q;
      while (at(q) == ' ') ++q;
    }
    if (at(q) == 'm' || at(q) == 'M') {
      ++q;
      if (at(q) == '.') ++q;
      if (!Cursor::alpha(at(q))) {
        cur.p = q;
        return (m0 == 'a' || m0 == 'A') ? Meridiem::am : Meridiem::pm;
      }
    }
  }
  return Meridiem::none;
}

bool parse_time(Cursor& cur, TimePart& t) {
  // A marker may come first: "下午2:56", "오후 2:56", "م 9:53".
  Meridiem before = Meridiem::none;
  {
    const std::size_t save = cur.p;
    before = parse_marker(cur, false);
    if (before != Meridiem::none) {
      cur.spaces();
    } else {
      cur.p = save;
    }
  }
  int n = 0;
  const int h = cur.digits(1, 2, n);
  if (h < 0) {
    return false;
  }
  const char sep = cur.peek();
  if (sep != ':' && sep != '.') {
    return false;
  }
  ++cur.p;
  const int m = cur.digits(2, 2, n);
  if (m < 0) {
    return false;
  }
  t = TimePart{};
  t.hour = h;
  t.minute = m;
  t.meridiem = before;
  if (cur.peek() == sep && Cursor::digit(cur.peek(1))) {
    ++cur.p;
    const int s = cur.digits(2, 2, n);
    if (s < 0) {
      return false;
    }
    t.second = s;
    t.has_seconds = true;
  }
  if (t.hour > 23 || t.minute > 59 || t.second > 59) {
    return false;
  }
  // Optional 12-hour marker after the time.
  const std::size_t save = cur.p;
  cur.spaces();
  if (t.meridiem == Meridiem::none) {
    const Meridiem after = parse_marker(cur, cur.p > save);
    if (after != Meridiem::none) {
      t.meridiem = after;
      return true;
    }
  }
  cur.p = save;
  return true;
}

bool parse_dtsep(Cursor& cur) {
  bool any = false;
  if (cur.peek() == ',') {
    ++cur.p;
    any = true;
  }
  if (cur.peek() == ' ') {
    cur.spaces();
    any = true;
  }
  if (!any) {
    return false;
  }
  if (cur.lit("klo ") || cur.lit("\xC3\xA0 ")) {  // Finnish "klo", French "à"
    cur.spaces();
  }
  return true;
}

}  // namespace

std::string_view skip_invisible_prefix(std::string_view s) {
  std::size_t pos = 0;
  while (pos < s.size() && static_cast<unsigned char>(s[pos]) >= 0x80) {
    std::size_t n = 1;
    const char32_t cp = utf8::decode(s, pos, n);
    if (!is_invisible(cp)) {
      break;
    }
    pos += n;
  }
  return s.substr(pos);
}

bool is_blank_line(std::string_view line) {
  line = skip_invisible_prefix(line);
  for (const char c : line) {
    if (c != ' ' && c != '\t') {
      return false;
    }
  }
  return true;
}

namespace {

std::optional<Stamp> parse_view(std::string_view line, const View& v, bool& overrun);

}  // namespace

std::optional<Stamp> parse_header(std::string_view line) {
  if (Stamp st; parse_plain_stamp(line, st)) return st;
  // Cheap rejection: a header starts (after invisible marks) with '[' or a digit.
  const std::string_view lead = skip_invisible_prefix(line);
  if (lead.empty()) {
    return std::nullopt;
  }
  const auto b0 = static_cast<unsigned char>(lead[0]);
  if (b0 != '[' && !(b0 >= '0' && b0 <= '9') && b0 != 0xD9 && b0 != 0xDB) {
    return std::nullopt;  // not '[', an ASCII digit or an Arabic-Indic/Persian digit
  }
  // First the line's start only; the whole window when the parse needed more.
  constexpr std::size_t k_short = 40;
  bool overrun = false;
  auto st = parse_view(line, normalise(line, k_short), overrun);
  if (overrun) {
    overrun = false;
    st = parse_view(line, normalise(line, k_window), overrun);
  }
  return st;
}

namespace {

std::optional<Stamp> parse_view(std::string_view line, const View& v, bool& overrun) {
  Cursor cur{v};
  struct Note {
    Cursor& c;
    bool& out;
    ~Note() { out = c.overrun; }
  } note{cur, overrun};
  if (cur.at_end()) {
    return std::nullopt;
  }
  const char first = cur.peek();
  const bool bracketed = first == '[';
  if (!bracketed && !Cursor::digit(first)) {
    return std::nullopt;
  }
  if (bracketed) {
    ++cur.p;
    cur.spaces();
  }
  Stamp st;
  DatePart d;
  TimePart t;
  const std::size_t start = cur.p;
  bool ok = parse_date(cur, d) && parse_dtsep(cur) && parse_time(cur, t);
  if (!ok && bracketed) {
    cur.p = start;
    ok = parse_time(cur, t) && cur.lit(",") && (cur.spaces(), true) && parse_date(cur, d);
    st.time_first = ok;
  }
  if (!ok) {
    return std::nullopt;
  }
  std::size_t rest = 0;
  if (bracketed) {
    cur.spaces();
    if (!cur.lit("]")) {
      return std::nullopt;
    }
    if (cur.at_end()) {
      if (!v.complete) {
        return std::nullopt;
      }
      rest = line.size();
    } else if (cur.peek() == ' ') {
      ++cur.p;
      rest = v.end[cur.p - 1];
    } else {
      return std::nullopt;
    }
    st.layout = Layout::bracketed;
  } else if (cur.lit(" - ")) {
    st.layout = Layout::dash;
    rest = v.end[cur.p - 1];
  } else if (cur.lit(": ")) {
    st.layout = Layout::colon;
    rest = v.end[cur.p - 1];
  } else {
    return std::nullopt;
  }
  st.year_first = d.year_first;
  st.a = d.a;
  st.b = d.b;
  st.c = d.c;
  st.year = d.year;
  st.era = d.era;
  st.hour = t.hour;
  st.minute = t.minute;
  st.second = t.second;
  st.has_seconds = t.has_seconds;
  st.meridiem = t.meridiem;
  st.rest_offset = rest > line.size() ? line.size() : rest;
  return st;
}

}  // namespace

std::optional<timeutil::LocalDateTime> resolve(const Stamp& s, FieldOrder order) {
  timeutil::LocalDateTime t;
  if (s.year_first) {
    t.year = s.year;
    t.month = s.b;
    t.day = s.c;
  } else if (order == FieldOrder::ymd) {
    if (s.era) {
      return std::nullopt;
    }
    t.year = s.a < 100 ? 2000 + s.a : s.a;
    t.month = s.b;
    t.day = s.c;
  } else {
    t.year = s.year;
    t.day = order == FieldOrder::dmy ? s.a : s.b;
    t.month = order == FieldOrder::dmy ? s.b : s.a;
  }
  if (!timeutil::valid_date(t.year, t.month, t.day)) {
    return std::nullopt;
  }
  t.hour = s.hour;
  switch (s.meridiem) {
    case Meridiem::am:
      t.hour = s.hour == 12 ? 0 : s.hour;
      break;
    case Meridiem::pm:
      t.hour = s.hour >= 1 && s.hour <= 11 ? s.hour + 12 : s.hour;
      break;
    case Meridiem::noon:  // "12 mittags" is noon, "1 mittags" 13:00, "11 mittags" 11:00
      t.hour = s.hour >= 1 && s.hour <= 5 ? s.hour + 12 : s.hour;
      break;
    case Meridiem::night:  // "11 nachts" 23:00, "2 nachts" 02:00, "12 nachts" midnight
      t.hour = s.hour == 12 ? 0 : (s.hour >= 6 && s.hour <= 11 ? s.hour + 12 : s.hour);
      break;
    case Meridiem::none:
      break;
  }
  t.minute = s.minute;
  t.second = s.second;
  return t;
}

RestSplit split_rest(std::string_view rest) {
  RestSplit out;
  const std::size_t i = rest.find(": ");
  if (i != std::string_view::npos) {
    out.has_author = true;
    out.author = rest.substr(0, i);
    out.body = rest.substr(i + 2);
    return out;
  }
  if (!rest.empty() && rest.back() == ':') {
    out.has_author = true;
    out.author = rest.substr(0, rest.size() - 1);
    return out;
  }
  out.body = rest;
  return out;
}

}  // namespace chatvault::importers::whatsapp
