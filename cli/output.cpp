#include "cli/output.hpp"

#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <iostream>

#include "util/time.hpp"

namespace chatvault::cli {

void TerminalReporter::info(std::string_view text) { std::cerr << text << '\n'; }

void TerminalReporter::warning(std::string_view text) {
  if (m_progress_shown) {
    std::cerr << '\n';
    m_progress_shown = false;
  }
  std::cerr << "warning: " << text << '\n';
}

void TerminalReporter::progress(std::string_view what, std::uint64_t done, std::uint64_t total) {
  if (isatty(STDERR_FILENO) == 0) {
    return;
  }
  std::cerr << '\r' << what << ": " << done;
  if (total > 0) {
    std::cerr << " / " << total;
  }
  std::cerr << std::flush;
  m_progress_shown = true;
}

TerminalReporter::~TerminalReporter() {
  if (m_progress_shown) {
    std::cerr << '\n';
  }
}

bool use_colour_on_stdout() {
  const char* no_colour = std::getenv("NO_COLOR");
  return isatty(STDOUT_FILENO) != 0 && (no_colour == nullptr || *no_colour == '\0');
}

std::string format_message_time(std::int64_t utc_ms, std::optional<int> offset_min) {
  const std::int64_t local_ms = utc_ms + static_cast<std::int64_t>(offset_min.value_or(0)) * 60000;
  // format_iso_utc gives "YYYY-MM-DDTHH:MM:SSZ"; keep date and minutes.
  std::string iso = timeutil::format_iso_utc(local_ms - (local_ms % 1000 + 1000) % 1000);
  std::string out = iso.substr(0, 10) + " " + iso.substr(11, 5);
  if (!offset_min) {
    out += " UTC";
  }
  return out;
}

std::size_t display_width(std::string_view s) {
  std::size_t n = 0;
  for (const char c : s) {
    if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) {
      ++n;
    }
  }
  return n;
}

}  // namespace chatvault::cli
