// The body is read as "segments": runs of inline text between block boundaries, each knowing
// the block it sits in and the one anchor it lies in, if any. Class names are obfuscated and
// change between generations, so the parts are told apart by what they hold: an anchor to a
// file in the export is media (its label is not text), an http(s) anchor a shared link, a list
// whose items all start with an emoji and a name Instagram's reactions.
#include "importers/meta/html_body.hpp"

#include <map>
#include <set>

#include "importers/media_types.hpp"
#include "util/utf8.hpp"

namespace chatvault::importers::meta {
namespace {

using html::Node;

struct Segment {
  std::string text;
  const Node* block = nullptr;
  const Node* anchor = nullptr;  // the anchor all of the text is in, else nullptr
  bool used = false;             // taken as a shared post's caption or owner
};

struct MediaRef {
  std::string uri;
  GumboTag tag;
};

bool starts_with_nocase(std::string_view s, std::string_view prefix) {
  if (s.size() < prefix.size()) return false;
  for (std::size_t i = 0; i < prefix.size(); ++i) {
    const char c = s[i] >= 'A' && s[i] <= 'Z' ? static_cast<char>(s[i] - 'A' + 'a') : s[i];
    if (c != prefix[i]) return false;
  }
  return true;
}

bool is_web_url(std::string_view uri) {
  return starts_with_nocase(uri, "http://") || starts_with_nocase(uri, "https://");
}

// A path inside the export: not empty, not a fragment, no scheme ("mailto:", "data:").
bool is_local_path(std::string_view uri) {
  if (uri.empty() || uri.front() == '#') return false;
  const std::size_t colon = uri.find(':');
  return colon == std::string_view::npos || colon > uri.find('/');
}

bool is_emoji_part(char32_t c) {
  return c == 0x200D || c == 0xFE0E || c == 0xFE0F || c == 0x20E3 || c == 0xA9 || c == 0xAE || c == 0x203C ||
         c == 0x2049 || c == 0x2122 || c == 0x2139 || (c >= 0x2190 && c <= 0x21FF) || (c >= 0x2300 && c <= 0x23FF) ||
         (c >= 0x2460 && c <= 0x24FF) || (c >= 0x25A0 && c <= 0x27BF) || (c >= 0x2900 && c <= 0x297F) ||
         (c >= 0x2B00 && c <= 0x2BFF) || c == 0x3030 || c == 0x303D || c == 0x3297 || c == 0x3299 ||
         (c >= 0x1F000 && c <= 0x1FAFF) || (c >= 0xE0020 && c <= 0xE007F);
}

// `rel` taken from folder `dir`, "." and ".." applied; nullopt when it climbs above the export
// or is absolute.
std::optional<std::string> join_path(std::string_view dir, std::string_view rel) {
  if (!rel.empty() && (rel.front() == '/' || rel.front() == '\\')) return std::nullopt;
  std::vector<std::string> parts;
  auto add = [&parts](std::string_view s) {
    std::size_t start = 0;
    while (start <= s.size()) {
      const std::size_t end = std::min(s.find('/', start), s.size());
      const std::string_view part = s.substr(start, end - start);
      if (part == "..") {
        if (parts.empty()) return false;
        parts.pop_back();
      } else if (!part.empty() && part != ".") {
        parts.emplace_back(part);
      }
      start = end + 1;
    }
    return true;
  };
  if (!add(dir) || !add(rel)) return std::nullopt;
  std::string out;
  for (const std::string& p : parts) out += (out.empty() ? "" : "/") + p;
  return out;
}

model::AttachmentKind kind_of(std::string_view path, GumboTag tag, std::string_view mime) {
  using K = model::AttachmentKind;
  // The export's own folders say what a file is (FORMAT.md §1.5, §4.1).
  for (std::size_t start = 0; start < path.size();) {
    const std::size_t end = std::min(path.find('/', start), path.size());
    const std::string_view folder = path.substr(start, end - start);
    if (end < path.size()) {
      if (folder == "gifs") return K::gif;
      if (folder == "stickers_used" || folder == "stickers") return K::sticker;
      if (folder == "photos") return K::photo;
      if (folder == "videos") return K::video;
      if (folder == "audio") return K::voice;
      if (folder == "files") return K::document;
    }
    start = end + 1;
  }
  if (tag == GUMBO_TAG_IMG) return K::photo;
  if (tag == GUMBO_TAG_VIDEO) return K::video;
  if (tag == GUMBO_TAG_AUDIO) return K::voice;
  if (mime.starts_with("image/")) return K::photo;
  if (mime.starts_with("video/")) return K::video;
  if (mime.starts_with("audio/")) return K::audio;
  return K::document;
}

model::Attachment attachment_for(const MediaRef& ref, const PageMedia& media) {
  std::string_view path = ref.uri;
  if (!is_web_url(path)) path = path.substr(0, std::min(path.find_first_of("?#"), path.size()));
  std::string_view name = path;
  if (is_web_url(name)) name = name.substr(0, std::min(name.find_first_of("?#"), name.size()));
  name = name.substr(name.find_last_of('/') == std::string_view::npos ? 0 : name.find_last_of('/') + 1);

  model::Attachment a;
  a.file_name = std::string(name);
  a.mime = mime_from_file_name(a.file_name);
  a.kind = kind_of(path, ref.tag, a.mime);
  std::vector<std::string> candidates;
  if (is_web_url(path)) {
    candidates.emplace_back(path);
  } else {
    if (!media.base_href.empty() && is_local_path(media.base_href)) {
      if (const auto base = join_path(media.page_dir, media.base_href)) {
        if (auto c = join_path(*base, path)) candidates.push_back(std::move(*c));
      }
    }
    if (auto c = join_path("", path)) candidates.push_back(std::move(*c));
    if (auto c = join_path(media.page_dir, path)) candidates.push_back(std::move(*c));
  }
  a.missing = true;
  std::set<std::string> tried;
  for (const std::string& c : candidates) {
    if (c.empty() || !tried.insert(c).second) continue;
    a.missing = false;
    a.size.reset();
    a.open = nullptr;
    media.resolve(c, a);
    if (!a.missing) break;
  }
  return a;
}

class Collector {
 public:
  explicit Collector(const PageMedia& page) : m_page(page) {}

