#include <doctest/doctest.h>
#include <cstdio>

#include "archive/fingerprint.hpp"
#include "tests/archive/feed.hpp"
#include "util/utf8.hpp"

using namespace chatvault;
using namespace chatvault::archive;

TEST_CASE("fingerprint: sender normalisation strips marks, WhatsApp's ~ prefix and spaces") {
  CHECK(normalise_sender("Alice") == "Alice");
  CHECK(normalise_sender("\xE2\x80\x8E" "Alice\xE2\x80\x8F ") == "Alice");           // LRM, RLM
  CHECK(normalise_sender("~ Alice") == "Alice");
  CHECK(normalise_sender("~\xE2\x80\xAF" "Alice") == "Alice");                        // ~ U+202F
  CHECK(normalise_sender("\xE2\x81\xA8~ Alice\xE2\x81\xA9") == "Alice");              // FSI ... PDI
  CHECK(normalise_sender("\xEF\xBB\xBF  +49 170 123") == "+49 170 123");              // BOM
  CHECK(normalise_sender("~Alice") == "~Alice");                                      // not the prefix
  CHECK(normalise_sender("\xE2\x80\xAA" "Bob\xE2\x80\xAC") == "Bob");                // LRE ... PDF
}

TEST_CASE("fingerprint: text normalisation") {
  CHECK(normalise_text("a\r\nb\r\n  \t") == "a\nb");
  CHECK(normalise_text("\xE2\x80\x8Ehello\xE2\x80\x8F") == "hello");
  CHECK(normalise_text("  leading kept") == "  leading kept");
  CHECK(normalise_text("a\rb") == "a\rb");
}

TEST_CASE("fingerprint: equal for the same message however the export wrote marks and line ends") {
  auto a = test::text_msg(1, "~ Alice", "line one\r\nline two ");
  auto b = test::text_msg(1, "\xE2\x80\x8E" "Alice", "line one\nline two");
  b.time_ms += 3600000;  // a different --tz: native_time decides, not the instant
  CHECK(fingerprint(fingerprint_key(a), 0) == fingerprint(fingerprint_key(b), 0));
  CHECK(fingerprint(fingerprint_key(a), 0).rfind("fp2:", 0) == 0);
}

TEST_CASE("fingerprint: differs by time, sender, text, class and ordinal") {
  const auto base = test::text_msg(1, "Alice", "hi");
  const auto fp = fingerprint(fingerprint_key(base), 0);
  CHECK(fingerprint(fingerprint_key(base), 1) != fp);
  CHECK(fingerprint(fingerprint_key(test::text_msg(2, "Alice", "hi")), 0) != fp);
  CHECK(fingerprint(fingerprint_key(test::text_msg(1, "Bob", "hi")), 0) != fp);
  CHECK(fingerprint(fingerprint_key(test::text_msg(1, "Alice", "hi!")), 0) != fp);
  auto system = base;
  system.kind = model::MessageKind::system;
  CHECK(fingerprint(fingerprint_key(system), 0) != fp);
  auto deleted = base;
  deleted.kind = model::MessageKind::deleted;
  CHECK(fingerprint(fingerprint_key(deleted), 0) != fp);
  // Field boundaries cannot shift: ("ab","c") vs ("a","bc").
  auto x = test::text_msg(1, "Alice", "c");
  x.native_time = "ab";
  auto y = test::text_msg(1, "Alice", "bc");
  y.native_time = "a";
  CHECK(fingerprint(fingerprint_key(x), 0) != fingerprint(fingerprint_key(y), 0));
}

TEST_CASE("fingerprint: a media message matches with and without media, whatever its text") {
  const auto with = test::media_msg(5, "Bob", test::bytes_attachment("IMG-1.jpg", "jpeg"), "IMG-1.jpg (file attached)");
  const auto without = test::media_msg(5, "Bob", test::missing_attachment(), "<Media omitted>");
  CHECK(fingerprint(fingerprint_key(with), 0) == fingerprint(fingerprint_key(without), 0));
  auto sticker = without;
  sticker.kind = model::MessageKind::sticker;
  CHECK(fingerprint(fingerprint_key(sticker), 0) == fingerprint(fingerprint_key(without), 0));
  CHECK(kind_class(model::MessageKind::call) == KindClass::text);
}

