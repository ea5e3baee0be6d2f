// The repair FORMAT.md §1.7 recommends: per string, after parsing, guarded by a validity check.
#include "importers/meta/mojibake.hpp"

#include <cstdint>
#include <cstring>

#include <nlohmann/json.hpp>
#include <simdjson.h>

namespace chatvault::importers::meta {
namespace {

// One pass: the bytes the code points stand for, or nothing when `s` is not such a string.
bool unmangle_once(std::string_view s, std::string& out) {
  out.resize(s.size());
  char* o = out.data();
  bool multibyte = false;
  const char* p = s.data();
  const char* const end = p + s.size();
  while (p < end) {
    // Runs of ASCII eight bytes a step.
    std::uint64_t word;
    if (end - p >= 8 && (std::memcpy(&word, p, 8), (word & 0x8080808080808080ull) == 0)) {
      std::memcpy(o, p, 8);
      o += 8;
      p += 8;
      continue;
    }
    const auto c = static_cast<unsigned char>(*p);
    if (c < 0x80) {
      *o++ = *p++;
      continue;
    }
    // U+0080..U+00FF are C2 xx / C3 xx in UTF-8; anything else cannot be a mangled byte.
    if ((c != 0xC2 && c != 0xC3) || p + 1 >= end) return false;
    *o++ = static_cast<char>(((c & 0x03) << 6) | (static_cast<unsigned char>(p[1]) & 0x3F));
    multibyte = true;
    p += 2;
  }
  out.resize(static_cast<std::size_t>(o - out.data()));
  // simdjson's validator: the same rules as utf8::is_valid, many bytes a step.
  return multibyte && simdjson::validate_utf8(out.data(), out.size());
}

// Whether unmangle_once can succeed, without writing: every non-ASCII character is U+0080..U+00FF
// (C2 xx or C3 xx), and one of U+00C0..U+00FF (C3 xx, a lead byte once unmangled) is followed by
// one of U+0080..U+00BF (C2 xx, a continuation byte). Text already repaired, or never mangled,
// almost always fails this at its first accent, emoji or letter of another script.
bool may_unmangle(std::string_view s) {
  bool lead_then_continuation = false;
  for (std::size_t i = 0; i < s.size(); ++i) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) continue;
    if ((c != 0xC2 && c != 0xC3) || i + 1 >= s.size()) return false;
    if (c == 0xC3) {
      if (i + 2 >= s.size() || static_cast<unsigned char>(s[i + 2]) != 0xC2) return false;
      lead_then_continuation = true;
    }
    ++i;
  }
  return lead_then_continuation;
}

}  // namespace

std::string repair_mojibake(std::string_view s) {
  std::string current;
  // Meta escapes every non-ASCII character, so a first pass mostly succeeds: no pre-check for it.
  if (!unmangle_once(s, current)) return std::string(s);
  std::string next;
  for (int pass = 1; pass < 3 && may_unmangle(current) && unmangle_once(current, next); ++pass) {
    current.swap(next);
  }
  return current;
}

namespace {

bool is_ascii(std::string_view s) {
  // Eight bytes a step: most of a chat's strings are read here.
  std::uint64_t any = 0;
  std::size_t i = 0;
  for (; i + 8 <= s.size(); i += 8) {
    std::uint64_t word;
    std::memcpy(&word, s.data() + i, 8);
    any |= word;
  }
  for (; i < s.size(); ++i) any |= static_cast<unsigned char>(s[i]);
  return (any & 0x8080808080808080ull) == 0;
}

}  // namespace

std::string repaired(std::string_view s) { return is_ascii(s) ? std::string(s) : repair_mojibake(s); }

void repair_strings(nlohmann::ordered_json& j) {
  if (j.is_string()) {
    auto& s = j.get_ref<std::string&>();
    if (!is_ascii(s)) s = repair_mojibake(s);
  } else if (j.is_structured()) {
    for (auto& v : j) {
      repair_strings(v);
    }
  }
}

}  // namespace chatvault::importers::meta
