// A date is read as tokens (numbers, words, punctuation), not by pattern: the languages put
// day, month, year, fillers and zone in many orders, but every one of them writes one month
// (a name, or a number in an all-numeric date), one day, one four-digit year and an H:MM time.
#include "importers/meta/html_dates.hpp"

#include <date/date.h>

#include <array>
#include <chrono>

#include "util/utf8.hpp"

namespace chatvault::importers::meta {
namespace {

enum class TokenKind { number, word, punct };

struct Token {
  TokenKind kind = TokenKind::punct;
  std::string text;     // words: lower case; punctuation: the character
  bool upper = false;   // words: all ASCII capitals as written ("PDT")
  int value = 0;        // numbers
  std::size_t digits = 0;
};

struct Zone {
  std::string_view name;
  int offset_min;
  std::string_view ambiguity;  // non-empty: the places the abbreviation stands for
};

// Abbreviations Facebook wrote in legacy pages, and the common ones besides; the ambiguous ones
// cannot be read without the user's zone (fbchat-archive-parser refuses them too).
constexpr std::array<Zone, 55> k_zones{{
    {"UTC", 0, {}}, {"GMT", 0, {}}, {"PST", -480, {}}, {"PDT", -420, {}}, {"MST", -420, {}},
    {"MDT", -360, {}}, {"CST", 0, "US Central, China or Cuba"}, {"CDT", 0, "US Central or China"},
    {"EST", -300, {}}, {"EDT", -240, {}}, {"AKST", -540, {}}, {"AKDT", -480, {}}, {"HST", -600, {}},
    {"HDT", -540, {}}, {"AST", 0, "Atlantic or Arabia"}, {"ADT", -180, {}}, {"NST", -210, {}},
    {"NDT", -150, {}}, {"BST", 0, "British Summer or Bangladesh"}, {"IST", 0, "India, Ireland or Israel"},
    {"WET", 0, {}}, {"WEST", 60, {}}, {"CET", 60, {}}, {"CEST", 120, {}}, {"MET", 60, {}}, {"MEST", 120, {}},
    {"EET", 120, {}}, {"EEST", 180, {}}, {"MSK", 180, {}}, {"JST", 540, {}}, {"KST", 540, {}},
    {"HKT", 480, {}}, {"SGT", 480, {}}, {"PHT", 480, {}}, {"WIB", 420, {}}, {"WITA", 480, {}},
    {"WIT", 540, {}}, {"ICT", 420, {}}, {"PKT", 300, {}}, {"AEST", 600, {}}, {"AEDT", 660, {}},
    {"ACST", 570, {}}, {"ACDT", 630, {}}, {"AWST", 480, {}}, {"NZST", 720, {}}, {"NZDT", 780, {}},
    {"SAST", 120, {}}, {"EAT", 180, {}}, {"WAT", 60, {}}, {"CAT", 120, {}}, {"BRT", -180, {}},
    {"ART", -180, {}}, {"GST", 0, "Gulf or South Georgia"}, {"IDT", 180, {}}, {"MYT", 480, {}},
}};

// Lower case for the scripts month names are written in: ASCII, Latin-1, Latin Extended-A and
// Cyrillic (the table holds lower-case names; pages capitalise them at will).
char32_t lower(char32_t c) {
  if (c >= 'A' && c <= 'Z') return c + 32;
  if (c >= 0xC0 && c <= 0xDE && c != 0xD7) return c + 32;
  if (c >= 0x100 && c <= 0x17F) {
    const bool odd_upper = (c >= 0x139 && c <= 0x148) || (c >= 0x179 && c <= 0x17E);
    if (c == 0x130) return 'i';
    if (c == 0x178) return 0xFF;
    if (odd_upper ? (c % 2 == 1) : (c % 2 == 0 && c != 0x138)) return c + 1;
    return c;
  }
  if (c >= 0x410 && c <= 0x42F) return c + 32;
  if (c >= 0x400 && c <= 0x40F) return c + 80;
  return c;
}

// Spaces and invisible marks between the parts of a date (U+00A0, the U+202F newer locales put
// before "PM", bidi marks), as byte lengths at s[i]; 0 for anything else.
std::size_t separator_at(std::string_view s, std::size_t i) {
  const char c = s[i];
  if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') return 1;
  for (std::string_view sep : {"\xC2\xA0", "\xE2\x80\xAF", "\xE2\x80\x89", "\xE2\x80\x8E", "\xE2\x80\x8F",
                               "\xE2\x80\x8B"}) {
    if (s.substr(i).starts_with(sep)) return sep.size();
  }
  return 0;
}

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_ascii_punct(char c) {
  return c == ',' || c == '.' || c == ':' || c == '+' || c == '-' || c == '/' || c == '(' || c == ')';
}

// nullopt for a character no date holds (an '@', a '#', a stray emoji are all still words,
// and fail later as unknown words).
std::optional<std::vector<Token>> tokenize(std::string_view s) {
  std::vector<Token> out;
  std::size_t i = 0;
  while (i < s.size()) {
    if (const std::size_t n = separator_at(s, i)) {
      i += n;
      continue;
    }
    const char c = s[i];
    if (is_digit(c)) {
      Token t;
      t.kind = TokenKind::number;
      while (i < s.size() && is_digit(s[i])) {
        if (++t.digits > 4) return std::nullopt;
        t.value = t.value * 10 + (s[i++] - '0');
      }
      out.push_back(std::move(t));
      continue;
    }
    if (is_ascii_punct(c)) {
      out.push_back({TokenKind::punct, std::string(1, c), false, 0, 0});
      ++i;
      continue;
    }
    if (static_cast<unsigned char>(c) < 0x80 && !(c >= 'a' && c <= 'z') && !(c >= 'A' && c <= 'Z')) {
      return std::nullopt;
    }
    Token t;
    t.kind = TokenKind::word;
    t.upper = true;
    while (i < s.size() && separator_at(s, i) == 0 && !is_digit(s[i]) && !is_ascii_punct(s[i])) {
      const auto b = static_cast<unsigned char>(s[i]);
      if (b < 0x80 && !(b >= 'a' && b <= 'z') && !(b >= 'A' && b <= 'Z')) return std::nullopt;
      std::size_t len = 1;
      const char32_t cp = utf8::decode(s, i, len);
      t.upper = t.upper && cp >= 'A' && cp <= 'Z';
      utf8::append(t.text, lower(cp));
      i += len;
    }
    out.push_back(std::move(t));
  }
  return out;
}

struct Scan {
  int hour = -1;
  int minute = -1;
  int second = -1;
  int meridiem = 0;  // 1 am, 2 pm
  int month = 0;     // from a month name
  std::vector<const Token*> numbers;
  std::optional<int> numeric_offset;  // "UTC-07", "+0200"
  std::optional<int> named_offset;    // "PDT", "UTC"
  std::string_view ambiguous;         // the places an ambiguous abbreviation may mean
  std::string zone_name;
};

bool contains(std::span<const std::string_view> words, std::string_view w) {
  for (std::string_view x : words) {
    if (x == w) return true;
  }
  return false;
}

int month_named(const DateLanguage& lang, std::string_view w) {
  for (const MonthName& m : lang.months) {
    if (m.name == w) return m.month;
  }
  return 0;
}

DateParse fail(DateFailure why, std::string detail) {
  DateParse p;
  p.failure = why;
  p.detail = std::move(detail);
  return p;
}

// "+07", "-7", "+05:30", "-0700" from tokens[i] (the sign) on; advances `i` past it.
std::optional<int> read_offset(const std::vector<Token>& t, std::size_t& i) {
  if (i + 1 >= t.size() || t[i].kind != TokenKind::punct || (t[i].text != "+" && t[i].text != "-") ||
      t[i + 1].kind != TokenKind::number) {
    return std::nullopt;
  }
  const int sign = t[i].text == "-" ? -1 : 1;
  const Token& n = t[i + 1];
  int minutes = 0;
  std::size_t used = 2;
  if (n.digits == 4) {
    minutes = n.value / 100 * 60 + n.value % 100;
  } else if (n.digits <= 2) {
    minutes = n.value * 60;
    if (i + 3 < t.size() && t[i + 2].text == ":" && t[i + 3].kind == TokenKind::number && t[i + 3].digits == 2) {
      minutes += t[i + 3].value;
      used = 4;
    }
  } else {
    return std::nullopt;
  }
  if (minutes > 14 * 60) return std::nullopt;
  i += used;
  return sign * minutes;
}

bool is_word(const std::vector<Token>& t, std::size_t i, std::string_view w) {
  return i < t.size() && t[i].kind == TokenKind::word && t[i].text == w;
}

// "a. m." / "p.m." as Spanish and others write them: the tokens at i, advancing past them.
int spelled_meridiem(const std::vector<Token>& t, std::size_t& i) {
  if (!is_word(t, i, "a") && !is_word(t, i, "p")) return 0;
  std::size_t j = i + 1;
  if (j < t.size() && t[j].text == ".") ++j;
  if (!is_word(t, j, "m")) return 0;
  const int m = t[i].text == "a" ? 1 : 2;
  if (j + 1 < t.size() && t[j + 1].text == ".") ++j;
  i = j;
  return m;
}

DateParse read(const std::vector<Token>& t, const DateLanguage& lang) {
  Scan s;
  for (std::size_t i = 0; i < t.size(); ++i) {
    const Token& tok = t[i];
    if (tok.kind == TokenKind::number) {
      const bool colon_time = i + 2 < t.size() && t[i + 1].text == ":" && t[i + 2].kind == TokenKind::number &&
                              t[i + 2].digits == 2 && tok.digits <= 2;
      // "15.47" only where the language writes times so, and only after a whole date.
      const bool dot_time = lang.dot_time && !colon_time && i + 2 < t.size() && t[i + 1].text == "." &&
                            t[i + 2].kind == TokenKind::number && t[i + 2].digits == 2 && tok.digits <= 2 &&
                            s.numbers.size() + (s.month != 0 ? 1 : 0) >= 3 &&
                            (i + 3 >= t.size() || t[i + 3].kind != TokenKind::number);
      if (s.hour < 0 && (colon_time || dot_time)) {
        s.hour = tok.value;
        s.minute = t[i + 2].value;
        i += 2;
        const std::string_view sep = t[i - 1].text;
        if (i + 2 < t.size() && t[i + 1].text == sep && t[i + 2].kind == TokenKind::number && t[i + 2].digits == 2) {
          s.second = t[i + 2].value;
          i += 2;
        }
        continue;
      }
      s.numbers.push_back(&tok);
      continue;
    }
    if (tok.kind == TokenKind::punct) {
      if (s.hour >= 0 && (tok.text == "+" || tok.text == "-")) {
        std::size_t j = i;
        if (const auto off = read_offset(t, j)) {
          s.numeric_offset = off;
          i = j - 1;
          continue;
        }
      }
      if (tok.text == "+") return fail(DateFailure::unexpected_format, "a stray '+'");
      continue;
    }
    const std::string& w = tok.text;
    if (w == "utc" || w == "gmt") {
      std::size_t j = i + 1;
      if (const auto off = read_offset(t, j)) {
        s.numeric_offset = off;
        i = j - 1;
      } else {
        s.named_offset = 0;
      }
      continue;
    }
    if (w == "am" || w == "pm") {
      s.meridiem = w == "am" ? 1 : 2;
      continue;
    }
    if (const int m = spelled_meridiem(t, i)) {
      s.meridiem = m;
      continue;
    }
    if (const int m = month_named(lang, w)) {
      if (s.month != 0) return fail(DateFailure::unexpected_format, "two month names");
      s.month = m;
      continue;
    }
    if (contains(lang.ignored, w)) continue;
    if (tok.upper && w.size() >= 2 && w.size() <= 5 && s.hour >= 0) {
      std::string name = w;
      for (char& c : name) c = static_cast<char>(c - 'a' + 'A');
      const Zone* zone = nullptr;
      for (const Zone& z : k_zones) {
        if (z.name == name) zone = &z;
      }
      if (zone == nullptr) return fail(DateFailure::unexpected_format, "unknown time zone '" + name + "'");
      s.zone_name = name;
      if (zone->ambiguity.empty()) {
        s.named_offset = zone->offset_min;
      } else {
        s.ambiguous = zone->ambiguity;
      }
      continue;
    }
    return fail(DateFailure::unexpected_format, "unknown word '" + w + "'");
  }

  if (s.hour < 0) return fail(DateFailure::unexpected_format, "no time of day");
  int year = 0;
  int month = s.month;
  int day = 0;
  const auto& n = s.numbers;
  if (month != 0) {
    if (n.size() != 2) return fail(DateFailure::unexpected_format, "not one day and one year beside the month");
    const bool first_is_year = n[0]->digits == 4;
    const Token* y = first_is_year ? n[0] : n[1];
    const Token* d = first_is_year ? n[1] : n[0];
    if (y->digits != 4 || d->digits > 2) return fail(DateFailure::unexpected_format, "no four-digit year");
    year = y->value;
    day = d->value;
  } else {
    if (n.size() != 3) return fail(DateFailure::unexpected_format, "no month");
    if (n[0]->digits == 4 || lang.order == NumericOrder::ymd) {
      year = n[0]->value, month = n[1]->value, day = n[2]->value;
      if (n[0]->digits != 4) return fail(DateFailure::unexpected_format, "no four-digit year");
    } else {
      if (n[2]->digits != 4) return fail(DateFailure::unexpected_format, "no four-digit year");
      year = n[2]->value;
      month = lang.order == NumericOrder::dmy ? n[1]->value : n[0]->value;
      day = lang.order == NumericOrder::dmy ? n[0]->value : n[1]->value;
    }
  }
  if (year < 1970 || year > 2200 || !timeutil::valid_date(year, month, day)) {
    return fail(DateFailure::unexpected_format, "no such day");
  }
  int hour = s.hour;
  if (s.meridiem != 0) {
    if (hour > 12) return fail(DateFailure::unexpected_format, "hour above 12 with am/pm");
    hour = hour % 12 + (s.meridiem == 2 ? 12 : 0);
  }
  if (hour > 23 || s.minute > 59 || s.second > 59) return fail(DateFailure::unexpected_format, "no such time");

  DateParse p;
  p.date = HtmlDate{{year, month, day, hour, s.minute, s.second < 0 ? 0 : s.second},
                    s.numeric_offset ? s.numeric_offset : s.named_offset, s.second >= 0};
  p.language = &lang;
  if (!s.numeric_offset && !s.ambiguous.empty()) {
    p.date->offset_min.reset();
    p.failure = DateFailure::ambiguous_zone;
    p.detail = "time zone '" + s.zone_name + "' is ambiguous (" + std::string(s.ambiguous) + ")";
  }
  return p;
}

std::string lower_ascii(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c == '_') c = '-';
  }
  return out;
}

}  // namespace

