// The "telegram-json" format, as Telegram Desktop writes it (DESKTOP_EXPORT.md §1-5), so tools
// that read Telegram exports read ours. One chat: result.json is the chat object. Several: the
// account layout, {"about", "chats": {"about", "list": [...]}}, media under chats/chat_NN/.
// result.json is written as it goes, one message object at a time, never as one document.
#include "exporters/telegram_json_exporter.hpp"

#include <algorithm>
#include <cstdio>
#include <map>
#include <mutex>
#include <nlohmann/json.hpp>
#include <optional>

#include "exporters/copy_blob.hpp"
#include "exporters/output_dir.hpp"
#include "util/error.hpp"
#include "util/time.hpp"

namespace chatvault::exporters {
namespace {

using Json = nlohmann::ordered_json;

constexpr std::string_view k_not_included = "(File not included. Change data exporting settings to download.)";

std::string dump(const Json& j) { return j.dump(-1, ' ', false, Json::error_handler_t::replace); }

std::uint32_t fnv1a(std::string_view s) {
  std::uint32_t h = 2166136261u;
  for (const unsigned char c : s) {
    h = (h ^ c) * 16777619u;
  }
  return h & 0x7fffffffu;
}

// A Telegram chat id where the chat came from Telegram, a stable positive number otherwise.
std::int64_t chat_id(const model::Chat& chat) {
  constexpr std::string_view prefix = "telegram:";
  if (chat.key.starts_with(prefix)) {
    try {
      return std::stoll(chat.key.substr(prefix.size()));
    } catch (const std::exception&) {
    }
  }
  return fnv1a(std::string(model::to_string(chat.platform)) + ":" + chat.key);
}

Json parse_object(const std::string& text) {
  Json j = Json::parse(text, nullptr, false);
  return j.is_object() ? j : Json::object();
}

struct MediaPlace {
  const char* folder;
  const char* media_type;  // empty: none (photos, plain files)
};

MediaPlace place_of(model::AttachmentKind kind) {
  switch (kind) {
    case model::AttachmentKind::photo: return {"photos", ""};
    case model::AttachmentKind::video: return {"video_files", "video_file"};
    case model::AttachmentKind::voice: return {"voice_messages", "voice_message"};
    case model::AttachmentKind::audio: return {"files", "audio_file"};
    case model::AttachmentKind::sticker: return {"stickers", "sticker"};
    case model::AttachmentKind::gif: return {"animations", "animation"};
    default: return {"files", ""};
  }
}

class TelegramJsonChatWriter : public ChatWriter {
 public:
  TelegramJsonChatWriter(const ChatTarget& target, OutputDir& out, OutputFile& file, std::string file_name,
                         std::string media_root)
      : m_target(target), m_out(out), m_file(file), m_file_name(std::move(file_name)),
        m_media_root(std::move(media_root)) {
    const model::Chat& chat = target.chat.chat;
    const std::string zone = !target.options.zone.empty() ? target.options.zone : chat.zone;
    if (!zone.empty()) {
      m_clock.emplace(zone);
    }
    Json head = Json::object();
    head["name"] = chat.title.empty() ? chat.key : chat.title;
    head["type"] = chat.is_group ? "private_group" : "personal_chat";
    head["id"] = chat_id(chat);
    std::string text = dump(head);
    text.pop_back();  // the closing brace: "messages" follows as a stream
    m_file.write(text + ",\"messages\":[");
  }

