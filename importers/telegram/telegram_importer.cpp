#include "importers/telegram/telegram_importer.hpp"

#include <charconv>
#include <exception>
#include <functional>
#include <map>
#include <set>
#include <utility>

#include <nlohmann/json.hpp>

#include "importers/telegram/result_scanner.hpp"
#include "importers/telegram/service_actions.hpp"
#include "util/error.hpp"
#include "util/time.hpp"

namespace chatvault::importers {
namespace {

using nlohmann::json;
using namespace telegram;

constexpr std::size_t k_detect_window = 4096;

std::string_view base_name(std::string_view path) {
  const std::size_t slash = path.find_last_of('/');
  return slash == std::string_view::npos ? path : path.substr(slash + 1);
}

// The result.json of the tree: at its root, in its one top-level folder, or the single file given.
std::optional<SourceEntry> find_result_json(const SourceTree& tree) {
  if (tree.kind() == SourceTree::Kind::file && tree.entries().size() == 1) {
    return tree.entries()[0];
  }
  if (auto root = tree.find("result.json")) {
    return root;
  }
  std::optional<SourceEntry> hit;
  int count = 0;
  for (const SourceEntry& e : tree.entries()) {
    const std::size_t slash = e.path.find('/');
    if (slash != std::string::npos && e.path.find('/', slash + 1) == std::string::npos &&
        e.path.substr(slash + 1) == "result.json" && !e.path.starts_with("__MACOSX/")) {
      hit = e;
      ++count;
    }
  }
  return count == 1 ? hit : std::nullopt;
}


std::optional<std::int64_t> to_int(const json& v) {
  if (v.is_number_integer()) {
    return v.get<std::int64_t>();
  }
  if (v.is_number_float()) {
    return static_cast<std::int64_t>(v.get<double>());
  }
  if (v.is_string()) {
    const std::string s = v.get<std::string>();
    std::int64_t out = 0;
    const auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
    if (ec == std::errc() && p == s.data() + s.size()) {
      return out;
    }
  }
  return std::nullopt;
}

std::optional<std::int64_t> int_field(const json& obj, const char* key) {
  const auto it = obj.find(key);
  return it == obj.end() ? std::nullopt : to_int(*it);
}

std::string string_field(const json& obj, const char* key) {
  const auto it = obj.find(key);
  return it != obj.end() && it->is_string() ? it->get<std::string>() : std::string();
}

// "2024-03-15T14:20:00" as written by Qt::ISODate.
std::optional<timeutil::LocalDateTime> parse_local(std::string_view s) {
  if (s.size() < 19 || s[4] != '-' || s[7] != '-' || (s[10] != 'T' && s[10] != ' ') || s[13] != ':' || s[16] != ':') {
    return std::nullopt;
  }
  auto num = [&](std::size_t pos, std::size_t len, int& out) {
    const auto [p, ec] = std::from_chars(s.data() + pos, s.data() + pos + len, out);
    return ec == std::errc() && p == s.data() + pos + len;
  };
  timeutil::LocalDateTime t;
  if (!num(0, 4, t.year) || !num(5, 2, t.month) || !num(8, 2, t.day) || !num(11, 2, t.hour) ||
      !num(14, 2, t.minute) || !num(17, 2, t.second) || !timeutil::valid_date(t.year, t.month, t.day)) {
    return std::nullopt;
  }
  return t;
}

bool is_placeholder(std::string_view path) { return path.empty() || path.starts_with("("); }

bool known_chat_type(std::string_view t) {
  static const std::set<std::string_view> known = {
      "personal_chat", "bot_chat", "private_group", "private_supergroup", "public_supergroup",
      "private_channel", "public_channel", "saved_messages", "replies", "verification_codes"};
  return known.contains(t);
}

struct Sender {
  std::string name;
  std::string id;
};

// Who appears in a message as its author: `from`, or the actor of a service message.
std::optional<Sender> author_of(const json& msg) {
  if (!msg.is_object()) {
    return std::nullopt;
  }
  const std::string type = string_field(msg, "type");
  const char* name_key = type == "service" ? "actor" : "from";
  const char* id_key = type == "service" ? "actor_id" : "from_id";
  const auto it = msg.find(name_key);
  if (it == msg.end() || (type != "message" && type != "service")) {
    return std::nullopt;
  }
  return Sender{peer_name(*it), string_field(msg, id_key)};
}

// Keys that have a slot in the model (or are re-expressed in extra under another shape).
const std::set<std::string>& mapped_message_keys() {
  static const std::set<std::string> keys = {
      "id", "type", "date", "date_unixtime", "edited", "from", "from_id", "text", "text_entities",
      "reply_to_message_id", "forwarded_from", "reactions", "photo", "photo_file_size", "width", "height",
      "file", "file_name", "file_size", "mime_type", "media_type", "duration_seconds",
      "contact_information", "location_information", "live_location_period_seconds", "place_name", "address",
      "poll"};
  return keys;
}

// A service message's own fields (members, title, photo...) all go to extra, except these.
const std::set<std::string>& mapped_service_keys() {
  static const std::set<std::string> keys = {"id",   "type",          "date",          "date_unixtime",
                                             "edited", "text", "text_entities", "actor_id"};
  return keys;
}

class ChatEmitter {
 public:
  ChatEmitter(const SourceTree& tree, const ImportOptions& options, model::Sink& sink, std::string entry,
              std::string dir)
      : m_tree(tree), m_options(options), m_sink(sink), m_entry(std::move(entry)), m_dir(std::move(dir)) {}

