#include <doctest/doctest.h>

// SearchQuery{.text = ...}: designated initializers leave the other fields at their defaults on purpose.
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"

#include "tests/archive/feed.hpp"
#include "tests/support.hpp"
#include "util/error.hpp"

using namespace chatvault;
using chatvault::archive::SearchHit;
using chatvault::archive::SearchQuery;

namespace {

struct Fixture {
  test::TempDir dir;
  std::unique_ptr<archive::Archive> ar = test::create_archive(dir / "a");

  Fixture() {
    auto telegram = test::make_chat("12345");
    telegram.platform = model::Platform::telegram;
    telegram.title = "Book Club";
    test::import_feed(*ar, {{test::make_chat("Family"),
                             {test::text_msg(1, "Alice", "Dinner at the café tonight?"),
                              test::text_msg(2, "Bob", "dinner sounds good, don't be late"),
                              test::text_msg(3, "~ Carol", "AND now for something (completely) different: a-b"),
                              test::media_msg(4, "Alice", test::bytes_attachment("dinner.jpg", "jpg"), "dinner photo"),
                              test::text_msg(5, "Alice", "He said \"dinner\" twice: dinner")}},
                            {telegram,
                             {test::text_msg(2, "Dave", "The dinner chapter was the best"),
                              test::text_msg(6, "Eve", "Café society, chapter 3")}}});
  }

  std::vector<SearchHit> find(SearchQuery q) { return ar->search(q); }
};

std::vector<std::string> texts(const std::vector<SearchHit>& hits) {
  std::vector<std::string> out;
  for (const auto& h : hits) {
    out.push_back(h.text);
  }
  return out;
}

std::string matched(const SearchHit& hit, std::size_t i) {
  return hit.text.substr(hit.matches.at(i).first, hit.matches.at(i).second - hit.matches.at(i).first);
}

}  // namespace

TEST_CASE("search: newest first, with chat, time and sender in the hit") {
  Fixture f;
  const auto hits = f.find({.text = "dinner"});
  REQUIRE(hits.size() == 5);
  for (std::size_t i = 1; i < hits.size(); ++i) {
    CHECK(hits[i - 1].message_id > hits[i].message_id);
    CHECK(hits[i - 1].time_ms >= hits[i].time_ms);
  }
  CHECK(hits[0].text == "He said \"dinner\" twice: dinner");
  CHECK(hits[0].chat_key == "Family");
  CHECK(hits[0].sender == "Alice");
  CHECK(hits[0].offset_min == 60);
  CHECK(hits[0].platform == model::Platform::whatsapp);
  const auto limited = f.find({.text = "dinner", .limit = 2});
  REQUIRE(limited.size() == 2);
  CHECK(limited[0].message_id == hits[0].message_id);
  CHECK(limited[1].message_id == hits[1].message_id);
}

TEST_CASE("search: match ranges are byte ranges of the matched words") {
  Fixture f;
  const auto hits = f.find({.text = "dinner", .chats = {"Family"}, .limit = 1});
  REQUIRE(hits.size() == 1);
  REQUIRE(hits[0].matches.size() == 2);
  CHECK(matched(hits[0], 0) == "dinner");
  CHECK(matched(hits[0], 1) == "dinner");
  CHECK(hits[0].matches[1].second == hits[0].text.size());
  // Diacritics: "cafe" finds "café" and the range covers its two-byte é.
  const auto cafe = f.find({.text = "cafe"});
  REQUIRE(cafe.size() == 2);
  CHECK(matched(cafe[0], 0) == "Café");
  CHECK(matched(cafe[1], 0) == "café");
  // Prefix and phrase.
  const auto prefix = f.find({.text = "chap*"});
  REQUIRE(prefix.size() == 2);
  CHECK(matched(prefix[0], 0) == "chapter");
  const auto phrase = f.find({.text = "\"sounds good\""});
  REQUIRE(phrase.size() == 1);
  CHECK(phrase[0].text.substr(phrase[0].matches.at(0).first) .rfind("sounds", 0) == 0);
  CHECK(f.find({.text = "\"good sounds\""}).empty());
}

