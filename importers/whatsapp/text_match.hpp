#pragma once
// Matching message text against localised templates, by hand (no std::regex):
//  * both sides are folded: bidi marks dropped, no-break/narrow/thin spaces made ' ', runs of
//    spaces collapsed, ASCII/Latin-1/Latin Extended-A/Greek/Cyrillic upper case lowered,
//    straight and curly quotes unified;
//  * a template's placeholders ("%s", "%@", "%1$s", "%2$@", "%d") match one or more characters;
//    what they matched is reported as byte ranges of the original text.
#include <array>
#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

#include "importers/whatsapp/locale_data.hpp"

namespace chatvault::importers::whatsapp {

struct Folded {
  std::string text;
  std::vector<std::uint32_t> src;  // src[i]: original offset of folded byte i; src[size]: original size
};

Folded fold(std::string_view s);
// fold into a reused Folded; without `positions`, src is left empty (enough for every match
// that reports no captures).
void fold_into(std::string_view s, Folded& out, bool positions);

struct Span {
  std::size_t begin = 0;  // offsets in the original text
  std::size_t end = 0;
};

// The byte pairs a folded text holds, hashed into a bitmap (a pre-filter: collisions only let
// more templates through).
class PairSet {
 public:
  static std::size_t bucket(unsigned char a, unsigned char b) { return (a * 31u + b) & (k_bits - 1); }
  void build(std::string_view text) {
    m_bits.fill(0);
    const auto* t = reinterpret_cast<const unsigned char*>(text.data());
    for (std::size_t i = 0; i + 1 < text.size(); ++i) {
      const std::size_t b = bucket(t[i], t[i + 1]);
      m_bits[b / 64] |= std::uint64_t{1} << (b % 64);
    }
  }
  bool has(std::size_t b) const { return (m_bits[b / 64] >> (b % 64)) & 1; }

 private:
  static constexpr std::size_t k_bits = 1024;
  std::array<std::uint64_t, k_bits / 64> m_bits;  // set by build(), before any has()
};

class Pattern {
 public:
  explicit Pattern(std::string_view tmpl, strings::Category category = strings::Category::notice,
                   model::AttachmentKind kind = model::AttachmentKind::other);
  // Whole-text match (prefix = false) or match of a prefix of the text (prefix = true) that ends
  // at a word boundary. `captures` receives the wildcards' spans in the original text.
  bool match(const Folded& text, bool prefix, std::vector<Span>* captures = nullptr) const;
  // Like match, against text.substr(from) (a folded offset).
  bool match_from(const Folded& text, std::size_t from, bool prefix, std::vector<Span>* captures) const;

  // A cheap necessary condition for match(): the text is long enough, starts with the first
  // literal and, for a whole match, ends with the last.
  bool may_match(std::string_view folded, bool prefix) const {
    if (folded.size() < m_literal_size || !folded.starts_with(m_lits.front())) return false;
    return prefix || folded.ends_with(m_lits.back());
  }
  // Another: the text holds some byte pairs of the literals after the first.
  bool has_pairs() const { return m_pair_count > 0; }
  bool pairs_in(const PairSet& set) const {
    for (std::size_t i = 0; i < m_pair_count; ++i) {
      if (!set.has(m_pairs[i])) return false;
    }
    return true;
  }

  strings::Category category() const { return m_category; }
  model::AttachmentKind kind() const { return m_kind; }
  std::size_t literal_size() const { return m_literal_size; }
  const std::vector<std::string>& literals() const { return m_lits; }

 private:
  bool rec(const Folded& t, std::size_t seg, std::size_t pos, bool prefix, std::vector<std::size_t>& cuts) const;

