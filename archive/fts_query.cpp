#include "archive/fts_query.hpp"

namespace chatvault::archive {
namespace {

bool is_space(char c) {
  // ASCII whitespace and other control characters separate terms.
  return static_cast<unsigned char>(c) <= 0x20 || c == 0x7f;
}

// The unicode61 tokenizer keeps letters and digits; everything in ASCII else separates tokens.
// Non-ASCII is assumed to hold a letter (a term of only non-ASCII punctuation then matches nothing).
bool has_word_char(std::string_view s) {
  for (const char c : s) {
    const auto u = static_cast<unsigned char>(c);
    if (u >= 0x80 || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
      return true;
    }
  }
  return false;
}

std::string quote(std::string_view s) {
  std::string out = "\"";
  for (const char c : s) {
    if (is_space(c)) {
      out.push_back(' ');
      continue;
    }
    if (c == '"') {
      out.push_back('"');
    }
    out.push_back(c);
  }
  out.push_back('"');
  return out;
}

}  // namespace

std::string build_fts_query(std::string_view in) {
  std::vector<std::string> phrases;
  std::size_t i = 0;
  while (i < in.size()) {
    if (is_space(in[i])) {
      ++i;
      continue;
    }
    std::string_view body;
    bool prefix = false;
    if (in[i] == '"') {
      const std::size_t close = in.find('"', i + 1);
      if (close == std::string_view::npos) {
        body = in.substr(i + 1);
        i = in.size();
      } else {
        body = in.substr(i + 1, close - i - 1);
        i = close + 1;
        while (i < in.size() && in[i] == '*') {
          prefix = true;
          ++i;
        }
      }
    } else {
      const std::size_t start = i;
      while (i < in.size() && !is_space(in[i])) {
        ++i;
      }
      body = in.substr(start, i - start);
      while (!body.empty() && body.back() == '*') {
        prefix = true;
        body.remove_suffix(1);
      }
    }
    if (has_word_char(body)) {
      phrases.push_back(quote(body) + (prefix ? "*" : ""));
    }
  }
  if (phrases.empty()) {
    return {};
  }
  std::string out = "text : (";
  for (std::size_t k = 0; k < phrases.size(); ++k) {
    out += (k == 0 ? "" : " ") + phrases[k];
  }
  out += ")";
  return out;
}

std::vector<std::pair<std::size_t, std::size_t>> highlight_ranges(std::string_view marked, std::string_view original,
                                                                  char open, char close) {
  std::vector<std::pair<std::size_t, std::size_t>> ranges;
  if (original.find(open) != std::string_view::npos || original.find(close) != std::string_view::npos) {
    return {};
  }
  std::size_t pos = 0;  // position in the unmarked text
  std::size_t begin = 0;
  bool inside = false;
  for (const char c : marked) {
    if (c == open) {
      if (inside) {
        return {};
      }
      inside = true;
      begin = pos;
    } else if (c == close) {
      if (!inside) {
        return {};
      }
      inside = false;
      if (pos > begin) {
        ranges.emplace_back(begin, pos);
      }
    } else {
      if (pos >= original.size() || original[pos] != c) {
        return {};
      }
      ++pos;
    }
  }
  if (inside || pos != original.size()) {
    return {};
  }
  return ranges;
}

}  // namespace chatvault::archive
