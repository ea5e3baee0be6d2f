#include "importers/whatsapp/text_match.hpp"

#include <algorithm>
#include <array>
#include <bit>
#include <cstring>
#include <stdexcept>

#include "util/utf8.hpp"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace chatvault::importers::whatsapp {
namespace {

char32_t lower_cp(char32_t cp) {
  if (cp >= 'A' && cp <= 'Z') return cp + 32;
  if (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7) return cp + 32;          // Latin-1
  if (cp >= 0x100 && cp <= 0x17F && cp != 0x130 && cp != 0x131 && cp != 0x138 && cp != 0x149 && cp != 0x17F) {
    // Latin Extended-A: pairs (even upper, odd lower) except 0x139..0x148 and 0x179..0x17E (odd upper).
    const bool odd_upper = (cp >= 0x139 && cp <= 0x148) || (cp >= 0x179 && cp <= 0x17E);
    if (odd_upper ? (cp % 2 == 1) : (cp % 2 == 0)) return cp + 1;
    return cp;
  }
  if (cp >= 0x391 && cp <= 0x3A9 && cp != 0x3A2) return cp + 32;       // Greek
  if (cp >= 0x410 && cp <= 0x42F) return cp + 32;                      // Cyrillic
  if (cp >= 0x400 && cp <= 0x40F) return cp + 80;
  return cp;
}

bool is_space_cp(char32_t cp) { return cp == ' ' || cp == '\t' || cp == 0xA0 || cp == 0x202F || cp == 0x2009; }

// UTF-8 of a code point (as utf8::append writes it); returns its length.
std::size_t encode_cp(char32_t cp, char* out) {
  if (cp < 0x80) {
    out[0] = static_cast<char>(cp);
    return 1;
  }
  if (cp < 0x800) {
    out[0] = static_cast<char>(0xC0 | (cp >> 6));
    out[1] = static_cast<char>(0x80 | (cp & 0x3F));
    return 2;
  }
  if (cp < 0x10000) {
    out[0] = static_cast<char>(0xE0 | (cp >> 12));
    out[1] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out[2] = static_cast<char>(0x80 | (cp & 0x3F));
    return 3;
  }
  out[0] = static_cast<char>(0xF0 | (cp >> 18));
  out[1] = static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
  out[2] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
  out[3] = static_cast<char>(0x80 | (cp & 0x3F));
  return 4;
}

bool is_quote(char32_t cp) {
  return cp == '"' || cp == 0x201C || cp == 0x201D || cp == 0x201E || cp == 0xAB || cp == 0xBB;
}

// Splits a template into literal segments around its placeholders.
std::vector<std::string> split_template(std::string_view t) {
  std::vector<std::string> lits(1);
  std::string raw;
  auto flush = [&] {
    lits.back() = fold(raw).text;
    raw.clear();
  };
  for (std::size_t i = 0; i < t.size();) {
    if (t[i] == '%' && i + 1 < t.size()) {
      std::size_t j = i + 1;
      while (j < t.size() && t[j] >= '0' && t[j] <= '9') ++j;
      if (j < t.size() && t[j] == '$' && j > i + 1) ++j;
      if (j < t.size() && (t[j] == 's' || t[j] == '@' || t[j] == 'd')) {
        flush();
        lits.emplace_back();
        i = j + 1;
        continue;
      }
    }
    raw += t[i];
    ++i;
  }
  flush();
  return lits;
}

bool boundary(const std::string& t, std::size_t end) {
  if (end >= t.size() || end == 0) return true;
  const auto next = static_cast<unsigned char>(t[end]);
  const auto prev = static_cast<unsigned char>(t[end - 1]);
  if (next < 0x80) {
    return !((next >= 'a' && next <= 'z') || (next >= '0' && next <= '9'));
  }
  return prev >= 0x80;  // scripts without spaces: any end after a non-ASCII character
}

constexpr std::size_t k_categories = static_cast<std::size_t>(strings::Category::edited) + 1;

// Bucket of a byte pair (a pre-filter key: collisions only add candidates).
std::size_t pair_bucket(unsigned char a, unsigned char b) { return (a * 167u + b) & 255u; }

}  // namespace

