#include "app/import.hpp"

#include <fstream>

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

}  // namespace

ImportResult run_import(const ImportRequest& request, Reporter& reporter) {
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
    const auto& tree = trees[i];
    const importers::Importer& importer = registry.choose(tree, request.format);
    SourceResult one;
    one.label = tree.kind() == importers::SourceTree::Kind::merged
                    ? tree.stem() + " (" + std::to_string(request.sources.size()) + " parts)"
                    : request.sources[i].filename().string();
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
      info.files = manifest(request.sources[i], tree);
    }

    importers::ImportOptions options = request.options;
    archive::Archive* archive_ptr = store.get();
    options.known_chat = [archive_ptr](model::Platform platform, std::string_view key) {
      return archive_ptr->find_chat(platform, key);
    };
    auto session = store->begin_import(info);
    ProgressSink progress(*session, reporter, one.label);
    // Parsing on a worker thread while this one stores: the two overlap on two cores.
    one.report = importers::import_in_background(importer, tree, options, progress);
    session->commit();
    one.counts = session->counts();
    for (const auto& note : one.report.notes) {
      reporter.warning(one.label + ": " + note);
    }
    for (const auto& w : one.counts.warning_texts) {
      reporter.warning(w);
    }
    for (const auto& s : one.counts.skipped_texts) {
      reporter.warning("skipped " + s);
    }
    result.sources.push_back(std::move(one));
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
