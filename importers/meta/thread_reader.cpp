// On-Demand reads a value only when asked and checks it then: a string with a bad escape, a
// cut-off file or text after the root object fail the whole file, as nlohmann's parse would. Keys
// the rules never look at (a photo's creation_timestamp) are stepped over unchecked.
#include "importers/meta/thread_reader.hpp"

#include <charconv>
#include <optional>
#include <set>
#include <string>
#include <string_view>

#include <simdjson.h>

#include "importers/meta/json_fields.hpp"
#include "importers/meta/json_file.hpp"
#include "importers/meta/mojibake.hpp"

namespace chatvault::importers::meta {
namespace {

namespace od = simdjson::ondemand;
using Json = nlohmann::ordered_json;


void check(simdjson::error_code e) {
  if (e != simdjson::SUCCESS) throw simdjson::simdjson_error(e);
}

// A string value; nullopt when the value is of another type.
std::optional<std::string> string_of(od::value v) {
  std::string_view s;
  const simdjson::error_code e = v.get_string().get(s);
  if (e == simdjson::INCORRECT_TYPE) return std::nullopt;
  check(e);
  return repaired(s);
}

// As json_fields' int_field: an integer, or a float cut to one; nullopt for any other type.
std::optional<std::int64_t> int_of(od::value v) {
  od::json_type type;
  check(v.type().get(type));
  if (type != od::json_type::number) return std::nullopt;
  od::number n;
  check(v.get_number().get(n));
  switch (n.get_number_type()) {
    case od::number_type::signed_integer: return n.get_int64();
    case od::number_type::unsigned_integer: return static_cast<std::int64_t>(n.get_uint64());
    case od::number_type::floating_point_number: return int_of_double(n.get_double());
  }
  return std::nullopt;
}

bool true_of(od::value v) {
  bool b = false;
  return v.get_bool().get(b) == simdjson::SUCCESS && b;
}

// An object or array the reader steps over (On-Demand does not count its depth), for extra.
template <class Container>
Json parsed(simdjson::simdjson_result<Container> value) {
  Container container;
  check(std::move(value).get(container));
  std::string_view raw;
  check(container.raw_json().get(raw));
  std::optional<Json> j = parse_json(raw);
  if (!j) check(simdjson::DEPTH_ERROR);
  repair_strings(*j);
  return std::move(*j);
}

// Any value as nlohmann holds it, strings repaired: for the keys that go to extra or the head.
Json to_json(od::value v) {
  od::json_type type;
  check(v.type().get(type));
  switch (type) {
    case od::json_type::string: return Json(*string_of(v));
    case od::json_type::boolean: {
      bool b = false;
      check(v.get_bool().get(b));
      return Json(b);
    }
    case od::json_type::null: {
      bool null = false;
      check(v.is_null().get(null));
      if (!null) check(simdjson::INCORRECT_TYPE);
      return Json(nullptr);
    }
    case od::json_type::number: {
      return Json::parse(std::string_view(v.raw_json_token()));
    }
    case od::json_type::object: return parsed(v.get_object());
    case od::json_type::array: return parsed(v.get_array());
  }
  return Json();
}

// The "uri" of a media item; nullopt when the item is not an object.
std::optional<std::string> uri_of(od::value item) {
  od::object obj;
  if (item.get_object().get(obj) != simdjson::SUCCESS) return std::nullopt;
  std::string uri;
  for (auto field : obj) {
    std::string_view key;
    check(field.unescaped_key().get(key));
    if (key == "uri") uri = string_of(field.value()).value_or(std::string());
  }
  return uri;
}

// sticker is one object; the others are arrays.
std::vector<std::string> media_of(od::value v) {
  std::vector<std::string> uris;
  od::json_type type;
  check(v.type().get(type));
  if (type == od::json_type::array) {
    for (auto item : v.get_array()) {
      od::value value;
      check(item.get(value));
      if (auto uri = uri_of(value)) uris.push_back(std::move(*uri));
    }
  } else if (auto uri = uri_of(v)) {
    uris.push_back(std::move(*uri));
  }
  return uris;
}

std::vector<model::Reaction> reactions_of(od::value v) {
  std::vector<model::Reaction> out;
  od::array list;
  if (v.get_array().get(list) != simdjson::SUCCESS) return out;
  for (auto item : list) {
    model::Reaction r;
    od::object obj;
    if (item.get_object().get(obj) == simdjson::SUCCESS) {
      for (auto field : obj) {
        std::string_view key;
        check(field.unescaped_key().get(key));
        if (key == "actor") r.actor = string_of(field.value()).value_or(std::string());
        if (key == "reaction") r.emoji = string_of(field.value()).value_or(std::string());
      }
    }
    out.push_back(std::move(r));
  }
  return out;
}

// What the last message of a file said, for the next: most repeat their sender's name, which is
// then neither unescaped nor repaired again.
struct SenderMemo {
  std::string_view raw;  // the value's bytes in the file
  std::optional<std::string> sender;
};

// One message's keys; a repeated key's last value counts, as in nlohmann's tree.
// `other` lends its storage to the fields' unmapped keys (the caller takes it back after the
// message is built): one allocation less a message.
MessageFields fields_of(od::object obj, SenderMemo& memo, std::vector<std::pair<std::string_view, Json>>& other) {
  MessageFields f;
  f.other = std::move(other);
  f.other.clear();
  for (auto field : obj) {
    std::string_view key;
    check(field.unescaped_key().get(key));
    od::value v = field.value();
    if (key == "sender_name") {
      const std::string_view raw = v.raw_json_token();
      if (!memo.raw.empty() && raw == memo.raw) {
        f.sender = memo.sender;
      } else {
        f.sender = string_of(v);
        memo = SenderMemo{raw, f.sender};
      }
    } else if (key == "timestamp_ms") {
      f.timestamp_ms = int_of(v);
    } else if (key == "content") {
      f.content = string_of(v).value_or(std::string());
    } else if (key == "reactions") {
      f.reactions = reactions_of(v);
    } else if (key == "timestamp") {
      f.timestamp = int_of(v);
    } else if (key == "type") {
      f.type = string_of(v).value_or(std::string());
    } else if (key == "share") {
      od::json_type type;
      check(v.type().get(type));
      f.share = type == od::json_type::object ? std::optional<Json>(to_json(v)) : std::nullopt;
    } else if (key == "call_duration") {
      f.has_call_duration = true;
      f.call_duration = int_of(v);
    } else if (key == "missed") {
      f.missed = true_of(v);
    } else if (key == "is_unsent") {
      f.is_unsent = true_of(v);
    } else {
      bool media = false;
      for (std::size_t k = 0; k < MessageFields::media_count && !media; ++k) {
        if (key == MessageFields::media_keys[k]) {
          f.media_uris[k] = media_of(v);
          media = true;
        }
      }
      if (media) continue;
      Json value = to_json(v);
      bool repeated = false;
      for (auto& [k, old] : f.other) {
        if (k == key) {
          old = std::move(value);
          repeated = true;
          break;
        }
      }
      if (!repeated) f.other.emplace_back(key, std::move(value));
    }
  }
  return f;
}

void read_messages(od::value v, const MediaResolver& resolve, std::size_t expected, std::vector<model::Message>&& spare,
                   ThreadRead& out) {
  ExtraMemo memo;
  SenderMemo sender;
  std::vector<std::pair<std::string_view, Json>> other;
  out.messages = std::move(spare);
  out.messages.clear();
  out.skipped.clear();
  // Built in place: a vector growing by doubling would move each message again.
  out.messages.reserve(expected);
  std::size_t index = 0;
  for (auto item : v.get_array()) {
    od::object obj;
    model::Message& m = out.messages.emplace_back();
    bool built = false;
    if (item.get_object().get(obj) == simdjson::SUCCESS) {
      MessageFields fields = fields_of(obj, sender, other);
      built = build_message(std::move(fields), resolve, m, &memo);
      other = std::move(fields.other);  // build_message moved its values out, not the vector
    }
    if (built) {
      // Without the temporaries of "..." + std::to_string(...): one a message adds up.
      char path[40] = "$.messages[";
      char* end = std::to_chars(path + 11, path + sizeof path - 1, index).ptr;
      *end++ = ']';
      m.origin.path.assign(path, static_cast<std::size_t>(end - path));
    } else {
      out.messages.pop_back();
      out.skipped.push_back(index);
    }
    ++index;
  }
}

}  // namespace

struct ThreadReader::Parser {
  od::parser parser;
  std::vector<model::Message> spare;  // the last file's vector, emptied: no new pages for the next
};

ThreadReader::ThreadReader() : m_parser(std::make_unique<Parser>()) {}
ThreadReader::~ThreadReader() = default;

void ThreadReader::give_back(std::vector<model::Message>&& used) {
  used.clear();
  if (used.capacity() > m_parser->spare.capacity()) m_parser->spare = std::move(used);
}

namespace {

// `text` without its BOM, its capacity grown for simdjson's padding, and the parser sized for it.
std::string_view start(od::parser& parser, std::string& text, od::document& doc) {
  const std::size_t bom = std::string_view(text).starts_with("\xEF\xBB\xBF") ? 3 : 0;
  text.reserve(text.size() + simdjson::SIMDJSON_PADDING);
  const std::string_view json = std::string_view(text).substr(bom);
  if (parser.capacity() < json.size() || parser.max_depth() != k_max_json_depth) {
    check(parser.allocate(json.size(), k_max_json_depth));
  }
  check(parser.iterate(json, text.capacity() - bom).get(doc));
  return json;
}

}  // namespace

ThreadFileFacts ThreadReader::scan(std::string& text) {
  ThreadFileFacts facts;
  try {
    od::document doc;
    start(m_parser->parser, text, doc);
    od::object root;
    check(doc.get_object().get(root));
    for (auto field : root) {
      std::string_view key;
      check(field.unescaped_key().get(key));
      if (key != "messages") continue;
      od::array messages;
      if (field.value().get_array().get(messages) != simdjson::SUCCESS) continue;
      // Most messages repeat a name already seen: told by their bytes before decoding.
      std::set<std::string_view> raw_seen;
      std::set<std::string> seen;
      for (auto item : messages) {
        od::object obj;
        if (item.get_object().get(obj) != simdjson::SUCCESS) continue;
        for (auto f : obj) {
          std::string_view k;
          check(f.unescaped_key().get(k));
          od::value v = f.value();
          if (k == "timestamp_ms" && !facts.first_time_ms) {
            facts.first_time_ms = int_of(v);
          } else if (k == "sender_name" && raw_seen.insert(v.raw_json_token()).second) {
            if (auto name = string_of(v); name && seen.insert(*name).second) facts.senders.push_back(std::move(*name));
          }
        }
      }
    }
  } catch (const simdjson::simdjson_error&) {
    // What was read before the damaged value is still right; read() reports the damage.
  }
  return facts;
}

ThreadRead ThreadReader::read(std::string& text, const MediaResolver& resolve, bool with_messages) {
  ThreadRead out;
  try {
    od::document doc;
    const std::string_view json = start(m_parser->parser, text, doc);
    od::object root;
    if (doc.get_object().get(root) != simdjson::SUCCESS) {
      out.verdict = Json::accept(json) ? ThreadRead::Verdict::not_a_thread : ThreadRead::Verdict::invalid_json;
      return out;
    }
    bool has_messages = false;
    for (auto field : root) {
      std::string_view key;
      check(field.unescaped_key().get(key));
      od::value v = field.value();
      if (key == "messages") {
        od::json_type type;
        check(v.type().get(type));
        has_messages = type == od::json_type::array;
        if (has_messages && with_messages) {
          // Meta's messages take 200 to 400 bytes of the file: a guess that is seldom much too large,
          // and when too small costs one regrowth.
          read_messages(v, resolve, json.size() / 250 + 1, std::move(m_parser->spare), out);
        }
        if (!has_messages) {
          out.messages.clear();
          out.skipped.clear();
        }
      } else {
        out.head[std::string(key)] = to_json(v);
      }
    }
    // Anything after the root object: not JSON.
    if (doc.current_location().error() == simdjson::SUCCESS) check(simdjson::TRAILING_CONTENT);
    if (!has_messages && with_messages) {
      out = ThreadRead{};
      out.verdict = ThreadRead::Verdict::not_a_thread;
    }
  } catch (const simdjson::simdjson_error&) {
    out = ThreadRead{};
    out.verdict = ThreadRead::Verdict::invalid_json;
  } catch (const Json::exception&) {
    out = ThreadRead{};
    out.verdict = ThreadRead::Verdict::invalid_json;
  }
  return out;
}

}  // namespace chatvault::importers::meta
