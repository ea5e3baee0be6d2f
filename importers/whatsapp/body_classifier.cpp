#include "importers/whatsapp/body_classifier.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <vector>

#include "importers/whatsapp/body_parts.hpp"
#include "importers/whatsapp/header_parser.hpp"
#include "importers/whatsapp/text_match.hpp"

namespace chatvault::importers::whatsapp {
namespace {

using model::AttachmentKind;
using model::MessageKind;
using strings::Category;

constexpr std::string_view k_lrm = "\xE2\x80\x8E";
constexpr std::string_view k_rlm = "\xE2\x80\x8F";
constexpr std::string_view k_bullet = "\xE2\x80\xA2";
constexpr std::size_t k_min_event_literal = 4;  // event templates with less fixed text are too loose
// Fixed strings are short: a first line longer than this is text (or a long document title,
// which is cut for matching only).
constexpr std::size_t k_max_key = 4096;

// The first line of `s` (`nl`: where its first '\n' is), or an empty view when it is too long
// to be any fixed string.
std::string_view short_first_line(std::string_view s, std::size_t nl) {
  const std::string_view line = s.substr(0, nl);
  return line.size() > k_max_key ? std::string_view{} : line;
}
std::string_view short_first_line(std::string_view s) { return short_first_line(s, s.find('\n')); }

char lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }
bool iends_with(std::string_view s, std::string_view p) {
  if (s.size() < p.size()) return false;
  for (std::size_t i = 0; i < p.size(); ++i) {
    if (lower(s[s.size() - p.size() + i]) != lower(p[i])) return false;
  }
  return true;
}
bool istarts_with(std::string_view s, std::string_view p) {
  if (s.size() < p.size()) return false;
  for (std::size_t i = 0; i < p.size(); ++i) {
    if (lower(s[i]) != lower(p[i])) return false;
  }
  return true;
}
bool contains_ci(std::string_view base, std::string_view p) {
  for (std::size_t i = 0; i + p.size() <= base.size(); ++i) {
    if (istarts_with(base.substr(i), p)) return true;
  }
  return false;
}

bool starts_with_mark(std::string_view s) { return s.starts_with(k_lrm) || s.starts_with(k_rlm); }

// Unions of the templates that the two hot paths try one after another, so that a text that can
// match none of them (most messages) is told in one look-up (built once, immutable).
// The file-attached templates are left to their own index, asked for whole matches only (all
// classify_body looks for): they start with a placeholder, and the text's end turns nearly
// every text away from them before its 4-byte pieces are looked at.
struct Gates {
  std::vector<Pattern> key_templates;     // what classify_body tries on a message's first line
  std::vector<Pattern> system_templates;  // what is_system_text tries
  std::vector<Pattern> first_templates;   // the notices and key_templates, tried first on a key
  PatternIndex key;
  PatternIndex system;
  PatternIndex first;
  const PatternIndex& file_attached = pattern_index(Category::file_attached);

  static std::vector<Pattern> gather(std::initializer_list<Category> cats, std::size_t min_literal,
                                     std::initializer_list<Category> all_of) {
    std::vector<Pattern> out;
    for (Category c : cats) {
      for (const Pattern& p : patterns(c)) {
        if (p.literal_size() >= min_literal) out.push_back(p);
      }
    }
    for (Category c : all_of) {
      for (const Pattern& p : patterns(c)) out.push_back(p);
    }
    return out;
  }
  Gates()
      : key_templates(gather({Category::omitted, Category::location, Category::live_location, Category::missed_video,
                              Category::missed_voice, Category::video_call, Category::voice_call},
                             0, {})),
        system_templates(gather({Category::group_event, Category::contact_event}, 10, {Category::notice})),
        first_templates(gather({Category::notice, Category::omitted, Category::location, Category::live_location,
                                Category::missed_video, Category::missed_voice, Category::video_call,
                                Category::voice_call},
                               0, {})),
        key(key_templates),
        system(system_templates),
        first(first_templates) {}
};

const Gates& gates() {
  static const Gates g;
  return g;
}

bool any_match(Category c, const Folded& f, bool prefix, std::size_t min_literal = 0) {
  return pattern_index(c).any(f, prefix, min_literal);
}

// Any trailing '.'/' ' removed, then one '。'.
std::string_view strip_deleted(std::string_view s) {
  while (!s.empty() && (s.back() == '.' || s.back() == ' ')) s.remove_suffix(1);
  if (s.ends_with("\xE3\x80\x82")) s.remove_suffix(3);
  return s;
}

// The deleted templates, stripped, sorted, and a bitmap of their (length, first byte, last
// byte) that turns away nearly every other text before the search (built once).
struct DeletedKeys {
  std::vector<std::string> keys;
  std::array<std::uint64_t, 64> shapes{};