TEST_CASE("search: hostile input never reaches FTS5 as syntax") {
  Fixture f;
  CHECK(texts(f.find({.text = "don't"})) == std::vector<std::string>{"dinner sounds good, don't be late"});
  CHECK(texts(f.find({.text = "a-b"})).size() == 1);
  CHECK(texts(f.find({.text = "AND"})).size() == 1);
  CHECK(texts(f.find({.text = "(completely"})).size() == 1);
  CHECK(texts(f.find({.text = "different:"})).size() == 1);
  CHECK(texts(f.find({.text = "\"dinner"})).size() == 5);
  CHECK(f.find({.text = "NOT dinner"}).empty());  // "not" is a word here, and no message has it with dinner
  CHECK(f.find({.text = "dinner OR nothing"}).empty());
  CHECK(f.find({.text = "(dinner late)"}).size() == 1);
  CHECK(f.find({.text = "NEAR(dinner late)"}).empty());  // "near dinner" is a phrase here, not an operator
  CHECK(f.find({.text = "dinner -"}).size() == 5);
  CHECK(f.find({.text = "dinner *"}).size() == 5);
  CHECK(f.find({.text = "x\"y\"z"}).empty());
  for (const char* hopeless : {"(", "\"", "-", "*", "()", "\" \"", ":"}) {
    CAPTURE(hopeless);
    try {
      f.find({.text = hopeless});
      FAIL("no error for a query without words");
    } catch (const Error& e) {
      CHECK(e.category() == ErrorCategory::usage);
      CHECK(std::string(e.what()).find("nothing to search for") != std::string::npos);
    }
  }
}

TEST_CASE("search: filters") {
  Fixture f;
  CHECK(f.find({.text = "dinner", .chats = {"Book Club"}}).size() == 1);  // by title
  CHECK(f.find({.text = "dinner", .chats = {"12345"}}).size() == 1);      // by key
  CHECK(f.find({.text = "dinner", .chats = {"Family", "12345"}}).size() == 5);
  CHECK(f.find({.text = "dinner", .chats = {"nope"}}).empty());

  const auto from = f.find({.text = "dinner", .from = "alice"});
  REQUIRE(from.size() == 3);
  for (const auto& h : from) {
    CHECK(h.sender == "Alice");
  }
  const std::int64_t t0 = test::text_msg(0, "", "").time_ms;
  const auto after = f.find({.text = "dinner", .after_ms = t0 + 2 * 60000});
  CHECK(after.size() == 4);  // minutes 2 (Bob), 2 (Dave), 4, 5; inclusive
  const auto before = f.find({.text = "dinner", .before_ms = t0 + 2 * 60000});
  REQUIRE(before.size() == 1);  // exclusive
  CHECK(before[0].text.rfind("Dinner at", 0) == 0);
  const auto window = f.find({.text = "dinner", .after_ms = t0 + 2 * 60000, .before_ms = t0 + 5 * 60000});
  CHECK(window.size() == 3);

  const auto telegram = f.find({.text = "dinner", .platform = model::Platform::telegram});
  REQUIRE(telegram.size() == 1);
  CHECK(telegram[0].chat_title == "Book Club");
  CHECK(telegram[0].platform == model::Platform::telegram);
  CHECK(f.find({.text = "dinner", .platform = model::Platform::instagram}).empty());

  const auto media = f.find({.text = "dinner", .has_media = true});
  REQUIRE(media.size() == 1);
  CHECK(media[0].text == "dinner photo");

  // No words at all: the filters alone, newest first.
  const auto all_alice = f.find({.from = "ALICE"});
  REQUIRE(all_alice.size() == 3);
  CHECK(all_alice[0].text.rfind("He said", 0) == 0);
  CHECK(all_alice[0].matches.empty());
}

TEST_CASE("search: the index follows every import; senders are not matched as text") {
  Fixture f;
  CHECK(f.find({.text = "zeppelin"}).empty());
  test::import_feed(*f.ar, {{test::make_chat("Family"), {test::text_msg(30, "Bob", "a zeppelin flew over")}}});
  const auto hits = f.find({.text = "zeppelin"});
  REQUIRE(hits.size() == 1);
  CHECK(hits[0].sender == "Bob");
  CHECK(f.find({.text = "Carol"}).empty());
}

TEST_CASE("search: text holding the highlight marker bytes gets no ranges, never wrong ones") {
  test::TempDir dir;
  auto ar = test::create_archive(dir / "a");
  test::import_feed(*ar, {{test::make_chat("Family"), {test::text_msg(1, "Alice", "odd \x01 bytes \x02 around word")}}});
  const auto hits = ar->search({.text = "word"});
  REQUIRE(hits.size() == 1);
  CHECK(hits[0].text == "odd \x01 bytes \x02 around word");
  CHECK(hits[0].matches.empty());
}
