// Thread discovery by path shape, so every year's root and section is found the same way.
#include "importers/meta/dyi_layout.hpp"

#include "importers/meta/e2ee_thread.hpp"
#include "importers/meta/instagram_legacy.hpp"
#include "importers/meta/json_file.hpp"
#include "util/error.hpp"

#include <algorithm>
#include <array>
#include <charconv>
#include <map>
#include <string_view>

namespace chatvault::importers::meta {
namespace {

constexpr std::array<std::string_view, 5> k_sections = {"inbox", "archived_threads", "filtered_threads",
                                                        "message_requests", "e2ee_cutover"};

// A legacy page opens with its whole stylesheet before the first header.
constexpr std::size_t k_legacy_detect_window = 64 * 1024;

bool is_section(std::string_view s) { return std::find(k_sections.begin(), k_sections.end(), s) != k_sections.end(); }

std::vector<std::string_view> split(std::string_view path) {
  std::vector<std::string_view> parts;
  std::size_t start = 0;
  for (std::size_t slash = path.find('/'); slash != std::string_view::npos; slash = path.find('/', start)) {
    parts.push_back(path.substr(start, slash - start));
    start = slash + 1;
  }
  parts.push_back(path.substr(start));
  return parts;
}

// Instagram's own top-level folders (any year): a bare messages/ beside them is Instagram's.
bool looks_like_instagram(const SourceTree& tree, const std::string& prefix) {
  for (std::string_view marker : {"your_instagram_activity/", "followers_and_following/", "connections/followers_and_following/",
                                  "account_information/", "instagram_ads_and_businesses/", "ads_information/instagram_ads_and_businesses/"}) {
    const std::string want = prefix + std::string(marker);
    const auto& entries = tree.entries();
    const auto it = std::lower_bound(entries.begin(), entries.end(), want,
                                     [](const SourceEntry& e, const std::string& p) { return e.path < p; });
    if (it != entries.end() && it->path.starts_with(want)) {
      return true;
    }
  }
  return false;
}

Product product_of_root(std::string_view root, const SourceTree& tree, const std::string& prefix) {
  if (root == "your_instagram_activity/messages/") {
    return Product::instagram;
  }
  if (root == "messages/") {
    return looks_like_instagram(tree, prefix) ? Product::instagram : Product::messenger;
  }
  return Product::messenger;
}

// N of "message_N<tail>", N > 0; -1 for any other name.
long numbered(std::string_view name, std::string_view tail) {
  constexpr std::string_view head = "message_";
  if (!name.starts_with(head) || !name.ends_with(tail) || name.size() <= head.size() + tail.size()) {
    return -1;
  }
  const std::string_view digits = name.substr(head.size(), name.size() - head.size() - tail.size());
  long n = 0;
  const auto [p, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), n);
  return ec == std::errc() && p == digits.data() + digits.size() && n > 0 ? n : -1;
}

}  // namespace

long message_file_number(std::string_view name) {
  return name == "message.json" ? 0 : numbered(name, ".json");
}

long message_page_number(std::string_view name) { return numbered(name, ".html"); }