  static std::size_t shape(std::string_view k) {
    const auto first = static_cast<unsigned char>(k.front());
    const auto last = static_cast<unsigned char>(k.back());
    return (k.size() * 131u + first * 17u + last) & 4095u;
  }
  DeletedKeys() {
    for (const Pattern& p : patterns(Category::deleted)) {
      if (p.literals().size() == 1) keys.emplace_back(strip_deleted(p.literals()[0]));
    }
    std::sort(keys.begin(), keys.end());
    for (const std::string& k : keys) {
      if (k.empty()) continue;
      const std::size_t b = shape(k);
      shapes[b / 64] |= std::uint64_t{1} << (b % 64);
    }
  }
  bool may_hold(std::string_view k) const {
    if (k.empty()) return true;
    const std::size_t b = shape(k);
    return (shapes[b / 64] >> (b % 64)) & 1;
  }
};

const DeletedKeys& deleted_keys() {
  static const DeletedKeys keys;
  return keys;
}

// Compares with any trailing '.'/'。' removed from both sides. `folded`: the key, folded.
bool deleted_match(const Folded& folded) {
  const DeletedKeys& d = deleted_keys();
  const std::string_view k = strip_deleted(folded.text);
  if (!d.may_hold(k)) return false;
  const auto it = std::lower_bound(d.keys.begin(), d.keys.end(), k,
                                   [](const std::string& a, std::string_view b) { return a < b; });
  return it != d.keys.end() && *it == k;
}

// "Report.pdf • ‎3 pages ‎" → the document title and its page count.
void document_title(std::string_view before, Classified& out, bool set_name) {
  before = trim_marks(before);
  const std::size_t bullet = before.find(k_bullet);
  if (bullet != std::string_view::npos) {
    out.pages = first_number(before.substr(bullet + k_bullet.size()));
    before = trim_marks(before.substr(0, bullet));
  }
  if (set_name && !before.empty()) out.attachment_name = std::string(before);
}

// Strips the edited marker from the end of `body`; true if there was one.
bool strip_edited(std::string_view& body, Classified& out) {
  std::string_view t = body;
  while (!t.empty() && (t.back() == ' ' || t.back() == '\r' || t.back() == '\n')) t.remove_suffix(1);
  if (!t.ends_with(">")) return false;
  const std::size_t lt = t.rfind('<');
  if (lt == std::string_view::npos || lt == 0) return false;
  const std::string_view marker = t.substr(lt);
  if (marker.size() > 200) return false;
  std::string_view before = t.substr(0, lt);
  const Folded fm = fold(marker);
  bool known = any_match(Category::edited, fm, false);
  if (!known) {
    // Generic: "<words with spaces>" after a space or LRM, with text before it, that is no
    // attachment marker or placeholder.
    const std::string_view inner = marker.substr(1, marker.size() - 2);
    const bool after_gap = before.ends_with(" ") || before.ends_with(k_lrm) || before.ends_with(k_rlm);
    if (!after_gap || inner.find(' ') == std::string_view::npos || inner.find(':') != std::string_view::npos ||
        inner.find("\xEF\xBC\x9A") != std::string_view::npos || inner.size() < 8 || inner.size() > 120 ||
        trim_marks(before).empty() || any_match(Category::attached, fm, false) ||
        any_match(Category::omitted, fm, false)) {
      return false;
    }
    out.edited_marker = std::string(marker);
  }
  for (;;) {
    if (before.ends_with(k_lrm) || before.ends_with(k_rlm)) {
      before.remove_suffix(3);
    } else if (before.ends_with(' ')) {
      before.remove_suffix(1);
    } else {
      break;
    }
  }
  out.edited = true;
  body = before;
  return true;
}

// Just after the first LRM/RLM at or after `from` in `key`; npos if none.
std::size_t next_mark(std::string_view key, std::size_t from) {
  for (std::size_t at = key.find('\xE2', from); at != std::string_view::npos; at = key.find('\xE2', at + 1)) {
    const std::string_view m = key.substr(at, 3);
    if (m == k_lrm || m == k_rlm) return at + 3;
  }
  return std::string_view::npos;
}

bool classify_omitted(std::string_view key, const Folded& folded_key, bool key_maybe, std::string_view caption,
                      Classified& out) {
  // The placeholder is the whole key, or what follows an LRM/RLM ("Doc.pdf • ‎2 pages ‎document omitted").
  // Without key_maybe the whole key is no placeholder: only what follows a mark is tried.
  std::size_t from = key_maybe ? 0 : next_mark(key, 1);
  if (from == std::string_view::npos) return false;
  const PatternIndex& omitted = pattern_index(Category::omitted);
  Folded folded_cand;
  for (; from != std::string_view::npos; from = next_mark(key, from + 1)) {
    const std::string_view cand = key.substr(from);
    if (from > 0) fold_into(cand, folded_cand, true);
    const Folded& f = from > 0 ? folded_cand : folded_key;
    const Pattern* hit = nullptr;
    omitted.find(f, false, 0, [&](const Pattern& p) {
      if (!p.match(f, false)) return false;
      hit = &p;
      return true;
    });
    if (hit) {
      out.kind = MessageKind::media;
      out.has_attachment = true;
      out.attachment_omitted = true;
      out.attachment_kind = hit->kind();
      if (contains_ci(cand, "view once") || contains_ci(cand, "view-once")) out.view_once = true;
      if (from > 0) document_title(key.substr(0, from), out, true);
      out.text = std::string(caption);
      return true;
    }
  }
  return false;
}

bool classify_attached(std::string_view key, std::string_view caption, Classified& out) {
  if (!key.ends_with(">")) return false;
  for (std::size_t lt = key.find('<'); lt != std::string_view::npos; lt = key.find('<', lt + 1)) {
    const Folded f = fold(key.substr(lt));
    std::vector<Span> caps;
    std::string_view name;
    const bool hit = pattern_index(Category::attached).find(f, false, 0, [&](const Pattern& p) {
      if (!p.match(f, false, &caps) || caps.size() != 1) return false;
      name = trim_marks(key.substr(lt).substr(caps[0].begin, caps[0].end - caps[0].begin));
      return !name.empty() && name.find('<') == std::string_view::npos;
    });
    if (hit) {
      out.kind = MessageKind::media;
      out.has_attachment = true;
      out.attachment_name = std::string(name);
      out.attachment_kind = kind_from_file_name(name);
      document_title(key.substr(0, lt), out, false);
      out.text = std::string(caption);
      return true;
    }
  }
  // iOS 2015: "NAME <‎attached>".
  const std::size_t lt = key.rfind(" <");
  if (lt != std::string_view::npos && lt > 0 && fold(key.substr(lt + 2)).text == "attached>") {
    out.kind = MessageKind::media;
    out.has_attachment = true;
    out.attachment_name = std::string(trim_marks(key.substr(0, lt)));
    out.attachment_kind = kind_from_file_name(out.attachment_name);
    out.text = std::string(caption);
    return true;
  }
  return false;
}

bool classify_file_attached(std::string_view key, const Folded& f, bool key_maybe, std::string_view caption,
                            Classified& out) {
  if (!key_maybe) return false;
  std::vector<Span> caps;
  std::string_view name;
  const bool hit = pattern_index(Category::file_attached).find(f, false, 0, [&](const Pattern& p) {
    if (!p.match(f, false, &caps) || caps.size() != 1) return false;
    name = trim_marks(key.substr(caps[0].begin, caps[0].end - caps[0].begin));
    return !name.empty();
  });
  if (hit) {
    out.kind = MessageKind::media;
    out.has_attachment = true;
    out.attachment_name = std::string(name);
    out.attachment_kind = kind_from_file_name(name);
    out.text = std::string(caption);
    return true;
  }
  return false;
}

bool classify_call(std::string_view key, const Folded& f, bool key_maybe, bool lrm, Classified& out) {
  if (!key_maybe) return false;
  for (Category c : {Category::missed_video, Category::missed_voice}) {
    if (any_match(c, f, true)) {
      model::Call call;
      call.missed = true;
      call.video = c == Category::missed_video;
      out.kind = MessageKind::call;
      out.call = call;
      return true;
    }
  }
  for (Category c : {Category::video_call, Category::voice_call}) {
    model::Call call;
    const bool hit = pattern_index(c).find(f, true, 0, [&](const Pattern& p) {
      if (!p.match(f, true)) return false;
      // The matched word ends where its literal ends in the folded text.
      const std::size_t end = f.src[p.literals()[0].size()];
      std::string_view tail = trim_marks(key.substr(end));
      call = model::Call{};
      call.video = c == Category::video_call;
      if (tail.empty()) {
        return lrm;
      }
      if (tail.front() != ',' && tail.front() != '.') return false;
      tail = trim_marks(tail.substr(1));
      if (any_match(Category::no_answer, fold(tail), true)) {
        call.missed = true;
      } else if (auto d = parse_duration(tail)) {
        call.duration_s = *d;
      } else {
        return false;
      }
      return true;
    });
    if (hit) {
      out.kind = MessageKind::call;
      out.call = call;
      return true;
    }
  }
  return false;
}

}  // namespace