  void part(const Node* root) {
    m_blocks.push_back(root);  // text right inside a non-block part belongs to the part
    std::vector<std::pair<const Node*, unsigned>> stack{{root, 0}};
    while (!stack.empty()) {
      auto& [node, next] = stack.back();
      if (next == 0 && !enter(node)) {
        stack.pop_back();
        continue;
      }
      if (next >= node->v.element.children.length) {
        leave(node);
        stack.pop_back();
        continue;
      }
      const auto* child = static_cast<const Node*>(node->v.element.children.data[next++]);
      if (child->type == GUMBO_NODE_TEXT || child->type == GUMBO_NODE_WHITESPACE || child->type == GUMBO_NODE_CDATA) {
        text(child->v.text.text);
      } else if (html::is_element(child)) {
        stack.emplace_back(child, 0);
      }
    }
    flush();
    m_blocks.pop_back();
  }

  HtmlBody finish() {
    HtmlBody body;
    std::map<std::string, std::size_t> link_at;
    for (const Node* a : m_external) {
      const std::string href(*html::attribute(a, "href"));
      if (link_at.emplace(href, body.links.size()).second) body.links.push_back({href, {}});
    }
    std::map<const Node*, std::vector<std::size_t>> by_block;
    for (std::size_t i = 0; i < m_segments.size(); ++i) by_block[m_segments[i].block].push_back(i);
    for (Segment& s : m_segments) {
      if (s.anchor == nullptr) continue;
      const std::string href(html::attribute(s.anchor, "href").value_or(""));
      const auto at = link_at.find(href);
      if (at == link_at.end()) continue;
      s.used = true;
      model::Link& link = body.links[at->second];
      if (s.text != href && link.title.empty()) link.title = s.text;
      take_share_texts(s, by_block, link, body);
    }
    for (const Segment& s : m_segments) {
      if (s.used) continue;
      body.text += (body.text.empty() ? "" : "\n") + s.text;
    }
    std::set<std::string> seen;
    for (const MediaRef& ref : m_refs) {
      if (seen.insert(ref.uri).second) body.attachments.push_back(attachment_for(ref, m_page));
    }
    for (model::Reaction& r : m_reactions) {
      bool dup = false;
      for (const auto& known : body.reactions) dup = dup || (known.actor == r.actor && known.emoji == r.emoji);
      if (!dup) body.reactions.push_back(std::move(r));
    }
    return body;
  }

 private:
  // Instagram's shared reel or post (FORMAT.md §3.3): caption, owner and link, each its own
  // block, in a container of their own. A container with empty slots is the body's slot list
  // (text, attachment, reactions), whose text is the message's, not a caption.
  void take_share_texts(const Segment& link_seg, const std::map<const Node*, std::vector<std::size_t>>& by_block,
                        model::Link& link, HtmlBody& body) {
    const Node* container = link_seg.block == nullptr ? nullptr : link_seg.block->parent;
    if (!html::is_element(container)) return;
    std::vector<const Node*> kids;
    for (const Node* k : html::element_children(container)) {
      if (html::is_blank(k)) return;
      kids.push_back(k);
    }
    if (kids.size() < 2 || kids.back() != link_seg.block) return;
    std::vector<Segment*> texts;
    for (std::size_t i = 0; i + 1 < kids.size(); ++i) {
      const auto it = by_block.find(kids[i]);
      if (it == by_block.end() || it->second.size() != 1) return;
      Segment& s = m_segments[it->second.front()];
      if (s.anchor != nullptr || s.used) return;
      texts.push_back(&s);
    }
    if (link.title.empty()) link.title = texts[0]->text;
    texts[0]->used = true;
    if (texts.size() == 2) {
      body.share_owner = texts[1]->text;
      texts[1]->used = true;
    }
  }

