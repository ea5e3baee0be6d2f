#include "importers/meta/e2ee_thread.hpp"

#include <algorithm>
#include <set>

#include "importers/media_types.hpp"
#include "importers/meta/json_file.hpp"
#include "util/error.hpp"
#include "importers/meta/json_fields.hpp"
#include "util/time.hpp"

namespace chatvault::importers::meta {
namespace {

using Json = nlohmann::ordered_json;

// "Jane Doe_3" → "Jane Doe": the suffix only where it is digits.
std::string title_of(const std::string& thread_name) {
  const std::size_t underscore = thread_name.find_last_of('_');
  if (underscore == std::string::npos || underscore == 0 || underscore + 1 == thread_name.size()) return thread_name;
  const bool digits = std::all_of(thread_name.begin() + static_cast<std::ptrdiff_t>(underscore) + 1, thread_name.end(),
                                  [](char c) { return c >= '0' && c <= '9'; });
  return digits ? thread_name.substr(0, underscore) : thread_name;
}

const std::set<std::string>& mapped_keys() {
  static const std::set<std::string> keys = {"senderName", "timestamp", "text", "type", "media", "reactions", "isUnsent"};
  return keys;
}

}  // namespace

bool looks_like_e2ee_thread(std::string_view head) {
  return head.find("\"threadName\"") != std::string_view::npos &&
         (head.find("\"senderName\"") != std::string_view::npos || head.find("\"messages\"") != std::string_view::npos);
}

E2eeThread read_e2ee_thread(const Json& doc, const std::string& file, const MediaResolver& resolve) {
  E2eeThread out;
  out.title = title_of(string_field(doc, "threadName"));
  if (const auto p = doc.find("participants"); p != doc.end() && p->is_array()) {
    for (const Json& name : *p) {
      if (name.is_string()) out.participants.push_back(name.get<std::string>());
    }
  }
  const auto messages = doc.find("messages");
  if (messages == doc.end() || !messages->is_array()) return out;
  for (std::size_t i = 0; i < messages->size(); ++i) {
    const Json& msg = (*messages)[i];
    const std::string where = "$.messages[" + std::to_string(i) + "]";
    const auto ts = msg.is_object() ? msg.find("timestamp") : msg.end();
    if (!msg.is_object() || ts == msg.end() || !ts->is_number_integer() || string_field(msg, "senderName").empty()) {
      out.skipped.emplace_back(where, "message without senderName or timestamp");
      continue;
    }
    model::Message m;
    m.origin = model::Origin{file, 0, where};
    m.time_ms = ts->get<std::int64_t>();
    m.native_time = timeutil::format_utc_minute(m.time_ms);  // as the DYI JSON (dyi_message.cpp)
    m.sender = string_field(msg, "senderName");
    m.text = string_field(msg, "text");
    const std::string type = string_field(msg, "type");
    if (type == "link" && !m.text.empty()) m.links.push_back({m.text, std::string()});
    if (const auto media = msg.find("media"); media != msg.end() && media->is_array()) {
      for (const Json& item : *media) {
        model::Attachment a;
        const std::string uri = string_field(item, "uri");
        if (uri.starts_with("./") || uri.find('/') != std::string::npos) {
          a.file_name = std::string(base_name(uri));
          a.kind = attachment_kind_from_file_name(a.file_name);
          // Voice notes are .ogg in these downloads.
          if (a.kind == model::AttachmentKind::audio) a.kind = model::AttachmentKind::voice;
          a.mime = mime_from_file_name(a.file_name);
          resolve(uri, a);
        } else {
          a.kind = model::AttachmentKind::other;
          a.missing = true;  // "Failed to download media"
        }
        m.attachments.push_back(std::move(a));
      }
    }
    if (const auto r = msg.find("reactions"); r != msg.end() && r->is_array()) {
      for (const Json& reaction : *r) {
        model::Reaction one{string_field(reaction, "actor"), string_field(reaction, "reaction")};
        if (!one.emoji.empty()) m.reactions.push_back(std::move(one));
      }
    }
    if (bool_field(msg, "isUnsent")) {
      m.kind = model::MessageKind::deleted;
      m.deleted = true;
    } else if (!m.attachments.empty()) {
      m.kind = model::MessageKind::media;
    }
    Json extra = Json::object();
    if (!type.empty() && type != "text" && type != "media" && type != "link") extra["type"] = type;
    for (const auto& [k, v] : msg.items()) {
      if (!mapped_keys().contains(k)) extra[k] = v;
    }
    m.extra_json = extra.dump(-1, ' ', false, Json::error_handler_t::replace);
    out.messages.push_back(std::move(m));
  }
  std::stable_sort(out.messages.begin(), out.messages.end(),
                   [](const model::Message& a, const model::Message& b) { return a.time_ms < b.time_ms; });
  return out;
}

bool emit_e2ee_file(const EmitContext& run, const std::string& file, const ChatKeyFor& key_for) {
  const auto doc = read_json(run.tree, file, k_max_thread_file);
  if (!doc || !doc->is_object()) {
    run.sink.skipped({file, 0, "$"}, "not valid JSON (truncated or damaged); its messages are not imported");
    return false;
  }
  const std::string dir = file.find('/') == std::string::npos ? std::string() : file.substr(0, file.rfind('/') + 1);
  const std::string parent =
      dir.size() < 2 || dir.rfind('/', dir.size() - 2) == std::string::npos ? std::string()
                                                                            : dir.substr(0, dir.rfind('/', dir.size() - 2) + 1);
  // "./media/<uuid>.jpeg": beside the JSON file, or beside its folder.
  E2eeThread thread = read_e2ee_thread(*doc, file, [&](const std::string& uri, model::Attachment& a) {
    a.missing = true;
    std::string rel;
    try {
      rel = normalise_entry_path(uri, file);
    } catch (const Error&) {
      return;
    }
    for (const std::string& c : {dir + rel, parent + rel}) {
      if (const auto hit = run.tree.find(c)) {
        a.missing = false;
        a.size = hit->size;
        if (run.options.include_media) a.open = run.tree.opener(hit->path);
        return;
      }
    }
  });
  for (const auto& [where, reason] : thread.skipped) {
    run.sink.skipped({file, 0, where}, reason);
  }
  model::Chat chat;
  chat.platform = model::Platform::messenger;
  // The file's stem ("Jane Doe_3"): the download names each chat's file the same way every time.
  std::string stem(base_name(file));
  stem.resize(stem.size() - 5);  // ".json"
  chat.key = "messenger:e2ee:" + stem;
  if (key_for) {
    std::string key = key_for(thread, chat.key);
    chat.continues_stored = key != chat.key;
    chat.key = std::move(key);
  }
  chat.title = thread.title;
  chat.is_group = thread.participants.size() > 2;
  for (const std::string& n : thread.participants) {
    chat.participants.push_back({n, {}, !run.owner.empty() && n == run.owner});
  }
  run.sink.begin_chat(chat);
  for (model::Message& m : thread.messages) run.sink.message(std::move(m));
  run.sink.end_chat();
  return true;
}

}  // namespace chatvault::importers::meta
