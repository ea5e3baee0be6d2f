// cut_text: how the "telegram" format cuts a message too long for one package.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "exporters/whatsapp_text.hpp"
#include "util/utf8.hpp"

namespace chatvault::exporters::whatsapp_text {
namespace {

// What a piece costs as cut_text counts it: each line, its newline and an escape space.
std::size_t cost(const std::string& piece) {
  std::size_t total = 0;
  for (const auto& line : split_lines(piece)) {
    total += line.size() + 2;
  }
  return total;
}

}  // namespace

TEST_CASE("cut_text: text within the budget is one piece, CRs dropped") {
  CHECK(cut_text("one\r\ntwo", 100) == std::vector<std::string>{"one\ntwo"});
  CHECK(cut_text("", 100) == std::vector<std::string>{""});
}

TEST_CASE("cut_text: cuts at line ends while lines fit") {
  // "aaaa" costs 6: two lines fit in 12, the third starts the next piece.
  CHECK(cut_text("aaaa\nbbbb\ncccc\n", 12) == std::vector<std::string>{"aaaa\nbbbb", "cccc\n"});
}

TEST_CASE("cut_text: a line longer than the budget is cut between code points") {
  std::string line;
  for (int i = 0; i < 50; ++i) {
    line += i % 2 ? "\xF0\x9F\x8C\x85" : "\xC3\xA9x";  // 4-byte and 2-byte characters
  }
  const std::string text = "short\n" + line + "\nend";
  for (std::size_t budget : {8, 9, 10, 11, 17, 64}) {
    const auto pieces = cut_text(text, budget);
    REQUIRE(pieces.size() >= 2);
    std::string joined;
    for (const auto& p : pieces) {
      CHECK(cost(p) <= budget);
      CHECK(utf8::is_valid(p));
      joined += p;
    }
    std::string expected = text;
    std::erase(expected, '\n');
    std::erase(joined, '\n');
    CHECK(joined == expected);
  }
}

}  // namespace chatvault::exporters::whatsapp_text
