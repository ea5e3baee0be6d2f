#pragma once
// A parsed HTML page (gumbo) and the few read-only helpers the Meta HTML readers use on it.
#include <cstddef>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <gumbo.h>

namespace chatvault::importers::meta::html {

using Node = GumboNode;

// Owns the parse tree of one page, parsed from a copy without control characters (other than
// tab and line breaks). Gumbo repairs anything (truncated, unbalanced, invalid
// UTF-8 becomes U+FFFD), so a Document never fails on content; it throws Error(input) only for
// a page too large or nested too deeply for any Meta export (gumbo's time grows with the
// square of the nesting depth and its own recursion can overflow the stack), naming `file`.
// Not copyable; the nodes live as long as the Document.
class Document {
 public:
  Document(std::string_view html, const std::string& file);

  const Node* root() const { return m_output->root; }  // the <html> element
  const Node* body() const;                             // <body>, or the root if there is none
  // <html lang> ("en", "de-DE"), empty when absent.
  std::string lang() const;
  // The text of <title>, whitespace normalised; empty when absent.
  std::string title() const;
  // <base href>, empty when absent.
  std::string base_href() const;

 private:
  struct Destroy {
    void operator()(GumboOutput* p) const;
  };
  std::string m_html;  // gumbo's nodes point into the buffer they were parsed from
  std::unique_ptr<GumboOutput, Destroy> m_output;
};

bool is_element(const Node* n);
// Element nodes only: their tag; GUMBO_TAG_UNKNOWN otherwise.
GumboTag tag_of(const Node* n);
// The element children of `n`, in order (text and comments left out).
std::vector<const Node*> element_children(const Node* n);
// The value of attribute `name` of element `n`, or nullopt.
std::optional<std::string_view> attribute(const Node* n, const char* name);
// True if the class attribute of `n` lists `cls` as one of its words.
bool has_class(const Node* n, std::string_view cls);
// True for tags that start a new line of text (div, p, li, h1…, section, footer, table cells…).
bool is_block(GumboTag tag);
// True if `n` has no element children and no text other than whitespace.
bool is_blank(const Node* n);
// The element children of `n` that are not blank.
std::vector<const Node*> filled_children(const Node* n);

// `s` with runs of spaces, tabs and line breaks made one space and trimmed at both ends; U+00A0
// and U+202F (the narrow space some locales put before "PM") count as spaces. Line breaks
// given as '\n' survive (one per run) when `keep_newlines` is set.
std::string normalise_space(std::string_view s, bool keep_newlines = false);

// The text of `n`'s subtree (entities decoded by gumbo, <br> a line break, script and style
// left out), whitespace normalised with block boundaries as line breaks. With `max_nodes`,
// nullopt once more nodes than that would have to be visited or more than `max_bytes` of text
// collected: the cheap form for "is this a short label?" questions on hostile input.
std::optional<std::string> bounded_text(const Node* n, std::size_t max_nodes, std::size_t max_bytes);
std::string text_of(const Node* n);

// Visits `n` and its descendants depth first, in document order, without recursion. `visit`
// returns false to leave a node's children out.
void walk(const Node* n, const std::function<bool(const Node*)>& visit);
// The first element below `n` (not `n` itself) with tag `tag`, or nullptr.
const Node* find_first(const Node* n, GumboTag tag);

}  // namespace chatvault::importers::meta::html
