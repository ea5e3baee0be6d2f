#include "importers/whatsapp/body_classifier.hpp"

#include <charconv>
#include <cstdlib>

#include "importers/whatsapp/header_parser.hpp"
#include "importers/whatsapp/locale_strings.hpp"

namespace chatvault::importers::whatsapp {
namespace {

using model::AttachmentKind;
using model::MessageKind;

constexpr std::string_view k_lrm = "\xE2\x80\x8E";
constexpr std::string_view k_rlm = "\xE2\x80\x8F";
constexpr std::string_view k_edited = "<This message was edited>";

char lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

bool iequals(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) {
    return false;
  }
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (lower(a[i]) != lower(b[i])) {
      return false;
    }
  }
  return true;
}
bool istarts_with(std::string_view s, std::string_view p) { return s.size() >= p.size() && iequals(s.substr(0, p.size()), p); }
bool iends_with(std::string_view s, std::string_view p) {
  return s.size() >= p.size() && iequals(s.substr(s.size() - p.size()), p);
}

// Strips LRM/RLM/BOM and ASCII/no-break spaces at both ends.
std::string_view trim_marks(std::string_view s) {
  for (;;) {
    const std::size_t before = s.size();
    s = skip_invisible_prefix(s);
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) {
      s.remove_prefix(1);
    }
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) {
      s.remove_suffix(1);
    }
    for (std::string_view m : {k_lrm, k_rlm, std::string_view("\xC2\xA0"), std::string_view("\xE2\x80\xAF")}) {
      if (s.size() >= m.size() && s.substr(s.size() - m.size()) == m) {
        s.remove_suffix(m.size());
      }
    }
    if (s.size() == before) {
      return s;
    }
  }
}

std::string_view strip_trailing_period(std::string_view s) {
  if (!s.empty() && (s.back() == '.' || s.back() == '!')) {
    s.remove_suffix(1);
  }
  return s;
}

// "https://maps.google.com/?q=51.5,-0.1" → lat/lon.
std::optional<model::Location> parse_maps_url(std::string_view url) {
  const std::size_t q = url.find("q=");
  if (q == std::string_view::npos || url.find("http") == std::string_view::npos) {
    return std::nullopt;
  }
  std::string_view coords = url.substr(q + 2);
  const std::size_t comma = coords.find(',');
  if (comma == std::string_view::npos) {
    return std::nullopt;
  }
  std::string lat_s(coords.substr(0, comma));
  std::string_view lon_v = coords.substr(comma + 1);
  std::size_t end = 0;
  while (end < lon_v.size() && (std::isdigit(static_cast<unsigned char>(lon_v[end])) || lon_v[end] == '.' ||
                                lon_v[end] == '-' || lon_v[end] == '+')) {
    ++end;
  }
  std::string lon_s(lon_v.substr(0, end));
  char* e1 = nullptr;
  char* e2 = nullptr;
  const double lat = std::strtod(lat_s.c_str(), &e1);
  const double lon = std::strtod(lon_s.c_str(), &e2);
  if (lat_s.empty() || lon_s.empty() || *e1 != '\0' || *e2 != '\0' || lat < -90 || lat > 90 || lon < -180 ||
      lon > 180) {
    return std::nullopt;
  }
  model::Location loc;
  loc.lat = lat;
  loc.lon = lon;
  return loc;
}

// "POLL:" / "ENCUESTA:": an upper-case keyword and a colon. Returns what follows the colon.
std::optional<std::string_view> keyword_line(std::string_view line) {
  line = trim_marks(line);
  std::size_t i = 0;
  int ascii_upper = 0;
  while (i < line.size() && line[i] != ':') {
    const auto c = static_cast<unsigned char>(line[i]);
    if (c >= 'A' && c <= 'Z') {
      ++ascii_upper;
    } else if (c < 0x80) {
      return std::nullopt;
    }
    ++i;
  }
  if (i == line.size() || ascii_upper < 2) {
    return std::nullopt;
  }
  return trim_marks(line.substr(i + 1));
}

// "Option A (2 votes)" → text and count.
std::optional<model::PollOption> parse_option(std::string_view s) {
  if (s.empty() || s.back() != ')') {
    return std::nullopt;
  }
  const std::size_t open = s.rfind(" (");
  if (open == std::string_view::npos) {
    return std::nullopt;
  }
  std::string_view inner = s.substr(open + 2, s.size() - open - 3);
  int votes = 0;
  const auto [ptr, ec] = std::from_chars(inner.data(), inner.data() + inner.size(), votes);
  if (ec != std::errc() || ptr == inner.data() || ptr == inner.data() + inner.size() || *ptr != ' ') {
    return std::nullopt;
  }
  model::PollOption o;
  o.text = std::string(s.substr(0, open));
  o.votes = votes;
  return o;
}