  bool enter(const Node* n) {
    if (!html::is_element(n)) return false;
    const GumboTag tag = html::tag_of(n);
    switch (tag) {
      case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE: case GUMBO_TAG_TEMPLATE: case GUMBO_TAG_HEAD:
        return false;
      case GUMBO_TAG_IMG: case GUMBO_TAG_SOURCE: case GUMBO_TAG_EMBED:
        add_media(html::attribute(n, "src"), tag);
        return false;
      case GUMBO_TAG_VIDEO: case GUMBO_TAG_AUDIO:
        // Their children are the fallback ("Click for audio") for the same file.
        add_media(html::attribute(n, "src"), tag);
        html::walk(n, [&](const Node* x) {
          if (html::tag_of(x) == GUMBO_TAG_SOURCE) add_media(html::attribute(x, "src"), tag);
          if (html::tag_of(x) == GUMBO_TAG_A) add_media(html::attribute(x, "href"), tag);
          return true;
        });
        return false;
      case GUMBO_TAG_UL: case GUMBO_TAG_OL:
        if (reactions(n)) return false;
        break;
      case GUMBO_TAG_A: {
        const std::string_view href = html::attribute(n, "href").value_or("");
        if (is_web_url(href)) {
          m_external.push_back(n);
        } else if (is_local_path(href)) {
          add_media(href, tag);
          m_media_anchors.insert(n);
        }
        m_anchors.push_back(n);
        return true;
      }
      case GUMBO_TAG_BR:
        m_raw += '\n';
        return false;
      default:
        break;
    }
    if (html::is_block(tag)) {
      flush();
      m_blocks.push_back(n);
    }
    return true;
  }

  void leave(const Node* n) {
    const GumboTag tag = html::tag_of(n);
    if (tag == GUMBO_TAG_A && !m_anchors.empty()) m_anchors.pop_back();
    if (html::is_block(tag)) {
      flush();
      m_blocks.pop_back();
    }
  }

  void text(std::string_view t) {
    const Node* anchor = m_anchors.empty() ? nullptr : m_anchors.back();
    // A file's label ("Click for audio", its name) is not the message's text.
    if (anchor != nullptr && m_media_anchors.contains(anchor)) return;
    if (!html::normalise_space(t).empty()) {
      if (!m_has_text) {
        m_anchor = anchor;
        m_has_text = true;
      } else if (m_anchor != anchor) {
        m_mixed = true;
      }
    }
    m_raw += t;
  }

  void flush() {
    std::string t = html::normalise_space(m_raw, true);
    if (!t.empty()) {
      m_segments.push_back({std::move(t), m_blocks.empty() ? nullptr : m_blocks.back(), m_mixed ? nullptr : m_anchor});
    }
    m_raw.clear();
    m_anchor = nullptr;
    m_has_text = false;
    m_mixed = false;
  }

  void add_media(std::optional<std::string_view> uri, GumboTag tag) {
    if (!uri || uri->empty() || (!is_web_url(*uri) && !is_local_path(*uri))) return;
    m_refs.emplace_back(MediaRef{std::string(*uri), tag});
  }

  bool reactions(const Node* list) {
    std::vector<model::Reaction> found;
    for (const Node* li : html::element_children(list)) {
      if (html::tag_of(li) != GUMBO_TAG_LI) return false;
      const auto text = html::bounded_text(li, 64, 1024);
      const auto r = text ? parse_reaction(*text) : std::nullopt;
      if (!r) return false;
      found.push_back(*r);
    }
    if (found.empty()) return false;
    for (auto& r : found) m_reactions.push_back(std::move(r));
    return true;
  }

  const PageMedia& m_page;
  std::vector<Segment> m_segments;
  std::vector<const Node*> m_blocks;
  std::vector<const Node*> m_anchors;
  std::vector<const Node*> m_external;
  std::set<const Node*> m_media_anchors;
  std::vector<MediaRef> m_refs;
  std::vector<model::Reaction> m_reactions;
  std::string m_raw;
  const Node* m_anchor = nullptr;
  bool m_has_text = false;
  bool m_mixed = false;
};

}  // namespace

std::optional<model::Reaction> parse_reaction(std::string_view text) {
  std::string_view s = text;
  // The time Instagram appends: " (Jul 03, 2024 9:55 am)".
  if (s.ends_with(')')) {
    if (const std::size_t open = s.rfind(" ("); open != std::string_view::npos) s = s.substr(0, open);
  }
  std::size_t i = 0;
  while (i < s.size()) {
    std::size_t len = 1;
    if (!is_emoji_part(utf8::decode(s, i, len))) break;
    i += len;
  }
  model::Reaction r;
  r.emoji = std::string(s.substr(0, i));
  r.actor = html::normalise_space(s.substr(i));
  if (r.emoji.empty() || r.actor.empty()) return std::nullopt;
  return r;
}

HtmlBody read_body(const std::vector<const html::Node*>& parts, const PageMedia& media) {
  Collector c(media);
  for (const html::Node* p : parts) c.part(p);
  return c.finish();
}

}  // namespace chatvault::importers::meta