  std::optional<timeutil::ZoneClock> clock;
  std::size_t skipped = 0;

  model::Message convert(const json& msg, const std::string& path, bool& ok) {
    model::Message m;
    m.origin = model::Origin{m_entry, 0, path};
    ok = false;
    if (!msg.is_object()) {
      m_sink.skipped(m.origin, "message is not a JSON object");
      ++skipped;
      return m;
    }
    const std::string type = string_field(msg, "type");
    if (type != "message" && type != "service") {
      m_sink.skipped(m.origin, "message type " + (type.empty() ? std::string("(none)") : type) + " not supported");
      ++skipped;
      return m;
    }
    if (!set_time(msg, m)) {
      m_sink.skipped(m.origin, "message has no readable date");
      ++skipped;
      return m;
    }
    json extra = json::object();
    if (const auto it = msg.find("id"); it != msg.end()) {
      if (it->is_number_integer()) {
        m.native_id = std::to_string(it->get<std::int64_t>());
      } else if (it->is_string()) {
        m.native_id = it->get<std::string>();
      } else {
        extra["id"] = *it;  // not an id we can point a reply at; kept as it was
      }
    }
    if (const auto it = msg.find("edited_unixtime"); it != msg.end()) {
      extra["edited_unixtime"] = *it;
    }
    m.edited = msg.contains("edited") || msg.contains("edited_unixtime");
    if (const auto it = msg.find("text"); it != msg.end()) {
      m.text = flatten_text(*it);
    }
    json entities = json::array();
    if (const auto it = msg.find("text_entities"); it != msg.end() && it->is_array()) {
      for (const auto& e : *it) {
        if (!e.is_object() || string_field(e, "type") == "plain") {
          continue;
        }
        json out = json::object();
        for (const char* k : {"type", "text", "href", "user_id", "language", "document_id", "collapsed"}) {
          if (const auto f = e.find(k); f != e.end()) {
            out[k] = *f;
          }
        }
        add_link(e, m);
        entities.push_back(std::move(out));
      }
    }
    if (!entities.empty()) {
      extra["entities"] = std::move(entities);
    }
    if (type == "service") {
      service(msg, m, extra);
    } else {
      ordinary(msg, m, extra);
    }
    const auto& mapped = type == "service" ? mapped_service_keys() : mapped_message_keys();
    for (auto it = msg.begin(); it != msg.end(); ++it) {
      if (!mapped.contains(it.key()) && !extra.contains(it.key())) {
        extra[it.key()] = it.value();
      }
    }
    m.extra_json = extra.dump(-1, ' ', false, json::error_handler_t::replace);
    ok = true;
    return m;
  }

