// Classification by the keys present: 2024+ exports have no "type" (FORMAT.md §1.4).
#include "importers/meta/dyi_message.hpp"

#include <algorithm>
#include <charconv>
#include <string_view>

#include "importers/media_types.hpp"
#include "importers/meta/json_fields.hpp"
#include "importers/meta/json_file.hpp"
#include "util/time.hpp"

namespace chatvault::importers::meta {
namespace {

using Json = nlohmann::ordered_json;

// Bing's map link of a shared location: "...where1=48.858370%2C%202.294481".
std::optional<model::Location> location_of(std::string_view link, std::string label) {
  const std::size_t at = link.find("where1=");
  if (at == std::string_view::npos) return std::nullopt;
  std::string coords;
  std::string_view rest = link.substr(at + 7);
  for (std::size_t i = 0; i < rest.size() && rest[i] != '&'; ++i) {
    if (rest[i] == '%' && i + 2 < rest.size()) {
      const std::string_view hex = rest.substr(i + 1, 2);
      coords += hex == "2C" || hex == "2c" ? ',' : ' ';
      i += 2;
    } else {
      coords += rest[i] == '+' ? ' ' : rest[i];
    }
  }
  const std::size_t comma = coords.find(',');
  if (comma == std::string::npos) return std::nullopt;
  auto number = [](std::string s, double& out) {
    const std::size_t b = s.find_first_not_of(' ');
    if (b == std::string::npos) return false;
    s = s.substr(b);
    const auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
    return ec == std::errc() && (p == s.data() + s.size() || *p == ' ');
  };
  model::Location loc;
  if (!number(coords.substr(0, comma), loc.lat) || !number(coords.substr(comma + 1), loc.lon) || loc.lat < -90 ||
      loc.lat > 90 || loc.lon < -180 || loc.lon > 180) {
    return std::nullopt;
  }
  loc.label = std::move(label);
  return loc;
}

void add_media(std::vector<std::string>&& uris, model::AttachmentKind kind, const MediaResolver& resolve,
               model::Message& m) {
  for (std::string& uri : uris) {
    model::Attachment a;
    a.kind = kind;
    a.file_name = std::string(base_name(uri));
    a.mime = mime_from_file_name(a.file_name);
    resolve(uri, a);
    m.attachments.push_back(std::move(a));
  }
}

}  // namespace

bool is_english_event(std::string_view text, std::string_view type) {
  if (type == "Subscribe" || type == "Unsubscribe") return true;
  // Cheap tests first: most messages are no event, and each find below reads the whole text.
  if (text.ends_with('.')) {
    for (std::string_view tail : {" created the group.", " to the group.", " left the group.", " from the group.",
                                  " changed the group photo.", " joined the video call.", " joined the call.",
                                  " started a video chat.", " started a call."}) {
      if (text.ends_with(tail)) return true;
    }
  }
  for (std::string_view head : {"The video call ended.", "The call ended.", "You are now connected on Messenger"}) {
    if (text.starts_with(head)) return true;
  }
  // " named the group ", " set the nickname for ", " changed the theme to ", " set the emoji to ":
  // one pass over the text's " the ", found by its "he " (a find stops at every first letter, and
  // 'h' is much rarer than ' ').
  for (std::size_t he = text.find("he "); he != std::string_view::npos; he = text.find("he ", he + 1)) {
    if (he < 2 || text[he - 1] != 't' || text[he - 2] != ' ') continue;
    const std::size_t at = he - 2;
    const std::string_view before = text.substr(0, at);
    const std::string_view after = text.substr(at + 5);
    if ((before.ends_with(" named") && after.starts_with("group ")) ||
        (before.ends_with(" set") && (after.starts_with("nickname for ") || after.starts_with("emoji to "))) ||
        (before.ends_with(" changed") && after.starts_with("theme to "))) {
      return true;
    }
  }
  return false;
}

bool MessageFields::is_mapped(std::string_view key) {
  static constexpr std::array<std::string_view, 16> keys = {
      "sender_name", "timestamp_ms", "timestamp", "content",  "photos",        "videos", "audio_files", "files",
      "gifs",        "sticker",      "share",     "reactions", "call_duration", "missed", "is_unsent",   "type"};
  return std::find(keys.begin(), keys.end(), key) != keys.end();
}

std::optional<MessageFields> fields_of(const Json& msg) {
  if (!msg.is_object()) return std::nullopt;
  MessageFields f;
  f.timestamp_ms = int_field(msg, "timestamp_ms");
  f.timestamp = int_field(msg, "timestamp");
  if (const auto it = msg.find("sender_name"); it != msg.end() && it->is_string()) f.sender = it->get<std::string>();
  f.content = string_field(msg, "content");
  f.type = string_field(msg, "type");
  for (std::size_t k = 0; k < MessageFields::media_count; ++k) {
    const auto it = msg.find(std::string(MessageFields::media_keys[k]));
    if (it == msg.end()) continue;
    // sticker is one object; the others are arrays.
    const Json items = it->is_array() ? *it : Json::array({*it});
    for (const Json& item : items) {
      if (item.is_object()) f.media_uris[k].push_back(string_field(item, "uri"));
    }
  }
  if (const auto it = msg.find("reactions"); it != msg.end() && it->is_array()) {
    for (const Json& r : *it) f.reactions.push_back({string_field(r, "actor"), string_field(r, "reaction")});
  }
  if (const auto it = msg.find("share"); it != msg.end() && it->is_object()) f.share = *it;
  f.has_call_duration = msg.contains("call_duration");
  f.call_duration = int_field(msg, "call_duration");
  f.missed = bool_field(msg, "missed");
  f.is_unsent = bool_field(msg, "is_unsent");
  for (const auto& [k, v] : msg.items()) {
    if (!MessageFields::is_mapped(k)) f.other.emplace_back(k, v);
  }
  return f;
}

namespace {

// Only scalars other than floats are remembered: nlohmann's == holds 1 and 1.0 equal, and [1] and
// [1.0], which are written differently.
bool memorable(const std::vector<std::pair<std::string_view, Json>>& other) {
  return std::all_of(other.begin(), other.end(), [](const auto& kv) {
    return kv.second.is_primitive() && !kv.second.is_number_float() && !kv.second.is_binary();
  });
}

bool same_keys(const std::vector<std::pair<std::string, Json>>& memo,
               const std::vector<std::pair<std::string_view, Json>>& other) {
  if (memo.size() != other.size()) return false;
  for (std::size_t i = 0; i < memo.size(); ++i) {
    if (memo[i].first != other[i].first || memo[i].second.type() != other[i].second.type() ||
        memo[i].second != other[i].second) {
      return false;
    }
  }
  return true;
}

}  // namespace

bool build_message(MessageFields&& f, const MediaResolver& resolve, model::Message& m, ExtraMemo* memo) {
  if (f.timestamp_ms) {
    m.time_ms = *f.timestamp_ms;
  } else if (f.timestamp) {
    m.time_ms = *f.timestamp * 1000;
  } else {
    return false;
  }
  if (!f.sender) return false;
  // The UTC minute, the finest time Meta's HTML download shows: the JSON and the HTML download
  // of one chat give the same fingerprints (messages of one minute are told apart by ordinal).
  m.native_time = timeutil::format_utc_minute(m.time_ms);
  m.sender = std::move(*f.sender);
  m.text = std::move(f.content);
  const std::string& type = f.type;
  Json extra;  // null until a key is set (operator[] and emplace make it an object): most allocate none
  if (!type.empty() && type != "Generic") extra["type"] = type;

  static constexpr std::array<model::AttachmentKind, MessageFields::media_count> kinds = {
      model::AttachmentKind::photo,    model::AttachmentKind::video, model::AttachmentKind::voice,
      model::AttachmentKind::document, model::AttachmentKind::gif,   model::AttachmentKind::sticker};
  for (std::size_t k = 0; k < MessageFields::media_count; ++k) add_media(std::move(f.media_uris[k]), kinds[k], resolve, m);

  // Meta repeats identical reactions; one per (actor, emoji).
  for (model::Reaction& reaction : f.reactions) {
    bool seen = false;
    for (const auto& known : m.reactions) {
      seen = seen || (known.actor == reaction.actor && known.emoji == reaction.emoji);
    }
    if (!seen && !reaction.emoji.empty()) m.reactions.push_back(std::move(reaction));
  }

  std::optional<model::Location> location;
  if (f.share) {
    const std::string link = string_field(*f.share, "link");
    const std::string share_text = string_field(*f.share, "share_text");
    location = link.empty() ? std::nullopt : location_of(link, share_text);
    if (!link.empty() && !location) m.links.push_back({link, share_text});
    // What the link has no slot for: the owner of a shared post, a profile share's names.
    Json rest = Json::object();
    for (const auto& [k, v] : f.share->items()) {
      if (k != "link" && (k != "share_text" || link.empty())) rest[k] = v;
    }
    if (!rest.empty()) extra["share"] = std::move(rest);
  }

  const bool call = f.has_call_duration || type == "Call";
  if (f.is_unsent) {
    m.kind = model::MessageKind::deleted;
    m.deleted = true;
  } else if (call) {
    m.kind = model::MessageKind::call;
    model::Call c;
    c.duration_s = f.call_duration;
    c.missed = f.missed;
    c.video = m.text.find("video") != std::string::npos;
    m.call = c;
  } else if (location) {
    m.kind = model::MessageKind::location;
    m.location = std::move(location);
  } else if (!m.attachments.empty()) {
    const bool sticker = m.attachments.size() == 1 && m.attachments[0].kind == model::AttachmentKind::sticker;
    m.kind = sticker ? model::MessageKind::sticker : model::MessageKind::media;
  } else if (is_english_event(m.text, type)) {
    m.kind = model::MessageKind::system;
    // The actor is who the sentence is about; the model keeps system messages without a sender.
    extra["actor"] = m.sender;
    m.sender.clear();
    for (const auto& [k, v] : f.other) {
      if (k == "users") extra["users"] = v;
    }
  }
  // A "Reacted 😂 to your message " / "Liked a message" line repeats reactions[]: kept, marked.
  if (m.kind == model::MessageKind::text &&
      ((m.text.starts_with("Reacted ") && m.text.ends_with(" to your message ")) || m.text == "Liked a message")) {
    extra["pseudo_reaction"] = true;
  }
  const bool only_other = memo != nullptr && extra.empty() && !f.other.empty() && memorable(f.other);
  if (only_other && same_keys(memo->other, f.other)) {
    m.extra_json = memo->text;
    return true;
  }
  if (only_other) {
    memo->other.clear();
    for (const auto& [k, v] : f.other) memo->other.emplace_back(std::string(k), v);
  }
  // emplace keeps a key already set above.
  for (auto& [k, v] : f.other) extra.emplace(std::string(k), std::move(v));
  // Most messages carry nothing else: skip building the text of an empty object.
  if (!extra.empty()) m.extra_json = extra.dump(-1, ' ', false, Json::error_handler_t::replace);
  if (only_other) memo->text = m.extra_json;
  return true;
}

std::optional<model::Message> convert_message(const Json& msg, const MediaResolver& resolve) {
  auto fields = fields_of(msg);
  if (!fields) return std::nullopt;
  model::Message m;
  if (!build_message(std::move(*fields), resolve, m)) return std::nullopt;
  return m;
}

}  // namespace chatvault::importers::meta
