#pragma once
// Fixed WhatsApp strings the body classifier recognises, as data (FORMAT.md §4 and §9):
// English first, then other languages where they cost one line each.
#include <span>
#include <string_view>

#include "model/message.hpp"

namespace chatvault::importers::whatsapp::strings {

struct Omitted {
  std::string_view text;        // the whole body, compared case-insensitively (ASCII)
  model::AttachmentKind kind;
};

// Android "<Media omitted>" and iOS "image omitted" & co (without-media exports).
std::span<const Omitted> omitted();
// Android "NAME (file attached)": the parenthesised phrase, with its leading space.
std::span<const std::string_view> file_attached_suffixes();
// iOS "<attached: NAME>": the opening part up to the name.
std::span<const std::string_view> attached_prefixes();
// "This message was deleted" & co, compared without a trailing period.
std::span<const std::string_view> deleted();
// "location: " prefixes (static pin), compared case-insensitively.
std::span<const std::string_view> location_prefixes();
std::span<const std::string_view> live_location();
std::span<const std::string_view> missed_voice_calls();
std::span<const std::string_view> missed_video_calls();
// Starts of notices WhatsApp attributes to the chat or writes itself (encryption, security code).
std::span<const std::string_view> notice_prefixes();
// Substrings of authorless system lines that only occur in groups.
std::span<const std::string_view> group_event_markers();
// Group events iOS attributes to the group or the actor ("Club: <LRM>Maria added you"); only
// distinctive phrases, since the body is otherwise indistinguishable from something typed.
std::span<const std::string_view> attributed_event_markers();
// Android export file names: "WhatsApp Chat with %s" and translations (%s = the chat name).
std::span<const std::string_view> file_name_templates();

}  // namespace chatvault::importers::whatsapp::strings
