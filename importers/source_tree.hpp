#pragma once
// SourceTree: one read-only view over an export given as a folder, a single file or a zip (read
// in place), or several of these merged (an export downloaded in parts).
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
  enum class Kind { folder, file, zip, merged };

  // Opens a folder, a zip (recognised by its signature, whatever its name) or any other single
  // file. Throws Error(input) for a missing path, an unreadable or truncated zip, or entries
  // with "..", absolute paths or NUL bytes in their names.
  static SourceTree open(const std::filesystem::path& path);
  // Parts of one export as one tree (Meta's downloads come as "...-part1.zip",
  // "...-part2.zip"): the union of their entries. A path in several parts is kept once when
  // the parts hold the same bytes there; different bytes throw Error(input) naming both parts.
  // One part is returned as it is.
  static SourceTree merge(std::vector<SourceTree> parts);

  Kind kind() const;
  // The path the user gave (of the first part, when merged).
  const std::filesystem::path& path() const;
  // Every path the tree reads: the one given, or each part's.
  std::vector<std::filesystem::path> part_paths() const;
  // The file or folder name without a .zip/.txt extension ("WhatsApp Chat with Anna"); merged,
  // the first part's without its "-part1".
  std::string stem() const;
  // All files, sorted by path. For a single file: one entry, its file name.
  const std::vector<SourceEntry>& entries() const;
  std::optional<SourceEntry> find(std::string_view path) const;

  // Streams one entry. Throws Error(input) if absent or if a zip entry inflates beyond its
  // declared size (a zip bomb or a damaged archive).
  std::unique_ptr<model::ByteReader> open_entry(std::string_view path) const;
  // The first `max_bytes` of an entry (all of it if shorter): enough to tell a format by.
  std::string read_head(std::string_view path, std::size_t max_bytes) const;
  // Reads a whole entry; throws Error(input) if it is larger than `max_bytes`.
  std::string read_all(std::string_view path, std::uint64_t max_bytes) const;
  // The same into `out`, whose buffer is reused (one file after another without new pages).
  void read_all(std::string_view path, std::uint64_t max_bytes, std::string& out) const;
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