TEST_CASE("fingerprint: native_time_hour reads wall clocks and epoch seconds in time order") {
  constexpr std::uint32_t epoch = 1u << 31;
  CHECK(native_time_hour("1970-01-01T00:00") == epoch);
  CHECK(native_time_hour("1970-01-01T01:59") == epoch + 1);
  CHECK(native_time_hour("1969-12-31T23:00") == epoch - 1);
  CHECK(native_time_hour("2022-03-18T14:56") == epoch + 52 * 24 * 365 + 13 * 24 + 31 * 24 + 28 * 24 + 17 * 24 + 14);
  CHECK(native_time_hour("2022-03-18T14:56:30") == native_time_hour("2022-03-18T14:00"));
  CHECK(native_time_hour("2022-03-18T15:00") == native_time_hour("2022-03-18T14:59") + 1);
  CHECK(native_time_hour("2022-03-19T00:00") == native_time_hour("2022-03-18T23:00") + 1);
  CHECK(native_time_hour("0") == epoch);
  CHECK(native_time_hour("7199") == epoch + 1);
  CHECK(native_time_hour("-1") == epoch - 1);
  CHECK(native_time_hour("1647604800") == native_time_hour("2022-03-18T12:00"));
  CHECK(native_time_hour("") == 0);
  CHECK(native_time_hour("yesterday") == 0);
  CHECK(native_time_hour("2022-13-18T14:56") == 0);
  CHECK(native_time_hour("2022-03-18 14:56") == 0);
}

TEST_CASE("fingerprint: the stored form is the version, the big-endian hour, then 12 bytes of the hash") {
  const model::Message a = test::text_msg(0, "Alice", "hi");    // 2022-03-18T13:00
  const model::Message b = test::text_msg(125, "Alice", "hi");  // 2022-03-18T15:05
  const FingerprintKey ka = fingerprint_key(a);
  const FingerprintKey kb = fingerprint_key(b);
  CHECK(ka.hour == native_time_hour("2022-03-18T13:00"));
  const StoredFingerprint sa = stored_fingerprint(ka, 0);
  const StoredFingerprint sb = stored_fingerprint(kb, 0);
  REQUIRE(sa.blob);
  REQUIRE(sa.bytes.size() == k_stored_fingerprint_bytes);
  CHECK(sa.bytes[0] == '\x02');
  std::uint32_t hour = 0;
  for (int i = 1; i <= 4; ++i) {
    hour = hour << 8 | static_cast<unsigned char>(sa.bytes[static_cast<std::size_t>(i)]);
  }
  CHECK(hour == ka.hour);
  // The hash part is the start of the text form's hash ("fp2:" + hex).
  const std::string text = fingerprint(ka, 0);
  std::string hex;
  for (std::size_t i = 5; i < sa.bytes.size(); ++i) {
    char two[3];
    std::snprintf(two, sizeof two, "%02x", static_cast<unsigned char>(sa.bytes[i]));
    hex += two;
  }
  CHECK(text.substr(4, 24) == hex);
  // Later hours sort after earlier ones (the UNIQUE index grows at its end); a different zone's
  // instant of the same wall clock is the same fingerprint.
  CHECK(sb.bytes > sa.bytes);
  model::Message c = a;
  c.time_ms += 3600000;
  CHECK(stored_fingerprint(fingerprint_key(c), 0).bytes == sa.bytes);
  CHECK(stored_fingerprint(ka, 1).bytes != sa.bytes);
  CHECK(stored_fingerprint(ka, 1).bytes.substr(0, 5) == sa.bytes.substr(0, 5));
}

TEST_CASE("fingerprint: exactly the code points is_invisible_mark names are stripped") {
  // The normalisers find marks by their UTF-8 bytes; this keeps those bytes and the list in step.
  for (char32_t cp = 0x80; cp <= 0x10FFFF; ++cp) {
    if (cp >= 0xD800 && cp <= 0xDFFF) {
      continue;
    }
    std::string text = "a";
    utf8::append(text, cp);
    text += "b";
    const bool stripped = normalise_text(text) == "ab";
    if (stripped != is_invisible_mark(cp)) {
      FAIL("U+" << std::hex << static_cast<std::uint32_t>(cp));
    }
  }
}