bool is_bidi_mark(char32_t cp) {
  return cp == 0x200E || cp == 0x200F || cp == 0xFEFF || (cp >= 0x202A && cp <= 0x202E) ||
         (cp >= 0x2066 && cp <= 0x2069);
}

bool is_valid_utf8(std::string_view s) {
  // utf8::is_valid's rules, inlined: a lead byte C2..DF, E0..EF or F0..F4 and its continuation
  // bytes, with no overlong form, no surrogate and nothing above U+10FFFF.
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const std::size_t n = s.size();
  std::size_t i = 0;
  while (i < n) {
#if defined(__SSE2__)
    for (; i + 16 <= n; i += 16) {
      if (_mm_movemask_epi8(_mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i))) != 0) break;
    }
#endif
    while (i < n && p[i] < 0x80) ++i;
    if (i == n) break;
    const unsigned b0 = p[i];
    const std::size_t len = b0 >= 0xF0 ? 4 : b0 >= 0xE0 ? 3 : 2;
    if (b0 < 0xC2 || b0 > 0xF4 || n - i < len) return false;
    char32_t cp = b0 & (len == 2 ? 0x1F : len == 3 ? 0x0F : 0x07);
    for (std::size_t k = 1; k < len; ++k) {
      if ((p[i + k] & 0xC0) != 0x80) return false;
      cp = (cp << 6) | (p[i + k] & 0x3F);
    }
    if ((len == 3 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF))) || (len == 4 && (cp < 0x10000 || cp > 0x10FFFF))) {
      return false;
    }
    i += len;
  }
  return true;
}

Folded fold(std::string_view s) {
  Folded f;
  fold_into(s, f, true);
  return f;
}

