#include "util/utf8.hpp"

namespace chatvault::utf8 {
namespace {

constexpr char32_t k_replacement = 0xFFFD;

// Length of the valid sequence at s[pos], or 0 if the bytes there are not valid UTF-8.
std::size_t valid_length(std::string_view s, std::size_t pos, char32_t& cp) {
  const auto b0 = static_cast<unsigned char>(s[pos]);
  if (b0 < 0x80) {
    cp = b0;
    return 1;
  }
  std::size_t n = 0;
  char32_t min = 0;
  if ((b0 & 0xE0) == 0xC0) {
    n = 2;
    cp = b0 & 0x1F;
    min = 0x80;
  } else if ((b0 & 0xF0) == 0xE0) {
    n = 3;
    cp = b0 & 0x0F;
    min = 0x800;
  } else if ((b0 & 0xF8) == 0xF0) {
    n = 4;
    cp = b0 & 0x07;
    min = 0x10000;
  } else {
    return 0;
  }
  if (pos + n > s.size()) {
    return 0;
  }
  for (std::size_t i = 1; i < n; ++i) {
    const auto b = static_cast<unsigned char>(s[pos + i]);
    if ((b & 0xC0) != 0x80) {
      return 0;
    }
    cp = (cp << 6) | (b & 0x3F);
  }
  if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
    return 0;
  }
  return n;
}

}  // namespace

bool is_valid(std::string_view s) {
  std::size_t pos = 0;
  while (pos < s.size()) {
    // Fast path: runs of ASCII dominate chat text.
    if (static_cast<unsigned char>(s[pos]) < 0x80) {
      ++pos;
      continue;
    }
    char32_t cp = 0;
    const std::size_t n = valid_length(s, pos, cp);
    if (n == 0) {
      return false;
    }
    pos += n;
  }
  return true;
}

std::string repair(std::string_view s, std::size_t* replaced) {
  std::string out;
  out.reserve(s.size());
  std::size_t count = 0;
  std::size_t pos = 0;
  while (pos < s.size()) {
    char32_t cp = 0;
    const std::size_t n = valid_length(s, pos, cp);
    if (n == 0) {
      append(out, k_replacement);
      ++count;
      ++pos;
      // Swallow the continuation bytes of the broken sequence so one bad character is one U+FFFD.
      while (pos < s.size() && (static_cast<unsigned char>(s[pos]) & 0xC0) == 0x80) {
        ++pos;
      }
      continue;
    }
    out.append(s.substr(pos, n));
    pos += n;
  }
  if (replaced != nullptr) {
    *replaced = count;
  }
  return out;
}

char32_t decode(std::string_view s, std::size_t pos, std::size_t& len) {
  char32_t cp = 0;
  len = valid_length(s, pos, cp);
  if (len == 0) {
    len = 1;
    return k_replacement;
  }
  return cp;
}

void append(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out.push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

}  // namespace chatvault::utf8
