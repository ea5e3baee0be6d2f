#include "app/import.hpp"

#include <algorithm>
#include <fstream>
#include <optional>
#include <utility>

#include "importers/background_import.hpp"
#include "util/error.hpp"
#include "util/hash.hpp"

namespace chatvault::app {
namespace {

std::string plural(std::uint64_t n, const char* one, const char* many) {
  return std::to_string(n) + " " + (n == 1 ? one : many);
}

// The manifest names the files the user gave: a zip or a single file as itself, a folder file
// by file, each with its BLAKE2b-256, so the archive records exactly what was imported.
std::vector<archive::SourceInfo::File> manifest(const std::filesystem::path& given,
                                                const importers::SourceTree& tree) {
  std::vector<archive::SourceInfo::File> files;
  auto hash_stream = [](model::ByteReader& reader) {
    Blake2b256 h;
    std::string buf(1 << 16, '\0');
    for (std::size_t n; (n = reader.read(buf.data(), buf.size())) > 0;) {
      h.update(std::string_view(buf.data(), n));
    }
    return h.hex_digest();
  };
  if (tree.kind() == importers::SourceTree::Kind::folder) {
    for (const auto& e : tree.entries()) {
      auto reader = tree.open_entry(e.path);
      files.push_back({e.path, e.size, hash_stream(*reader)});
    }
    return files;
  }
  if (tree.kind() == importers::SourceTree::Kind::file) {
    const auto& e = tree.entries().front();
    auto reader = tree.open_entry(e.path);
    files.push_back({e.path, e.size, hash_stream(*reader)});
    return files;
  }
  // A zip: hash the zip file itself, read as a plain file.
  std::ifstream in(given, std::ios::binary);
  Blake2b256 h;
  std::string buf(1 << 16, '\0');
  std::uint64_t size = 0;
  while (in.read(buf.data(), static_cast<std::streamsize>(buf.size())) || in.gcount() > 0) {
    h.update(std::string_view(buf.data(), static_cast<std::size_t>(in.gcount())));
    size += static_cast<std::uint64_t>(in.gcount());
  }
  files.push_back({given.filename().string(), size, h.hex_digest()});
  return files;
}

// Passes everything through to the archive's session and reports progress every so often, so a
// multi-gigabyte import shows that it is moving.
class ProgressSink : public model::Sink {
 public:
  ProgressSink(model::Sink& inner, Reporter& reporter, std::string label)
      : m_inner(inner), m_reporter(reporter), m_label(std::move(label)) {}
  void begin_chat(const model::Chat& chat) override { m_inner.begin_chat(chat); }
  void message(model::Message&& msg) override {
    m_inner.message(std::move(msg));
    if (++m_count % k_every == 0) {
      m_reporter.progress(m_label, m_count, 0);
    }
  }
  void end_chat() override { m_inner.end_chat(); }
  void skipped(const model::Origin& where, std::string_view reason) override { m_inner.skipped(where, reason); }
  void warning(const model::Origin& where, std::string_view text) override { m_inner.warning(where, text); }

