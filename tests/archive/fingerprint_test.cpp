#include <doctest/doctest.h>

#include "archive/fingerprint.hpp"
#include "tests/archive/feed.hpp"

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
