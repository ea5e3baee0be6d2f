#pragma once
// RecentSenders: a small cache from raw authors to their cleaned sender, for the two passes.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "importers/whatsapp/senders.hpp"

namespace chatvault::importers::whatsapp {

// The last few distinct raw authors with their cleaned sender and what a pass knows about them
// (`Facts`, reset for each new author by `reset`). A chat has few authors; bounded, so memory
// stays flat. An entry stays valid until the next get() that misses.
template <typename Facts>
class RecentSenders {
 public:
  struct Entry : Facts {
    std::string raw;
    Sender who;
  };
  template <typename Reset>
  Entry& get(std::string_view raw, Reset&& reset) {
    for (Entry& e : m_entries) {
      if (e.raw == raw) return e;
    }
    Entry* slot = nullptr;
    if (m_entries.size() < k_size) {
      slot = &m_entries.emplace_back();
    } else {
      slot = &m_entries[m_next];
      m_next = (m_next + 1) % k_size;
    }
    slot->raw.assign(raw);
    slot->who = clean_sender(raw);
    reset(*slot);
    return *slot;
  }

 private:
  static constexpr std::size_t k_size = 16;
  std::vector<Entry> m_entries;
  std::size_t m_next = 0;
};

}  // namespace chatvault::importers::whatsapp
