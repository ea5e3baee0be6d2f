#pragma once
// The localised WhatsApp strings as data (FORMAT.md §9): one entry per string, tagged with what
// it marks. Placeholders ("%s", "%@", "%1$s", "%2$@" …) are wildcards for the matcher in
// text_match.hpp. The tables are split by source: Android resources and observed exports
// (locale_android*.cpp), iOS resources (locale_ios*.cpp), and hand-collected extras
// (locale_strings.cpp).
#include <span>
#include <string_view>

#include "model/message.hpp"

namespace chatvault::importers::whatsapp::strings {

enum class Category {
  file_name,      // Android export file name ("WhatsApp Chat with %s")
  file_attached,  // Android "%s (file attached)"
  attached,       // iOS "<attached: %@>"
  omitted,        // "<Media omitted>", iOS "image omitted" (kind says which)
  location,       // "location: %s" (the wildcard is the maps URL)
  live_location,  // "live location shared"
  deleted,        // "This message was deleted" & co (trailing period ignored)
  missed_voice,
  missed_video,
  voice_call,     // a completed call's word, followed by ". 5 min" / ", No answer"
  video_call,
  no_answer,      // "No answer" after a call word
  notice,         // start of a WhatsApp notice (encryption, waiting for message)
  group_event,    // "%s created group %s", "%s added you" … (only in groups)
  contact_event,  // "%s changed their phone number …", "Your security code with %@ changed."
  edited,         // "<This message was edited>" and translations
};

struct Entry {
  Category category;
  model::AttachmentKind kind;
  std::string_view text;
};

std::span<const Entry> android_entries();         // A1, A2, 9.3, 9.4
std::span<const Entry> android_system_entries();  // A3, A4
std::span<const Entry> ios_entries();             // I1, I2
std::span<const Entry> ios_system_entries();      // I3, I4
std::span<const Entry> extra_entries();           // §4 and §9.6 forms, hand-collected

}  // namespace chatvault::importers::whatsapp::strings
