#pragma once
// SourceTree: one read-only view over an export given as a folder, a single file or a zip (read in place).
#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/byte_reader.hpp"

namespace chatvault::importers {

struct SourceEntry {
  std::string path;          // normalised, '/'-separated, relative ("media/IMG-1.jpg")
  std::uint64_t size = 0;    // uncompressed size in bytes
};

class SourceTree {
 public:
  enum class Kind { folder, file, zip };

  // Opens a folder, a zip (recognised by its signature, whatever its name) or any other single
  // file. Throws Error(input) for a missing path, an unreadable or truncated zip, or entries
  // with "..", absolute paths or NUL bytes in their names.
  static SourceTree open(const std::filesystem::path& path);

  Kind kind() const;
  // The path the user gave.
  const std::filesystem::path& path() const;
  // The file or folder name without a .zip/.txt extension ("WhatsApp Chat with Anna").
  std::string stem() const;
  // All files, sorted by path. For a single file: one entry, its file name.
  const std::vector<SourceEntry>& entries() const;
  std::optional<SourceEntry> find(std::string_view path) const;

  // Streams one entry. Throws Error(input) if absent or if a zip entry inflates beyond its
  // declared size (a zip bomb or a damaged archive).
  std::unique_ptr<model::ByteReader> open_entry(std::string_view path) const;
  // Reads a whole entry; throws Error(input) if it is larger than `max_bytes`.
  std::string read_all(std::string_view path, std::uint64_t max_bytes) const;
  // An opener usable after this SourceTree object is gone (it shares the underlying handle).
  model::Opener opener(std::string_view path) const;

  struct Impl;

 private:
  explicit SourceTree(std::shared_ptr<Impl> impl);
  std::shared_ptr<Impl> m_impl;
};

// Normalises a path found inside an export: '\' to '/', drops "." and empty parts. Throws
// Error(input) naming `container` for "..", absolute paths, drive letters or NUL bytes.
std::string normalise_entry_path(std::string_view raw, std::string_view container);

}  // namespace chatvault::importers
