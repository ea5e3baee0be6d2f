#include "importers/whatsapp/whatsapp_importer.hpp"

#include <exception>
#include <unordered_map>

#include "importers/whatsapp/chat_import.hpp"
#include "importers/whatsapp/chat_source.hpp"
#include "importers/whatsapp/header_parser.hpp"
#include "importers/whatsapp/line_reader.hpp"
#include "util/error.hpp"

namespace chatvault::importers {
namespace {

using namespace whatsapp;

constexpr std::size_t k_detect_window = 64 * 1024;
constexpr int k_detect_lines = 5;

std::string lowered(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') {
      c = static_cast<char>(c - 'A' + 'a');
    }
  }
  return out;
}

std::string_view base_name(std::string_view path) {
  const std::size_t slash = path.find_last_of('/');
  return slash == std::string_view::npos ? path : path.substr(slash + 1);
}

class WhatsAppImporter final : public Importer {
 public:
  std::string_view name() const override { return "whatsapp"; }
  model::Platform platform() const override { return model::Platform::whatsapp; }

  Detection detect(const SourceTree& tree) const override {
    try {
      const auto entry = choose_chat_text(tree);
      if (!entry) {
        return {0, "no .txt chat file"};
      }
      auto reader = tree.open_entry(entry->path);
      LimitedByteReader limited(*reader, k_detect_window);
      LineReader lines(limited, k_detect_window);
      Line line;
      int seen = 0;
      bool first_is_header = false;
      bool any_header = false;
      int headers = 0;
      while (seen < k_detect_lines && lines.next(line)) {
        if (line.too_long || skip_invisible_prefix(line.text).find_first_not_of(" \t") == std::string_view::npos) {
          continue;
        }
        const bool header = parse_header(line.text).has_value();
        if (seen == 0) {
          first_is_header = header;
        }
        any_header = any_header || header;
        headers += header ? 1 : 0;
        ++seen;
      }
      if (seen == 0) {
        return {0, entry->path + " is empty"};
      }
      // The first line, or most of the first few (a stray preface line is tolerated).
      if (first_is_header || headers * 2 > seen) {
        const bool named = base_name(entry->path) == "_chat.txt" || title_from_export_name(tree.stem()) ||
                           lowered(entry->path).find("whatsapp") != std::string::npos;
        return {named ? 100 : 90, entry->path + " starts with WhatsApp message headers"};
      }
      if (any_header) {
        return {40, entry->path + " has WhatsApp message headers after some other text"};
      }
      return {0, entry->path + " does not start with WhatsApp message headers"};
    } catch (const std::exception& e) {
      return {0, e.what()};
    }
  }

  ImportReport import(const SourceTree& tree, const ImportOptions& options, model::Sink& sink) const override {
    const auto entry = choose_chat_text(tree);
    if (!entry) {
      throw Error(ErrorCategory::input, model::Origin{tree.path().string(), 0, {}},
                  "no chat text (.txt) found: not a WhatsApp export");
    }
    if (entry->size == 0) {
      throw Error(ErrorCategory::input, model::Origin{entry->path, 0, {}}, "empty file, not a WhatsApp export");
    }
    // Media files by exact path, then by case-insensitive base name.
    std::string dir;
    if (const std::size_t slash = entry->path.find_last_of('/'); slash != std::string::npos) {
      dir = entry->path.substr(0, slash + 1);
    }
    auto by_name = std::make_shared<std::unordered_map<std::string, SourceEntry>>();
    for (const SourceEntry& e : tree.entries()) {
      if (e.path.starts_with("__MACOSX/")) {
        continue;
      }
      by_name->emplace(lowered(base_name(e.path)), e);
    }
    ChatText text;
    text.path = entry->path;
    text.title = chat_title(tree, entry->path);
    text.open = [&tree, path = entry->path] { return tree.open_entry(path); };
    text.find_media = [&tree, dir, by_name](std::string_view name) -> std::optional<MediaRef> {
      std::optional<SourceEntry> hit;
      if (!dir.empty()) {
        hit = tree.find(dir + std::string(name));
      }
      if (!hit) {
        hit = tree.find(name);
      }
      if (!hit) {
        if (auto it = by_name->find(lowered(base_name(name))); it != by_name->end()) {
          hit = it->second;
        }
      }
      if (!hit) {
        return std::nullopt;
      }
      return MediaRef{hit->path, hit->size, tree.opener(hit->path)};
    };
    return import_chat_text(text, options, sink);
  }
};

}  // namespace

std::unique_ptr<Importer> make_whatsapp_importer() { return std::make_unique<WhatsAppImporter>(); }

}  // namespace chatvault::importers
