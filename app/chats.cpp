#include "app/chats.hpp"

#include <algorithm>
#include <tuple>

namespace chatvault::app {

std::vector<model::StoredChat> run_chats(const ArchiveRef& ref) {
  auto store = open_for_reading(ref);
  auto chats = store->chats();
  std::stable_sort(chats.begin(), chats.end(), [](const auto& a, const auto& b) {
    return std::tie(a.chat.title, a.chat.key) < std::tie(b.chat.title, b.chat.key);
  });
  return chats;
}

}  // namespace chatvault::app