namespace {

// fold_into's loop, with or without the position map.
template <bool Positions>
void fold_impl(std::string_view s, Folded& f) {
  // The folded text is never longer than the source (every mapping keeps or shrinks a
  // character's encoding, but for U+FFFD in place of one invalid byte), so both buffers are
  // sized once and written through pointers. Invariant: n + (size - pos) <= f.text.size().
  f.text.resize(s.size());
  if constexpr (Positions) f.src.resize(s.size() + 1);
  char* out = f.text.data();
  std::uint32_t* src = Positions ? f.src.data() : nullptr;
  const auto* in = reinterpret_cast<const unsigned char*>(s.data());
  const std::size_t size = s.size();
  std::size_t n = 0;
  bool last_space = false;
  constexpr std::uint64_t k_ones = 0x0101010101010101ull;
  constexpr std::uint64_t k_high = 0x8080808080808080ull;
  for (std::size_t pos = 0; pos < size;) {
#if defined(__SSE2__)
    // The eight-byte step below, sixteen bytes at a time (when at least eight are ASCII).
    if (size - pos >= 16) {
      const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(in + pos));
      const auto high = static_cast<unsigned>(_mm_movemask_epi8(v));
      const std::size_t take = high == 0 ? 16 : static_cast<std::size_t>(std::countr_zero(high));
      const unsigned keep = take == 16 ? 0xFFFFu : (1u << take) - 1;
      const unsigned sp = static_cast<unsigned>(_mm_movemask_epi8(_mm_cmpeq_epi8(v, _mm_set1_epi8(' ')))) & keep;
      const unsigned tab = static_cast<unsigned>(_mm_movemask_epi8(_mm_cmpeq_epi8(v, _mm_set1_epi8('\t')))) & keep;
      if (take >= 8 && tab == 0 && (sp & (sp >> 1)) == 0 && !(last_space && (sp & 1) != 0)) {
        // Bytes from 0x80 compare as negative: never taken for capitals (nor kept: n stops at take).
        const __m128i upper =
            _mm_and_si128(_mm_cmpgt_epi8(v, _mm_set1_epi8('A' - 1)), _mm_cmplt_epi8(v, _mm_set1_epi8('Z' + 1)));
        const __m128i lowered = _mm_or_si128(v, _mm_and_si128(upper, _mm_set1_epi8(0x20)));
        _mm_storeu_si128(reinterpret_cast<__m128i*>(out + n), lowered);  // room: n + 16 <= n + (size - pos)
        if constexpr (Positions) {
          for (std::size_t k = 0; k < take; ++k) src[n + k] = static_cast<std::uint32_t>(pos + k);
        }
        last_space = ((sp >> (take - 1)) & 1) != 0;
        n += take;
        pos += take;
        continue;
      }
    }
#endif
    // Up to eight ASCII bytes at a time when they hold no tab and no two spaces in a row: upper
    // case lowered in place, nothing dropped (the scalar loop below handles everything else).
    // A word that holds other bytes is taken up to the first of them: the rest is made 'a'
    // (no space, no tab, no capital), which the tests below let through unchanged.
    if (std::endian::native == std::endian::little && size - pos >= 8) {
      std::uint64_t x = 0;
      std::memcpy(&x, in + pos, 8);
      const std::uint64_t high = x & k_high;
      const std::size_t take = high == 0 ? 8 : static_cast<std::size_t>(std::countr_zero(high)) / 8;
      if (take > 0) {
        if (take < 8) {
          const std::uint64_t keep = (std::uint64_t{1} << (8 * take)) - 1;
          x = (x & keep) | ((k_ones * 'a') & ~keep);
        }
        // Exact per-byte "equals c" masks (valid because every byte is below 0x80).
        auto eq = [&](unsigned char c) {
          const std::uint64_t t = x ^ (k_ones * c);
          return ~(((t & ~k_high) + ~k_high) | t) & k_high;
        };
        const std::uint64_t sp = eq(' ');
        // Little-endian: the first byte is the lowest.
        const bool first_space = (sp & 0x80) != 0;
        if (eq('\t') == 0 && (sp & (sp >> 8)) == 0 && !(last_space && first_space)) {
          const std::uint64_t ge_a = x + k_ones * (0x80 - 'A');
          const std::uint64_t gt_z = x + k_ones * (0x80 - 'Z' - 1);
          const std::uint64_t upper = ge_a & ~gt_z & k_high;
          x |= upper >> 2;
          std::memcpy(out + n, &x, 8);  // room: n + 8 <= n + (size - pos)
          if constexpr (Positions) {
            for (std::size_t k = 0; k < take; ++k) src[n + k] = static_cast<std::uint32_t>(pos + k);
          }
          last_space = ((sp >> (8 * (take - 1))) & 0x80) != 0;
          n += take;
          pos += take;
          continue;
        }
      }
    }
    const unsigned char byte = in[pos];
    if (byte < 0x80) {  // ASCII: spaces collapsed, upper case lowered, '"' stays
      const bool space = byte == ' ' || byte == '\t';
      if (space && last_space) {
        ++pos;
        continue;
      }
      last_space = space;
      const unsigned char c = space ? ' ' : static_cast<unsigned char>(byte + (static_cast<unsigned>(byte - 'A') < 26u ? 32 : 0));
      out[n] = static_cast<char>(c);
      if constexpr (Positions) src[n] = static_cast<std::uint32_t>(pos);
      ++n;
      ++pos;
      continue;
    }
    // Emoji, CJK and most other characters fold to themselves: a valid sequence (as
    // utf8::decode reads it) that no rule below changes is copied as it is. Those rules touch
    // 2-byte characters by lower_cp and a few spaces and quotes, 3-byte ones only inside
    // U+2000..U+206F and at U+FEFF, 4-byte ones never.
    if (byte >= 0xC2 && byte <= 0xDF && size - pos >= 2 && (in[pos + 1] & 0xC0) == 0x80) {
      const char32_t v = (static_cast<char32_t>(byte & 0x1F) << 6) | (in[pos + 1] & 0x3F);
      if (v != 0xA0 && v != 0xAB && v != 0xBB && lower_cp(v) == v) {
        out[n] = static_cast<char>(byte);
        out[n + 1] = static_cast<char>(in[pos + 1]);
        if constexpr (Positions) src[n] = src[n + 1] = static_cast<std::uint32_t>(pos);
        n += 2;
        pos += 2;
        last_space = false;
        continue;
      }
    }
    if (byte >= 0xE0 && byte <= 0xF4) {
      const std::size_t len = byte >= 0xF0 ? 4 : 3;
      if (size - pos >= len) {
        char32_t v = byte & (len == 4 ? 0x07 : 0x0F);
        bool cont = true;
        for (std::size_t k = 1; k < len; ++k) {
          cont = cont && (in[pos + k] & 0xC0) == 0x80;
          v = (v << 6) | (in[pos + k] & 0x3F);
        }
        const bool plain = len == 4 ? v >= 0x10000 && v <= 0x10FFFF
                                    : v >= 0x800 && !(v >= 0xD800 && v <= 0xDFFF) && !(v >= 0x2000 && v <= 0x206F) &&
                                          v != 0xFEFF;
        if (cont && plain) {
          std::memcpy(out + n, in + pos, len);
          if constexpr (Positions) {
            for (std::size_t k = 0; k < len; ++k) src[n + k] = static_cast<std::uint32_t>(pos);
          }
          n += len;
          pos += len;
          last_space = false;
          continue;
        }
      }
    }
    std::size_t len = 1;
    char32_t cp = utf8::decode(s, pos, len);
    const auto at = static_cast<std::uint32_t>(pos);
    pos += len;
    if (is_bidi_mark(cp)) continue;
    if (is_space_cp(cp)) {
      if (last_space) continue;
      cp = ' ';
      last_space = true;
    } else {
      last_space = false;
    }
    if (is_quote(cp)) cp = '"';
    if (cp == 0x2018 || cp == 0x2019) cp = '\'';
    cp = lower_cp(cp);
    char enc[4];
    const std::size_t w = encode_cp(cp, enc);
    if (n + w + (size - pos) > f.text.size()) {
      // U+FFFD for one invalid byte is the only growth; the rest is then at most 3 bytes a byte.
      f.text.resize(n + w + 3 * (size - pos));
      out = f.text.data();
      if constexpr (Positions) {
        f.src.resize(f.text.size() + 1);
        src = f.src.data();
      }
    }
    for (std::size_t k = 0; k < w; ++k) {
      out[n] = enc[k];
      if constexpr (Positions) src[n] = at;
      ++n;
    }
  }
  f.text.resize(n);
  if constexpr (Positions) {
    src[n] = static_cast<std::uint32_t>(size);
    f.src.resize(n + 1);
  } else {
    f.src.clear();
  }
}

}  // namespace

