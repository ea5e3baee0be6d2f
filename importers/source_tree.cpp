#include "importers/source_tree.hpp"

#include <zip.h>

#include <algorithm>
#include <cctype>
#include <cstring>
#include <fstream>
#include <map>
#include <mutex>

#include "util/error.hpp"

namespace chatvault::importers {
namespace fs = std::filesystem;

namespace {

// A zip entry may not inflate to more than this many times its compressed size once it is
// past k_bomb_floor bytes: real media and text compress far less, zip bombs far more.
constexpr std::uint64_t k_bomb_ratio = 1000;
constexpr std::uint64_t k_bomb_floor = 64ULL << 20;

struct ZipCloser {
  void operator()(zip_t* z) const { zip_discard(z); }
};
struct ZipFileCloser {
  void operator()(zip_file_t* f) const { zip_fclose(f); }
};
using ZipHandle = std::unique_ptr<zip_t, ZipCloser>;
using ZipFileHandle = std::unique_ptr<zip_file_t, ZipFileCloser>;

std::string display(const fs::path& p) { return p.string(); }

}  // namespace

struct SourceTree::Impl {
  fs::path path;
  Kind kind = Kind::file;
  std::vector<SourceEntry> entries;
  std::map<std::string, std::size_t, std::less<>> index;  // path -> entry position
  ZipHandle zip;
  std::vector<zip_uint64_t> zip_index;                     // entry position -> zip index
  std::vector<std::uint64_t> compressed;                   // entry position -> compressed size
  // A zip_t is not thread-safe, and an import reads the chat on one thread while the archive
  // reads media on another (import_in_background): every libzip call on `zip` holds this.
  mutable std::mutex zip_lock;
  // Kind::merged: the parts, and for each entry its part and its position there.
  std::vector<std::shared_ptr<const Impl>> parts;
  std::vector<std::pair<std::size_t, std::size_t>> part_entry;

  fs::path file_path(const SourceEntry& e) const { return kind == Kind::folder ? path / e.path : path; }
  std::string where(std::string_view entry) const {
    return kind == Kind::file ? display(path) : display(path) + ": " + std::string(entry);
  }
};

namespace {

class FileReader : public model::ByteReader {
 public:
  FileReader(const fs::path& path, std::string where) : m_in(path, std::ios::binary), m_where(std::move(where)) {
    if (!m_in) {
      throw Error(ErrorCategory::input, m_where + ": cannot open for reading");
    }
  }
  std::size_t read(char* out, std::size_t size) override {
    m_in.read(out, static_cast<std::streamsize>(size));
    if (m_in.bad()) {
      throw Error(ErrorCategory::io, m_where + ": read failed");
    }
    return static_cast<std::size_t>(m_in.gcount());
  }

 private:
  std::ifstream m_in;
  std::string m_where;
};

class ZipEntryReader : public model::ByteReader {
 public:
  // Holds the tree's Impl so the zip stays open as long as any reader or opener needs it.
  ZipEntryReader(std::shared_ptr<const SourceTree::Impl> impl, std::size_t pos)
      : m_impl(std::move(impl)), m_pos(pos) {
    const auto& e = m_impl->entries[pos];
    m_where = m_impl->where(e.path);
    m_declared = e.size;
    const std::uint64_t comp = m_impl->compressed[pos];
    if (m_declared > k_bomb_floor && m_declared / std::max<std::uint64_t>(comp, 1) > k_bomb_ratio) {
      throw Error(ErrorCategory::input, m_where + ": refused: it claims to inflate " + std::to_string(comp) +
                                            " bytes to " + std::to_string(m_declared) + " (a zip bomb?)");
    }
    const std::lock_guard lock(m_impl->zip_lock);
    m_file.reset(zip_fopen_index(m_impl->zip.get(), m_impl->zip_index[pos], 0));
    if (!m_file) {
      throw Error(ErrorCategory::input,
                  m_where + ": cannot open zip entry: " + zip_strerror(m_impl->zip.get()));
    }
  }
  ~ZipEntryReader() override {
    const std::lock_guard lock(m_impl->zip_lock);
    m_file.reset();
  }
  ZipEntryReader(const ZipEntryReader&) = delete;
  ZipEntryReader& operator=(const ZipEntryReader&) = delete;
  std::size_t read(char* out, std::size_t size) override {
    std::unique_lock lock(m_impl->zip_lock);
    const zip_int64_t n = zip_fread(m_file.get(), out, size);
    if (n < 0) {
      throw Error(ErrorCategory::input, m_where + ": damaged zip entry: " + zip_file_strerror(m_file.get()));
    }
    lock.unlock();
    m_read += static_cast<std::uint64_t>(n);
    if (m_read > m_declared) {
      throw Error(ErrorCategory::input, m_where + ": zip entry inflates beyond its declared size of " +
                                            std::to_string(m_declared) + " bytes (damaged archive?)");
    }
    return static_cast<std::size_t>(n);
  }