 private:
  bool set_time(const json& msg, model::Message& m) {
    if (const auto unix = int_field(msg, "date_unixtime")) {
      m.time_ms = *unix * 1000;
      m.native_time = std::to_string(*unix);
      return true;
    }
    const std::string date = string_field(msg, "date");
    const auto local = parse_local(date);
    if (!local || !clock) {
      return false;
    }
    const timeutil::UtcInstant utc = clock->to_utc(*local);
    m.time_ms = utc.utc_ms;
    m.offset_min = utc.offset_min;
    // The wall clock as written, so a later import with another --tz is still the same message.
    m.native_time = date;
    return true;
  }

  // Link entities are the message's shared links: a bare URL, or a text the URL is behind.
  static void add_link(const json& entity, model::Message& m) {
    const std::string type = string_field(entity, "type");
    if (type == "link") {
      m.links.push_back({string_field(entity, "text"), std::string()});
    } else if (type == "text_link") {
      m.links.push_back({string_field(entity, "href"), string_field(entity, "text")});
    }
  }

  void resolve(model::Attachment& a, const std::string& raw) {
    if (is_placeholder(raw)) {
      a.missing = true;
      return;
    }
    std::optional<SourceEntry> hit;
    try {
      const std::string rel = normalise_entry_path(raw, m_entry);
      hit = m_tree.find(m_dir + rel);
      if (!hit && !m_dir.empty()) {
        hit = m_tree.find(rel);
      }
    } catch (const Error&) {
      hit.reset();
    }
    if (!hit) {
      a.missing = true;
      return;
    }
    a.size = hit->size;
    if (m_options.include_media) {
      a.open = m_tree.opener(hit->path);
    }
  }

  void ordinary(const json& msg, model::Message& m, json& extra) {
    if (const auto it = msg.find("from"); it != msg.end()) {
      m.sender = peer_name(*it);
    } else {
      m.sender = "Deleted Account";
    }
    m.sender_id = string_field(msg, "from_id");
    if (const auto r = int_field(msg, "reply_to_message_id")) {
      m.reply_to = std::to_string(*r);
    }
    if (const auto it = msg.find("forwarded_from"); it != msg.end()) {
      m.forwarded_from = peer_name(*it);
    }
    reactions(msg, m, extra);
    m.kind = model::MessageKind::text;
    if (const auto it = msg.find("photo"); it != msg.end() && it->is_string()) {
      model::Attachment a;
      a.kind = model::AttachmentKind::photo;
      const std::string raw = it->get<std::string>();
      if (!is_placeholder(raw)) {
        a.file_name = std::string(base_name(raw));
      }
      if (const auto s = int_field(msg, "photo_file_size")) a.size = static_cast<std::uint64_t>(*s);
      set_dimensions(msg, a);
      resolve(a, raw);
      m.attachments.push_back(std::move(a));
      m.kind = model::MessageKind::media;
    }
    if (const auto it = msg.find("file"); it != msg.end() && it->is_string()) {
      model::Attachment a;
      const std::string media = string_field(msg, "media_type");
      static const std::map<std::string, model::AttachmentKind> kinds = {
          {"video_file", model::AttachmentKind::video},   {"animation", model::AttachmentKind::gif},
          {"voice_message", model::AttachmentKind::voice}, {"video_message", model::AttachmentKind::video},
          {"sticker", model::AttachmentKind::sticker},    {"audio_file", model::AttachmentKind::audio}};
      const auto k = kinds.find(media);
      a.kind = k != kinds.end() ? k->second : (media.empty() ? model::AttachmentKind::document : model::AttachmentKind::other);
      const std::string raw = it->get<std::string>();
      a.file_name = string_field(msg, "file_name");
      if (a.file_name.empty() && !is_placeholder(raw)) {
        a.file_name = std::string(base_name(raw));
      }
      a.mime = string_field(msg, "mime_type");
      if (const auto s = int_field(msg, "file_size")) a.size = static_cast<std::uint64_t>(*s);
      if (const auto d = int_field(msg, "duration_seconds")) a.duration_ms = *d * 1000;
      set_dimensions(msg, a);
      resolve(a, raw);
      m.attachments.push_back(std::move(a));
      m.kind = media == "sticker" ? model::MessageKind::sticker : model::MessageKind::media;
    }
    if (const auto it = msg.find("contact_information"); it != msg.end() && it->is_object()) {
      std::string name = string_field(*it, "first_name");
      const std::string last = string_field(*it, "last_name");
      name += (name.empty() || last.empty() ? "" : " ") + last;
      const std::string phone = string_field(*it, "phone_number");
      if (m.text.empty()) {
        m.text = name + (phone.empty() ? "" : "\n" + phone);
      }
      extra["contact"] = *it;
      if (const auto v = msg.find("contact_vcard"); v != msg.end() && v->is_string()) {
        model::Attachment a;
        a.kind = model::AttachmentKind::contact;
        const std::string raw = v->get<std::string>();
        if (!is_placeholder(raw)) a.file_name = std::string(base_name(raw));
        resolve(a, raw);
        m.attachments.push_back(std::move(a));
      }
      m.kind = model::MessageKind::contact;
    }
    if (const auto it = msg.find("location_information"); it != msg.end() && it->is_object()) {
      model::Location loc;
      loc.lat = it->value("latitude", 0.0);
      loc.lon = it->value("longitude", 0.0);
      const std::string place = string_field(msg, "place_name");
      const std::string address = string_field(msg, "address");
      loc.label = place.empty() ? address : (address.empty() ? place : place + ", " + address);
      loc.live = msg.contains("live_location_period_seconds");
      m.location = std::move(loc);
      m.kind = model::MessageKind::location;
      if (const auto p = msg.find("live_location_period_seconds"); p != msg.end()) {
        extra["live_location_period_seconds"] = *p;
      }
    }
    if (const auto it = msg.find("poll"); it != msg.end() && it->is_object()) {
      model::Poll poll;
      if (const auto q = it->find("question"); q != it->end()) poll.question = flatten_text(*q);
      if (const auto answers = it->find("answers"); answers != it->end() && answers->is_array()) {
        for (const auto& ans : *answers) {
          model::PollOption opt;
          if (const auto t = ans.find("text"); t != ans.end()) opt.text = flatten_text(*t);
          opt.votes = static_cast<int>(int_field(ans, "voters").value_or(0));
          poll.options.push_back(std::move(opt));
        }
      }
      json rest = json::object();
      for (auto f = it->begin(); f != it->end(); ++f) {
        if (f.key() != "question" && f.key() != "answers") rest[f.key()] = f.value();
      }
      if (!rest.empty()) extra["poll"] = std::move(rest);
      m.poll = std::move(poll);
      m.kind = model::MessageKind::poll;
    }
  }

