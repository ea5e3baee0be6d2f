#include "exporters/whatsapp_text.hpp"

namespace chatvault::exporters::whatsapp_text {
namespace {

constexpr std::string_view k_ratio_colon = "\xE2\x88\xB6";  // U+2236, looks like ':' but is not

std::string trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) {
    s.remove_prefix(1);
  }
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) {
    s.remove_suffix(1);
  }
  return std::string(s);
}

}  // namespace

std::vector<std::string> split_lines(std::string_view text) {
  std::vector<std::string> lines;
  std::string cur;
  for (const char c : text) {
    if (c == '\r') {
      continue;  // CRLF and stray CRs: LF only in the output
    }
    if (c == '\n') {
      lines.push_back(std::move(cur));
      cur.clear();
    } else {
      cur += c;
    }
  }
  lines.push_back(std::move(cur));
  return lines;
}

std::string one_line(std::string_view s) {
  std::string out;
  for (const char c : s) {
    out += (c == '\n' || c == '\r') ? ' ' : c;
  }
  return out;
}

// The parser splits at the first ": ", so a colon in a name would move text into the name; a
// leading '[' or line break would fake a new line.
std::string sanitize_sender(std::string_view name) {
  std::string s;
  for (const char c : one_line(name)) {
    if (c == ':') {
      s += k_ratio_colon;
    } else if (static_cast<unsigned char>(c) < 0x20) {
      s += ' ';
    } else {
      s += c;
    }
  }
  s = trim(s);
  while (!s.empty() && s.front() == '[') {
    s.erase(0, 1);
  }
  s = trim(s);
  return s.empty() ? std::string("Unknown") : s;
}

// Date-like: "[12/03/2021, ...", "12/03/2021, ...", "2021-03-12 ...", also behind spaces or
// invisible marks. Wider than any one date layout, but not so wide that a numbered list
// ("1. Eagle Ridge") changes: that would alter the text Telegram shows.
std::string escape_continuation(std::string line) {
  std::size_t i = 0;
  for (;;) {
    if (i < line.size() && line[i] == ' ') {
      ++i;
    } else if (line.compare(i, 3, "\xE2\x80\x8E") == 0 || line.compare(i, 3, "\xE2\x80\x8F") == 0 ||
               line.compare(i, 3, "\xE2\x80\xAF") == 0) {
      i += 3;  // U+200E, U+200F, U+202F
    } else {
      break;
    }
  }
  const auto digit = [&](std::size_t k) { return k < line.size() && line[k] >= '0' && line[k] <= '9'; };
  if (i < line.size() && line[i] == '[' && digit(i + 1)) {
    return " " + line;
  }
  std::size_t k = i;
  while (digit(k) && k - i < 4) {
    ++k;
  }
  const bool date_like = k > i && k < line.size() && (line[k] == '/' || line[k] == '.' || line[k] == '-') &&
                         digit(k + 1);
  return date_like ? " " + line : line;
}

std::vector<std::string> cut_text(std::string_view text, std::size_t budget) {
  std::vector<std::string> pieces;
  std::string cur;
  std::size_t cost = 0;
  bool open = false;
  for (const std::string& whole : split_lines(text)) {
    std::string_view line = whole;
    if (open && cost + line.size() + 2 > budget) {
      pieces.push_back(std::move(cur));
      cur.clear();
      cost = 0;
      open = false;
    }
    while (line.size() + 2 > budget) {
      std::size_t cut = budget - 2;
      while (cut > 0 && (static_cast<unsigned char>(line[cut]) & 0xC0) == 0x80) {
        --cut;  // never inside a UTF-8 sequence
      }
      cut = cut == 0 ? budget - 2 : cut;  // not UTF-8 after all: any cut ends the loop
      pieces.emplace_back(line.substr(0, cut));
      line.remove_prefix(cut);
    }
    cur += (open ? "\n" : "") + std::string(line);
    cost += line.size() + 2;
    open = true;
  }
  pieces.push_back(std::move(cur));
  return pieces;
}

}  // namespace chatvault::exporters::whatsapp_text