const DateLanguage* date_language_for_tag(std::string_view tag) {
  const std::string t = lower_ascii(tag);
  const std::string primary = t.substr(0, t.find('-'));
  const std::string region = t.size() > primary.size() ? t.substr(primary.size() + 1) : std::string();
  std::string_view code = primary;
  if (primary == "en") {
    // English outside North America writes the day first.
    code = region.empty() || region == "us" || region == "ca" || region == "ph" ? "en" : "en-GB";
  } else if (primary == "no" || primary == "nn") {
    code = "nb";
  } else if (primary == "sh" || primary == "bs") {
    code = "hr";
  }
  for (const DateLanguage& lang : date_languages()) {
    if (lang.code == code) return &lang;
  }
  return nullptr;
}

DateParse parse_html_date(std::string_view text, const DateLanguage* lang) {
  const auto tokens = tokenize(text);
  if (!tokens || tokens->empty()) return fail(DateFailure::unexpected_format, "not a date");
  if (lang != nullptr) return read(*tokens, *lang);
  DateParse best = fail(DateFailure::unexpected_format, "not a date in any known language");
  for (const DateLanguage& l : date_languages()) {
    DateParse p = read(*tokens, l);
    if (p.failure == DateFailure::none) return p;
    // A date with an ambiguous zone is still a date: that is the more useful failure to report.
    if (p.failure == DateFailure::ambiguous_zone && best.failure != DateFailure::ambiguous_zone) best = std::move(p);
  }
  return best;
}

