#pragma once
// Reading Meta's JSON files out of a download, and what the per-format readers share.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "importers/importer.hpp"
#include "importers/source_tree.hpp"

namespace chatvault::importers::meta {

// Real thread files stay far below this (~10,000 messages, a few MB); a larger one is reported
// and skipped instead of being parsed into memory whole.
inline constexpr std::uint64_t k_max_thread_file = 256ull << 20;
inline constexpr std::uint64_t k_max_profile_file = 4ull << 20;
// No Meta file nests deeper; a deeper one is damaged or hostile.
inline constexpr std::size_t k_max_json_depth = 512;
// How much of a file detection looks at.
inline constexpr std::size_t k_detect_window = 4096;

std::string_view base_name(std::string_view path);
std::string strip_bom(std::string text);

// `text` parsed, strings as written; nullopt when it is not valid JSON or nests deeper than
// k_max_json_depth.
std::optional<nlohmann::ordered_json> parse_json(std::string_view text);

// The file parsed (a BOM tolerated) with every string's mojibake repaired; nullopt when it is
// not valid JSON. Throws Error(input) when larger than `max`.
std::optional<nlohmann::ordered_json> read_json(const SourceTree& tree, const std::string& path, std::uint64_t max);

// A thread's "participants": objects with "name", or (2018, E2EE) plain strings.
std::vector<std::string> participant_names(const nlohmann::ordered_json& doc);

// What reading one file of a download into chats needs.
struct EmitContext {
  const SourceTree& tree;
  const ImportOptions& options;
  model::Sink& sink;
  std::string owner;  // the account owner's name as the file writes names; empty: unknown
};

}  // namespace chatvault::importers::meta
