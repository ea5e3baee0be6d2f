#pragma once
// The WhatsApp-iOS chat text the "telegram" format writes: lines, sender names, escapes, cuts.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace chatvault::exporters::whatsapp_text {

// WhatsApp for iPhone writes system lines under the chat's name with U+200E before the text;
// that mark is what tells a reader (and Telegram) that nobody wrote it.
inline constexpr const char* k_system_mark = "\xE2\x80\x8E";

// The LF-separated lines of `text`, CRs dropped (LF only in the output); "" is one empty line.
std::vector<std::string> split_lines(std::string_view text);

// `s` with each line break turned into a space.
std::string one_line(std::string_view s);

// A name for a `[date] Name: text` line: ':' becomes U+2236, control characters and line
// breaks spaces, leading '[' removed, trimmed; "Unknown" if nothing is left.
std::string sanitize_sender(std::string_view name);

// A continuation line that a WhatsApp parser could take for a new message's date stamp gets
// one plain leading space; any other line is returned as it is.
std::string escape_continuation(std::string line);

// `text` cut into pieces whose lines (as split_lines gives them), each counted with its
// newline and a possible escape space, add up to at most `budget` bytes. Cuts at line ends;
// a line longer than that is cut inside, at a code point boundary. Joined again with "\n" at
// line-end cuts and with nothing at in-line cuts, the pieces give split_lines' text back.
// `budget` must be at least 8 (room for a 4-byte code point).
std::vector<std::string> cut_text(std::string_view text, std::size_t budget);

}  // namespace chatvault::exporters::whatsapp_text
