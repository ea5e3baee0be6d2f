// The guarded mojibake repair (FORMAT.md §1.7) on the vectors public tools' tests state
// (fixtures/meta/EXPECTED.md §1.5 and §7).
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include "importers/meta/mojibake.hpp"

using chatvault::importers::meta::repair_mojibake;
using chatvault::importers::meta::repair_strings;

namespace {

// What Meta writes: each UTF-8 byte as one code point, read back as UTF-8 by a JSON parser.
std::string mangle(std::string_view s) {
  std::string out;
  for (const char c : s) {
    const auto b = static_cast<unsigned char>(c);
    if (b < 0x80) {
      out.push_back(c);
    } else {
      out.push_back(static_cast<char>(0xC0 | (b >> 6)));
      out.push_back(static_cast<char>(0x80 | (b & 0x3F)));
    }
  }
  return out;
}

}  // namespace

TEST_CASE("mojibake: Meta's escapes are repaired, in every script") {
  CHECK(repair_mojibake(nlohmann::json::parse(R"("caf\u00c3\u00a9")").get<std::string>()) == "café");
  CHECK(repair_mojibake("Henrik Engstr\xC3\x83\xC2\xB6m") == "Henrik Engström");
  CHECK(repair_mojibake("Facebook-anv\xC3\x83\xC2\xA4ndare") == "Facebook-användare");
  for (std::string_view s : {"😂", "Привет 👋 ça va? Zażółć gęślą jaźń", "مرحبا", "こんにちは", "你好", "Selamat pagi, Pak!",
                             "❤️"}) {
    CAPTURE(s);
    CHECK(repair_mojibake(mangle(s)) == s);
  }
  // Mangled twice (some exports are): repaired as far as it keeps decoding.
  CHECK(repair_mojibake(mangle(mangle("Müller"))) == "Müller");
}

TEST_CASE("mojibake: text that is already right stays as it is") {
  for (std::string_view s : {"hello", "café", "naïve", "Ångström", "正常", "🎙️ inspelning", "Östberg", "", "a\u00A0b",
                             "\u201Cquoted\u201D"}) {
    CAPTURE(s);
    CHECK(repair_mojibake(s) == s);
    CHECK(repair_mojibake(repair_mojibake(mangle(s))) == s);  // idempotent
  }
  // A code point above U+00FF means the string was never a byte sequence.
  CHECK(repair_mojibake("\xC3\x83\xC2\xA9 \u201C") == "\xC3\x83\xC2\xA9 \u201C");
}

TEST_CASE("mojibake: every string of a document, not the keys") {
  nlohmann::ordered_json j = nlohmann::ordered_json::parse(
      R"({"sender_name": "Zo\u00c3\u00ab", "reactions": [{"reaction": "\u00f0\u009f\u0091\u008d", "actor": "Zo\u00c3\u00ab"}], "n": 3})");
  repair_strings(j);
  CHECK(j["sender_name"] == "Zoë");
  CHECK(j["reactions"][0]["reaction"] == "👍");
  CHECK(j["reactions"][0]["actor"] == "Zoë");
  CHECK(j["n"] == 3);
}