  std::vector<std::string> m_lits;  // literal segments, folded; wildcards sit between them
  strings::Category m_category;
  model::AttachmentKind m_kind;
  std::size_t m_literal_size = 0;
  std::array<std::uint16_t, 4> m_pairs{};
  std::size_t m_pair_count = 0;
};

// Every compiled template of a category, from all tables (built once).
const std::vector<Pattern>& patterns(strings::Category category);

// A pre-filter over one category's patterns, so that a text is compared with the handful of
// templates that could match it instead of all of them. Templates that start with a literal
// are looked up by the text's first two bytes; those that start with a placeholder by the
// 4-byte sequences the text holds (each such template is filed under one 4-byte piece of its
// later literals); whole matches also by the text's last two bytes. Before any of that, bloom
// filters of the literals' first and last bytes turn most texts away at once. Candidates come
// in table order, and pass cheap exact checks (Pattern::may_match, byte pairs) before `fn`
// sees them.
class PatternIndex {
 public:
  explicit PatternIndex(const std::vector<Pattern>& patterns);

  // Calls fn(pattern) for each candidate with literal_size() >= min_literal, in table order,
  // until fn returns true; returns whether it did.
  template <class Fn>
  bool find(const Folded& text, bool prefix, std::size_t min_literal, Fn&& fn) const {
    // `lead`: the text may start with the first literal of a template that has one; when it
    // cannot, those templates are no candidates (Pattern::may_match would turn them away).
    bool lead = true;
    if (!text.text.empty()) {
      if (!prefix && !may_end(text.text)) return false;
      lead = starts_in(m_start_bloom, text.text);
      if (prefix && m_all_start && !lead) return false;
    }
    Mask m;  // candidates() sets the first m_words words, the only ones read
    candidates(text.text, prefix, lead, m);
    PairSet pairs;
    bool have_pairs = false;
    for (std::size_t w = 0; w < m_words; ++w) {
      for (std::uint64_t bits = m[w]; bits != 0; bits &= bits - 1) {
        const Pattern& p = (*m_patterns)[w * 64 + static_cast<std::size_t>(__builtin_ctzll(bits))];
        if (p.literal_size() < min_literal || !p.may_match(text.text, prefix)) continue;
        if (p.has_pairs()) {
          if (!have_pairs) {
            pairs.build(text.text);
            have_pairs = true;
          }
          if (!p.pairs_in(pairs)) continue;
        }
        if (fn(p)) return true;
      }
    }
    return false;
  }
  // True if any pattern with literal_size() >= min_literal matches (Pattern::match).
  bool any(const Folded& text, bool prefix, std::size_t min_literal = 0) const;
  // False if no pattern can match `text`, whole or as a prefix (a necessary condition only);
  // with `prefix` false, false if none can match it whole.
  bool maybe(const Folded& text, bool prefix = true) const {
    return find(text, prefix, 0, [](const Pattern&) { return true; });
  }

 private:
  static constexpr std::size_t k_max_words = 32;  // up to 2048 templates per category
  static constexpr std::size_t k_buckets = 256;
  static constexpr unsigned k_gram_bits = 12;
  using Mask = std::array<std::uint64_t, k_max_words>;
  struct Gram {
    std::uint32_t bytes;    // four bytes of a literal, as loaded from memory
    std::uint32_t pattern;  // its template
  };