  static void set_dimensions(const json& msg, model::Attachment& a) {
    if (const auto w = int_field(msg, "width")) a.width = static_cast<int>(*w);
    if (const auto h = int_field(msg, "height")) a.height = static_cast<int>(*h);
  }

  void reactions(const json& msg, model::Message& m, json& extra) {
    const auto it = msg.find("reactions");
    if (it == msg.end() || !it->is_array()) {
      return;
    }
    json documents = json::array();
    for (const auto& r : *it) {
      if (!r.is_object()) continue;
      const std::string rtype = string_field(r, "type");
      std::string emoji;
      if (rtype == "custom_emoji") {
        emoji = "[custom emoji]";
        if (const auto d = r.find("document_id"); d != r.end()) documents.push_back(*d);
      } else if (rtype == "paid") {
        emoji = "\u2B50";
      } else {
        emoji = string_field(r, "emoji");
      }
      if (emoji.empty()) continue;
      std::size_t named = 0;
      if (const auto recent = r.find("recent"); recent != r.end() && recent->is_array()) {
        for (const auto& who : *recent) {
          m.reactions.push_back({who.is_object() && who.contains("from") ? peer_name(who["from"]) : std::string(), emoji});
          ++named;
        }
      }
      // Telegram lists only the latest reactors; the rest stay as anonymous reactions so counts hold.
      const std::int64_t count = int_field(r, "count").value_or(static_cast<std::int64_t>(named));
      for (std::int64_t i = static_cast<std::int64_t>(named); i < count; ++i) {
        m.reactions.push_back({std::string(), emoji});
      }
    }
    if (!documents.empty()) extra["reaction_document_ids"] = std::move(documents);
  }