  void write_message(const model::Message& msg, const std::vector<std::string>&) override {
    const Json extra = parse_object(msg.extra_json);
    // The first attachment goes with the message, each further one as a message of its own.
    const std::size_t parts = std::max<std::size_t>(1, msg.attachments.size());
    for (std::size_t i = 0; i < parts; ++i) {
      Json j = Json::object();
      const std::optional<std::int64_t> own = i == 0 ? native_number(msg, extra) : std::nullopt;
      j["id"] = own ? *own : ++m_next_id;
      if (own) {
        m_next_id = std::max(m_next_id, *own);
      }
      const bool service = msg.is_system() || msg.call.has_value();
      j["type"] = service ? "service" : "message";
      j["date"] = local_iso(msg.time_ms);
      j["date_unixtime"] = std::to_string(floor_seconds(msg.time_ms));
      if (msg.edited) {
        const auto e = extra.find("edited_unixtime");
        const std::string secs = e != extra.end() && e->is_string() ? e->get<std::string>()
                                                                     : std::to_string(floor_seconds(msg.time_ms));
        j["edited"] = local_iso(std::stoll(secs) * 1000);
        j["edited_unixtime"] = secs;
      }
      const std::string who = msg.sender.empty() ? m_target.chat.chat.title : msg.sender;
      const Json who_id = !msg.sender_id.empty() ? Json(msg.sender_id) : legacy_sender_id(extra, who);
      if (service) {
        const auto actor = extra.find("actor");
        j["actor"] = actor != extra.end() ? *actor : Json(who);
        j["actor_id"] = who_id;
        if (msg.call) {
          j["action"] = "phone_call";
          if (msg.call->duration_s) {
            j["duration_seconds"] = *msg.call->duration_s;
          }
          if (msg.call->missed) {
            j["discard_reason"] = "missed";
          }
        } else {
          const auto action = extra.find("action");
          j["action"] = action != extra.end() && action->is_string() ? action->get<std::string>() : "custom_action";
        }
      } else {
        j["from"] = who;
        j["from_id"] = who_id;
      }
      if (i == 0) {
        if (msg.forwarded_from) {
          j["forwarded_from"] = *msg.forwarded_from;
        }
        if (msg.reply_to && !msg.reply_to->empty() &&
            std::all_of(msg.reply_to->begin(), msg.reply_to->end(), [](char c) { return c >= '0' && c <= '9'; })) {
          j["reply_to_message_id"] = std::stoll(*msg.reply_to);
        }
      }
      if (i < msg.attachments.size()) {
        write_attachment(j, msg.attachments[i], msg.time_ms);
      }
      if (i == 0) {
        write_body(j, msg, extra);
        restore_extra(j, extra);
      } else {
        j["text"] = "";
        j["text_entities"] = Json::array();
      }
      m_file.write((m_count++ == 0 ? "\n" : ",\n") + dump(j));
    }
  }

  void end_chat() override { m_file.write("\n]}"); }
  const std::string& file() const override { return m_file_name; }

 private:
  // The message's Telegram id where it has one: its native id, or (archives migrated from
  // format 1, which kept Telegram's ids in extra) extra's "id".
  static std::optional<std::int64_t> native_number(const model::Message& msg, const Json& extra) {
    if (!msg.native_id.empty() && msg.native_id.size() < 19 &&
        std::all_of(msg.native_id.begin(), msg.native_id.end(), [](char c) { return c >= '0' && c <= '9'; })) {
      return std::stoll(msg.native_id);
    }
    const auto id = extra.find("id");
    if (msg.native_id.empty() && id != extra.end() && id->is_number_integer()) {
      return id->get<std::int64_t>();
    }
    return std::nullopt;
  }

  // A sender with no platform id: format 1's extra ids, else a stable id made from the name.
  static Json legacy_sender_id(const Json& extra, const std::string& who) {
    for (const char* key : {"from_id", "actor_id"}) {
      if (const auto it = extra.find(key); it != extra.end() && it->is_string()) {
        return *it;
      }
    }
    return Json("user" + std::to_string(fnv1a(who)));
  }

  static std::int64_t floor_seconds(std::int64_t ms) { return ms >= 0 ? ms / 1000 : -((-ms + 999) / 1000); }

  std::string local_iso(std::int64_t utc_ms) const {
    if (!m_clock) {
      std::string s = timeutil::format_iso_utc(floor_seconds(utc_ms) * 1000);
      s.pop_back();  // Telegram writes no zone: the exporter's wall clock
      return s;
    }
    const auto t = m_clock->to_local(utc_ms);
    char buf[32];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02d", t.year, t.month, t.day, t.hour, t.minute,
                  t.second);
    return buf;
  }