 private:
  std::shared_ptr<const SourceTree::Impl> m_impl;
  std::size_t m_pos;
  std::string m_where;
  std::uint64_t m_declared = 0;
  std::uint64_t m_read = 0;
  ZipFileHandle m_file;
};

bool looks_like_zip(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  char sig[4] = {};
  in.read(sig, sizeof sig);
  if (in.gcount() != 4) {
    return false;
  }
  // Local file header, or the end-of-central-directory record of an empty zip.
  return sig[0] == 'P' && sig[1] == 'K' && ((sig[2] == 3 && sig[3] == 4) || (sig[2] == 5 && sig[3] == 6));
}

void add_entry(SourceTree::Impl& impl, SourceEntry entry) {
  if (impl.index.count(entry.path) != 0) {
    throw Error(ErrorCategory::input, display(impl.path) + ": holds '" + entry.path +
                                          "' twice; refusing an ambiguous archive");
  }
  impl.entries.push_back(std::move(entry));
}


std::uint32_t le32(const std::string& b, std::size_t at) {
  return static_cast<std::uint32_t>(static_cast<unsigned char>(b[at])) |
         static_cast<std::uint32_t>(static_cast<unsigned char>(b[at + 1])) << 8 |
         static_cast<std::uint32_t>(static_cast<unsigned char>(b[at + 2])) << 16 |
         static_cast<std::uint32_t>(static_cast<unsigned char>(b[at + 3])) << 24;
}
std::uint16_t le16(const std::string& b, std::size_t at) {
  return static_cast<std::uint16_t>(static_cast<unsigned char>(b[at]) |
                                    static_cast<unsigned char>(b[at + 1]) << 8);
}

// libzip 1.7 turns a NUL inside an entry name into a space without telling, so an entry name
// that a zip tool would show differently is checked here from the central directory itself:
// only the record lengths and name bytes are read; libzip does everything else.
void refuse_nul_names(const fs::path& path) {
  std::ifstream in(path, std::ios::binary | std::ios::ate);
  const auto file_size = static_cast<std::uint64_t>(in.tellg());
  const std::uint64_t tail_size = std::min<std::uint64_t>(file_size, 22 + 65535);
  std::string tail(tail_size, '\0');
  in.seekg(static_cast<std::streamoff>(file_size - tail_size));
  in.read(tail.data(), static_cast<std::streamsize>(tail_size));
  const std::size_t eocd = tail.rfind(std::string("PK\x05\x06", 4));
  if (!in || eocd == std::string::npos || eocd + 22 > tail.size()) {
    return;  // libzip already accepted the file; nothing more to check here
  }
  const std::uint32_t cd_size = le32(tail, eocd + 12);
  const std::uint32_t cd_offset = le32(tail, eocd + 16);
  if (cd_offset == 0xFFFFFFFFU || static_cast<std::uint64_t>(cd_offset) + cd_size > file_size) {
    return;  // zip64: libzip's own consistency check covers it; names are checked no further
  }
  std::string cd(cd_size, '\0');
  in.seekg(cd_offset);
  in.read(cd.data(), cd_size);
  for (std::size_t at = 0; in && at + 46 <= cd.size() && le32(cd, at) == 0x02014b50U;) {
    const std::size_t name_len = le16(cd, at + 28);
    const std::size_t skip = 46 + name_len + le16(cd, at + 30) + le16(cd, at + 32);
    if (at + 46 + name_len > cd.size()) {
      return;
    }
    const std::string name = cd.substr(at + 46, name_len);
    if (name.find('\0') != std::string::npos) {
      std::string shown = name;
      std::replace(shown.begin(), shown.end(), '\0', '?');
      throw Error(ErrorCategory::input,
                  display(path) + ": refusing entry '" + shown + "': its name contains a NUL byte");
    }
    at += skip;
  }
}

void load_zip(SourceTree::Impl& impl) {
  int err = 0;
  ZipHandle zip(zip_open(impl.path.c_str(), ZIP_RDONLY | ZIP_CHECKCONS, &err));
  if (!zip) {
    zip_error_t ze;
    zip_error_init_with_code(&ze, err);
    std::string why = zip_error_strerror(&ze);
    zip_error_fini(&ze);
    throw Error(ErrorCategory::input, display(impl.path) + ": not a readable zip archive (" + why +
                                          "); is the download complete?");
  }
  refuse_nul_names(impl.path);
  const zip_int64_t n = zip_get_num_entries(zip.get(), 0);
  std::vector<std::pair<SourceEntry, std::pair<zip_uint64_t, std::uint64_t>>> found;
  for (zip_int64_t i = 0; i < n; ++i) {
    zip_stat_t st;
    zip_stat_init(&st);
    if (zip_stat_index(zip.get(), static_cast<zip_uint64_t>(i), ZIP_FL_ENC_GUESS, &st) != 0 ||
        (st.valid & ZIP_STAT_NAME) == 0) {
      throw Error(ErrorCategory::input, display(impl.path) + ": damaged zip directory at entry " +
                                            std::to_string(i));
    }
    const std::string_view name(st.name);
    if (!name.empty() && (name.back() == '/' || name.back() == '\\')) {
      normalise_entry_path(name, display(impl.path));  // still refuse "../" directories
      continue;
    }
    SourceEntry entry;
    entry.path = normalise_entry_path(name, display(impl.path));
    entry.size = (st.valid & ZIP_STAT_SIZE) != 0 ? st.size : 0;
    const std::uint64_t comp = (st.valid & ZIP_STAT_COMP_SIZE) != 0 ? st.comp_size : 0;
    found.push_back({std::move(entry), {static_cast<zip_uint64_t>(i), comp}});
  }
  std::sort(found.begin(), found.end(), [](const auto& a, const auto& b) { return a.first.path < b.first.path; });
  for (auto& [entry, where] : found) {
    add_entry(impl, std::move(entry));
    impl.zip_index.push_back(where.first);
    impl.compressed.push_back(where.second);
  }
  impl.zip = std::move(zip);
}

void load_folder(SourceTree::Impl& impl) {
  std::error_code ec;
  std::vector<SourceEntry> found;
  // Symlinks are not followed: an export is plain files, and a link could point anywhere.
  for (fs::recursive_directory_iterator it(impl.path, fs::directory_options::none, ec), end; it != end;
       it.increment(ec)) {
    if (ec) {
      break;
    }
    if (!it->is_regular_file(ec) || it->is_symlink(ec)) {
      continue;
    }
    SourceEntry entry;
    entry.path = normalise_entry_path(fs::relative(it->path(), impl.path).generic_string(), display(impl.path));
    entry.size = it->file_size(ec);
    found.push_back(std::move(entry));
  }
  if (ec) {
    throw Error(ErrorCategory::io, display(impl.path) + ": cannot list folder: " + ec.message());
  }
  std::sort(found.begin(), found.end(), [](const auto& a, const auto& b) { return a.path < b.path; });
  for (auto& e : found) {
    add_entry(impl, std::move(e));
  }
}

}  // namespace

std::string normalise_entry_path(std::string_view raw, std::string_view container) {
  auto refuse = [&](const std::string& why) {
    return Error(ErrorCategory::input,
                 std::string(container) + ": refusing entry '" + std::string(raw) + "': " + why);
  };
  if (raw.find('\0') != std::string_view::npos) {
    throw refuse("its name contains a NUL byte");
  }
  std::string s(raw);
  std::replace(s.begin(), s.end(), '\\', '/');
  if (!s.empty() && s.front() == '/') {
    throw refuse("absolute path");
  }
  if (s.size() >= 2 && s[1] == ':' && std::isalpha(static_cast<unsigned char>(s[0])) != 0) {
    throw refuse("absolute path with a drive letter");
  }
  std::string out;
  std::size_t start = 0;
  while (start <= s.size()) {
    std::size_t end = s.find('/', start);
    if (end == std::string::npos) {
      end = s.size();
    }
    const std::string_view part(s.data() + start, end - start);
    if (part == "..") {
      throw refuse("it climbs out of the archive with '..'");
    }
    if (!part.empty() && part != ".") {
      if (!out.empty()) {
        out += '/';
      }
      out += part;
    }
    start = end + 1;
  }
  if (out.empty()) {
    throw refuse("empty name");
  }
  return out;
}

SourceTree::SourceTree(std::shared_ptr<Impl> impl) : m_impl(std::move(impl)) {}

SourceTree SourceTree::open(const fs::path& given) {
  auto impl = std::make_shared<Impl>();
  fs::path p = given.lexically_normal();
  if (p.has_parent_path() && p.filename().empty()) {
    p = p.parent_path();
  }
  impl->path = p;
  std::error_code ec;
  const auto status = fs::status(p, ec);
  if (ec || !fs::exists(status)) {
    throw Error(ErrorCategory::input, display(given) + ": no such file or folder");
  }
  if (fs::is_directory(status)) {
    impl->kind = Kind::folder;
    load_folder(*impl);
  } else if (!fs::is_regular_file(status)) {
    throw Error(ErrorCategory::input, display(given) + ": not a regular file or folder");
  } else if (looks_like_zip(p)) {
    impl->kind = Kind::zip;
    load_zip(*impl);
  } else {
    impl->kind = Kind::file;
    SourceEntry e;
    e.path = p.filename().string();
    e.size = fs::file_size(p, ec);
    add_entry(*impl, std::move(e));
  }
  for (std::size_t i = 0; i < impl->entries.size(); ++i) {
    impl->index.emplace(impl->entries[i].path, i);
  }
  return SourceTree(std::move(impl));
}

SourceTree::Kind SourceTree::kind() const { return m_impl->kind; }
const fs::path& SourceTree::path() const { return m_impl->path; }

const std::vector<SourceEntry>& SourceTree::entries() const { return m_impl->entries; }

std::optional<SourceEntry> SourceTree::find(std::string_view path) const {
  const auto it = m_impl->index.find(path);
  if (it == m_impl->index.end()) {
    return std::nullopt;
  }
  return m_impl->entries[it->second];
}

std::unique_ptr<model::ByteReader> SourceTree::open_entry(std::string_view path) const {
  return opener(path)();
}

namespace {

// The opener of entry `pos` of `impl` (of the part that holds it, for a merged tree).
model::Opener entry_opener(std::shared_ptr<const SourceTree::Impl> impl, std::size_t pos) {
  while (impl->kind == SourceTree::Kind::merged) {
    const auto [part, part_pos] = impl->part_entry[pos];
    std::shared_ptr<const SourceTree::Impl> next = impl->parts[part];
    impl = std::move(next);
    pos = part_pos;
  }
  return [impl, pos]() -> std::unique_ptr<model::ByteReader> {
    const auto& e = impl->entries[pos];
    if (impl->kind == SourceTree::Kind::zip) {
      return std::make_unique<ZipEntryReader>(impl, pos);
    }
    return std::make_unique<FileReader>(impl->file_path(e), impl->where(e.path));
  };
}

bool same_bytes(const model::Opener& a, const model::Opener& b) {
  auto ra = a();
  auto rb = b();
  std::vector<char> ba(1 << 16);
  std::vector<char> bb(1 << 16);
  for (;;) {
    const std::size_t na = ra->read(ba.data(), ba.size());
    std::size_t nb = 0;
    while (nb < na) {  // a reader may return less than asked before its end
      const std::size_t n = rb->read(bb.data() + nb, na - nb);
      if (n == 0) break;
      nb += n;
    }
    if (na != nb || std::memcmp(ba.data(), bb.data(), na) != 0) return false;
    if (na == 0) return true;
  }
}

// "takeout-20240101-part2" → "takeout-20240101": the name the parts share.
std::string without_part_suffix(std::string stem) {
  std::size_t end = stem.size();
  while (end > 0 && stem[end - 1] >= '0' && stem[end - 1] <= '9') --end;
  if (end == stem.size() || end < 5) return stem;
  const std::string_view before = std::string_view(stem).substr(0, end);
  if (before.ends_with("-part") || before.ends_with("_part") || before.ends_with(" part")) {
    stem.resize(end - 5);
  }
  return stem;
}

}  // namespace

std::string SourceTree::stem() const {
  const fs::path name = m_impl->path.filename();
  if (m_impl->kind == Kind::merged) {
    return without_part_suffix(SourceTree(std::const_pointer_cast<Impl>(m_impl->parts.front())).stem());
  }
  return m_impl->kind == Kind::folder ? name.string() : name.stem().string();
}

SourceTree SourceTree::merge(std::vector<SourceTree> parts) {
  if (parts.empty()) {
    throw Error(ErrorCategory::usage, "nothing to merge: no parts given");
  }
  if (parts.size() == 1) {
    return std::move(parts.front());
  }
  auto impl = std::make_shared<Impl>();
  impl->kind = Kind::merged;
  impl->path = parts.front().path();
  // Every entry of every part, sorted by path; an entry in several parts is kept once if the
  // parts agree on its bytes.
  std::vector<std::pair<SourceEntry, std::pair<std::size_t, std::size_t>>> all;
  for (std::size_t p = 0; p < parts.size(); ++p) {
    impl->parts.push_back(parts[p].m_impl);
    const auto& es = parts[p].entries();
    for (std::size_t i = 0; i < es.size(); ++i) all.push_back({es[i], {p, i}});
  }
  std::stable_sort(all.begin(), all.end(), [](const auto& a, const auto& b) { return a.first.path < b.first.path; });
  for (const auto& [entry, where] : all) {
    if (!impl->entries.empty() && impl->entries.back().path == entry.path) {
      const auto [first_part, first_pos] = impl->part_entry.back();
      const bool same = impl->entries.back().size == entry.size &&
                        same_bytes(entry_opener(impl->parts[first_part], first_pos),
                                   entry_opener(impl->parts[where.first], where.second));
      if (!same) {
        throw Error(ErrorCategory::input, "'" + entry.path + "' is in both " + display(parts[first_part].path()) +
                                              " and " + display(parts[where.first].path()) +
                                              " with different contents; refusing to guess which part is right");
      }
      continue;
    }
    impl->entries.push_back(entry);
    impl->part_entry.push_back(where);
  }
  for (std::size_t i = 0; i < impl->entries.size(); ++i) {
    impl->index.emplace(impl->entries[i].path, i);
  }
  return SourceTree(std::move(impl));
}

std::vector<std::filesystem::path> SourceTree::part_paths() const {
  if (m_impl->kind != Kind::merged) return {m_impl->path};
  std::vector<std::filesystem::path> out;
  for (const auto& p : m_impl->parts) out.push_back(p->path);
  return out;
}

std::string SourceTree::read_head(std::string_view path, std::size_t max_bytes) const {
  auto reader = open_entry(path);
  std::string head(max_bytes, '\0');
  std::size_t got = 0;
  while (got < head.size()) {
    const std::size_t n = reader->read(head.data() + got, head.size() - got);
    if (n == 0) break;
    got += n;
  }
  head.resize(got);
  return head;
}

model::Opener SourceTree::opener(std::string_view path) const {
  const auto it = m_impl->index.find(path);
  if (it == m_impl->index.end()) {
    throw Error(ErrorCategory::input, m_impl->where(path) + ": no such entry");
  }
  return entry_opener(m_impl, it->second);
}

std::string SourceTree::read_all(std::string_view path, std::uint64_t max_bytes) const {
  std::string out;
  read_all(path, max_bytes, out);
  return out;
}

void SourceTree::read_all(std::string_view path, std::uint64_t max_bytes, std::string& out) const {
  auto reader = open_entry(path);
  out.clear();
  // Read straight into `out`, sized by the entry: no chunk copies, no regrowth; room to spare for
  // a parser's padding.
  constexpr std::size_t k_chunk = 65536;
  const auto entry = find(path);
  const std::uint64_t expected = entry ? std::min(entry->size, max_bytes) : 0;
  if (out.capacity() < expected + k_chunk) out.reserve(static_cast<std::size_t>(expected) + k_chunk);
  for (;;) {
    const std::size_t at = out.size();
    if (out.capacity() - at < k_chunk) out.reserve(2 * out.capacity());
    const std::size_t room = std::min(k_chunk * 16, out.capacity() - at);
    out.resize(at + room);
    const std::size_t n = reader->read(out.data() + at, room);
    out.resize(at + n);
    if (n == 0) break;
    if (out.size() > max_bytes) {
      out.clear();
      throw Error(ErrorCategory::input, m_impl->where(path) + ": larger than " + std::to_string(max_bytes) +
                                            " bytes, too large to read at once");
    }
  }
}

}  // namespace chatvault::importers
