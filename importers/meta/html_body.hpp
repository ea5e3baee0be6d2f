#pragma once
// The body of one message block of a 2018+ Meta HTML page (FORMAT.md §3.2, §3.3): its text,
// media, shared links and the reactions Instagram shows under it.
#include <string>
#include <vector>

#include "importers/meta/dyi_message.hpp"
#include "importers/meta/html_document.hpp"
#include "model/message.hpp"

namespace chatvault::importers::meta {

// Where a page's media paths are relative to.
struct PageMedia {
  std::string page_dir;   // the folder of the page's entry path ("" at the top)
  std::string base_href;  // <base href>, empty when none
  const MediaResolver& resolve;
};

struct HtmlBody {
  std::string text;                        // lines of text, media labels ("Click for audio") and bare URLs left out
  std::vector<model::Attachment> attachments;
  std::vector<model::Link> links;          // http(s) anchors; a shared post's caption as title
  std::vector<model::Reaction> reactions;  // one per (actor, emoji)
  std::string share_owner;                 // the account a shared reel or post came from, when shown
};

// Reads `parts` (the block's elements between its sender and its time). Each media path is
// resolved as the page's base, as written (the root-relative form JSON uses) and relative to the
// page, the first the export holds winning; an attachment none finds is missing.
HtmlBody read_body(const std::vector<const html::Node*>& parts, const PageMedia& media);

// "❤️Zoë Müller (Jul 03, 2024 9:55 am)" as {actor, emoji}; nullopt when the text does not start
// with an emoji followed by a name.
std::optional<model::Reaction> parse_reaction(std::string_view text);

}  // namespace chatvault::importers::meta