void fold_into(std::string_view s, Folded& f, bool positions) {
  if (positions) {
    fold_impl<true>(s, f);
  } else {
    fold_impl<false>(s, f);
  }
}

Pattern::Pattern(std::string_view tmpl, strings::Category category, model::AttachmentKind kind)
    : m_lits(split_template(tmpl)), m_category(category), m_kind(kind) {
  for (const auto& l : m_lits) m_literal_size += l.size();
  // Up to four byte pairs of the later literals for the pre-filter, spread over them, pairs
  // without a space first (spaces are everywhere).
  std::vector<std::uint16_t> plain;
  std::vector<std::uint16_t> spaced;
  for (std::size_t k = 1; k < m_lits.size(); ++k) {
    const std::string& l = m_lits[k];
    for (std::size_t i = 0; i + 1 < l.size(); ++i) {
      const auto a = static_cast<unsigned char>(l[i]);
      const auto b = static_cast<unsigned char>(l[i + 1]);
      const auto key = static_cast<std::uint16_t>(PairSet::bucket(a, b));
      (a == ' ' || b == ' ' ? spaced : plain).push_back(key);
    }
  }
  auto take = [this](const std::vector<std::uint16_t>& from) {
    const std::size_t want = m_pairs.size() - m_pair_count;
    const std::size_t n = from.size() < want ? from.size() : want;
    for (std::size_t j = 0; j < n; ++j) m_pairs[m_pair_count++] = from[j * from.size() / n];
  };
  take(plain);
  take(spaced);
}

