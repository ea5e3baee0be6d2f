#pragma once
// LineReader: splits a ByteReader's stream into lines (LF, CRLF or lone CR) without holding more
// than one line in memory; a line longer than the limit is reported and skipped, never buffered.
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <utility>

#include "model/byte_reader.hpp"

namespace chatvault::importers::whatsapp {

struct Line {
  std::string_view text;      // without its terminator; valid until the next call to next()
  std::uint64_t number = 0;   // 1-based
  bool too_long = false;      // the line exceeded the limit; `text` is empty and it was skipped
};

class LineReader {
 public:
  static constexpr std::size_t k_default_max_line = std::size_t{64} << 20;  // 64 MiB

  explicit LineReader(model::ByteReader& reader, std::size_t max_line = k_default_max_line);

  // The next line, or false at the end. A leading UTF-8 BOM of the stream is dropped.
  bool next(Line& out);

  // Bytes consumed so far (for progress).
  std::uint64_t bytes_read() const { return m_total; }

 private:
  bool fill();  // appends one chunk; false at end of input
  char* room(std::size_t extra);  // makes room for `extra` more bytes; returns where they go

  model::ByteReader& m_reader;
  std::size_t m_max;
  // The buffer, by hand: a std::string would zero every chunk before it is read into.
  std::unique_ptr<char[]> m_buf;
  std::size_t m_size = 0;
  std::size_t m_cap = 0;
  std::size_t m_start = 0;   // start of the current (unreturned) line in m_buf
  std::size_t m_scan = 0;    // where the terminator search resumes
  std::uint64_t m_line = 0;
  std::uint64_t m_total = 0;
  bool m_eof = false;
  bool m_first = true;
};

}  // namespace chatvault::importers::whatsapp

namespace chatvault::importers::whatsapp {

// A ByteReader over bytes held in memory (detection windows, tests).
class StringByteReader : public model::ByteReader {
 public:
  explicit StringByteReader(std::string bytes) : m_bytes(std::move(bytes)) {}
  std::size_t read(char* out, std::size_t size) override;

 private:
  std::string m_bytes;
  std::size_t m_pos = 0;
};

// Passes through at most `limit` bytes of another reader.
class LimitedByteReader : public model::ByteReader {
 public:
  LimitedByteReader(model::ByteReader& inner, std::size_t limit) : m_inner(inner), m_left(limit) {}
  std::size_t read(char* out, std::size_t size) override;

 private:
  model::ByteReader& m_inner;
  std::size_t m_left;
};

}  // namespace chatvault::importers::whatsapp
