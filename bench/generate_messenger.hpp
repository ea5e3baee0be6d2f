#pragma once
// Writes a large, deterministic Messenger "Download your information" JSON download for benchmarks.
#include <cstdint>
#include <filesystem>

#include "bench/vocabulary.hpp"

namespace chatvault::bench {

struct GeneratedDownload {
  std::uint64_t messages = 0;
  std::uint64_t bytes = 0;
};

// `messages` messages in threads of up to 100,000 under
// `out`/your_facebook_activity/messages/inbox/<thread>/message_N.json (10,000 a file, newest
// first, as Meta writes them), every string in Meta's mojibake; reactions, photo references
// (files absent: recorded as missing), link shares and calls among them.
GeneratedDownload generate_messenger_download(const std::filesystem::path& out, std::uint64_t messages,
                                              const Vocabulary& words, std::uint64_t seed = 42);

}  // namespace chatvault::bench
