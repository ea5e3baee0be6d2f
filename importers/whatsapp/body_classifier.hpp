#pragma once
// Classifies a message body (its header line's part after "AUTHOR: " plus its continuation
// lines) into the model's kinds: media placeholders and attachments, deletions, the edited
// marker, locations, polls, calls, view-once media and chat notices. Unknown text stays text.
#include <optional>
#include <string>
#include <string_view>

#include "model/message.hpp"

namespace chatvault::importers::whatsapp {

struct Classified {
  model::MessageKind kind = model::MessageKind::text;
  std::string text;
  bool edited = false;
  bool deleted = false;
  bool notice = false;      // an authored line that is WhatsApp's notice (encryption, security code)
  bool view_once = false;
  bool has_attachment = false;
  bool attachment_omitted = false;  // a placeholder: the export never held the file
  std::string attachment_name;      // the referenced file name, when the export names one
  model::AttachmentKind attachment_kind = model::AttachmentKind::other;
  std::optional<model::Location> location;
  std::optional<model::Poll> poll;
  std::optional<model::Call> call;
  std::optional<int> pages;         // documents: "name • n pages"
  std::string edited_marker;        // an unrecognised trailing "<…>" taken as the edited marker
};

// `body` is valid UTF-8 with lines joined by '\n'. `first_message`: the file's first header,
// where WhatsApp puts its encryption notice (in any language on iOS).
Classified classify_body(std::string_view body, bool has_author, bool first_message);

// True if an authored body is one of WhatsApp's own notices rather than something a person wrote.
bool is_notice(std::string_view body, bool first_message);
// True if an authorless system line only occurs in groups ("X created group …", "X added you").
bool is_group_event(std::string_view body);
// True if `text` (a whole REST) is, as a whole, one of WhatsApp's system lines in any known language:
// a group or contact event or a notice. Used to keep "X created group “Re: plans”" authorless.
bool is_system_text(std::string_view text);

// The same four with a caller's scratch buffer for the folded text (no allocation per call);
// classify_body into `out`, a fresh Classified but for out.text, whose buffer it reuses.
struct Folded;
void classify_body(std::string_view body, bool has_author, bool first_message, Folded& scratch, Classified& out);
bool is_notice(std::string_view body, bool first_message, Folded& scratch);
bool is_group_event(std::string_view body, Folded& scratch);
bool is_system_text(std::string_view text, Folded& scratch);

model::AttachmentKind kind_from_file_name(std::string_view name);

}  // namespace chatvault::importers::whatsapp
