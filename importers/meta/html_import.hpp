#pragma once
// The HTML downloads' threads (FORMAT.md §3) read into chats: the 2018+ message_N.html pages of
// one thread folder, and the legacy messages.htm whose every thread is a chat.
#include <cstddef>
#include <cstdint>
#include <string>

#include "importers/meta/dyi_layout.hpp"
#include "importers/meta/dyi_message.hpp"
#include "importers/meta/json_file.hpp"
#include "model/platform.hpp"
#include "util/time.hpp"

namespace chatvault::importers::meta {

// Pages are far smaller than JSON thread files; a larger one is reported and not parsed.
inline constexpr std::uint64_t k_max_html_page = 64ull << 20;

// What the HTML threads of one import share: the zone their wall-clock times are read in (pages
// write none), counted gaps and overlaps, and the note the user gets about it.
struct HtmlRun {
  explicit HtmlRun(const std::string& zone) : clock(zone) {}
  timeutil::ZoneClock clock;
  std::size_t pages = 0;
};

// Reads every page of `thread` (oldest first by their messages, as JSON files are) and emits
// one chat under `key`, the JSON download's key for the same folder, so either download merges
// into the other. False when no page could be read (each a counted skip naming it).
bool emit_html_thread(const EmitContext& ctx, HtmlRun& run, const ThreadFiles& thread, const std::string& key,
                      model::Platform platform, const MediaResolver& resolve);

// Every thread of a legacy page, each its own chat keyed by its participants (the page has no
// thread ids). Returns how many chats it emitted; a page that cannot be read is a counted skip.
std::size_t emit_legacy_html(const EmitContext& ctx, HtmlRun& run, const std::string& file);

}  // namespace chatvault::importers::meta
