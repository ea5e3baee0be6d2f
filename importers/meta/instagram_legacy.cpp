#include "importers/meta/instagram_legacy.hpp"

#include <algorithm>
#include <charconv>
#include <set>

#include "importers/media_types.hpp"
#include "importers/meta/json_fields.hpp"
#include "importers/meta/json_file.hpp"
#include "util/error.hpp"
#include "util/time.hpp"

namespace chatvault::importers::meta {
namespace {

using Json = nlohmann::ordered_json;

bool is_address(std::string_view s) { return s.starts_with("https://") || s.starts_with("http://"); }

// The file name in a CDN address, without its query.
std::string file_of(std::string_view url) {
  url = url.substr(0, url.find_first_of("?#"));
  const std::size_t slash = url.find_last_of('/');
  return std::string(slash == std::string_view::npos ? url : url.substr(slash + 1));
}

void add_remote(model::Message& m, Json& extra, const char* key, const std::string& value, model::AttachmentKind kind) {
  model::Attachment a;
  a.kind = kind;
  a.missing = true;  // only the address is in the download, and such addresses expire
  if (is_address(value)) {
    a.file_name = file_of(value);
    a.mime = mime_from_file_name(a.file_name);
    if (kind == model::AttachmentKind::photo) {
      const auto by_name = attachment_kind_from_file_name(a.file_name);
      if (by_name == model::AttachmentKind::video || by_name == model::AttachmentKind::audio) a.kind = by_name;
    }
  }
  extra[key] = value;
  m.attachments.push_back(std::move(a));
}

const std::set<std::string>& mapped_keys() {
  static const std::set<std::string> keys = {"sender", "created_at", "text", "media", "media_url", "media_share_url",
                                             "media_share_caption", "story_share", "heart", "likes",
                                             "profile_share_username", "profile_share_name", "action", "link",
                                             "voice_media", "video_call_action", "animated_media_images"};
  return keys;
}

model::Message convert(const Json& item) {
  model::Message m;
  Json extra = Json::object();
  m.sender = string_field(item, "sender");
  // No sender: the other person blocked you or deleted the account.
  if (m.sender.empty()) m.sender = "Instagram User";
  m.text = string_field(item, "text");
  for (const char* key : {"media", "media_url"}) {
    if (const std::string v = string_field(item, key); !v.empty()) add_remote(m, extra, key, v, model::AttachmentKind::photo);
  }
  if (const std::string v = string_field(item, "voice_media"); !v.empty()) {
    add_remote(m, extra, "voice_media", v, model::AttachmentKind::voice);
  }
  if (const auto it = item.find("animated_media_images"); it != item.end()) {
    model::Attachment a;
    a.kind = model::AttachmentKind::gif;
    a.missing = true;
    m.attachments.push_back(std::move(a));
    extra["animated_media_images"] = *it;
  }
  if (const std::string url = string_field(item, "media_share_url"); !url.empty()) {
    const std::string caption = string_field(item, "media_share_caption");
    m.links.push_back({url, caption == "Caption unavailable." ? std::string() : caption});
    if (const std::string owner = string_field(item, "media_owner"); !owner.empty()) extra["media_owner"] = owner;
  }
  if (const std::string user = string_field(item, "profile_share_username"); !user.empty()) {
    m.links.push_back({"https://www.instagram.com/" + user + "/", string_field(item, "profile_share_name")});
  }
  if (const std::string link = string_field(item, "link"); !link.empty()) m.links.push_back({link, std::string()});
  if (const std::string story = string_field(item, "story_share"); !story.empty()) {
    extra["story_share"] = story;
    if (m.text.empty()) m.text = story;
  }
  if (const std::string heart = string_field(item, "heart"); !heart.empty() && m.text.empty()) m.text = heart;
  if (const auto likes = item.find("likes"); likes != item.end() && likes->is_array()) {
    for (const Json& like : *likes) m.reactions.push_back({string_field(like, "username"), "\u2764\uFE0F"});
  }
  if (const std::string call = string_field(item, "video_call_action"); !call.empty()) {
    m.kind = model::MessageKind::call;
    m.text = call;
    m.call = model::Call{std::nullopt, false, true};
  } else if (const std::string action = string_field(item, "action"); !action.empty()) {
    m.kind = model::MessageKind::system;
    m.text = action;
    extra["actor"] = m.sender;
    m.sender.clear();
  } else if (!m.attachments.empty()) {
    m.kind = model::MessageKind::media;
  }
  for (const auto& [k, v] : item.items()) {
    if (!mapped_keys().contains(k) && !extra.contains(k)) extra[k] = v;
  }
  m.extra_json = extra.dump(-1, ' ', false, Json::error_handler_t::replace);
  return m;
}

}  // namespace

bool looks_like_instagram_legacy(std::string_view head) {
  const std::size_t first = head.find_first_not_of(" \t\r\n");
  return first != std::string_view::npos && head[first] == '[' &&
         head.find("\"conversation\"") != std::string_view::npos && head.find("\"participants\"") != std::string_view::npos;
}

std::optional<std::int64_t> parse_created_at(std::string_view s) {
  if (s.size() < 19) return std::nullopt;
  const auto base = timeutil::parse_iso_utc(std::string(s.substr(0, 19)) + "Z");
  if (!base) return std::nullopt;
  std::size_t i = 19;
  std::int64_t ms = 0;
  if (i < s.size() && s[i] == '.') {
    int digits = 0;
    for (++i; i < s.size() && s[i] >= '0' && s[i] <= '9'; ++i, ++digits) {
      if (digits < 3) ms = ms * 10 + (s[i] - '0');
    }
    for (; digits < 3; ++digits) ms *= 10;
  }
  std::int64_t offset_min = 0;
  if (i < s.size() && (s[i] == '+' || s[i] == '-')) {
    int hh = 0;
    int mm = 0;
    if (s.size() < i + 6 || s[i + 3] != ':' || std::from_chars(s.data() + i + 1, s.data() + i + 3, hh).ec != std::errc() ||
        std::from_chars(s.data() + i + 4, s.data() + i + 6, mm).ec != std::errc()) {
      return std::nullopt;
    }
    offset_min = (s[i] == '-' ? -1 : 1) * (hh * 60 + mm);
    i += 6;
  } else if (i < s.size() && s[i] == 'Z') {
    ++i;
  }
  if (i != s.size()) return std::nullopt;
  return *base + ms - offset_min * 60000;
}

std::vector<LegacyConversation> read_instagram_legacy(const Json& doc, const std::string& file) {
  std::vector<LegacyConversation> out;
  if (!doc.is_array()) return out;
  for (std::size_t c = 0; c < doc.size(); ++c) {
    const Json& conv = doc[c];
    LegacyConversation lc;
    if (!conv.is_object()) {
      lc.skipped.emplace_back("$[" + std::to_string(c) + "]", "conversation is not a JSON object");
      out.push_back(std::move(lc));
      continue;
    }
    if (const auto p = conv.find("participants"); p != conv.end() && p->is_array()) {
      for (const Json& name : *p) {
        if (name.is_string()) lc.participants.push_back(name.get<std::string>());
      }
    }
    const auto items = conv.find("conversation");
    if (items != conv.end() && items->is_array()) {
      // Newest first in the file: read backwards so equal times keep its order.
      for (std::size_t i = items->size(); i-- > 0;) {
        const Json& item = (*items)[i];
        const std::string where = "$[" + std::to_string(c) + "].conversation[" + std::to_string(i) + "]";
        const auto at = item.is_object() ? parse_created_at(string_field(item, "created_at")) : std::nullopt;
        if (!at) {
          lc.skipped.emplace_back(where, "item without a readable created_at");
          continue;
        }
        model::Message m = convert(item);
        m.time_ms = *at;
        m.native_time = timeutil::format_utc_minute(*at);
        m.origin = model::Origin{file, 0, where};
        lc.messages.push_back(std::move(m));
      }
    }
    std::stable_sort(lc.messages.begin(), lc.messages.end(),
                     [](const model::Message& a, const model::Message& b) { return a.time_ms < b.time_ms; });
    out.push_back(std::move(lc));
  }
  return out;
}

bool emit_instagram_legacy(const EmitContext& run, const std::string& file) {
  const auto doc = read_json(run.tree, file, k_max_thread_file);
  if (!doc || !doc->is_array()) {
    run.sink.skipped({file, 0, "$"}, "not valid JSON (truncated or damaged); its messages are not imported");
    return false;
  }
  std::vector<LegacyConversation> conversations = read_instagram_legacy(*doc, file);
  // Usernames here, not display names: the owner is the one in every conversation, or --self.
  std::string owner = run.options.self_name;
  // The download's profile.json beside it names the account.
  const std::string dir = file.substr(0, file.size() - std::string_view("messages.json").size());
  if (const auto profile = run.tree.find(dir + "profile.json"); owner.empty() && profile && profile->size < k_max_profile_file) {
    try {
      if (const auto p = read_json(run.tree, profile->path, k_max_profile_file); p && p->is_object()) {
        owner = string_field(*p, "username");
      }
    } catch (const Error&) {
    }
  }
  if (owner.empty() && conversations.size() >= 2) {
    std::set<std::string> common(conversations[0].participants.begin(), conversations[0].participants.end());
    for (const auto& c : conversations) {
      std::set<std::string> names(c.participants.begin(), c.participants.end());
      std::set<std::string> both;
      std::set_intersection(common.begin(), common.end(), names.begin(), names.end(), std::inserter(both, both.begin()));
      common = std::move(both);
    }
    if (common.size() == 1) owner = *common.begin();
  }
  for (auto& c : conversations) {
    for (const auto& [where, reason] : c.skipped) run.sink.skipped({file, 0, where}, reason);
    std::vector<std::string> sorted = c.participants;
    std::sort(sorted.begin(), sorted.end());
    model::Chat chat;
    chat.platform = model::Platform::instagram;
    chat.key = "instagram:legacy:";
    for (std::size_t i = 0; i < sorted.size(); ++i) chat.key += (i ? "," : "") + sorted[i];
    chat.is_group = c.participants.size() > 2;
    for (const std::string& n : c.participants) {
      chat.participants.push_back({n, {}, !owner.empty() && n == owner});
      if (n != owner) chat.title += (chat.title.empty() ? "" : ", ") + n;
    }
    run.sink.begin_chat(chat);
    for (model::Message& m : c.messages) run.sink.message(std::move(m));
    run.sink.end_chat();
  }
  return true;
}

}  // namespace chatvault::importers::meta