bool Pattern::rec(const Folded& t, std::size_t seg, std::size_t pos, bool prefix, std::vector<std::size_t>& cuts) const {
  const std::string& text = t.text;
  if (seg + 1 == m_lits.size()) {  // the last literal, after wildcard seg-1 (or the only one)
    const std::string& lit = m_lits[seg];
    if (seg == 0) {
      if (text.compare(pos, lit.size(), lit) != 0) return false;
      const std::size_t end = pos + lit.size();
      if (end == text.size() || (prefix && boundary(text, end))) {
        cuts.push_back(end);
        return true;
      }
      return false;
    }
    if (lit.empty()) {  // a trailing wildcard takes the rest (non-empty)
      if (pos >= text.size()) return false;
      cuts.push_back(text.size());
      cuts.push_back(text.size());
      return true;
    }
    for (std::size_t at = text.find(lit, pos + 1); at != std::string::npos; at = text.find(lit, at + 1)) {
      const std::size_t end = at + lit.size();
      if (end == text.size() || (prefix && boundary(text, end))) {
        cuts.push_back(at);
        cuts.push_back(end);
        return true;
      }
    }
    return false;
  }
  const std::string& lit = m_lits[seg];
  if (seg == 0) {
    if (text.compare(pos, lit.size(), lit) != 0) return false;
    return rec(t, 1, pos + lit.size(), prefix, cuts);
  }
  // Wildcard seg-1 runs from pos to the next occurrence of lit (at least one byte).
  if (lit.empty()) return false;  // two adjacent wildcards: not in the tables
  for (std::size_t at = text.find(lit, pos + 1); at != std::string::npos; at = text.find(lit, at + 1)) {
    const std::size_t mark = cuts.size();
    cuts.push_back(at);
    if (rec(t, seg + 1, at + lit.size(), prefix, cuts)) return true;
    cuts.resize(mark);
  }
  return false;
}

bool Pattern::match_from(const Folded& t, std::size_t from, bool prefix, std::vector<Span>* captures) const {
  if (from > t.text.size() || t.text.size() - from < m_literal_size) return false;
  std::vector<std::size_t> cuts;  // for each wildcard: its end; plus the final end
  if (!rec(t, 0, from, prefix, cuts)) return false;
  if (captures) {
    captures->clear();
    // Wildcard i starts after literal i and ends at cuts[i].
    std::size_t pos = from + m_lits[0].size();
    for (std::size_t i = 0; i + 1 < m_lits.size(); ++i) {
      const std::size_t end = cuts[i];
      captures->push_back(Span{t.src[pos], t.src[end]});
      pos = end + m_lits[i + 1].size();
    }
  }
  return true;
}

bool Pattern::match(const Folded& t, bool prefix, std::vector<Span>* captures) const {
  return match_from(t, 0, prefix, captures);
}

const std::vector<Pattern>& patterns(strings::Category category) {
  static const auto all = [] {
    std::array<std::vector<Pattern>, k_categories> by;
    for (auto table : {strings::extra_entries(), strings::android_entries(), strings::ios_entries(),
                       strings::android_system_entries(), strings::ios_system_entries()}) {
      for (const strings::Entry& e : table) {
        by[static_cast<std::size_t>(e.category)].emplace_back(e.text, e.category, e.kind);
      }
    }
    return by;
  }();
  return all[static_cast<std::size_t>(category)];
}

