#pragma once
// UTF-8 helpers: validation, repair (invalid bytes become U+FFFD), and code-point stepping.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace chatvault::utf8 {

// True if `s` is well-formed UTF-8 (no overlongs, no surrogates, nothing above U+10FFFF).
bool is_valid(std::string_view s);

// Copies `s`, replacing each maximal invalid subsequence with U+FFFD; counts replacements.
std::string repair(std::string_view s, std::size_t* replaced = nullptr);

// Decodes the code point at s[pos]; sets `len` to its byte length (1 for an invalid byte,
// which decodes to U+FFFD). Requires pos < s.size().
char32_t decode(std::string_view s, std::size_t pos, std::size_t& len);

// Appends the UTF-8 encoding of `cp` to `out`.
void append(std::string& out, char32_t cp);

}  // namespace chatvault::utf8
