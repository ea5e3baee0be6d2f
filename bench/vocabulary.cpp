#include "bench/vocabulary.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <fstream>

#include "util/error.hpp"
#include "util/utf8.hpp"

namespace chatvault::bench {
namespace {

constexpr std::array<std::string_view, 48> k_small{
    "the",    "a",      "to",     "you",    "I",      "and",    "is",      "it",    "we",      "on",
    "for",    "at",     "dinner", "later",  "tonight", "today", "tomorrow", "meet", "train",   "late",
    "sorry",  "thanks", "great",  "idea",   "photo",  "coffee", "weekend", "hike",  "café",    "work",
    "call",   "me",     "when",   "are",    "home",   "left",   "bring",   "map",   "ok",      "yes",
    "no",     "maybe",  "😂",     "❤️",     "👍",     "lol",    "really",  "nice"};

}  // namespace

Vocabulary::Vocabulary(std::string_view corpus) : m_name(corpus) {
  for (std::string_view w : k_small) m_words.emplace_back(w);
  if (corpus == "small") return;
  if (corpus != "dict") throw Error(ErrorCategory::usage, "unknown corpus '" + std::string(corpus) + "' (small, dict)");
  std::vector<std::string> dict;
  for (const char* file : {"/usr/share/dict/american-english", "/usr/share/dict/ngerman", "/usr/share/dict/french",
                           "/usr/share/dict/spanish"}) {
    std::ifstream in(file);
    for (std::string line; std::getline(in, line);) {
      // Debian's French and Spanish lists are UTF-8; skip anything that is not (and possessives).
      if (!line.empty() && line.find('\'') == std::string::npos && utf8::is_valid(line)) dict.push_back(line);
    }
  }
  if (dict.empty()) {
    throw Error(ErrorCategory::usage, "no word lists in /usr/share/dict: install wamerican wngerman wfrench wspanish");
  }
  Rng rng{7};
  for (std::size_t i = dict.size(); i > 1; --i) std::swap(dict[i - 1], dict[rng.below(i)]);
  for (auto& w : dict) m_words.push_back(std::move(w));
}

std::string_view Vocabulary::draw(Rng& rng) const {
  // The small list as the first generator drew it (uniformly), so its figures stay comparable.
  if (m_name == "small") return m_words[rng.below(m_words.size())];
  // Inverse of a 1/x density over [1, n]: exp(u * ln n), u uniform in [0, 1).
  const double u = static_cast<double>(rng.next() >> 11) / 9007199254740992.0;
  const auto i = static_cast<std::size_t>(std::exp(u * std::log(static_cast<double>(m_words.size())))) - 1;
  return m_words[std::min(i, m_words.size() - 1)];
}

}  // namespace chatvault::bench