 private:
  static constexpr std::uint64_t k_every = 10000;
  model::Sink& m_inner;
  Reporter& m_reporter;
  std::string m_label;
  std::uint64_t m_count = 0;
};

// One importer's run over one source, in its own import session.
SourceResult import_one(archive::Archive& store, const importers::Importer& importer, const importers::SourceTree& tree,
                        const std::filesystem::path& given, const ImportRequest& request, Reporter& reporter) {
  SourceResult one;
  one.label = tree.kind() == importers::SourceTree::Kind::merged
                  ? tree.stem() + " (" + std::to_string(request.sources.size()) + " parts)"
                  : given.filename().string();
  if (one.label.empty()) {
    one.label = tree.stem();
  }
  one.format = std::string(importer.name());
  reporter.info("importing " + one.label + " as " + one.format);

  archive::SourceInfo info;
  info.platform = importer.platform();
  info.label = one.label;
  if (tree.kind() == importers::SourceTree::Kind::merged) {
    for (const auto& part : request.sources) {
      const auto files = manifest(part, importers::SourceTree::open(part));
      info.files.insert(info.files.end(), files.begin(), files.end());
    }
  } else {
    info.files = manifest(given, tree);
  }

  importers::ImportOptions options = request.options;
  archive::Archive* archive_ptr = &store;
  options.known_chat = [archive_ptr](model::Platform platform, std::string_view key) {
    return archive_ptr->find_chat(platform, key);
  };
  options.known_chats = [archive_ptr](model::Platform platform) {
    std::vector<model::StoredChat> out;
    for (auto& stored : archive_ptr->chats()) {
      if (stored.chat.platform == platform) out.push_back(std::move(stored));
    }
    return out;
  };
  auto session = store.begin_import(info);
  ProgressSink progress(*session, reporter, one.label);
  // Parsing on a worker thread while this one stores: the two overlap on two cores.
  one.report = importers::import_in_background(importer, tree, options, progress);
  session->commit();
  one.counts = session->counts();
  // Decisions the importer took for the user (who they are, which zone): told, not warned of.
  for (const auto& note : one.report.notes) {
    reporter.info("note: " + one.label + ": " + note);
  }
  for (const auto& w : one.counts.warning_texts) {
    reporter.warning(w);
  }
  for (const auto& s : one.counts.skipped_texts) {
    reporter.warning("skipped " + s);
  }
  return one;
}

// "facebook-x-part2.zip" → every "facebook-x-partN.zip" in the same folder, by N; just the
// path given when it has no such name or no sibling.
std::vector<std::filesystem::path> part_siblings(const std::filesystem::path& given) {
  const auto split = [](const std::string& name) -> std::optional<std::pair<std::string, long>> {
    const std::size_t ext = name.size() >= 4 ? name.size() - 4 : 0;
    if (ext == 0 || (name.compare(ext, 4, ".zip") != 0 && name.compare(ext, 4, ".ZIP") != 0)) return std::nullopt;
    std::size_t digits = ext;
    while (digits > 0 && name[digits - 1] >= '0' && name[digits - 1] <= '9') --digits;
    if (digits == ext || digits < 5) return std::nullopt;
    const std::string sep = name.substr(digits - 5, 5);
    if (sep != "-part" && sep != "_part") return std::nullopt;
    return std::make_pair(name.substr(0, digits), std::stol(name.substr(digits, std::min<std::size_t>(ext - digits, 9))));
  };
  const auto mine = split(given.filename().string());
  std::error_code ec;
  if (!mine || !std::filesystem::is_regular_file(given, ec)) return {given};
  std::vector<std::pair<long, std::filesystem::path>> found;
  const std::filesystem::path dir = given.has_parent_path() ? given.parent_path() : std::filesystem::path(".");
  for (const auto& e : std::filesystem::directory_iterator(dir, ec)) {
    const auto other = split(e.path().filename().string());
    if (other && other->first == mine->first && e.is_regular_file(ec)) found.emplace_back(other->second, e.path());
  }
  if (found.size() < 2) return {given};
  std::sort(found.begin(), found.end());
  std::vector<std::filesystem::path> out;
  for (auto& [n, path] : found) out.push_back(given.has_parent_path() ? std::move(path) : path.filename());
  return out;
}

}  // namespace

ImportResult run_import(const ImportRequest& given_request, Reporter& reporter) {
  ImportRequest request = given_request;
  // One part of a download given alone: its media may sit in the other parts beside it.
  if (!request.parts_of_one_export && request.sources.size() == 1) {
    if (auto parts = part_siblings(request.sources[0]); parts.size() > 1) {
      std::string names;
      for (const auto& p : parts) names += (names.empty() ? "" : ", ") + p.filename().string();
      reporter.info(request.sources[0].filename().string() + " is one of " + std::to_string(parts.size()) +
                    " parts of one download; reading them together: " + names);
      request.sources = std::move(parts);
      request.parts_of_one_export = true;
    }
  }
  if (request.passphrase == nullptr) {
    throw Error(ErrorCategory::internal, "import requested without a passphrase");
  }
  if (request.sources.empty()) {
    throw Error(ErrorCategory::usage, "nothing to import: name at least one export file or folder");
  }
  const auto registry = importers::builtin_importers();
  // Open every source before touching the archive, so a typo in the last path fails fast.
  std::vector<importers::SourceTree> trees;
  for (const auto& src : request.sources) {
    trees.push_back(importers::SourceTree::open(src));
  }
  if (request.parts_of_one_export && trees.size() > 1) {
    importers::SourceTree whole = importers::SourceTree::merge(std::move(trees));
    trees.clear();
    trees.push_back(std::move(whole));
  }
  auto store = archive::Archive::open(request.archive, *request.passphrase, archive::OpenMode::write);

  ImportResult result;
  for (std::size_t i = 0; i < trees.size(); ++i) {
    const auto chosen = registry.choose_all(trees[i], request.format);
    for (const importers::Importer* importer : chosen) {
      result.sources.push_back(import_one(*store, *importer, trees[i], request.sources[i], request, reporter));
    }
  }
  return result;
}

std::string summary_line(const SourceResult& r) {
  std::string line = r.label + " (" + r.format + "): " + plural(r.counts.chats, "chat", "chats") + ", " +
                     plural(r.counts.messages_added, "message added", "messages added") + ", " +
                     plural(r.counts.duplicates, "duplicate skipped", "duplicates skipped");
  if (r.counts.updated > 0) {
    line += ", " + plural(r.counts.updated, "message updated", "messages updated");
  }
  if (r.counts.attachments_stored > 0) {
    line += ", " + plural(r.counts.attachments_stored, "media file stored", "media files stored");
  }
  line += ", " + plural(r.counts.skipped, "line skipped", "lines skipped");
  line += ", " + plural(r.counts.warnings, "warning", "warnings");
  if (!r.report.zone.empty()) {
    line += ", time zone " + r.report.zone;
  }
  if (r.report.dst_gaps + r.report.dst_overlaps > 0) {
    line += " (" + std::to_string(r.report.dst_gaps) + " times in a DST gap moved forward, " +
            std::to_string(r.report.dst_overlaps) + " ambiguous times read as the earlier)";
  }
  return line;
}

}  // namespace chatvault::app