  void write_body(Json& j, const model::Message& msg, const Json& extra) {
    std::string text = msg.text;
    if (msg.deleted && text.empty()) {
      text = "This message was deleted";
    }
    const auto entities = extra.find("entities");
    if (entities != extra.end() && entities->is_array() && !entities->empty()) {
      // Runs the importer kept: rebuild Telegram's mixed array, plain text between them.
      Json parts = Json::array();
      Json runs = Json::array();
      std::size_t at = 0;
      for (const auto& e : *entities) {
        const std::string run = e.value("text", "");
        const auto pos = run.empty() ? std::string::npos : text.find(run, at);
        if (pos == std::string::npos) {
          continue;
        }
        if (pos > at) {
          parts.push_back(text.substr(at, pos - at));
          runs.push_back(Json{{"type", "plain"}, {"text", text.substr(at, pos - at)}});
        }
        parts.push_back(e);
        runs.push_back(e);
        at = pos + run.size();
      }
      if (at < text.size()) {
        parts.push_back(text.substr(at));
        runs.push_back(Json{{"type", "plain"}, {"text", text.substr(at)}});
      }
      j["text"] = std::move(parts);
      j["text_entities"] = std::move(runs);
    } else {
      j["text"] = text;
      j["text_entities"] = text.empty() ? Json::array() : Json::array({Json{{"type", "plain"}, {"text", text}}});
    }
    if (msg.location) {
      j["location_information"] = Json{{"latitude", msg.location->lat}, {"longitude", msg.location->lon}};
      if (!msg.location->label.empty()) {
        j["place_name"] = msg.location->label;
      }
    }
    if (msg.poll) {
      Json answers = Json::array();
      int total = 0;
      for (const auto& o : msg.poll->options) {
        answers.push_back(Json{{"text", o.text}, {"voters", o.votes}, {"chosen", false}});
        total += o.votes;
      }
      j["poll"] = Json{{"question", msg.poll->question}, {"closed", false}, {"total_voters", total},
                       {"answers", std::move(answers)}};
    }
    if (!msg.reactions.empty()) {
      // Telegram groups reactions by emoji; actors without a name count but are not "recent".
      Json out = Json::array();
      std::map<std::string, std::size_t> index;
      for (const auto& r : msg.reactions) {
        auto [it, added] = index.emplace(r.emoji, out.size());
        if (added) {
          out.push_back(Json{{"type", "emoji"}, {"count", 0}, {"emoji", r.emoji}, {"recent", Json::array()}});
        }
        Json& slot = out[it->second];
        slot["count"] = slot["count"].get<int>() + 1;
        if (!r.actor.empty()) {
          slot["recent"].push_back(Json{{"from", r.actor}, {"from_id", "user" + std::to_string(fnv1a(r.actor))}});
        }
      }
      j["reactions"] = std::move(out);
    }
  }

  // The source's fields the model had no slot for go back where they came from (a Telegram
  // export's service details, via_bot, author...); our own bookkeeping keys do not.
  static void restore_extra(Json& j, const Json& extra) {
    static const char* const k_ours[] = {"id", "entities", "contact", "edited_unixtime", "previous_texts",
                                         "deleted_text", "from_id", "actor", "actor_id", "action"};
    if (const auto c = extra.find("contact"); c != extra.end() && c->is_object()) {
      j["contact_information"] = *c;
    }
    for (const auto& [key, value] : extra.items()) {
      const bool ours = std::any_of(std::begin(k_ours), std::end(k_ours), [&](const char* k) { return key == k; });
      if (!ours && !j.contains(key)) {
        j[key] = value;
      }
    }
  }

  void write_attachment(Json& j, const model::Attachment& att, std::int64_t time_ms) {
    const MediaPlace place = place_of(att.kind);
    std::string path(k_not_included);
    if (m_target.options.copy_media && !att.missing && !att.content_hash.empty()) {
      path = copy(att, place.folder, time_ms);
    }
    if (att.kind == model::AttachmentKind::photo) {
      j["photo"] = path;
      if (att.size) {
        j["photo_file_size"] = *att.size;
      }
    } else {
      j["file"] = path;
      if (!att.file_name.empty()) {
        j["file_name"] = att.file_name;
      }
      if (att.size) {
        j["file_size"] = *att.size;
      }
      if (*place.media_type != '\0') {
        j["media_type"] = place.media_type;
      }
      if (!att.mime.empty()) {
        j["mime_type"] = att.mime;
      }
      if (att.duration_ms) {
        j["duration_seconds"] = *att.duration_ms / 1000;
      }
    }
    if (att.width) {
      j["width"] = *att.width;
    }
    if (att.height) {
      j["height"] = *att.height;
    }
  }