AttachmentKind kind_from_file_name(std::string_view name) {
  const std::size_t slash = name.find_last_of('/');
  const std::string_view base = slash == std::string_view::npos ? name : name.substr(slash + 1);
  auto has = [&](std::string_view p) { return istarts_with(base, p); };
  auto contains = [&](std::string_view p) { return contains_ci(base, p); };
  if (has("PTT-")) return AttachmentKind::voice;
  if (has("IMG-") || contains("-PHOTO-")) return AttachmentKind::photo;
  if (has("VID-") || contains("-VIDEO-")) return AttachmentKind::video;
  if (has("AUD-") || contains("-AUDIO-")) return AttachmentKind::audio;
  if (has("STK-") || contains("-STICKER-") || iends_with(base, ".webp")) return AttachmentKind::sticker;
  if (has("GIF-") || contains("-GIF-")) return AttachmentKind::gif;
  if (iends_with(base, ".vcf")) return AttachmentKind::contact;
  for (std::string_view ext : {".jpg", ".jpeg", ".png", ".heic"}) {
    if (iends_with(base, ext)) return AttachmentKind::photo;
  }
  for (std::string_view ext : {".mp4", ".mov", ".3gp"}) {
    if (iends_with(base, ext)) return AttachmentKind::video;
  }
  for (std::string_view ext : {".opus", ".mp3", ".m4a", ".aac", ".ogg", ".wav"}) {
    if (iends_with(base, ext)) return AttachmentKind::audio;
  }
  return AttachmentKind::document;
}