  void service(const json& msg, model::Message& m, json& extra) {
    const std::string action = string_field(msg, "action");
    const std::string own_text = m.text;
    m.text = service_sentence(msg);
    if (!own_text.empty()) extra["text"] = own_text;
    extra["action"] = action;
    if (const auto it = msg.find("actor"); it != msg.end()) extra["actor"] = *it;
    m.sender_id = string_field(msg, "actor_id");
    if (action == "phone_call" || action == "group_call" || action == "conference_call") {
      model::Call call;
      call.duration_s = int_field(msg, action == "group_call" ? "duration" : "duration_seconds");
      const std::string reason = string_field(msg, "discard_reason");
      call.missed = reason == "missed" || reason == "busy" || msg.value("is_missed", false);
      m.call = call;
      m.kind = model::MessageKind::call;
      m.sender = msg.contains("actor") ? peer_name(msg["actor"]) : std::string();
    } else {
      m.kind = model::MessageKind::system;
    }
  }

  const SourceTree& m_tree;
  const ImportOptions& m_options;
  model::Sink& m_sink;
  std::string m_entry;
  std::string m_dir;
};

struct ChatFacts {
  std::vector<Sender> senders;  // first appearance order
  std::size_t without_unixtime = 0;
};

class TelegramImporter final : public Importer {
 public:
  std::string_view name() const override { return "telegram"; }
  model::Platform platform() const override { return model::Platform::telegram; }

  Detection detect(const SourceTree& tree) const override {
    try {
      const auto entry = find_result_json(tree);
      if (!entry) {
        return {0, "no result.json"};
      }
      const std::string head = tree.read_head(entry->path, k_detect_window);
      const std::size_t first = head.find_first_not_of(" \t\r\n\xEF\xBB\xBF");
      if (first == std::string::npos || head[first] != '{') {
        return {0, entry->path + " is not a JSON object"};
      }
      auto has = [&](const char* key) { return head.find(key) != std::string::npos; };
      if ((has("\"messages\"") && (has("\"type\"") || has("\"name\""))) || (has("\"chats\"") && has("\"list\"")) ||
          has("\"about\"") || has("\"personal_information\"")) {
        return {95, entry->path + " looks like a Telegram Desktop export"};
      }
      return {0, entry->path + " does not look like a Telegram Desktop export"};
    } catch (const std::exception& e) {
      return {0, e.what()};
    }
  }

