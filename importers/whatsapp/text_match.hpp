#pragma once
// Matching message text against localised templates, by hand (no std::regex):
//  * both sides are folded: bidi marks dropped, no-break/narrow/thin spaces made ' ', runs of
//    spaces collapsed, ASCII/Latin-1/Latin Extended-A/Greek/Cyrillic upper case lowered,
//    straight and curly quotes unified;
//  * a template's placeholders ("%s", "%@", "%1$s", "%2$@", "%d") match one or more characters;
//    what they matched is reported as byte ranges of the original text.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "importers/whatsapp/locale_data.hpp"

namespace chatvault::importers::whatsapp {

struct Folded {
  std::string text;
  std::vector<std::uint32_t> src;  // src[i]: original offset of folded byte i; src[size]: original size
};

Folded fold(std::string_view s);

struct Span {
  std::size_t begin = 0;  // offsets in the original text
  std::size_t end = 0;
};

class Pattern {
 public:
  explicit Pattern(std::string_view tmpl, strings::Category category = strings::Category::notice,
                   model::AttachmentKind kind = model::AttachmentKind::other);
  // Whole-text match (prefix = false) or match of a prefix of the text (prefix = true) that ends
  // at a word boundary. `captures` receives the wildcards' spans in the original text.
  bool match(const Folded& text, bool prefix, std::vector<Span>* captures = nullptr) const;
  // Like match, against text.substr(from) (a folded offset).
  bool match_from(const Folded& text, std::size_t from, bool prefix, std::vector<Span>* captures) const;

  strings::Category category() const { return m_category; }
  model::AttachmentKind kind() const { return m_kind; }
  std::size_t literal_size() const { return m_literal_size; }
  const std::vector<std::string>& literals() const { return m_lits; }

 private:
  bool rec(const Folded& t, std::size_t seg, std::size_t pos, bool prefix, std::vector<std::size_t>& cuts) const;

  std::vector<std::string> m_lits;  // literal segments, folded; wildcards sit between them
  strings::Category m_category;
  model::AttachmentKind m_kind;
  std::size_t m_literal_size = 0;
};

// Every compiled template of a category, from all tables (built once).
const std::vector<Pattern>& patterns(strings::Category category);

// True if `cp` is an invisible bidi mark or BOM (U+200E/F, U+202A–E, U+2066–9, U+FEFF).
bool is_bidi_mark(char32_t cp);

}  // namespace chatvault::importers::whatsapp
