#include "importers/whatsapp/line_reader.hpp"

#include <algorithm>
#include <cstring>

namespace chatvault::importers::whatsapp {
namespace {
constexpr std::size_t k_chunk = 64 * 1024;
}

LineReader::LineReader(model::ByteReader& reader, std::size_t max_line)
    : m_reader(reader), m_max(max_line == 0 ? 1 : max_line) {}

bool LineReader::fill() {
  if (m_eof) {
    return false;
  }
  // Drop what was consumed once it dominates the buffer, so compaction stays amortised linear.
  if (m_start > 0 && m_start >= m_buf.size() / 2) {
    m_buf.erase(0, m_start);
    m_scan -= m_start;
    m_start = 0;
  }
  const std::size_t old = m_buf.size();
  m_buf.resize(old + k_chunk);
  const std::size_t got = m_reader.read(m_buf.data() + old, k_chunk);
  m_buf.resize(old + got);
  m_total += got;
  if (got == 0) {
    m_eof = true;
    return false;
  }
  if (m_first) {
    // Strip a BOM at the very start of the stream (it may take more than one read to see).
    if (m_buf.size() < 3 && !m_eof) {
      while (m_buf.size() < 3) {
        const std::size_t before = m_buf.size();
        m_buf.resize(before + k_chunk);
        const std::size_t more = m_reader.read(m_buf.data() + before, k_chunk);
        m_buf.resize(before + more);
        m_total += more;
        if (more == 0) {
          m_eof = true;
          break;
        }
      }
    }
    if (m_buf.compare(0, 3, "\xEF\xBB\xBF") == 0) {
      m_buf.erase(0, 3);
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
    const std::size_t n = m_buf.size();
    const char* data = m_buf.data();
    if (i < n) {
      // The first LF, then the first CR before it (CR is rare: CRLF files and old Macs).
      const void* lf = std::memchr(data + i, '\n', n - i);
      const std::size_t lf_at = lf ? static_cast<std::size_t>(static_cast<const char*>(lf) - data) : n;
      const void* cr = lf_at > i ? std::memchr(data + i, '\r', lf_at - i) : nullptr;
      i = cr ? static_cast<std::size_t>(static_cast<const char*>(cr) - data) : lf_at;
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
      const char* base = m_buf.data();
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
      m_buf.clear();
      m_start = 0;
      m_scan = 0;
    }
    if (!fill()) {
      // End of input: the rest, if any, is the last line (a final terminator adds no line).
      if (m_start < m_buf.size() || skipping) {
        ++m_line;
        out.number = m_line;
        skipping = skipping || m_buf.size() - m_start > m_max;
        out.too_long = skipping;
        out.text = skipping ? std::string_view{} : std::string_view(m_buf.data() + m_start, m_buf.size() - m_start);
        m_start = m_buf.size();
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