  void candidates(std::string_view text, bool prefix, bool lead, Mask& out) const;
  // Cheap necessary conditions for Pattern::may_match, from bloom filters of the literals' first
  // or last (up to) four bytes: a match starts with the template's first literal (if any); a
  // whole match also ends with its last literal, or, where that is empty, starts with its first.
  // `v`: the piece's k bytes, the first in the lowest byte.
  static std::size_t anchor_bit(std::uint32_t v, std::size_t k) {
    return ((v * 0x9E3779B1u) ^ (static_cast<std::uint32_t>(k) * 0x85EBCA77u)) >> (32 - k_bloom_bits);
  }
  static std::uint32_t load_piece(std::string_view piece) {  // at most four bytes
    std::uint32_t v = 0;
    if (std::endian::native == std::endian::little && piece.size() == 4) {
      std::memcpy(&v, piece.data(), 4);
      return v;
    }
    for (std::size_t i = 0; i < piece.size(); ++i) v |= static_cast<std::uint32_t>(static_cast<unsigned char>(piece[i])) << (8 * i);
    return v;
  }
  static bool has_bit(const std::vector<std::uint64_t>& bloom, std::size_t bit) {
    return ((bloom[bit / 64] >> (bit % 64)) & 1) != 0;
  }
  // Whether the bloom holds the text's first (or last) k bytes for some k in 1..4.
  static bool starts_in(const std::vector<std::uint64_t>& bloom, std::string_view text) {
    if (bloom.empty()) return false;
    const std::size_t most = text.size() < 4 ? text.size() : 4;
    const std::uint32_t v = load_piece(text.substr(0, most));
    for (std::size_t k = 1; k <= most; ++k) {
      const std::uint32_t piece = k == 4 ? v : v & ((std::uint32_t{1} << (8 * k)) - 1);
      if (has_bit(bloom, anchor_bit(piece, k))) return true;
    }
    return false;
  }
  static bool ends_in(const std::vector<std::uint64_t>& bloom, std::string_view text) {
    if (bloom.empty()) return false;
    const std::size_t most = text.size() < 4 ? text.size() : 4;
    const std::uint32_t v = load_piece(text.substr(text.size() - most));
    for (std::size_t k = 1; k <= most; ++k) {
      if (has_bit(bloom, anchor_bit(k == most ? v : v >> (8 * (most - k)), k))) return true;
    }
    return false;
  }
  bool may_end(std::string_view text) const {
    return m_whole_free || ends_in(m_whole_end_bloom, text) || starts_in(m_whole_start_bloom, text);
  }
  std::uint64_t* row(std::vector<std::uint64_t>& table, std::size_t bucket) { return table.data() + bucket * m_words; }
  const std::uint64_t* row(const std::vector<std::uint64_t>& table, std::size_t bucket) const {
    return table.data() + bucket * m_words;
  }
  static std::size_t gram_bucket(std::uint32_t g) { return (g * 0x9E3779B1u) >> (32 - k_gram_bits); }
  // A second, wider hash of the grams, so that most of a text's 4-byte sequences are turned
  // away by one bit test before their bucket is walked.
  static constexpr unsigned k_bloom_bits = 16;
  static std::size_t bloom_bit(std::uint32_t g) { return (g * 0x85EBCA77u) >> (32 - k_bloom_bits); }

  const std::vector<Pattern>* m_patterns;
  std::size_t m_words = 0;
  std::vector<std::uint64_t> m_start;     // templates starting with a literal, by its first two bytes
  std::vector<std::uint64_t> m_start0;    // candidates for the empty text
  std::vector<std::uint64_t> m_end;       // whole match: by the last two bytes of the last literal
  std::vector<std::uint64_t> m_free;      // leading placeholder and no 4-byte piece: always candidates
  std::vector<std::uint32_t> m_gram_head; // leading placeholder: gram bucket → range of m_grams
  std::vector<Gram> m_grams;
  std::vector<std::uint64_t> m_gram_bloom;  // bloom_bit of every gram
  // The last two bytes of the templates filed under a gram (a whole match ends with them), or
  // m_gram_any_end when one has a shorter last literal.
  std::vector<std::uint64_t> m_gram_ends;
  bool m_gram_any_end = false;
  std::vector<std::uint64_t> m_start_bloom;        // every non-empty first literal
  bool m_all_start = false;                        // every template starts with a literal
  std::vector<std::uint64_t> m_whole_end_bloom;    // every non-empty last literal
  std::vector<std::uint64_t> m_whole_start_bloom;  // the first literals where the last is empty
  bool m_whole_free = false;                       // a template with neither: no whole-match test
};

// The index of a category's patterns (built once, immutable).
const PatternIndex& pattern_index(strings::Category category);

// True if `cp` is an invisible bidi mark or BOM (U+200E/F, U+202A–E, U+2066–9, U+FEFF).
bool is_bidi_mark(char32_t cp);

// utf8::is_valid, skipping runs of ASCII quickly (chat text is mostly ASCII).
bool is_valid_utf8(std::string_view s);

}  // namespace chatvault::importers::whatsapp