PatternIndex::PatternIndex(const std::vector<Pattern>& patterns) : m_patterns(&patterns) {
  m_words = (patterns.size() + 63) / 64;
  if (m_words > k_max_words) {
    throw std::length_error("WhatsApp string tables: too many templates in one category for the index");
  }
  m_start.assign(k_buckets * m_words, 0);
  m_start0.assign(m_words, 0);
  m_end.assign(k_buckets * m_words, 0);
  m_free.assign(m_words, 0);
  m_gram_ends.assign(std::size_t{1} << 10, 0);
  auto set = [](std::uint64_t* r, std::size_t i) { r[i / 64] |= std::uint64_t{1} << (i % 64); };
  std::vector<Gram> grams;
  for (std::size_t i = 0; i < patterns.size(); ++i) {
    const std::vector<std::string>& lits = patterns[i].literals();
    const std::string& first = lits.front();
    const std::string& last = lits.back();
    // Start: the text begins with the first literal. A one-byte text is looked up as (byte, 0).
    if (first.empty()) {
      set(m_start0.data(), i);
      // A leading placeholder: the text holds a piece of a later literal (at offset 1 or more).
      const std::string* best = nullptr;
      std::size_t at = 0;
      bool best_spaced = false;
      for (std::size_t k = 1; k < lits.size(); ++k) {
        const std::string_view l = lits[k];
        for (std::size_t j = 0; j + 4 <= l.size(); ++j) {
          const bool spaced = l.substr(j, 4).find(' ') != std::string_view::npos;
          if (!best || (best_spaced && !spaced)) {  // the first piece without a space, if any
            best = &lits[k];
            at = j;
            best_spaced = spaced;
          }
        }
      }
      if (best) {
        std::uint32_t g = 0;
        std::memcpy(&g, best->data() + at, 4);
        grams.push_back(Gram{g, static_cast<std::uint32_t>(i)});
        if (last.size() < 2) {
          m_gram_any_end = true;
        } else {
          set(m_gram_ends.data(), static_cast<unsigned char>(last[last.size() - 2]) * 256u +
                                      static_cast<unsigned char>(last.back()));
        }
      } else {
        set(m_free.data(), i);
      }
    } else if (first.size() == 1) {
      for (unsigned x = 0; x < 256; ++x) {
        set(row(m_start, pair_bucket(static_cast<unsigned char>(first[0]), static_cast<unsigned char>(x))), i);
      }
    } else {
      set(row(m_start, pair_bucket(static_cast<unsigned char>(first[0]), static_cast<unsigned char>(first[1]))), i);
    }
    // Whole match: the text ends with the last literal (a trailing placeholder: any end). A
    // one-byte text is looked up as the pair (0, byte).
    if (last.empty()) {
      for (std::size_t b = 0; b < k_buckets; ++b) set(row(m_end, b), i);
    } else if (last.size() == 1) {
      for (unsigned x = 0; x < 256; ++x) {
        set(row(m_end, pair_bucket(static_cast<unsigned char>(x), static_cast<unsigned char>(last[0]))), i);
      }
    } else {
      set(row(m_end, pair_bucket(static_cast<unsigned char>(last[last.size() - 2]),
                                 static_cast<unsigned char>(last.back()))),
          i);
    }
  }
  // The grams, bucketed (counting sort keeps table order within a bucket).
  m_gram_head.assign((std::size_t{1} << k_gram_bits) + 1, 0);
  for (const Gram& g : grams) ++m_gram_head[gram_bucket(g.bytes) + 1];
  for (std::size_t b = 1; b < m_gram_head.size(); ++b) m_gram_head[b] += m_gram_head[b - 1];
  m_grams.resize(grams.size());
  std::vector<std::uint32_t> fill(m_gram_head.begin(), m_gram_head.end() - 1);
  for (const Gram& g : grams) m_grams[fill[gram_bucket(g.bytes)]++] = g;
  m_gram_bloom.assign((std::size_t{1} << k_bloom_bits) / 64, 0);
  for (const Gram& g : grams) set(m_gram_bloom.data(), bloom_bit(g.bytes));
  // The anchors of find()'s first tests, each of at most four bytes (the first or the last ones).
  auto add = [](std::vector<std::uint64_t>& bloom, std::string_view piece) {
    if (bloom.empty()) bloom.assign((std::size_t{1} << k_bloom_bits) / 64, 0);
    const std::size_t bit = anchor_bit(load_piece(piece), piece.size());
    bloom[bit / 64] |= std::uint64_t{1} << (bit % 64);
  };
  m_all_start = !patterns.empty();
  for (const Pattern& p : patterns) {
    const std::string_view first = p.literals().front();
    const std::string_view last = p.literals().back();
    m_all_start = m_all_start && !first.empty();
    if (!first.empty()) add(m_start_bloom, first.substr(0, 4));
    if (!last.empty()) {
      add(m_whole_end_bloom, last.substr(last.size() - (last.size() < 4 ? last.size() : 4)));
    } else if (!first.empty()) {
      add(m_whole_start_bloom, first.substr(0, 4));
    } else {
      m_whole_free = true;
    }
  }
}

