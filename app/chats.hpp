#pragma once
// Chats use case: list what an archive holds.
#include <vector>

#include "app/archive_ref.hpp"
#include "model/chat_reader.hpp"

namespace chatvault::app {

// Every chat in the archive, ordered by title, then key.
std::vector<model::StoredChat> run_chats(const ArchiveRef& archive);

}  // namespace chatvault::app
