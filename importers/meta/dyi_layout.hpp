#pragma once
// Where a Meta "Download your information" tree keeps its chat threads (FORMAT.md §1.1, §4.1).
#include <string>
#include <vector>

#include "importers/source_tree.hpp"

namespace chatvault::importers::meta {

enum class Product { messenger, instagram };

// One thread folder and its message files, oldest first (message_N.json by falling N; the
// 2018 message.json alone).
struct ThreadFiles {
  std::string folder;              // "your_facebook_activity/messages/inbox/alice_123"
  std::string name;                // the folder's own name: "alice_123"
  std::string section;             // inbox, archived_threads, filtered_threads, message_requests, e2ee_cutover
  std::vector<std::string> files;  // entry paths
};

struct Layout {
  std::vector<ThreadFiles> threads;       // JSON threads, sorted by folder
  // HTML threads (message_N.html; files are the pages): only folders without JSON, which is the
  // richer copy of the same messages (FORMAT.md §3.4).
  std::vector<ThreadFiles> html_threads;
  std::size_t html_shadowed = 0;          // folders with both: their HTML pages are not read
  std::string prefix;                     // what comes before the Messenger/Instagram root ("" or "facebook-x/")
};

// The threads of `product` in `tree`, in any of the roots and sections of the years; a tree that
// is a single message_N.json (or message_N.html) is one thread. Files that are not message_N.json
// or message_N.html (settings, media) are not threads. A bare "messages/" root belongs to Instagram only where the tree shows
// Instagram's own folders beside it.
Layout find_threads(const SourceTree& tree, Product product);

// The chat files of Messenger's end-to-end-encrypted download: JSON files that are not
// message_N.json and say "threadName" near their start.
std::vector<std::string> find_e2ee_files(const SourceTree& tree);
// Instagram's 2018–2020 messages.json files (one array of every conversation).
std::vector<std::string> find_instagram_legacy(const SourceTree& tree);

// Facebook's legacy HTML archive (≤ 2017, FORMAT.md §3.1): html/messages.htm, or the pages of
// its 2017-2018 split (messages/<n>.html), that hold message headers. Messenger only.
std::vector<std::string> find_legacy_html(const SourceTree& tree);

// The numeric N of "message_N.json" (0 for "message.json"); -1 for any other name.
long message_file_number(std::string_view file_name);
// The same for the HTML download's "message_N.html".
long message_page_number(std::string_view file_name);

}  // namespace chatvault::importers::meta