void PatternIndex::candidates(std::string_view text, bool prefix, bool lead, Mask& out) const {
  const std::size_t n = text.size();
  if (n == 0) {
    for (std::size_t w = 0; w < m_words; ++w) out[w] = m_start0[w];
    return;
  }
  const auto* t = reinterpret_cast<const unsigned char*>(text.data());
  if (lead) {
    const std::uint64_t* start = row(m_start, pair_bucket(t[0], n > 1 ? t[1] : 0));
    for (std::size_t w = 0; w < m_words; ++w) out[w] = start[w] | m_free[w];
  } else {
    for (std::size_t w = 0; w < m_words; ++w) out[w] = m_free[w];
  }
  const std::uint64_t* end = prefix ? nullptr : row(m_end, pair_bucket(n > 1 ? t[n - 2] : 0, t[n - 1]));
  // A whole match ends with the template's last literal: when the text ends like no template
  // filed under a gram, those fail Pattern::may_match anyway and its grams need not be looked at.
  bool grams_wanted = !m_grams.empty();
  if (end && grams_wanted && !m_gram_any_end) {
    const std::size_t pair = n >= 2 ? t[n - 2] * 256u + t[n - 1] : 0;
    grams_wanted = n >= 2 && ((m_gram_ends[pair / 64] >> (pair % 64)) & 1) != 0;
  }
  if (grams_wanted) {
    // Templates with a leading placeholder: their piece sits at offset 1 or more.
    const std::uint64_t* bloom = m_gram_bloom.data();
    for (std::size_t i = 1; i + 4 <= n; ++i) {
      std::uint32_t g = 0;
      std::memcpy(&g, t + i, 4);
      const std::size_t bit = bloom_bit(g);
      if (((bloom[bit / 64] >> (bit % 64)) & 1) == 0) continue;
      const std::size_t b = gram_bucket(g);
      for (std::uint32_t e = m_gram_head[b]; e < m_gram_head[b + 1]; ++e) {
        if (m_grams[e].bytes == g) {
          const std::uint32_t p = m_grams[e].pattern;
          out[p / 64] |= std::uint64_t{1} << (p % 64);
        }
      }
    }
  }
  if (end) {
    for (std::size_t w = 0; w < m_words; ++w) out[w] &= end[w];
  }
}

bool PatternIndex::any(const Folded& text, bool prefix, std::size_t min_literal) const {
  return find(text, prefix, min_literal, [&](const Pattern& p) { return p.match(text, prefix); });
}

const PatternIndex& pattern_index(strings::Category category) {
  static const auto all = [] {
    std::vector<PatternIndex> by;
    by.reserve(k_categories);
    for (std::size_t c = 0; c < k_categories; ++c) by.emplace_back(patterns(static_cast<strings::Category>(c)));
    return by;
  }();
  return all[static_cast<std::size_t>(category)];
}

}  // namespace chatvault::importers::whatsapp
