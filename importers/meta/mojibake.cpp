// The repair FORMAT.md §1.7 recommends: per string, after parsing, guarded by a validity check.
#include "importers/meta/mojibake.hpp"

#include <nlohmann/json.hpp>

#include "util/utf8.hpp"

namespace chatvault::importers::meta {
namespace {

// One pass: the bytes the code points stand for, or nothing when `s` is not such a string.
bool unmangle_once(std::string_view s, std::string& out) {
  out.clear();
  bool multibyte = false;
  for (std::size_t i = 0; i < s.size();) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      out.push_back(static_cast<char>(c));
      ++i;
      continue;
    }
    // U+0080..U+00FF are C2 xx / C3 xx in UTF-8; anything else cannot be a mangled byte.
    if ((c != 0xC2 && c != 0xC3) || i + 1 >= s.size()) {
      return false;
    }
    const auto next = static_cast<unsigned char>(s[i + 1]);
    out.push_back(static_cast<char>(((c & 0x03) << 6) | (next & 0x3F)));
    multibyte = true;
    i += 2;
  }
  return multibyte && utf8::is_valid(out);
}

}  // namespace

std::string repair_mojibake(std::string_view s) {
  std::string current(s);
  std::string next;
  for (int pass = 0; pass < 3 && unmangle_once(current, next); ++pass) {
    current.swap(next);
  }
  return current;
}

namespace {

bool is_ascii(std::string_view s) {
  unsigned char any = 0;
  for (const char c : s) any |= static_cast<unsigned char>(c);
  return any < 0x80;
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