std::optional<model::Poll> parse_poll(std::string_view body) {
  std::size_t nl = body.find('\n');
  const std::string_view first = body.substr(0, nl);
  const auto head = keyword_line(first);
  if (!head || nl == std::string_view::npos) {
    return std::nullopt;
  }
  model::Poll poll;
  std::string question(*head);
  std::string_view rest = body.substr(nl + 1);
  while (!rest.empty()) {
    nl = rest.find('\n');
    const std::string_view line = rest.substr(0, nl);
    rest = nl == std::string_view::npos ? std::string_view{} : rest.substr(nl + 1);
    const auto kw = keyword_line(line);
    const auto opt = kw ? parse_option(*kw) : std::nullopt;
    if (opt) {
      poll.options.push_back(*opt);
    } else if (!poll.options.empty()) {
      return std::nullopt;  // text after the options: not a poll
    } else {
      if (!question.empty()) {
        question += '\n';
      }
      question += std::string(trim_marks(line));
    }
  }
  if (poll.options.empty()) {
    return std::nullopt;
  }
  poll.question = std::move(question);
  return poll;
}

std::string_view rest_lines(std::string_view body) {
  const std::size_t nl = body.find('\n');
  return nl == std::string_view::npos ? std::string_view{} : body.substr(nl + 1);
}

}  // namespace