namespace {

// is_notice, given the body's key (its first line, trimmed; not empty) and the key folded.
// `may_be_notice` false: the caller knows no notice template can match `f`.
bool notice_key(std::string_view body, std::string_view key, const Folded& f, bool first_message,
                bool may_be_notice = true) {
  if (may_be_notice && any_match(Category::notice, f, true)) return true;
  const bool marked = starts_with_mark(body);
  // iOS events attributed to the group or the actor: "Club: <LRM>Maria added you".
  if (marked && (any_match(Category::group_event, f, true, k_min_event_literal) ||
                 any_match(Category::contact_event, f, true, k_min_event_literal))) {
    return true;
  }
  // The first line of an iOS export in any language: the chat-attributed encryption notice,
  // written after an LRM/RLM and naming WhatsApp.
  return first_message && marked && key.find("WhatsApp") != std::string_view::npos;
}

}  // namespace

bool is_notice(std::string_view body, bool first_message) {
  Folded scratch;
  return is_notice(body, first_message, scratch);
}

bool is_notice(std::string_view body, bool first_message, Folded& f) {
  const std::string_view key = trim_marks(short_first_line(body));
  if (key.empty()) return false;
  fold_into(key, f, false);
  return notice_key(body, key, f, first_message);
}

bool is_group_event(std::string_view body) {
  Folded scratch;
  return is_group_event(body, scratch);
}

bool is_group_event(std::string_view body, Folded& f) {
  fold_into(trim_marks(short_first_line(body)), f, false);
  if (f.text.empty()) return false;
  return any_match(Category::group_event, f, true, k_min_event_literal);
}

bool is_system_text(std::string_view text) {
  Folded scratch;
  return is_system_text(text, scratch);
}

