#include <doctest/doctest.h>

#include "archive/fts_query.hpp"

using namespace chatvault::archive;

TEST_CASE("fts query: terms are quoted, prefixes and phrases kept") {
  CHECK(build_fts_query("hello") == R"(text : ("hello"))");
  CHECK(build_fts_query("  hello   world ") == R"(text : ("hello" "world"))");
  CHECK(build_fts_query("caf*") == R"(text : ("caf"*))");
  CHECK(build_fts_query(R"("good morning" sun*)") == R"(text : ("good morning" "sun"*))");
  CHECK(build_fts_query(R"("good morn"*)") == R"(text : ("good morn"*))");
}

TEST_CASE("fts query: hostile input is searched as words") {
  CHECK(build_fts_query("don't") == R"(text : ("don't"))");
  CHECK(build_fts_query("a-b") == R"(text : ("a-b"))");
  CHECK(build_fts_query("AND OR NOT") == R"(text : ("AND" "OR" "NOT"))");
  CHECK(build_fts_query(R"(say"hi)") == R"(text : ("say""hi"))");
  CHECK(build_fts_query(R"("unclosed phrase)") == R"(text : ("unclosed phrase"))");
  CHECK(build_fts_query("x:y") == R"(text : ("x:y"))");
  CHECK(build_fts_query("( hello )") == R"(text : ("hello"))");
  CHECK(build_fts_query("-") == "");
  CHECK(build_fts_query("(") == "");
  CHECK(build_fts_query("*") == "");
  CHECK(build_fts_query(R"(")") == "");
  CHECK(build_fts_query("   ") == "");
  CHECK(build_fts_query("caf\xC3\xA9") == "text : (\"caf\xC3\xA9\")");
}

TEST_CASE("fts query: highlight markers become byte ranges") {
  using R = std::vector<std::pair<std::size_t, std::size_t>>;
  CHECK(highlight_ranges("say \x01hello\x02 to \x01you\x02", "say hello to you", '\x01', '\x02') == R{{4, 9}, {13, 16}});
  CHECK(highlight_ranges("no match", "no match", '\x01', '\x02') == R{});
  // The text itself holds a marker byte: no ranges rather than wrong ones.
  CHECK(highlight_ranges("\x01" "a\x01\x02", "\x01" "a", '\x01', '\x02') == R{});
  // Marked text that does not reduce to the original.
  CHECK(highlight_ranges("\x01" "ab\x02", "abc", '\x01', '\x02') == R{});
  CHECK(highlight_ranges("\x01" "ab", "ab", '\x01', '\x02') == R{});
}