const DateLanguage* guess_date_language(const std::vector<std::string>& samples, const DateLanguage* hint) {
  const auto langs = date_languages();
  std::vector<std::size_t> read_count(langs.size(), 0);
  for (const std::string& s : samples) {
    const auto tokens = tokenize(s);
    if (!tokens || tokens->empty()) continue;
    for (std::size_t i = 0; i < langs.size(); ++i) {
      if (read(*tokens, langs[i]).failure != DateFailure::unexpected_format) ++read_count[i];
    }
  }
  const DateLanguage* best = hint;
  std::size_t best_count = 0;
  for (std::size_t i = 0; i < langs.size(); ++i) {
    if (&langs[i] == hint) best_count = read_count[i];
  }
  for (std::size_t i = 0; i < langs.size(); ++i) {
    if (read_count[i] > best_count) {
      best = &langs[i];
      best_count = read_count[i];
    }
  }
  return best;
}

timeutil::UtcInstant to_instant(const HtmlDate& d, timeutil::ZoneClock* clock) {
  if (!d.offset_min && clock != nullptr) return clock->to_utc(d.local);
  using namespace std::chrono;
  const date::sys_days day{date::year{d.local.year} / d.local.month / d.local.day};
  const auto as_utc = sys_seconds{day} + hours{d.local.hour} + minutes{d.local.minute} + seconds{d.local.second};
  const int offset = d.offset_min.value_or(0);
  return {duration_cast<milliseconds>(as_utc.time_since_epoch() - minutes{offset}).count(), offset};
}

}  // namespace chatvault::importers::meta
