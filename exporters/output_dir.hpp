#pragma once
// OutputDir: the only way exporters create files. Builds every path from untrusted names
// (chat titles, attachment file names) through a sanitiser, and never overwrites a file.
#include <cstddef>
#include <filesystem>
#include <map>
#include <set>
#include <string>
#include <string_view>

namespace chatvault::exporters {

// The longest path component we write, in bytes (most file systems allow 255).
inline constexpr std::size_t k_max_component_bytes = 120;

// Turns untrusted text into one safe path component, the same on every OS: invalid UTF-8 is
// repaired; control characters, bidi overrides and `<>:"/\|?*` become '_'; a leading dot
// becomes '_' (no hidden files, no "." or ".."); trailing dots and spaces are removed;
// Windows device names (CON, PRN, AUX, NUL, COM1-9, LPT1-9, any case, with or without an
// extension) get a '_' prefix; the result is cut to `max_bytes` on a code point boundary,
// keeping a short extension; an empty result is "_". Pure and deterministic.
std::string sanitize_component(std::string_view name, std::size_t max_bytes = k_max_component_bytes);

// The key two names collide under on case-insensitive file systems (macOS, Windows):
// ASCII, Latin-1, Latin Extended-A, Greek and Cyrillic letters folded to lower case.
std::string fold_case(std::string_view name);

// A file opened for writing with O_EXCL; buffered; move-only. close() flushes and reports
// failure; the destructor closes quietly (data not yet flushed is lost: it is the error path).
class OutputFile {
 public:
  OutputFile(int fd, std::filesystem::path path);
  ~OutputFile();
  OutputFile(const OutputFile&) = delete;
  OutputFile& operator=(const OutputFile&) = delete;
  OutputFile(OutputFile&& other) noexcept;
  OutputFile& operator=(OutputFile&& other) noexcept;

  // Throws Error(io, "cannot write PATH: reason").
  void write(std::string_view bytes);
  // Flushes and closes; throws Error(io). Writing after close is a programming error.
  void close();
  const std::filesystem::path& path() const { return m_path; }

 private:
  void flush();
  void release() noexcept;
  int m_fd = -1;
  std::filesystem::path m_path;
  std::string m_buffer;
};

// An output folder. Names handed out by claim() are sanitised and unique per folder,
// case-insensitively; the same sequence of calls always gives the same names. Not thread-safe.
class OutputDir {
 public:
  // Creates `root` and its parents if needed; throws Error(io) if that fails or `root` is
  // not a folder.
  explicit OutputDir(std::filesystem::path root);

  const std::filesystem::path& root() const { return m_root; }

  // A unique base name for a chat's files (no extension), from its title: "Anna", then
  // "anna (2)" for a second chat whose title folds to the same. Capped shorter than a
  // component, so "<stem>.jsonl" and "<stem>_media" fit.
  std::string claim_stem(std::string_view title);

  // A sanitised file or folder name for `wanted` inside `folder` (a relative path from this
  // object, "" for the root), unique there: "IMG-1.jpg", "IMG-1 (2).jpg". Returns the path
  // relative to the root, '/'-separated. Nothing is created.
  std::string claim(std::string_view folder, std::string_view wanted);

  // Creates the file at `relative` (from claim), and its folders. Never overwrites: an
  // existing file is Error(io, "cannot write PATH: it already exists ..."). Refuses to go
  // through a symbolic link. Throws Error(io) on any other failure.
  OutputFile create(std::string_view relative);

  // The full path of a relative path from claim.
  std::filesystem::path full_path(std::string_view relative) const;

 private:
  void make_dirs(const std::filesystem::path& relative_dir);

  std::filesystem::path m_root;
  std::set<std::string> m_stems;                          // folded stems handed out
  std::map<std::string, std::set<std::string>> m_names;   // folder -> folded names handed out
  std::set<std::string> m_made_dirs;                      // folders known to exist
};

}  // namespace chatvault::exporters
