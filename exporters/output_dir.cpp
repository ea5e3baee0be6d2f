#include "exporters/output_dir.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <array>
#include <cerrno>
#include <system_error>
#include <utility>

#include "util/error.hpp"
#include "util/utf8.hpp"

namespace chatvault::exporters {
namespace fs = std::filesystem;
namespace {

constexpr std::size_t k_max_extension_bytes = 16;  // ".jpeg", ".jsonl", ".tar.gz" never longer
constexpr std::size_t k_stem_reserve = 20;         // room a stem leaves for " (99)" + "_media"/".jsonl"
constexpr std::size_t k_file_buffer_bytes = 64 * 1024;

Error io_error(const fs::path& path, const std::string& reason) {
  return Error(ErrorCategory::io, "cannot write " + path.string() + ": " + reason);
}

bool is_unsafe(char32_t cp) {
  if (cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp <= 0x9F)) {
    return true;  // C0 and C1 controls, DEL: invisible, and several are invalid on Windows
  }
  // Bidi overrides and isolates can make "gpj.exe" look like "exe.jpg" in a file manager.
  if ((cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069) || cp == 0x061C) {
    return true;
  }
  switch (cp) {
    case '<': case '>': case ':': case '"': case '/': case '\\': case '|': case '?': case '*':
      return true;
    default:
      return false;
  }
}

// Cuts `s` to at most `n` bytes without splitting a UTF-8 sequence (s is valid UTF-8).
std::string cut(std::string_view s, std::size_t n) {
  if (s.size() <= n) {
    return std::string(s);
  }
  std::size_t i = n;
  while (i > 0 && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) {
    --i;
  }
  return std::string(s.substr(0, i));
}

void trim_trailing(std::string& s) {
  while (!s.empty() && (s.back() == '.' || s.back() == ' ')) {
    s.pop_back();
  }
}

// Splits "name.ext" into {"name", ".ext"} when the extension is short and has no spaces;
// else {s, ""}. A leading dot is not an extension.
std::pair<std::string, std::string> split_extension(const std::string& s) {
  const auto dot = s.rfind('.');
  if (dot == std::string::npos || dot == 0 || s.size() - dot > k_max_extension_bytes ||
      s.find(' ', dot) != std::string::npos) {
    return {s, ""};
  }
  return {s.substr(0, dot), s.substr(dot)};
}

// Windows device names, which refer to devices whatever the extension: "con.txt" is CON.
bool is_reserved(const std::string& s) {
  std::string base = s.substr(0, s.find('.'));
  while (!base.empty() && base.back() == ' ') {
    base.pop_back();
  }
  for (char& c : base) {
    if (c >= 'a' && c <= 'z') {
      c = static_cast<char>(c - 'a' + 'A');
    }
  }
  static constexpr std::array<std::string_view, 6> k_plain{"CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$"};
  for (const auto name : k_plain) {
    if (base == name) {
      return true;
    }
  }
  if (base.size() < 4 || (base.compare(0, 3, "COM") != 0 && base.compare(0, 3, "LPT") != 0)) {
    return false;
  }
  const std::string_view digit = std::string_view(base).substr(3);
  // Windows also maps the superscript digits to COM1-3/LPT1-3.
  return (digit.size() == 1 && digit[0] >= '1' && digit[0] <= '9') || digit == "\xC2\xB9" ||
         digit == "\xC2\xB2" || digit == "\xC2\xB3";
}

// Caps `s` at `max_bytes`, keeping a short extension, then re-applies the end-of-name rules.
void cap(std::string& s, std::size_t max_bytes) {
  if (s.size() > max_bytes) {
    auto [stem, ext] = split_extension(s);
    if (!ext.empty() && ext.size() + 1 < max_bytes) {
      s = cut(stem, max_bytes - ext.size()) + ext;
    } else {
      s = cut(s, max_bytes);
    }
  }
  trim_trailing(s);
}

char32_t fold_code_point(char32_t cp) {
  if (cp >= 'A' && cp <= 'Z') {
    return cp + 32;
  }
  if (cp < 0xC0) {
    return cp;
  }
  if (cp <= 0xDE && cp != 0xD7) {
    return cp + 32;  // Latin-1 capitals
  }
  if (cp >= 0x100 && cp <= 0x17F) {
    // Latin Extended-A alternates capital/small, with the parity flipping at U+0139-U+0148
    // and U+0179-U+017E; U+0130 (dotted I) and U+0178 (Y diaeresis) are special.
    if (cp == 0x178) {
      return 0xFF;
    }
    if (cp == 0x130 || cp == 0x131 || cp == 0x138 || cp == 0x149 || cp == 0x17F) {
      return cp;
    }
    const bool odd_capitals = (cp >= 0x139 && cp <= 0x148) || (cp >= 0x179 && cp <= 0x17E);
    const bool odd = (cp % 2) == 1;
    return odd == odd_capitals ? cp + 1 : cp;
  }
  if (cp >= 0x391 && cp <= 0x3A9 && cp != 0x3A2) {
    return cp + 32;  // Greek capitals
  }
  if (cp >= 0x410 && cp <= 0x42F) {
    return cp + 32;  // Cyrillic capitals
  }
  if (cp >= 0x400 && cp <= 0x40F) {
    return cp + 80;  // Cyrillic capitals with marks (Ё, Є, ...)
  }
  return cp;
}

// `name` made unique against `taken` (folded names), adding " (2)", " (3)", ... before the
// extension; records it in `taken`.
std::string unique_name(std::set<std::string>& taken, const std::string& name, std::size_t max_bytes) {
  if (taken.insert(fold_case(name)).second) {
    return name;
  }
  const auto [stem, ext] = split_extension(name);
  for (std::uint64_t n = 2;; ++n) {
    const std::string suffix = " (" + std::to_string(n) + ")";
    const std::size_t room = max_bytes > ext.size() + suffix.size() ? max_bytes - ext.size() - suffix.size() : 1;
    const std::string candidate = cut(stem, room) + suffix + ext;
    if (taken.insert(fold_case(candidate)).second) {
      return candidate;
    }
  }
}

}  // namespace