bool is_system_text(std::string_view text, Folded& f) {
  fold_into(trim_marks(short_first_line(text)), f, false);
  if (f.text.empty() || !gates().system.maybe(f)) return false;
  // Whole-line matches only: a person's "Anna: the kids added you to the list" stays theirs.
  // and loose templates ("%s added %s") are left out.
  constexpr std::size_t k_min_whole_literal = 10;
  return any_match(Category::group_event, f, false, k_min_whole_literal) ||
         any_match(Category::contact_event, f, false, k_min_whole_literal) || any_match(Category::notice, f, true);
}

Classified classify_body(std::string_view raw, bool has_author, bool first_message) {
  Folded scratch;
  Classified out;
  classify_body(raw, has_author, first_message, scratch, out);
  return out;
}

void classify_body(std::string_view raw, bool has_author, bool first_message, Folded& f, Classified& out) {
  std::string_view body = skip_invisible_prefix(raw);
  strip_edited(body, out);
  out.text.assign(body);
  if (!has_author) {
    out.kind = MessageKind::system;
    return;
  }
  // The body's first line break, found once for its key, its caption and the poll test.
  const std::size_t body_nl = body.find('\n');
  const std::string_view key = trim_marks(short_first_line(body, body_nl));
  const bool raw_is_body = raw.data() == body.data() && raw.size() == body.size();
  const std::string_view raw_key = raw_is_body ? key : trim_marks(short_first_line(raw));
  // The key folded once for every table below (and for the notice check when it is the same
  // text), without positions until a table that reports captures may match.
  fold_into(key, f, false);
  const Gates& g = gates();
  // Most keys can match no notice and no key template: one look-up at the union of both tells.
  bool fixed_maybe = true;
  if (!raw_key.empty()) {
    const bool same = raw_key.data() == key.data() && raw_key.size() == key.size();
    bool notice = false;
    if (same) {
      fixed_maybe = g.first.maybe(f);
      notice = notice_key(raw, raw_key, f, first_message, fixed_maybe);
    } else {
      Folded fr;
      fold_into(raw_key, fr, false);
      notice = notice_key(raw, raw_key, fr, first_message);
    }
    if (notice) {
      out.kind = MessageKind::system;
      out.notice = true;
      return;
    }
  }
  const std::string_view caption = body_nl == std::string_view::npos ? std::string_view{} : body.substr(body_nl + 1);
  if (key.empty()) return;

  if (deleted_match(f)) {
    out.kind = MessageKind::deleted;
    out.deleted = true;
    return;
  }
  if (key == "null") {  // Android view-once media
    out.kind = MessageKind::media;
    out.view_once = true;
    out.has_attachment = true;
    out.attachment_omitted = true;
    out.text = std::string(caption);
    return;
  }
  auto attached = [&] {
    if (out.attachment_kind == AttachmentKind::contact) {
      out.kind = MessageKind::contact;
      if (!out.attachment_omitted) out.text = std::string(body);  // keeps the "Name.vcf" line
    }
  };
  const bool key_maybe =
      (fixed_maybe && g.key.maybe(f)) || g.file_attached.maybe(f, false);
  if (classify_omitted(key, f, key_maybe, caption, out) || classify_attached(key, caption, out)) {
    attached();
    return;
  }
  if (key_maybe) fold_into(key, f, true);  // the tables below report where their captures are
  if (classify_file_attached(key, f, key_maybe, caption, out)) {
    attached();
    return;
  }
  if (key_maybe) {
    std::vector<Span> caps;
    std::optional<model::Location> found;
    pattern_index(Category::location).find(f, false, 0, [&](const Pattern& p) {
      if (!p.match(f, false, &caps) || caps.size() != 1) return false;
      found = parse_maps_url(trim_marks(key.substr(caps[0].begin, caps[0].end - caps[0].begin)));
      return found.has_value();
    });
    if (found) {
      out.kind = MessageKind::location;
      out.location = *found;
      return;
    }
    if (any_match(Category::live_location, f, true)) {
      out.kind = MessageKind::location;
      model::Location loc;
      loc.live = true;
      out.location = loc;
      return;
    }
  }
  if (classify_call(key, f, key_maybe, starts_with_mark(raw), out)) return;
  if (auto poll = body_nl == std::string_view::npos ? std::nullopt : parse_poll(body)) {  // a poll has lines
    out.kind = MessageKind::poll;
    out.text = poll->question;
    out.poll = std::move(*poll);
    return;
  }
  return;
}

}  // namespace chatvault::importers::whatsapp
