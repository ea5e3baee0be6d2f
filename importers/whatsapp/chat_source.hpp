#pragma once
// Where a WhatsApp export's chat text is (FORMAT.md §1.1) and what the chat is called.
#include <optional>
#include <string>
#include <string_view>

#include "importers/source_tree.hpp"

namespace chatvault::importers::whatsapp {

// The chat text of a tree: `_chat.txt`, else a .txt whose name holds "chat" or "whatsapp",
// else the largest .txt; `__MACOSX/` and AppleDouble `._*` files are ignored. A single-file
// tree is its own text whatever its extension. nullopt when there is none.
std::optional<SourceEntry> choose_chat_text(const SourceTree& tree);

// "WhatsApp Chat with Anna" / "WhatsApp Chat - Anna" / "WhatsApp_Chat_with_Anna" and localised
// Android names → "Anna"; nullopt when the name is none of these.
std::optional<std::string> title_from_export_name(std::string_view stem);

// The chat's title for a tree whose text is `text_path`: from the tree's name, else from the
// text file's name, else the tree's stem.
std::string chat_title(const SourceTree& tree, std::string_view text_path);

}  // namespace chatvault::importers::whatsapp