  ImportReport import(const SourceTree& tree, const ImportOptions& options, model::Sink& sink) const override {
    const auto entry = find_result_json(tree);
    if (!entry) {
      throw Error(ErrorCategory::input, model::Origin{tree.path().string(), 0, {}},
                  "no result.json found: not a Telegram Desktop export");
    }
    const std::string file = entry->path;
    std::string dir;
    if (const std::size_t slash = file.find_last_of('/'); slash != std::string::npos) {
      dir = file.substr(0, slash + 1);
    }

    // Pass 1: chat fields (wherever they sit), senders and dateless messages, one message at a time.
    std::vector<ChatInfo> chats;
    std::vector<ChatFacts> facts;
    auto facts_for = [&facts](std::size_t c) -> ChatFacts& {
      if (c >= facts.size()) facts.resize(c + 1);
      return facts[c];
    };
    Scanner scan(
        chats,
        [&](std::size_t c, std::size_t, json&& msg) {
          ChatFacts& f = facts_for(c);
          ++chats[c].message_count;
          if (auto s = author_of(msg)) {
            bool seen = false;
            for (const Sender& known : f.senders) {
              seen = seen || (s->id.empty() || known.id.empty() ? known.name == s->name : known.id == s->id);
            }
            if (!seen) f.senders.push_back(std::move(*s));
          }
          if (msg.is_object() && !msg.contains("date_unixtime") && msg.contains("date")) ++f.without_unixtime;
        },
        [](std::size_t) {});
    run_scan(tree, file, scan);
    bool any_chat = false;
    for (const ChatInfo& c : chats) {
      any_chat = any_chat || c.has_messages || c.is_list_element;
    }
    if (!any_chat) {
      throw Error(ErrorCategory::input, model::Origin{file, 0, {}}, "not a Telegram Desktop export: missing 'messages'");
    }

    ImportReport report;
    std::vector<model::Chat> model_chats(chats.size());
    std::size_t dateless = 0;
    for (std::size_t i = 0; i < chats.size(); ++i) {
      model_chats[i] = make_chat(chats[i], facts_for(i), options, scan.self_user_id);
      dateless += facts_for(i).without_unixtime;
    }

    ChatEmitter emitter(tree, options, sink, file, dir);
    if (dateless > 0) {
      std::string zone = options.zone;
      for (std::size_t i = 0; zone.empty() && options.known_chat && i < chats.size(); ++i) {
        if (facts_for(i).without_unixtime == 0) continue;
        if (auto known = options.known_chat(model::Platform::telegram, model_chats[i].key); known && !known->zone.empty()) {
          zone = known->zone;
        }
      }
      if (zone.empty()) zone = "UTC";
      emitter.clock.emplace(zone);
      report.zone = emitter.clock->name();
      for (std::size_t i = 0; i < chats.size(); ++i) {
        if (facts_for(i).without_unixtime > 0) model_chats[i].zone = report.zone;
      }
      report.notes.push_back(std::to_string(dateless) + " messages had no date_unixtime; read their dates in " +
                             report.zone);
    }

    // Pass 2: the messages themselves, straight to the sink.
    std::vector<ChatInfo> chats2;
    std::vector<bool> begun(chats.size(), false);
    auto begin = [&](std::size_t c) {
      if (c < begun.size() && !begun[c]) {
        sink.begin_chat(model_chats[c]);
        begun[c] = true;
      }
    };
    Scanner emit(
        chats2,
        [&](std::size_t c, std::size_t index, json&& msg) {
          if (c >= chats.size()) return;
          begin(c);
          bool ok = false;
          model::Message m = emitter.convert(msg, chats[c].path_prefix + ".messages[" + std::to_string(index) + "]", ok);
          if (ok) sink.message(std::move(m));
        },
        [&](std::size_t c) {
          if (c >= chats.size()) return;
          if (!chats[c].has_messages && !chats[c].is_list_element) return;
          begin(c);
          sink.end_chat();
        });
    run_scan(tree, file, emit);
    if (emitter.clock) {
      report.dst_gaps = emitter.clock->gaps();
      report.dst_overlaps = emitter.clock->overlaps();
    }
    if (emitter.skipped > 0) {
      report.notes.push_back(std::to_string(emitter.skipped) + " messages skipped (unsupported type or no date)");
    }
    return report;
  }

 private:
  static model::Chat make_chat(const ChatInfo& c, const ChatFacts& f, const ImportOptions& options,
                               const std::optional<std::string>& self_user_id) {
    model::Chat chat;
    chat.platform = model::Platform::telegram;
    if (c.type == "saved_messages" && !c.has_name) {
      chat.title = "Saved Messages";
    } else if (c.has_name && !c.name.empty()) {
      chat.title = c.name;
    } else if (!c.id.empty()) {
      chat.title = c.id;
    } else {
      chat.title = "Telegram chat";
    }
    if (!options.into_chat.empty()) {
      chat.key = options.into_chat;
    } else if (!c.id.empty()) {
      chat.key = "telegram:" + c.id;
    } else {
      chat.key = chat.title;
    }
    const std::string& t = c.type;
    if (known_chat_type(t)) {
      chat.is_group = t.find("group") != std::string::npos || t.find("channel") != std::string::npos;
    } else {
      chat.is_group = t.find("group") != std::string::npos || t.find("channel") != std::string::npos ||
                      f.senders.size() > 2;
    }
    const std::string self_id = self_user_id ? "user" + *self_user_id : std::string();
    for (const Sender& s : f.senders) {
      model::Participant p;
      p.name = s.name;
      p.platform_id = s.id;
      p.is_self = (!options.self_name.empty() && s.name == options.self_name) || (!self_id.empty() && s.id == self_id);
      chat.participants.push_back(std::move(p));
    }
    return chat;
  }
};

}  // namespace

std::unique_ptr<Importer> make_telegram_importer() { return std::make_unique<TelegramImporter>(); }

}  // namespace chatvault::importers
