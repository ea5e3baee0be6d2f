// export_chats: the one loop every format shares (selection, order, media copying, progress).
#include <algorithm>
#include <map>
#include <tuple>
#include <utility>

#include "exporters/copy_blob.hpp"
#include "exporters/exporter.hpp"
#include "exporters/output_dir.hpp"
#include "util/error.hpp"

namespace chatvault::exporters {
namespace {

constexpr std::uint64_t k_progress_every = 1000;

std::vector<model::StoredChat> select_chats(std::vector<model::StoredChat> all,
                                            const std::vector<std::string>& wanted) {
  std::sort(all.begin(), all.end(), [](const model::StoredChat& a, const model::StoredChat& b) {
    return std::tie(a.chat.title, a.chat.key, a.id) < std::tie(b.chat.title, b.chat.key, b.id);
  });
  if (wanted.empty()) {
    return all;
  }
  for (const auto& name : wanted) {
    const bool found = std::any_of(all.begin(), all.end(), [&](const model::StoredChat& c) {
      return c.chat.key == name || c.chat.title == name;
    });
    if (!found) {
      throw Error(ErrorCategory::usage,
                  "no chat named '" + name + "' in the archive; 'chatvault chats ARCHIVE' lists them");
    }
  }
  // Filtering the sorted list keeps the order stable and selects a chat once, however many
  // entries name it.
  std::vector<model::StoredChat> selected;
  for (auto& c : all) {
    const bool hit = std::any_of(wanted.begin(), wanted.end(),
                                 [&](const std::string& name) { return c.chat.key == name || c.chat.title == name; });
    if (hit) {
      selected.push_back(std::move(c));
    }
  }
  return selected;
}

// Copies one chat's stored attachments into its media folder, each distinct (name, content)
// once, and tells the writer where each went.
class MediaCopier {
 public:
  MediaCopier(model::ChatReader& reader, OutputDir& out, std::string media_dir, bool enabled)
      : m_reader(reader), m_out(out), m_media_dir(std::move(media_dir)), m_enabled(enabled) {}

  std::vector<std::string> copy(const model::Message& msg) {
    std::vector<std::string> paths;
    paths.reserve(msg.attachments.size());
    for (const auto& att : msg.attachments) {
      paths.push_back(m_enabled && !att.content_hash.empty() ? copy_one(att) : std::string());
    }
    return paths;
  }

  std::uint64_t files() const { return m_copied.size(); }

 private:
  std::string copy_one(const model::Attachment& att) {
    auto key = std::make_pair(att.file_name, att.content_hash);
    if (const auto it = m_copied.find(key); it != m_copied.end()) {
      return it->second;
    }
    // A nameless attachment is named by its content, so the name is still stable.
    const std::string wanted = att.file_name.empty() ? att.content_hash.substr(0, 16) : att.file_name;
    const std::string relative = m_out.claim(m_media_dir, wanted);
    copy_blob(m_reader, att.content_hash, m_out, relative);
    m_copied.emplace(std::move(key), relative);
    return relative;
  }

  model::ChatReader& m_reader;
  OutputDir& m_out;
  std::string m_media_dir;
  bool m_enabled;
  std::map<std::pair<std::string, std::string>, std::string> m_copied;  // (name, hash) -> path
};

}  // namespace

ExportResult export_chats(model::ChatReader& reader, Exporter& exporter, const ExportOptions& options,
                          Reporter& reporter) {
  const std::vector<model::StoredChat> selected = select_chats(reader.chats(), options.chats);
  OutputDir out(options.out_dir);

  std::uint64_t total = 0;
  for (const auto& c : selected) {
    total += c.message_count;
  }
  ExportResult result;
  reporter.progress("export", 0, total);

  std::vector<ExportedChat> exported;
  exported.reserve(selected.size());
  for (const auto& stored : selected) {
    const std::string stem = out.claim_stem(stored.chat.title.empty() ? stored.chat.key : stored.chat.title);
    const ChatTarget target{stored, stem, out.claim("", stem + "_media"), reader, options};
    // A format with its own media layout gets no copies (and all-"" media paths).
    MediaCopier media(reader, out, target.media_dir, options.copy_media && !exporter.copies_media_itself());
    std::uint64_t messages = 0;
    {
      const std::unique_ptr<ChatWriter> writer = exporter.begin_chat(target, out);
      reader.for_each_message(stored.id, [&](const model::Message& msg) {
        writer->write_message(msg, media.copy(msg));
        ++messages;
        if (++result.messages % k_progress_every == 0) {
          reporter.progress("export", result.messages, std::max(total, result.messages));
        }
      });
      writer->end_chat();
      exported.push_back(ExportedChat{stored, stem, writer->file(), messages, media.files()});
    }
    ++result.chats;
    result.media_files += media.files();
    reporter.progress("export", result.messages, std::max(total, result.messages));
  }
  exporter.finish(exported, out);
  return result;
}

}  // namespace chatvault::exporters
