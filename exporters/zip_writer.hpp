#pragma once
// ZipWriter: a zip being written (libzip), committed by close() and discarded on any error.
#include <zip.h>

#include <filesystem>
#include <string>

namespace chatvault::exporters {

// Owns a zip_t being written: close() commits, anything else (an exception) discards, so a
// failed package never leaves a half-written zip. Every failure is Error(io) naming the zip
// (and the entry). Not copyable: one owner.
class ZipWriter {
 public:
  // Creates `path`; an existing file is Error(io), never overwritten.
  explicit ZipWriter(const std::filesystem::path& path);
  ~ZipWriter();
  ZipWriter(const ZipWriter&) = delete;
  ZipWriter& operator=(const ZipWriter&) = delete;

  // An entry from memory, deflated; `bytes` must stay alive until close().
  void add_buffer(const std::string& name, const std::string& bytes);
  // An entry read from `file` at close(); stored as is when `store` (already compressed data).
  void add_file(const std::string& name, const std::filesystem::path& file, bool store);
  // Writes the zip; it is complete on disk only after this returns.
  void close();

 private:
  void add(const std::string& name, zip_source_t* src, bool store);
  [[noreturn]] void fail(const std::string& entry);

  std::filesystem::path m_path;
  zip_t* m_zip = nullptr;
};

}  // namespace chatvault::exporters
