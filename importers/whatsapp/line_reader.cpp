#include "importers/whatsapp/line_reader.hpp"

#include <algorithm>
#include <bit>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace chatvault::importers::whatsapp {
namespace {
constexpr std::size_t k_chunk = 64 * 1024;

// The offset of the first '\n' or '\r' in p[0, n), or n: one pass for both (CR is rare, but a
// line ends at whichever comes first).
std::size_t find_eol(const char* p, std::size_t n) {
  std::size_t i = 0;
#if defined(__SSE2__)
  const __m128i lf = _mm_set1_epi8('\n');
  const __m128i cr = _mm_set1_epi8('\r');
  for (; i + 16 <= n; i += 16) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i));
    const int hits = _mm_movemask_epi8(_mm_or_si128(_mm_cmpeq_epi8(v, lf), _mm_cmpeq_epi8(v, cr)));
    if (hits != 0) return i + static_cast<std::size_t>(std::countr_zero(static_cast<unsigned>(hits)));
  }
  for (; i < n; ++i) {
    if (p[i] == '\n' || p[i] == '\r') return i;
  }
  return n;
#else
  const void* lf = std::memchr(p, '\n', n);
  const std::size_t lf_at = lf ? static_cast<std::size_t>(static_cast<const char*>(lf) - p) : n;
  const void* cr = lf_at > 0 ? std::memchr(p, '\r', lf_at) : nullptr;
  return cr ? static_cast<std::size_t>(static_cast<const char*>(cr) - p) : lf_at;
#endif
}

}  // namespace

LineReader::LineReader(model::ByteReader& reader, std::size_t max_line)
    : m_reader(reader), m_max(max_line == 0 ? 1 : max_line) {}

char* LineReader::room(std::size_t extra) {
  if (m_size + extra > m_cap) {
    const std::size_t cap = std::max(m_size + extra, m_cap * 2);
    std::unique_ptr<char[]> bigger(new char[cap]);
    if (m_size > 0) std::memcpy(bigger.get(), m_buf.get(), m_size);
    m_buf = std::move(bigger);
    m_cap = cap;
  }
  return m_buf.get() + m_size;
}

bool LineReader::fill() {
  if (m_eof) {
    return false;
  }
  // Drop what was consumed once it dominates the buffer, so compaction stays amortised linear.
  if (m_start > 0 && m_start >= m_size / 2) {
    std::memmove(m_buf.get(), m_buf.get() + m_start, m_size - m_start);
    m_size -= m_start;
    m_scan -= m_start;
    m_start = 0;
  }
  const std::size_t got = m_reader.read(room(k_chunk), k_chunk);
  m_size += got;
  m_total += got;
  if (got == 0) {
    m_eof = true;
    return false;
  }
  if (m_first) {
    // Strip a BOM at the very start of the stream (it may take more than one read to see).
    while (m_size < 3) {
      const std::size_t more = m_reader.read(room(k_chunk), k_chunk);
      m_size += more;
      m_total += more;
      if (more == 0) {
        m_eof = true;
        break;
      }
    }
    if (m_size >= 3 && std::memcmp(m_buf.get(), "\xEF\xBB\xBF", 3) == 0) {
      std::memmove(m_buf.get(), m_buf.get() + 3, m_size - 3);
      m_size -= 3;
    }
    m_first = false;
  }
  return true;
}

bool LineReader::next(Line& out) {
  bool skipping = false;  // inside an over-long line: discard until its terminator
  for (;;) {
    // Look for a terminator in what we hold.
    std::size_t i = m_scan;
    const std::size_t n = m_size;
    const char* data = m_buf.get();
    if (i < n) {
      i += find_eol(data + i, n - i);
    }
    if (i < n) {
      std::size_t term_len = 1;
      if (data[i] == '\r') {
        if (i + 1 >= n && !m_eof) {
          // Need one more byte to tell CR from CRLF.
          m_scan = i;
          if (fill()) {
            continue;
          }
          i = m_scan;  // fill() may have moved the buffer
        } else if (i + 1 < n && data[i + 1] == '\n') {
          term_len = 2;
        }
      }
      const char* base = m_buf.get();
      ++m_line;
      out.number = m_line;
      if (skipping || i - m_start > m_max) {
        out.text = {};
        out.too_long = true;
      } else {
        out.text = std::string_view(base + m_start, i - m_start);
        out.too_long = false;
      }
      m_start = i + term_len;
      m_scan = m_start;
      return true;
    }
    m_scan = n;
    if (m_scan - m_start > m_max) {
      // Too long: forget what we hold of it and keep discarding until the terminator.
      skipping = true;
      m_size = 0;
      m_start = 0;
      m_scan = 0;
    }
    if (!fill()) {
      // End of input: the rest, if any, is the last line (a final terminator adds no line).
      if (m_start < m_size || skipping) {
        ++m_line;
        out.number = m_line;
        skipping = skipping || m_size - m_start > m_max;
        out.too_long = skipping;
        out.text = skipping ? std::string_view{} : std::string_view(m_buf.get() + m_start, m_size - m_start);
        m_start = m_size;
        m_scan = m_start;
        return true;
      }
      return false;
    }
  }
}

}  // namespace chatvault::importers::whatsapp

namespace chatvault::importers::whatsapp {

std::size_t StringByteReader::read(char* out, std::size_t size) {
  const std::size_t n = std::min(size, m_bytes.size() - m_pos);
  std::memcpy(out, m_bytes.data() + m_pos, n);
  m_pos += n;
  return n;
}

std::size_t LimitedByteReader::read(char* out, std::size_t size) {
  const std::size_t n = m_inner.read(out, std::min(size, m_left));
  m_left -= n;
  return n;
}

}  // namespace chatvault::importers::whatsapp
