#pragma once
// Terminal output shared by the commands: a stderr Reporter, colour rules, time formatting.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "util/reporter.hpp"

namespace chatvault::cli {

// Warnings and progress on stderr; progress only when stderr is a terminal.
class TerminalReporter : public Reporter {
 public:
  void info(std::string_view text) override;
  void warning(std::string_view text) override;
  void progress(std::string_view what, std::uint64_t done, std::uint64_t total) override;
  ~TerminalReporter() override;

 private:
  bool m_progress_shown = false;
};

// Colour only on a terminal and never with NO_COLOR set.
bool use_colour_on_stdout();

// "2022-03-18 14:56" in the time's own UTC offset (UTC when unknown).
std::string format_message_time(std::int64_t utc_ms, std::optional<int> offset_min);

// Column width of UTF-8 text, counting each code point as one column.
std::size_t display_width(std::string_view s);

}  // namespace chatvault::cli
