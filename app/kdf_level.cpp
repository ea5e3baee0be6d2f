#include "app/kdf_level.hpp"

#include <array>

#include "util/error.hpp"

namespace chatvault::app {
namespace {

struct LevelName {
  KdfLevel level;
  std::string_view name;
  std::string_view cost;  // what a user weighs: time to open, memory needed (libsodium's limits)
};

constexpr std::array<LevelName, 3> k_levels{{
    {KdfLevel::interactive, "interactive", "fast, 64 MiB"},
    {KdfLevel::moderate, "moderate", "~1 s, 256 MiB"},
    {KdfLevel::sensitive, "sensitive", "~4 s, 1 GiB"},
}};

std::string joined_names() {
  std::string out;
  for (const auto& l : k_levels) {
    out += (out.empty() ? "" : ", ") + std::string(l.name);
  }
  return out;
}

}  // namespace

KdfLevel parse_kdf_level(std::string_view name) {
  for (const auto& l : k_levels) {
    if (l.name == name) {
      return l.level;
    }
  }
  throw Error(ErrorCategory::usage,
              "unknown key derivation level '" + std::string(name) + "': use one of " + joined_names());
}

std::string_view to_string(KdfLevel level) {
  for (const auto& l : k_levels) {
    if (l.level == level) {
      return l.name;
    }
  }
  throw Error(ErrorCategory::internal, "a key derivation level without a name");
}

std::vector<std::string> kdf_level_names() {
  std::vector<std::string> names;
  for (const auto& l : k_levels) {
    names.emplace_back(l.name);
  }
  return names;
}

std::string kdf_level_help() {
  std::string out;
  for (const auto& l : k_levels) {
    out += (out.empty() ? "" : ", ") + std::string(l.name) + " (" + std::string(l.cost) + ")";
  }
  return out;
}

}  // namespace chatvault::app
