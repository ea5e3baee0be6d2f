#pragma once
// Turning the user's search words into a safe FTS5 query.
#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace chatvault::archive {

// Each whitespace-separated term becomes a quoted FTS5 string ("term", with `"` doubled), a
// trailing `*` stays a prefix query ("term"*), a "quoted phrase" stays a phrase (an unclosed
// quote runs to the end); terms with no letter or digit are dropped (they would match nothing).
// The phrases are ANDed and limited to the text column: `text : ("a" "b"*)`. Operators such as
// AND, OR, NOT, NEAR, `(`, `-`, `:` are therefore searched as words, never parsed.
// Returns an empty string when no term is left.
std::string build_fts_query(std::string_view user_text);

// Converts text marked by FTS5's highlight() with `open`/`close` marker bytes into byte ranges
// of the unmarked text; empty if `original` itself contains a marker byte or the marked text
// does not reduce to `original`.
std::vector<std::pair<std::size_t, std::size_t>> highlight_ranges(std::string_view marked, std::string_view original,
                                                                  char open, char close);

}  // namespace chatvault::archive
