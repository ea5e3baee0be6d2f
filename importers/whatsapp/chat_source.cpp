#include "importers/whatsapp/chat_source.hpp"

#include "importers/whatsapp/locale_strings.hpp"

namespace chatvault::importers::whatsapp {
namespace {

char lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

std::string lowered(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    c = lower(c);
  }
  return out;
}

std::string_view base_name(std::string_view path) {
  const std::size_t slash = path.find_last_of('/');
  return slash == std::string_view::npos ? path : path.substr(slash + 1);
}

bool ignored(std::string_view path) {
  return path.starts_with("__MACOSX/") || path.find("/__MACOSX/") != std::string_view::npos ||
         base_name(path).starts_with("._");
}

// Spaces, '_' and no-break spaces all count as one space.
std::string squash_spaces(std::string_view s) {
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '_') {
      out += ' ';
    } else if (s.substr(i, 2) == "\xC2\xA0") {
      out += ' ';
      ++i;
    } else if (s.substr(i, 3) == "\xE2\x80\xAF") {
      out += ' ';
      i += 2;
    } else {
      out += s[i];
    }
  }
  return out;
}

}  // namespace

std::optional<SourceEntry> choose_chat_text(const SourceTree& tree) {
  const auto& entries = tree.entries();
  if (tree.kind() == SourceTree::Kind::file && entries.size() == 1) {
    return entries.front();
  }
  const SourceEntry* named = nullptr;
  const SourceEntry* largest = nullptr;
  for (const SourceEntry& e : entries) {
    if (ignored(e.path)) {
      continue;
    }
    const std::string base = lowered(base_name(e.path));
    if (!base.ends_with(".txt")) {
      continue;
    }
    if (base == "_chat.txt") {
      return e;
    }
    if ((base.find("chat") != std::string::npos || base.find("whatsapp") != std::string::npos) &&
        (named == nullptr || e.size > named->size)) {
      named = &e;
    }
    if (largest == nullptr || e.size > largest->size) {
      largest = &e;
    }
  }
  if (named != nullptr) {
    return *named;
  }
  if (largest != nullptr) {
    return *largest;
  }
  return std::nullopt;
}

namespace {

// "NAME (1)", as a browser or a phone names a second download of the same file: "NAME".
std::string_view strip_copy_number(std::string_view name) {
  if (name.size() < 4 || name.back() != ')') return name;
  std::size_t i = name.size() - 1;
  while (i > 0 && name[i - 1] >= '0' && name[i - 1] <= '9') --i;
  const std::size_t digits = name.size() - 1 - i;
  if (digits == 0 || i < 2 || name[i - 1] != '(' || name[i - 2] != ' ') return name;
  return name.substr(0, i - 2);
}

}  // namespace

std::optional<std::string> title_from_export_name(std::string_view stem) {
  const std::string squashed = squash_spaces(stem);
  const std::string name(strip_copy_number(squashed));
  for (std::string_view tmpl : strings::file_name_templates()) {
    const std::size_t hole = tmpl.find("%s");
    const std::string prefix = squash_spaces(tmpl.substr(0, hole));
    const std::string suffix = squash_spaces(tmpl.substr(hole + 2));
    if (name.size() <= prefix.size() + suffix.size()) {
      continue;
    }
    if (lowered(name.substr(0, prefix.size())) != lowered(prefix) ||
        lowered(name.substr(name.size() - suffix.size())) != lowered(suffix)) {
      continue;
    }
    std::string title = name.substr(prefix.size(), name.size() - prefix.size() - suffix.size());
    while (!title.empty() && title.back() == ' ') {
      title.pop_back();
    }
    while (!title.empty() && title.front() == ' ') {
      title.erase(0, 1);
    }
    if (!title.empty()) {
      return title;
    }
  }
  return std::nullopt;
}

std::string chat_title(const SourceTree& tree, std::string_view text_path) {
  if (auto t = title_from_export_name(tree.stem())) {
    return *t;
  }
  std::string_view text_stem = base_name(text_path);
  if (const std::size_t dot = text_stem.rfind('.'); dot != std::string_view::npos && dot > 0) {
    text_stem = text_stem.substr(0, dot);
  }
  if (auto t = title_from_export_name(text_stem)) {
    return *t;
  }
  return tree.stem();
}

}  // namespace chatvault::importers::whatsapp