Layout find_threads(const SourceTree& tree, Product product) {
  Layout layout;
  if (tree.kind() == SourceTree::Kind::file && tree.entries().size() == 1) {
    const auto& e = tree.entries()[0];
    const std::string_view name = base_name(e.path);
    if (message_page_number(name) > 0) {
      layout.html_threads.push_back({"", tree.stem(), "inbox", {e.path}});
    } else if (!name.ends_with(".htm") && !name.ends_with(".html")) {
      layout.threads.push_back({"", tree.stem(), "inbox", {e.path}});
    }
    return layout;
  }
  struct Found {
    ThreadFiles thread;
    std::vector<std::pair<long, std::string>> numbered;  // message_N.json
    std::vector<std::pair<long, std::string>> pages;     // message_N.html
  };
  std::map<std::string, Found> by_folder;
  for (const SourceEntry& e : tree.entries()) {
    const auto parts = split(e.path);
    if (parts.size() < 3) {
      continue;
    }
    const long json_n = message_file_number(parts.back());
    const long page_n = json_n < 0 ? message_page_number(parts.back()) : -1;
    if (json_n < 0 && page_n < 0) {
      continue;
    }
    // .../messages/<section>/<thread>/message_N.json, or 2018's .../messages/<thread>/message.json.
    const std::size_t t = parts.size() - 2;
    std::size_t root_end = 0;  // index of the "messages" component
    std::string section;
    if (t >= 2 && is_section(parts[t - 1]) && parts[t - 2] == "messages") {
      root_end = t - 2;
      section = std::string(parts[t - 1]);
    } else if (t >= 1 && parts[t - 1] == "messages") {
      root_end = t - 1;
      section = "inbox";
    } else {
      continue;
    }
    // The root: "messages/" or one of the two activity folders before it, after any prefix.
    std::string root = "messages/";
    std::size_t prefix_end = root_end;
    if (root_end >= 1 && (parts[root_end - 1] == "your_facebook_activity" ||
                          parts[root_end - 1] == "your_activity_across_facebook" ||
                          parts[root_end - 1] == "your_instagram_activity")) {
      root = std::string(parts[root_end - 1]) + "/messages/";
      prefix_end = root_end - 1;
    }
    std::string prefix;
    for (std::size_t i = 0; i < prefix_end; ++i) {
      prefix += std::string(parts[i]) + "/";
    }
    if (product_of_root(root, tree, prefix) != product) {
      continue;
    }
    const std::string folder = e.path.substr(0, e.path.size() - parts.back().size() - 1);
    Found& f = by_folder[folder];
    if (f.thread.folder.empty()) {
      f.thread.folder = folder;
      f.thread.name = std::string(parts[t]);
      f.thread.section = section;
      layout.prefix = prefix;
    }
    (json_n >= 0 ? f.numbered : f.pages).emplace_back(json_n >= 0 ? json_n : page_n, e.path);
  }
  for (auto& [folder, f] : by_folder) {
    layout.html_shadowed += !f.numbered.empty() && !f.pages.empty() ? 1 : 0;
    auto& files = f.numbered.empty() ? f.pages : f.numbered;
    // Higher numbers are older slices: read them first, so ties in time keep the export's order.
    std::sort(files.begin(), files.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
    for (auto& [n, path] : files) {
      f.thread.files.push_back(std::move(path));
    }
    (f.numbered.empty() ? layout.html_threads : layout.threads).push_back(std::move(f.thread));
  }
  return layout;
}

// The end-to-end-encrypted download's chat files (Messenger only): JSON files that are not
// message_N.json and say "threadName" near their start.
std::vector<std::string> find_e2ee_files(const SourceTree& tree) {
  std::vector<std::string> out;
  for (const SourceEntry& e : tree.entries()) {
    const std::string_view name = base_name(e.path);
    if (!name.ends_with(".json") || message_file_number(name) >= 0 || e.size > k_max_thread_file ||
        e.path.starts_with("__MACOSX/")) {
      continue;
    }
    try {
      if (looks_like_e2ee_thread(tree.read_head(e.path, k_detect_window))) out.push_back(e.path);
    } catch (const Error&) {
    }
  }
  return out;
}

std::vector<std::string> find_legacy_html(const SourceTree& tree) {
  std::vector<std::string> out;
  for (const SourceEntry& e : tree.entries()) {
    const std::string_view name = base_name(e.path);
    const std::string_view dir = std::string_view(e.path).substr(0, e.path.size() - name.size());
    const bool lone = tree.kind() == SourceTree::Kind::file && (name.ends_with(".htm") || name.ends_with(".html"));
    const bool split_page = name.ends_with(".html") && message_page_number(name) < 0 &&
                            (dir == "messages/" || dir.ends_with("/messages/"));
    if ((name != "messages.htm" && !split_page && !lone) || e.size > k_max_thread_file || e.path.starts_with("__MACOSX/")) {
      continue;
    }
    try {
      // The header class is the one mark these pages always had; an index of threads has none.
      if (tree.read_head(e.path, k_legacy_detect_window).find("message_header") != std::string::npos) {
        out.push_back(e.path);
      }
    } catch (const Error&) {
    }
  }
  return out;
}

// Instagram's 2018–2020 messages.json (one array of every conversation), if the tree has it.
std::vector<std::string> find_instagram_legacy(const SourceTree& tree) {
  std::vector<std::string> out;
  for (const SourceEntry& e : tree.entries()) {
    if (base_name(e.path) != "messages.json" || e.size > k_max_thread_file) continue;
    try {
      if (looks_like_instagram_legacy(strip_bom(tree.read_head(e.path, k_detect_window)))) out.push_back(e.path);
    } catch (const Error&) {
    }
  }
  return out;
}

}  // namespace chatvault::importers::meta
