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
  std::vector<ThreadFiles> threads;  // sorted by folder
  std::string prefix;                // what comes before the Messenger/Instagram root ("" or "facebook-x/")
};

// The threads of `product` in `tree`, in any of the roots and sections of the years; a tree that
// is a single message_N.json is one thread. Files that are not message_N.json (settings, media)
// are not threads. A bare "messages/" root belongs to Instagram only where the tree shows
// Instagram's own folders beside it.
Layout find_threads(const SourceTree& tree, Product product);

// The chat files of Messenger's end-to-end-encrypted download: JSON files that are not
// message_N.json and say "threadName" near their start.
std::vector<std::string> find_e2ee_files(const SourceTree& tree);
// Instagram's 2018–2020 messages.json files (one array of every conversation).
std::vector<std::string> find_instagram_legacy(const SourceTree& tree);

// The numeric N of "message_N.json" (0 for "message.json"); -1 for any other name.
long message_file_number(std::string_view file_name);

}  // namespace chatvault::importers::meta
