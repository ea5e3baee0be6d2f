#pragma once
// Writes a large, deterministic, realistic Android WhatsApp export for benchmarks.
#include <cstdint>
#include <filesystem>

#include "bench/vocabulary.hpp"

namespace chatvault::bench {

struct GeneratedExport {
  std::uint64_t messages = 0;
  std::uint64_t bytes = 0;
};

// `messages` message headers (text of `vocabulary`'s words, multi-line, media omitted, deleted, system lines) over
// years of dd/mm/yyyy 24-hour Android lines between `people` (2 to 4) people; the same seed
// gives the same bytes.
GeneratedExport generate_whatsapp_export(const std::filesystem::path& out, std::uint64_t messages,
                                         const Vocabulary& vocabulary, std::uint64_t seed = 42, std::size_t people = 4);

}  // namespace chatvault::bench
