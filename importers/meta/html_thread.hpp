#pragma once
// Messenger and Instagram HTML downloads (FORMAT.md §3): the messages of one thread page, or of
// every thread of the legacy messages.htm, as model::Messages for the DYI importers to emit.
//
// Messages are found by structure, not class names (which are obfuscated build artefacts that
// change between generations): a message block is an element whose first non-empty child is a
// short text (the sender), whose last is a date, and whose children between them are the body.
// Classes only help to notice blocks that look like their readable siblings but cannot be read.
#include <string>
#include <string_view>
#include <vector>

#include "importers/meta/dyi_message.hpp"
#include "model/message.hpp"
#include "model/sink.hpp"
#include "util/time.hpp"

namespace chatvault::importers::meta {

struct HtmlThread {
  std::string title;                      // the page's <title>; empty for legacy threads, which have none
  // The page's own list ("Participants: a, b and c", the legacy thread's header line, as written:
  // names or "<id>@facebook.com"), else the senders in the order they first wrote.
  std::vector<std::string> participants;
  std::vector<model::Message> messages;   // oldest first
  std::string owner;                      // legacy: the page's <h1> (the account's owner); else empty
  std::string language;                   // the date language the times were read in ("en", "de"), empty if none
};

// Each message has sender, time_ms and offset_min (the wall clock read in `clock`'s zone, or by
// the zone the page wrote beside it; with no clock, as UTC), native_time (the UTC minute,
// "2020-01-02T14:47", as the JSON reader writes it: read in the account's zone, the HTML and the
// JSON download of a chat are the same messages), text with entities
// decoded, attachments (img/video/audio sources and anchors to files of the export, each
// resolved by `resolve` as the page's <base>, as written and relative to the page), links,
// reactions where the page shows them, and origin {file, 0, "message block N"} (N counting the
// page's blocks from 1 in page order). extra_json marks "Liked a message"-style lines
// (pseudo_reaction) and a shared post's owner (share.original_content_owner), as the JSON
// reader does. Kinds are media, sticker, system (the English event sentences the JSON reader
// knows, is_english_event) or text: HTML has no types. A block that cannot be read (no
// sender, a time in no known format, cut off) goes to sink.skipped naming it.
//
// `clock` is not const: ZoneClock counts the gaps and overlaps it meets. It is used only for
// times written without a zone, so it may be null for pages that write zones.

// One message_N.html: the 2018-2022 DYI page or the 2023+ unified page, Facebook or Instagram.
// `file` is the page's entry path in the export (media paths are relative to it). Throws
// Error(input) naming `file` for a page that is not a thread (no message blocks and no
// participant list), for the legacy messages.htm (use read_legacy_messages_htm), or for a page
// nested too deeply or too large to be a Meta page.
HtmlThread read_html_thread(std::string_view html, const std::string& file, const MediaResolver& resolve,
                            timeutil::ZoneClock* clock, model::Sink& sink);

// The legacy single-page html/messages.htm (2017 and before; also each messages/<n>.html of the
// 2017-2018 split, which uses the same markup for one thread): every thread in page order, each
// with the owner's name. These pages link no media. Times carry zones ("PDT", "UTC-07"); one whose
// zone is ambiguous ("CDT") is read in `clock`'s zone with a sink.warning. Throws Error(input)
// naming `file` when the page holds no legacy thread (an index of threads says so).
std::vector<HtmlThread> read_legacy_messages_htm(std::string_view html, const std::string& file,
                                                 timeutil::ZoneClock* clock, model::Sink& sink);

}  // namespace chatvault::importers::meta
