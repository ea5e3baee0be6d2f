#include "importers/meta/html_document.hpp"

#include <cstring>
#include <utility>

#include "util/error.hpp"

namespace chatvault::importers::meta::html {
namespace {

// Meta pages nest about 15 elements deep and stay far below these; beyond them gumbo would
// take minutes (it scans its stack of open elements for every start tag) or overflow the stack.
constexpr std::size_t k_max_page_bytes = std::size_t{256} << 20;
constexpr std::size_t k_max_depth = 512;
constexpr std::size_t k_max_nesting_work = 256'000'000;

bool ascii_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
char ascii_lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

bool is_one_of(std::string_view name, std::initializer_list<std::string_view> names) {
  for (std::string_view n : names) {
    if (n == name) return true;
  }
  return false;
}

// Elements that never hold children, or that close an open one of their kind instead of nesting
// in it: neither deepens the tree.
bool does_not_nest(std::string_view name) {
  return is_one_of(name, {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param",
                          "source", "track", "wbr", "keygen", "p", "li", "dt", "dd", "option", "optgroup", "tr",
                          "td", "th", "rp", "rt"});
}

bool is_raw_text(std::string_view name) {
  return is_one_of(name, {"script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "plaintext"});
}

// How deep and how costly the tree gumbo would build is, estimated from the tags alone (an
// end tag closes the innermost open element of its name, as in HTML); throws before a page
// that would be pathological to parse ever reaches gumbo.
void check_nesting(std::string_view s, const std::string& file) {
  std::vector<std::string> open;
  std::size_t work = 0;
  auto refuse = [&](const std::string& why) {
    throw Error(ErrorCategory::input, Origin{file, 0, {}}, "not a readable HTML page: " + why);
  };
  std::size_t i = 0;
  auto skip_past = [&](std::string_view end) {
    const std::size_t at = s.find(end, i);
    i = at == std::string_view::npos ? s.size() : at + end.size();
  };
  while ((i = s.find('<', i)) != std::string_view::npos) {
    ++i;
    if (i >= s.size()) break;
    if (s.substr(i).starts_with("!--")) {
      skip_past("-->");
      continue;
    }
    const bool end_tag = s[i] == '/';
    if (end_tag) ++i;
    if (i >= s.size() || !ascii_alpha(s[i])) {
      if (!end_tag) skip_past(">");
      continue;
    }
    std::string name;
    while (i < s.size() && s[i] != '>' && s[i] != '/' && s[i] != ' ' && s[i] != '\t' && s[i] != '\n' &&
           s[i] != '\r' && s[i] != '\f') {
      name += ascii_lower(s[i++]);
    }
    // The rest of the tag, honouring quoted attribute values that may hold '>'.
    for (char quote = 0; i < s.size(); ++i) {
      if (quote != 0) {
        if (s[i] == quote) quote = 0;
      } else if (s[i] == '"' || s[i] == '\'') {
        quote = s[i];
      } else if (s[i] == '>') {
        ++i;
        break;
      }
    }
    if (end_tag) {
      for (std::size_t k = open.size(); k-- > 0;) {
        if (open[k] == name) {
          open.resize(k);
          break;
        }
      }
      continue;
    }
    if (is_raw_text(name)) {
      // Raw text ends at its own end tag, whatever it holds.
      while (i < s.size()) {
        skip_past("</");
        std::size_t k = 0;
        while (k < name.size() && i + k < s.size() && ascii_lower(s[i + k]) == name[k]) ++k;
        if (k == name.size()) break;
      }
      skip_past(">");
      continue;
    }
    if (does_not_nest(name)) continue;
    open.push_back(std::move(name));
    work += open.size();
    if (open.size() > k_max_depth) {
      refuse("elements nested more than " + std::to_string(k_max_depth) + " deep");
    }
    if (work > k_max_nesting_work) refuse("too many deeply nested elements");
  }
}

bool is_space_byte(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

// Byte length of a Unicode space at s[i] that HTML does not treat as whitespace, or 0.
std::size_t unicode_space_at(std::string_view s, std::size_t i) {
  if (s.substr(i).starts_with("\xC2\xA0")) return 2;  // U+00A0
  if (s.substr(i).starts_with("\xE2\x80\xAF") || s.substr(i).starts_with("\xE2\x80\x89")) return 3;  // U+202F, U+2009
  return 0;
}

}  // namespace

void Document::Destroy::operator()(GumboOutput* p) const { gumbo_destroy_output(&kGumboDefaultOptions, p); }

Document::Document(std::string_view html, const std::string& file) {
  if (html.size() > k_max_page_bytes) {
    throw Error(ErrorCategory::input, Origin{file, 0, {}},
                "page of " + std::to_string(html.size() >> 20) + " MiB is larger than a Meta HTML page can be");
  }
  // Control characters are no text (one fixture has a stray U+0010 in a message); gumbo would
  // make each a U+FFFD. They are ASCII, so dropping them cannot split a UTF-8 sequence.
  m_html.reserve(html.size());
  for (const char c : html) {
    const auto b = static_cast<unsigned char>(c);
    if ((b < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || b == 0x7F) continue;
    m_html += c;
  }
  check_nesting(m_html, file);
  GumboOptions options = kGumboDefaultOptions;
  // Gumbo keeps every parse error it meets; a damaged page could fill memory with them.
  options.max_errors = 100;
  m_output.reset(gumbo_parse_with_options(&options, m_html.data(), m_html.size()));
  if (!m_output || m_output->root == nullptr) {
    throw Error(ErrorCategory::internal, Origin{file, 0, {}}, "the HTML parser returned no document");
  }
}

const Node* Document::body() const {
  for (const Node* c : element_children(root())) {
    if (tag_of(c) == GUMBO_TAG_BODY) return c;
  }
  return root();
}

std::string Document::lang() const {
  const auto v = attribute(root(), "lang");
  return v ? normalise_space(*v) : std::string();
}

std::string Document::title() const {
  for (const Node* c : element_children(root())) {
    if (tag_of(c) != GUMBO_TAG_HEAD) continue;
    if (const Node* t = find_first(c, GUMBO_TAG_TITLE)) return text_of(t);
  }
  return {};
}

std::string Document::base_href() const {
  for (const Node* c : element_children(root())) {
    if (tag_of(c) != GUMBO_TAG_HEAD) continue;
    if (const Node* b = find_first(c, GUMBO_TAG_BASE)) {
      if (const auto href = attribute(b, "href")) return std::string(*href);
    }
  }
  return {};
}

bool is_element(const Node* n) {
  return n != nullptr && (n->type == GUMBO_NODE_ELEMENT || n->type == GUMBO_NODE_TEMPLATE);
}

GumboTag tag_of(const Node* n) { return is_element(n) ? n->v.element.tag : GUMBO_TAG_UNKNOWN; }

std::vector<const Node*> element_children(const Node* n) {
  std::vector<const Node*> out;
  if (!is_element(n)) return out;
  const GumboVector& kids = n->v.element.children;
  for (unsigned i = 0; i < kids.length; ++i) {
    const auto* c = static_cast<const Node*>(kids.data[i]);
    if (is_element(c)) out.push_back(c);
  }
  return out;
}

std::optional<std::string_view> attribute(const Node* n, const char* name) {
  if (!is_element(n)) return std::nullopt;
  const GumboAttribute* a = gumbo_get_attribute(&n->v.element.attributes, name);
  if (a == nullptr || a->value == nullptr) return std::nullopt;
  return std::string_view(a->value);
}

bool has_class(const Node* n, std::string_view cls) {
  const auto v = attribute(n, "class");
  if (!v || cls.empty()) return false;
  std::string_view rest = *v;
  while (!rest.empty()) {
    const std::size_t b = rest.find_first_not_of(" \t\n\r\f");
    if (b == std::string_view::npos) break;
    rest.remove_prefix(b);
    const std::size_t e = std::min(rest.find_first_of(" \t\n\r\f"), rest.size());
    if (rest.substr(0, e) == cls) return true;
    rest.remove_prefix(e);
  }
  return false;
}

bool is_block(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_HTML: case GUMBO_TAG_BODY: case GUMBO_TAG_DIV: case GUMBO_TAG_P: case GUMBO_TAG_LI:
    case GUMBO_TAG_UL: case GUMBO_TAG_OL: case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3:
    case GUMBO_TAG_H4: case GUMBO_TAG_H5: case GUMBO_TAG_H6: case GUMBO_TAG_SECTION: case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_HEADER: case GUMBO_TAG_FOOTER: case GUMBO_TAG_MAIN: case GUMBO_TAG_NAV: case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_TABLE: case GUMBO_TAG_TR: case GUMBO_TAG_TD: case GUMBO_TAG_TH: case GUMBO_TAG_TBODY:
    case GUMBO_TAG_THEAD: case GUMBO_TAG_TFOOT: case GUMBO_TAG_BLOCKQUOTE: case GUMBO_TAG_PRE: case GUMBO_TAG_DL:
    case GUMBO_TAG_DT: case GUMBO_TAG_DD: case GUMBO_TAG_FIGURE: case GUMBO_TAG_FIGCAPTION: case GUMBO_TAG_ADDRESS:
    case GUMBO_TAG_HR: case GUMBO_TAG_FORM: case GUMBO_TAG_FIELDSET: case GUMBO_TAG_DETAILS: case GUMBO_TAG_SUMMARY:
      return true;
    default:
      return false;
  }
}

bool is_blank(const Node* n) {
  if (!is_element(n)) return true;
  const GumboVector& kids = n->v.element.children;
  for (unsigned i = 0; i < kids.length; ++i) {
    const auto* c = static_cast<const Node*>(kids.data[i]);
    if (is_element(c)) return false;
    if (c->type == GUMBO_NODE_TEXT || c->type == GUMBO_NODE_CDATA) {
      if (!normalise_space(c->v.text.text).empty()) return false;
    }
  }
  return true;
}

std::vector<const Node*> filled_children(const Node* n) {
  std::vector<const Node*> out;
  for (const Node* c : element_children(n)) {
    if (!is_blank(c)) out.push_back(c);
  }
  return out;
}

std::string normalise_space(std::string_view s, bool keep_newlines) {
  std::string out;
  out.reserve(s.size());
  bool space = false;
  bool newline = false;
  for (std::size_t i = 0; i < s.size();) {
    if (is_space_byte(s[i])) {
      (keep_newlines && s[i] == '\n' ? newline : space) = true;
      ++i;
      continue;
    }
    if (const std::size_t n = unicode_space_at(s, i)) {
      space = true;
      i += n;
      continue;
    }
    if (!out.empty() && (newline || space)) out += newline ? '\n' : ' ';
    space = newline = false;
    out += s[i++];
  }
  return out;
}

std::optional<std::string> bounded_text(const Node* n, std::size_t max_nodes, std::size_t max_bytes) {
  std::string raw;
  std::size_t visited = 0;
  // (node, next child): an explicit stack, so a deep tree cannot exhaust the call stack.
  std::vector<std::pair<const Node*, unsigned>> stack{{n, 0}};
  while (!stack.empty()) {
    auto& [node, next] = stack.back();
    if (next == 0) {
      if (++visited > max_nodes || raw.size() > max_bytes) return std::nullopt;
      if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_CDATA || node->type == GUMBO_NODE_WHITESPACE) {
        raw += node->v.text.text;
        stack.pop_back();
        continue;
      }
      const GumboTag tag = tag_of(node);
      if (!is_element(node) || tag == GUMBO_TAG_SCRIPT || tag == GUMBO_TAG_STYLE || tag == GUMBO_TAG_TEMPLATE) {
        stack.pop_back();
        continue;
      }
      if (tag == GUMBO_TAG_BR || is_block(tag)) raw += '\n';
    }
    const GumboVector& kids = node->v.element.children;
    if (next < kids.length) {
      const auto* child = static_cast<const Node*>(kids.data[next++]);
      stack.emplace_back(child, 0);
      continue;
    }
    if (is_block(tag_of(node))) raw += '\n';
    stack.pop_back();
  }
  if (raw.size() > max_bytes) return std::nullopt;
  return normalise_space(raw, true);
}

std::string text_of(const Node* n) {
  constexpr auto k_unbounded = static_cast<std::size_t>(-1);
  return *bounded_text(n, k_unbounded, k_unbounded);
}

void walk(const Node* n, const std::function<bool(const Node*)>& visit) {
  std::vector<const Node*> stack{n};
  while (!stack.empty()) {
    const Node* node = stack.back();
    stack.pop_back();
    if (!visit(node) || !is_element(node)) continue;
    const GumboVector& kids = node->v.element.children;
    for (unsigned i = kids.length; i-- > 0;) stack.push_back(static_cast<const Node*>(kids.data[i]));
  }
}

const Node* find_first(const Node* n, GumboTag tag) {
  const Node* found = nullptr;
  walk(n, [&](const Node* x) {
    if (found != nullptr) return false;
    if (x != n && tag_of(x) == tag) {
      found = x;
      return false;
    }
    return true;
  });
  return found;
}

}  // namespace chatvault::importers::meta::html
