#pragma once
// Repair of Meta's DYI JSON mojibake: strings whose UTF-8 bytes were written one `\u00XX` each.
#include <string>
#include <string_view>

#include <nlohmann/json_fwd.hpp>

namespace chatvault::importers::meta {

// `s` (valid UTF-8) with every code point <= U+00FF taken as a byte, when those bytes are
// valid UTF-8 and really were multi-byte sequences; repeated (at most 3 times) for strings
// mangled twice. Anything else, text that is really Latin-1 ("café" as written) or holds a code
// point above U+00FF, is returned as it is. Idempotent on repaired text.
std::string repair_mojibake(std::string_view s);

// repair_mojibake, with ASCII (most of any chat, and never mangled) passed through at once.
std::string repaired(std::string_view s);

// The same on every string value (not the keys, which Meta writes in ASCII) of `j`, in place.
void repair_strings(nlohmann::ordered_json& j);

}  // namespace chatvault::importers::meta
