// The "jsonl" format. Key order and layout are part of the documented schema (docs/JSONL.md):
// change them only with a version bump there.
#include "exporters/jsonl_exporter.hpp"

#include <nlohmann/json.hpp>

#include "exporters/output_dir.hpp"
#include "util/error.hpp"
#include "util/time.hpp"

namespace chatvault::exporters {
namespace {

using Json = nlohmann::ordered_json;

// Compact, UTF-8 kept as is; invalid UTF-8 (which the model should never hold) becomes U+FFFD
// rather than aborting the export.
std::string dump(const Json& j, int indent = -1) {
  return j.dump(indent, ' ', false, Json::error_handler_t::replace);
}

Json nullable(const std::string& s) { return s.empty() ? Json(nullptr) : Json(s); }

template <typename T>
Json nullable(const std::optional<T>& v) {
  return v ? Json(*v) : Json(nullptr);
}

// extra_json is a JSON object by the model's contract; if a record breaks it, keep the text
// rather than drop it, under a key no source uses.
Json parse_extra(const std::string& text) {
  Json extra = Json::parse(text, nullptr, false);
  if (extra.is_discarded() || !extra.is_object()) {
    extra = Json::object();
    extra["_unparsed"] = text;
  }
  return extra;
}

Json to_json(const model::Chat& chat, const model::Message& msg, const std::vector<std::string>& media_paths) {
  Json j = Json::object();
  j["id"] = msg.id;
  j["chat"] = chat.key;
  j["platform"] = model::to_string(chat.platform);
  j["time"] = timeutil::format_iso_utc(msg.time_ms);
  j["offset_min"] = nullable(msg.offset_min);
  j["sender"] = nullable(msg.sender);
  j["kind"] = model::to_string(msg.kind);
  j["text"] = msg.text;
  j["edited"] = msg.edited;
  j["deleted"] = msg.deleted;
  j["reply_to"] = nullable(msg.reply_to);
  j["forwarded_from"] = nullable(msg.forwarded_from);

  Json attachments = Json::array();
  for (std::size_t i = 0; i < msg.attachments.size(); ++i) {
    const auto& att = msg.attachments[i];
    Json a = Json::object();
    a["name"] = att.file_name;
    a["kind"] = model::to_string(att.kind);
    a["mime"] = nullable(att.mime);
    a["size"] = nullable(att.size);
    a["hash"] = nullable(att.content_hash);
    a["missing"] = att.missing;
    a["path"] = i < media_paths.size() ? nullable(media_paths[i]) : Json(nullptr);
    attachments.push_back(std::move(a));
  }
  j["attachments"] = std::move(attachments);

  Json reactions = Json::array();
  for (const auto& r : msg.reactions) {
    Json o = Json::object();
    o["actor"] = r.actor;
    o["emoji"] = r.emoji;
    reactions.push_back(std::move(o));
  }
  j["reactions"] = std::move(reactions);

  if (msg.location) {
    Json o = Json::object();
    o["lat"] = msg.location->lat;
    o["lon"] = msg.location->lon;
    o["label"] = msg.location->label;
    o["live"] = msg.location->live;
    j["location"] = std::move(o);
  } else {
    j["location"] = nullptr;
  }

  if (msg.poll) {
    Json o = Json::object();
    o["question"] = msg.poll->question;
    Json options = Json::array();
    for (const auto& opt : msg.poll->options) {
      Json p = Json::object();
      p["text"] = opt.text;
      p["votes"] = opt.votes;
      options.push_back(std::move(p));
    }
    o["options"] = std::move(options);
    j["poll"] = std::move(o);
  } else {
    j["poll"] = nullptr;
  }

  if (msg.call) {
    Json o = Json::object();
    o["duration_s"] = nullable(msg.call->duration_s);
    o["missed"] = msg.call->missed;
    o["video"] = msg.call->video;
    j["call"] = std::move(o);
  } else {
    j["call"] = nullptr;
  }

  j["extra"] = parse_extra(msg.extra_json);
  // Version 2's keys, appended so that a reader of version 1's key order still finds its own.
  j["native_id"] = nullable(msg.native_id);
  j["sender_id"] = nullable(msg.sender_id);
  Json links = Json::array();
  for (const auto& link : msg.links) {
    Json o = Json::object();
    o["url"] = link.url;
    o["title"] = nullable(link.title);
    links.push_back(std::move(o));
  }
  j["links"] = std::move(links);
  return j;
}

class JsonlChatWriter : public ChatWriter {
 public:
  JsonlChatWriter(const model::Chat& chat, std::string file, OutputFile out)
      : m_chat(chat), m_file(std::move(file)), m_out(std::move(out)) {}

  void write_message(const model::Message& msg, const std::vector<std::string>& media_paths) override {
    m_out.write(jsonl_line(m_chat, msg, media_paths));
  }
  void end_chat() override { m_out.close(); }
  const std::string& file() const override { return m_file; }

 private:
  const model::Chat& m_chat;
  std::string m_file;
  OutputFile m_out;
};

class JsonlExporter : public Exporter {
 public:
  std::string_view name() const override { return "jsonl"; }
  std::string_view description() const override {
    return "chats.json plus one JSON object per message per line (schema: docs/JSONL.md)";
  }

  std::unique_ptr<ChatWriter> begin_chat(const ChatTarget& target, OutputDir& out) override {
    std::string file = out.claim("", target.stem + ".jsonl");
    OutputFile f = out.create(file);
    return std::make_unique<JsonlChatWriter>(target.chat.chat, std::move(file), std::move(f));
  }

  void finish(const std::vector<ExportedChat>& chats, OutputDir& out) override {
    Json index = Json::object();
    index["format"] = "chatvault-jsonl";
    index["version"] = k_jsonl_version;
    Json list = Json::array();
    for (const auto& c : chats) {
      const model::Chat& chat = c.chat.chat;
      Json o = Json::object();
      o["file"] = c.file;
      o["key"] = chat.key;
      o["title"] = chat.title;
      o["platform"] = model::to_string(chat.platform);
      o["is_group"] = chat.is_group;
      o["zone"] = nullable(chat.zone);
      Json participants = Json::array();
      for (const auto& p : chat.participants) {
        Json pj = Json::object();
        pj["name"] = p.name;
        pj["is_self"] = p.is_self;
        pj["platform_id"] = nullable(p.platform_id);
        participants.push_back(std::move(pj));
      }
      o["participants"] = std::move(participants);
      o["messages"] = c.messages;
      list.push_back(std::move(o));
    }
    index["chats"] = std::move(list);
    OutputFile f = out.create(out.claim("", "chats.json"));
    f.write(dump(index, 2));
    f.write("\n");
    f.close();
  }
};

}  // namespace

std::string jsonl_line(const model::Chat& chat, const model::Message& msg,
                       const std::vector<std::string>& media_paths) {
  std::string line = dump(to_json(chat, msg, media_paths));
  line += '\n';
  return line;
}

std::unique_ptr<Exporter> make_jsonl_exporter() { return std::make_unique<JsonlExporter>(); }

}  // namespace chatvault::exporters