  std::string copy(const model::Attachment& att, const char* folder, std::int64_t time_ms) {
    const auto key = std::make_pair(att.file_name, att.content_hash);
    if (const auto it = m_copied.find(key); it != m_copied.end()) {
      return it->second;
    }
    std::string name = att.file_name;
    if (name.empty()) {
      name = "file_" + std::to_string(m_copied.size() + 1) + "@" + std::to_string(floor_seconds(time_ms));
    }
    const std::string relative = m_out.claim(m_media_root + folder, name);
    copy_blob(m_target.reader, att.content_hash, m_out, relative);
    m_copied.emplace(key, relative);
    return relative;
  }

  const ChatTarget& m_target;
  OutputDir& m_out;
  OutputFile& m_file;
  std::string m_file_name;
  std::string m_media_root;  // "" (one chat) or "chats/chat_NN/"
  std::optional<timeutil::ZoneClock> m_clock;
  std::int64_t m_next_id = 0;
  std::uint64_t m_count = 0;
  std::map<std::pair<std::string, std::string>, std::string> m_copied;
};

// One export's open result.json, kept between begin_chat and finish.
struct ExportState {
  std::optional<OutputFile> file;
  std::string name;
  bool account = false;
  std::size_t chats = 0;
  std::size_t total = 0;
};

class TelegramJsonExporter : public Exporter {
 public:
  std::string_view name() const override { return "telegram-json"; }
  std::string_view description() const override {
    return "Telegram Desktop's result.json with photos/, files/, voice_messages/..., for tools that read Telegram exports";
  }
  bool copies_media_itself() const override { return true; }

  std::unique_ptr<ChatWriter> begin_chat(const ChatTarget& target, OutputDir& out) override {
    ExportState& st = state(out);
    if (!st.file) {
      st.total = selected(target);
      st.account = st.total > 1;
      st.name = out.claim("", "result.json");
      st.file.emplace(out.create(st.name));
      if (st.account) {
        st.file->write(R"({"about":"Exported by chatvault","chats":{"about":"Chats exported by chatvault","list":[)");
      }
    }
    std::string media_root;
    if (st.account) {
      const int digits = static_cast<int>(std::to_string(st.total).size());
      char nn[24];
      std::snprintf(nn, sizeof nn, "%0*zu", std::max(digits, 2), st.chats + 1);
      media_root = "chats/chat_" + std::string(nn) + "/";
      st.file->write(st.chats == 0 ? "\n" : ",\n");
    }
    ++st.chats;
    return std::make_unique<TelegramJsonChatWriter>(target, out, *st.file, st.name, media_root);
  }

  void finish(const std::vector<ExportedChat>&, OutputDir& out) override {
    ExportState st;
    {
      const std::lock_guard lock(m_mutex);
      const auto it = m_states.find(&out);
      if (it == m_states.end()) {
        return;  // no chat was selected: nothing written
      }
      st = std::move(it->second);
      m_states.erase(it);
    }
    if (st.account) {
      st.file->write("\n]}}");
    }
    st.file->write("\n");
    st.file->close();
  }

 private:
  static std::size_t selected(const ChatTarget& target) {
    const auto chats = target.reader.chats();
    const auto& wanted = target.options.chats;
    return static_cast<std::size_t>(std::count_if(chats.begin(), chats.end(), [&](const model::StoredChat& c) {
      return wanted.empty() || std::find(wanted.begin(), wanted.end(), c.chat.key) != wanted.end() ||
             std::find(wanted.begin(), wanted.end(), c.chat.title) != wanted.end();
    }));
  }

  // Exporters hold no state between exports; this one keeps each running export's open file,
  // keyed by its output folder, until finish().
  ExportState& state(OutputDir& out) {
    const std::lock_guard lock(m_mutex);
    return m_states[&out];
  }

  std::mutex m_mutex;
  std::map<const OutputDir*, ExportState> m_states;
};

}  // namespace

std::unique_ptr<Exporter> make_telegram_json_exporter() { return std::make_unique<TelegramJsonExporter>(); }

}  // namespace chatvault::exporters