std::string sanitize_component(std::string_view name, std::size_t max_bytes) {
  const std::string valid = utf8::repair(name);
  std::string s;
  s.reserve(valid.size());
  for (std::size_t pos = 0; pos < valid.size();) {
    std::size_t len = 0;
    const char32_t cp = utf8::decode(valid, pos, len);
    if (is_unsafe(cp)) {
      s += '_';
    } else {
      s.append(valid, pos, len);
    }
    pos += len;
  }
  const auto first = s.find_first_not_of(' ');
  s.erase(0, first == std::string::npos ? s.size() : first);
  if (!s.empty() && s[0] == '.') {
    s[0] = '_';  // no hidden files, and never "." or ".."
  }
  cap(s, max_bytes);
  if (s.empty()) {
    s = "_";
  }
  if (is_reserved(s)) {
    s.insert(0, "_");
    cap(s, max_bytes);
  }
  return s;
}

std::string fold_case(std::string_view name) {
  std::string out;
  out.reserve(name.size());
  for (std::size_t pos = 0; pos < name.size();) {
    std::size_t len = 0;
    utf8::append(out, fold_code_point(utf8::decode(name, pos, len)));
    pos += len;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// OutputFile

OutputFile::OutputFile(int fd, fs::path path) : m_fd(fd), m_path(std::move(path)) {
  m_buffer.reserve(k_file_buffer_bytes);
}

OutputFile::~OutputFile() { release(); }

OutputFile::OutputFile(OutputFile&& other) noexcept
    : m_fd(std::exchange(other.m_fd, -1)), m_path(std::move(other.m_path)), m_buffer(std::move(other.m_buffer)) {}

OutputFile& OutputFile::operator=(OutputFile&& other) noexcept {
  if (this != &other) {
    release();
    m_fd = std::exchange(other.m_fd, -1);
    m_path = std::move(other.m_path);
    m_buffer = std::move(other.m_buffer);
  }
  return *this;
}

void OutputFile::release() noexcept {
  if (m_fd >= 0) {
    ::close(m_fd);
    m_fd = -1;
  }
}

void OutputFile::write(std::string_view bytes) {
  if (m_fd < 0) {
    throw Error(ErrorCategory::internal, "write to " + m_path.string() + " after it was closed");
  }
  m_buffer.append(bytes);
  if (m_buffer.size() >= k_file_buffer_bytes) {
    flush();
  }
}

void OutputFile::flush() {
  std::size_t done = 0;
  while (done < m_buffer.size()) {
    const ssize_t n = ::write(m_fd, m_buffer.data() + done, m_buffer.size() - done);
    if (n < 0) {
      if (errno == EINTR) {
        continue;
      }
      throw io_error(m_path, std::generic_category().message(errno));
    }
    done += static_cast<std::size_t>(n);
  }
  m_buffer.clear();
}

void OutputFile::close() {
  if (m_fd < 0) {
    return;
  }
  flush();
  const int fd = std::exchange(m_fd, -1);
  if (::close(fd) != 0) {
    throw io_error(m_path, std::generic_category().message(errno));
  }
}

// ---------------------------------------------------------------------------------------------
// OutputDir

OutputDir::OutputDir(fs::path root) : m_root(std::move(root)) {
  std::error_code ec;
  fs::create_directories(m_root, ec);
  if (ec) {
    throw io_error(m_root, ec.message());
  }
  if (!fs::is_directory(m_root, ec)) {
    throw io_error(m_root, "it exists and is not a folder");
  }
}

std::string OutputDir::claim_stem(std::string_view title) {
  const std::size_t max = k_max_component_bytes - k_stem_reserve;
  return unique_name(m_stems, sanitize_component(title, max), max);
}

std::string OutputDir::claim(std::string_view folder, std::string_view wanted) {
  const std::string name =
      unique_name(m_names[std::string(folder)], sanitize_component(wanted), k_max_component_bytes);
  return folder.empty() ? name : std::string(folder) + "/" + name;
}

fs::path OutputDir::full_path(std::string_view relative) const { return m_root / fs::path(relative); }

void OutputDir::make_dirs(const fs::path& relative_dir) {
  fs::path acc;
  for (const auto& part : relative_dir) {
    acc /= part;
    const std::string key = acc.generic_string();
    if (m_made_dirs.count(key) != 0) {
      continue;
    }
    const fs::path full = m_root / acc;
    std::error_code ec;
    fs::create_directory(full, ec);
    if (ec) {
      throw io_error(full, ec.message());
    }
    // An existing entry must be a real folder: never follow a link planted in the output.
    if (fs::symlink_status(full, ec).type() != fs::file_type::directory) {
      throw io_error(full, "it exists and is not a folder (or is a symbolic link)");
    }
    m_made_dirs.insert(key);
  }
}

OutputFile OutputDir::create(std::string_view relative) {
  const fs::path rel(relative);
  if (rel.has_parent_path()) {
    make_dirs(rel.parent_path());
  }
  const fs::path full = m_root / rel;
  int fd = -1;
  do {
    fd = ::open(full.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0666);
  } while (fd < 0 && errno == EINTR);
  if (fd < 0) {
    if (errno == EEXIST) {
      throw io_error(full,
                     "it already exists; an export never overwrites a file, so export into a new or empty folder");
    }
    throw io_error(full, std::generic_category().message(errno));
  }
  return OutputFile(fd, full);
}

}  // namespace chatvault::exporters
