#pragma once
// Words for generated chats: the system's word lists (English, German, French, Spanish), drawn
// with a skew like people's (a few words very often, most rarely), or a small built-in list.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace chatvault::bench {

// splitmix64: a small, fast generator whose output does not depend on the standard library.
struct Rng {
  std::uint64_t state;
  std::uint64_t next() {
    std::uint64_t z = (state += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
  }
  std::uint64_t below(std::uint64_t n) { return next() % n; }
};

class Vocabulary {
 public:
  // "small": the built-in 48 words and emoji. "dict": every word of /usr/share/dict/
  // american-english, ngerman, french and spanish that is present (Debian's wamerican,
  // wngerman, wfrench, wspanish), shuffled by a fixed seed, plus the built-in words first.
  // Throws Error(usage) for "dict" when none of the lists is installed.
  explicit Vocabulary(std::string_view corpus);
  // A word: for "dict" index i is drawn with probability falling like 1/i (Zipf-like); the
  // small list uniformly.
  std::string_view draw(Rng& rng) const;
  std::size_t size() const { return m_words.size(); }
  const std::string& name() const { return m_name; }

 private:
  std::vector<std::string> m_words;
  std::string m_name;
};

}  // namespace chatvault::bench
