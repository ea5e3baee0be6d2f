#include <doctest/doctest.h>

#include "util/utf8.hpp"

using namespace chatvault;

TEST_CASE("utf8: valid text passes untouched, invalid bytes become one U+FFFD each") {
  CHECK(utf8::is_valid("caf\xC3\xA9 \xF0\x9F\x91\x8D"));
  std::size_t replaced = 0;
  CHECK(utf8::repair("caf\xC3\xA9", &replaced) == "caf\xC3\xA9");
  CHECK(replaced == 0);

  CHECK_FALSE(utf8::is_valid("caf\xFF ok"));
  CHECK(utf8::repair("caf\xFF ok", &replaced) == "caf\xEF\xBF\xBD ok");
  CHECK(replaced == 1);
  // A truncated 3-byte sequence is one bad character, not two.
  CHECK(utf8::repair("a\xE2\x82" "b", &replaced) == "a\xEF\xBF\xBD" "b");
  CHECK(replaced == 1);
  // Overlong encodings and UTF-16 surrogates are not UTF-8.
  CHECK_FALSE(utf8::is_valid("\xC0\xAF"));
  CHECK_FALSE(utf8::is_valid("\xED\xA0\x80"));
  CHECK_FALSE(utf8::is_valid("\xF4\x90\x80\x80"));
}

TEST_CASE("utf8: decode and append round-trip every length") {
  for (const char32_t cp : {U'A', U'\u00E9', U'\u20AC', U'\U0001F44D'}) {
    std::string s;
    utf8::append(s, cp);
    std::size_t len = 0;
    CHECK(utf8::decode(s, 0, len) == cp);
    CHECK(len == s.size());
  }
  std::size_t len = 0;
  CHECK(utf8::decode("\xFF", 0, len) == 0xFFFD);
  CHECK(len == 1);
}
