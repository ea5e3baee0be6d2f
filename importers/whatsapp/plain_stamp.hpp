#pragma once
// The usual all-ASCII stamps, "18/03/2022, 14:56 - " and "[18/03/2022, 14:56:01] ", read
// straight from the raw line: parse_header's fast path in front of its full scanner (inline,
// for header_parser.cpp alone).
#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>

#include "importers/whatsapp/header_parser.hpp"

namespace chatvault::importers::whatsapp {

// On such a line the full scanner's normalised view is the line itself and it reaches the same
// Stamp; true with that Stamp. False for anything else (other separators, markers, eras,
// invisible marks, odd digit counts, impossible fields), which the full scanner decides.
// The commonest stamp of all, "DD/DD/DDDD, DD:DD - " (Android, 24 hours, two-digit fields), told
// by whole words: digits where the digits go, the fixed bytes where they go. False when the
// line is not of that exact shape or a field is out of range (parse_plain_stamp then decides).
inline bool parse_android_stamp(std::string_view line, Stamp& st) {
  if (std::endian::native != std::endian::little || line.size() < 20) return false;
  std::uint64_t w0 = 0;
  std::uint64_t w1 = 0;
  std::uint32_t w2 = 0;
  std::memcpy(&w0, line.data(), 8);
  std::memcpy(&w1, line.data() + 8, 8);
  std::memcpy(&w2, line.data() + 16, 4);
  // Byte masks (the first byte lowest) of the digit positions 0 1 3 4 6 7 | 8 9 12 13 15 | 16
  // and of the fixed bytes 10 ',' 11 ' ' 14 ':' | 17 ' ' 18 '-' 19 ' '.
  constexpr std::uint64_t k_d0 = 0xFFFF00FFFF00FFFFull;
  constexpr std::uint64_t k_d1 = 0xFF00FFFF0000FFFFull;
  constexpr std::uint32_t k_d2 = 0x000000FFu;
  constexpr std::uint64_t k_f1 = 0x00FF0000FFFF0000ull;
  constexpr std::uint64_t k_v1 = 0x003A0000202C0000ull;
  constexpr std::uint32_t k_f2 = 0xFFFFFF00u;
  constexpr std::uint32_t k_v2 = 0x202D2000u;
  auto digits = [](std::uint64_t x, std::uint64_t m) {
    return (x & (0xF0F0F0F0F0F0F0F0ull & m)) == (0x3030303030303030ull & m) &&
           (((x & 0x0F0F0F0F0F0F0F0Full) + 0x0606060606060606ull) & 0xF0F0F0F0F0F0F0F0ull & m) == 0;
  };
  if (!digits(w0, k_d0) || !digits(w1, k_d1) || !digits(w2, k_d2) || (w1 & k_f1) != k_v1 || (w2 & k_f2) != k_v2) {
    return false;
  }
  const char sep = line[2];
  if ((sep != '/' && sep != '-' && sep != '.') || line[5] != sep) return false;
  auto two = [&line](std::size_t i) { return (line[i] - '0') * 10 + (line[i + 1] - '0'); };
  const int a = two(0);
  const int m = two(3);
  const int h = two(12);
  const int minute = two(15);
  if (a < 1 || a > 31 || m < 1 || m > 31 || (a > 12 && m > 12) || h > 23 || minute > 59) return false;
  st.layout = Layout::dash;
  st.a = a;
  st.b = m;
  st.c = two(6) * 100 + two(8);
  st.year = st.c;
  st.hour = h;
  st.minute = minute;
  st.rest_offset = 20;
  return true;
}

inline bool parse_plain_stamp(std::string_view line, Stamp& st) {
  if (parse_android_stamp(line, st)) return true;
  // The longest stamp read here is 23 bytes and the reads stop at the first byte that does not
  // fit: a line of k_head bytes or more is read in place, a shorter one padded with NULs
  // (which are never accepted).
  constexpr std::size_t k_head = 32;
  char padded[k_head] = {};
  const char* b = line.data();
  if (line.size() < k_head) {
    std::memcpy(padded, line.data(), line.size());
    b = padded;
  }
  auto digit = [&b](std::size_t i) { return static_cast<unsigned>(static_cast<unsigned char>(b[i])) - '0'; };
  // One or two digits; a third is refused by the separator test that always follows.
  auto small = [&](std::size_t& i, int& v) {
    const unsigned d0 = digit(i);
    if (d0 > 9) return false;
    const unsigned d1 = digit(i + 1);
    v = static_cast<int>(d1 > 9 ? d0 : d0 * 10 + d1);
    i += d1 > 9 ? 1 : 2;
    return true;
  };
  auto two = [&](std::size_t i) { return static_cast<int>(digit(i) * 10 + digit(i + 1)); };
  auto two_digits = [&](std::size_t i) { return digit(i) <= 9 && digit(i + 1) <= 9; };
  const bool bracketed = b[0] == '[';
  std::size_t i = bracketed ? 1 : 0;
  int a = 0;
  int m = 0;
  if (!small(i, a)) return false;
  const char sep = b[i];
  if (sep != '/' && sep != '-' && sep != '.') return false;
  ++i;
  if (!small(i, m) || b[i] != sep) return false;
  ++i;
  if (!two_digits(i)) return false;
  int year = two(i);
  std::size_t n = 2;
  if (digit(i + 2) <= 9) {
    if (digit(i + 3) > 9) return false;  // three digits
    year = year * 100 + two(i + 2);
    n = 4;
  }
  if (b[i + n] != ',' || b[i + n + 1] != ' ') return false;
  if (a < 1 || a > 31 || m < 1 || m > 31 || (a > 12 && m > 12)) return false;
  st.c = year;
  st.year = n == 2 ? 2000 + year : year;
  i += n + 2;
  int h = 0;
  if (!small(i, h) || b[i] != ':' || !two_digits(i + 1)) return false;
  const int minute = two(i + 1);
  i += 3;
  int sec = 0;
  st.has_seconds = b[i] == ':' && digit(i + 1) <= 9;
  if (st.has_seconds) {
    if (!two_digits(i + 1)) return false;
    sec = two(i + 1);
    i += 3;
  }
  if (h > 23 || minute > 59 || sec > 59) return false;
  if (bracketed) {
    if (b[i] != ']' || b[i + 1] != ' ') return false;
    st.layout = Layout::bracketed;
    i += 2;
  } else if (b[i] == ' ' && b[i + 1] == '-' && b[i + 2] == ' ') {
    st.layout = Layout::dash;
    i += 3;
  } else if (b[i] == ':' && b[i + 1] == ' ') {
    st.layout = Layout::colon;
    i += 2;
  } else {
    return false;
  }
  st.a = a;
  st.b = m;
  st.hour = h;
  st.minute = minute;
  st.second = sec;
  st.rest_offset = i;
  return true;
}

}  // namespace chatvault::importers::whatsapp
