#pragma once
// KDF level names: the one table behind every --kdf option, its parsing and its help text.
#include <string>
#include <string_view>
#include <vector>

#include "archive/archive.hpp"

namespace chatvault::app {

using KdfLevel = archive::KdfLevel;

// The level called `name`, exactly as kdf_level_names() spells it. Anything else is
// Error(usage) listing the valid names.
KdfLevel parse_kdf_level(std::string_view name);

// The name parse_kdf_level() takes back.
std::string_view to_string(KdfLevel level);

// Every level's name, cheapest first: what --kdf accepts.
std::vector<std::string> kdf_level_names();

// Each name with its cost, for --help: "interactive (fast, 64 MiB), moderate (~1 s, 256 MiB), ...".
std::string kdf_level_help();

}  // namespace chatvault::app