AttachmentKind kind_from_file_name(std::string_view name) {
  const std::size_t slash = name.find_last_of('/');
  const std::string_view base = slash == std::string_view::npos ? name : name.substr(slash + 1);
  auto has = [&](std::string_view p) { return istarts_with(base, p); };
  auto contains = [&](std::string_view p) {
    for (std::size_t i = 0; i + p.size() <= base.size(); ++i) {
      if (iequals(base.substr(i, p.size()), p)) {
        return true;
      }
    }
    return false;
  };
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

std::string mime_from_file_name(std::string_view name) {
  struct M {
    std::string_view ext, mime;
  };
  static constexpr M k_mimes[] = {
      {".jpg", "image/jpeg"},  {".jpeg", "image/jpeg"},       {".png", "image/png"},
      {".heic", "image/heic"}, {".webp", "image/webp"},       {".gif", "image/gif"},
      {".mp4", "video/mp4"},   {".mov", "video/quicktime"},   {".3gp", "video/3gpp"},
      {".opus", "audio/ogg"},  {".ogg", "audio/ogg"},         {".mp3", "audio/mpeg"},
      {".m4a", "audio/mp4"},   {".aac", "audio/aac"},         {".wav", "audio/wav"},
      {".pdf", "application/pdf"}, {".vcf", "text/vcard"},   {".txt", "text/plain"},
  };
  for (const M& m : k_mimes) {
    if (iends_with(name, m.ext)) {
      return std::string(m.mime);
    }
  }
  return {};
}

bool is_notice(std::string_view body, bool first_message) {
  const std::string_view key = trim_marks(body.substr(0, body.find('\n')));
  for (std::string_view p : strings::notice_prefixes()) {
    if (istarts_with(key, p)) {
      return true;
    }
  }
  // iOS group events attributed to the group or the actor: "Club: <LRM>Maria added you".
  if (body.starts_with(k_lrm) || body.starts_with(k_rlm)) {
    for (std::string_view m : strings::attributed_event_markers()) {
      if (key.find(m) != std::string_view::npos) {
        return true;
      }
    }
  }
  // The first line of an iOS export in any language: the chat-attributed encryption notice,
  // written after an LRM/RLM and naming WhatsApp.
  if (first_message && (body.starts_with(k_lrm) || body.starts_with(k_rlm)) &&
      key.find("WhatsApp") != std::string_view::npos) {
    return true;
  }
  return false;
}

bool is_group_event(std::string_view body) {
  for (std::string_view m : strings::group_event_markers()) {
    if (body.find(m) != std::string_view::npos) {
      return true;
    }
  }
  return false;
}

Classified classify_body(std::string_view raw, bool has_author, bool first_message) {
  Classified out;
  std::string_view body = skip_invisible_prefix(raw);
  // The edited marker ends the body (iOS puts an LRM before it).
  {
    std::string_view t = body;
    while (!t.empty() && (t.back() == ' ' || t.back() == '\r' || t.back() == '\n')) {
      t.remove_suffix(1);
    }
    if (t.ends_with(k_edited)) {
      t.remove_suffix(k_edited.size());
      for (;;) {
        if (t.ends_with(k_lrm) || t.ends_with(k_rlm)) {
          t.remove_suffix(3);
        } else if (t.ends_with(' ')) {
          t.remove_suffix(1);
        } else {
          break;
        }
      }
      out.edited = true;
      body = t;
    }
  }
  out.text = std::string(body);
  if (!has_author) {
    out.kind = MessageKind::system;
    return out;
  }
  if (is_notice(raw, first_message)) {
    out.kind = MessageKind::system;
    out.notice = true;
    return out;
  }
  const std::string_view first = body.substr(0, body.find('\n'));
  const std::string_view key = trim_marks(first);
  const std::string_view caption = rest_lines(body);

  for (std::string_view d : strings::deleted()) {
    if (iequals(strip_trailing_period(key), d)) {
      out.kind = MessageKind::deleted;
      out.deleted = true;
      return out;
    }
  }
  if (key == "null") {  // Android view-once media
    out.kind = MessageKind::media;
    out.view_once = true;
    out.has_attachment = true;
    out.attachment_omitted = true;
    out.text = std::string(caption);
    return out;
  }
  for (const strings::Omitted& o : strings::omitted()) {
    if (!iends_with(key, o.text)) {
      continue;
    }
    std::string_view before = key.substr(0, key.size() - o.text.size());
    const bool exact = before.empty();
    const std::string_view before_trimmed = trim_marks(before);
    const bool after_mark = !exact && (before.ends_with(k_lrm) || before.ends_with(k_rlm));
    if (!exact && !after_mark) {
      continue;
    }
    out.kind = MessageKind::media;
    out.has_attachment = true;
    out.attachment_omitted = true;
    out.attachment_kind = o.kind;
    if (!exact) {
      // iOS documents: "NAME • <LRM>n pages <LRM>document omitted".
      const std::size_t bullet = before_trimmed.find(" \xE2\x80\xA2");
      out.attachment_name = std::string(trim_marks(before_trimmed.substr(0, bullet)));
    }
    out.text = std::string(caption);
    return out;
  }
  // iOS "<attached: NAME>", possibly after a document title.
  for (std::string_view p : strings::attached_prefixes()) {
    const std::size_t at = key.find(p);
    if (at == std::string_view::npos || !key.ends_with(">")) {
      continue;
    }
    std::string_view name = key.substr(at + p.size());
    name.remove_suffix(1);
    name = trim_marks(name);
    if (name.empty()) {
      continue;
    }
    out.kind = MessageKind::media;
    out.has_attachment = true;
    out.attachment_name = std::string(name);
    out.attachment_kind = kind_from_file_name(name);
    out.text = std::string(caption);
    return out;
  }
  // iOS 2015: "NAME <‎attached>".
  {
    std::string squeezed;
    if (key.ends_with(">") && key.find("attached>") != std::string_view::npos) {
      const std::size_t lt = key.rfind(" <");
      if (lt != std::string_view::npos && lt > 0) {
        const std::string_view tail = trim_marks(key.substr(lt + 2));
        std::string_view t2 = tail;
        if (t2.starts_with(k_lrm)) {
          t2.remove_prefix(3);
        }
        if (t2 == "attached>") {
          out.kind = MessageKind::media;
          out.has_attachment = true;
          out.attachment_name = std::string(trim_marks(key.substr(0, lt)));
          out.attachment_kind = kind_from_file_name(out.attachment_name);
          out.text = std::string(caption);
          return out;
        }
      }
    }
  }
  // Android "NAME (file attached)", caption on the following lines.
  for (std::string_view s : strings::file_attached_suffixes()) {
    if (key.size() > s.size() && iends_with(key, s)) {
      out.kind = MessageKind::media;
      out.has_attachment = true;
      out.attachment_name = std::string(trim_marks(key.substr(0, key.size() - s.size())));
      out.attachment_kind = kind_from_file_name(out.attachment_name);
      out.text = std::string(caption);
      return out;
    }
  }
  for (std::string_view p : strings::location_prefixes()) {
    if (istarts_with(key, p)) {
      if (auto loc = parse_maps_url(trim_marks(key.substr(p.size())))) {
        out.kind = MessageKind::location;
        out.location = *loc;
        return out;
      }
    }
  }
  for (std::string_view p : strings::live_location()) {
    if (istarts_with(key, p)) {
      out.kind = MessageKind::location;
      model::Location loc;
      loc.live = true;
      out.location = loc;
      return out;
    }
  }
  for (int video = 0; video < 2; ++video) {
    for (std::string_view p : video ? strings::missed_video_calls() : strings::missed_voice_calls()) {
      if (istarts_with(key, p)) {
        out.kind = MessageKind::call;
        model::Call call;
        call.missed = true;
        call.video = video == 1;
        out.call = call;
        return out;
      }
    }
  }
  // iOS completed calls: "Voice call, 5 min" / "Video call. 12 min".
  for (std::string_view p : {std::string_view("Voice call"), std::string_view("Video call")}) {
    if (istarts_with(key, p) && key.size() > p.size() && (key[p.size()] == ',' || key[p.size()] == '.')) {
      model::Call call;
      call.video = p[1] == 'i';
      std::string_view tail = trim_marks(key.substr(p.size() + 1));
      int minutes = 0;
      const auto [ptr, ec] = std::from_chars(tail.data(), tail.data() + tail.size(), minutes);
      if (ec == std::errc() && std::string_view(ptr, tail.data() + tail.size()) == " min") {
        call.duration_s = std::int64_t{minutes} * 60;
      }
      out.kind = MessageKind::call;
      out.call = call;
      return out;
    }
  }
  if (auto poll = parse_poll(body)) {
    out.kind = MessageKind::poll;
    out.text = poll->question;
    out.poll = std::move(*poll);
    return out;
  }
  return out;
}

}  // namespace chatvault::importers::whatsapp
