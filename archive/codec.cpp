#include "archive/codec.hpp"

#include <nlohmann/json.hpp>

#include "util/error.hpp"

namespace chatvault::archive {
namespace {

using nlohmann::json;

template <typename F>
auto decode(const std::string& text, const char* what, F&& f) {
  try {
    return f(json::parse(text));
  } catch (const json::exception& e) {
    throw Error(ErrorCategory::damaged, std::string("stored ") + what + " is not valid: " + e.what());
  }
}

std::string dump(const json& j) { return j.dump(-1, ' ', false, json::error_handler_t::replace); }

}  // namespace

std::string encode_location(const model::Location& location) {
  return dump(json{{"lat", location.lat}, {"lon", location.lon}, {"label", location.label}, {"live", location.live}});
}

std::string encode_poll(const model::Poll& poll) {
  json options = json::array();
  for (const auto& option : poll.options) {
    options.push_back({{"text", option.text}, {"votes", option.votes}});
  }
  return dump(json{{"question", poll.question}, {"options", options}});
}

std::string encode_call(const model::Call& call) {
  json j{{"missed", call.missed}, {"video", call.video}};
  j["duration_s"] = call.duration_s ? json(*call.duration_s) : json(nullptr);
  return dump(j);
}

std::string encode_links(const std::vector<model::Link>& links) {
  json out = json::array();
  for (const auto& link : links) {
    out.push_back({{"url", link.url}, {"title", link.title}});
  }
  return dump(out);
}

model::Location decode_location(const std::string& text) {
  return decode(text, "location", [](const json& j) {
    model::Location l;
    l.lat = j.at("lat").get<double>();
    l.lon = j.at("lon").get<double>();
    l.label = j.at("label").get<std::string>();
    l.live = j.at("live").get<bool>();
    return l;
  });
}

model::Poll decode_poll(const std::string& text) {
  return decode(text, "poll", [](const json& j) {
    model::Poll p;
    p.question = j.at("question").get<std::string>();
    for (const auto& option : j.at("options")) {
      p.options.push_back({option.at("text").get<std::string>(), option.at("votes").get<int>()});
    }
    return p;
  });
}

model::Call decode_call(const std::string& text) {
  return decode(text, "call", [](const json& j) {
    model::Call c;
    c.missed = j.at("missed").get<bool>();
    c.video = j.at("video").get<bool>();
    if (!j.at("duration_s").is_null()) {
      c.duration_s = j.at("duration_s").get<std::int64_t>();
    }
    return c;
  });
}

std::vector<model::Link> decode_links(const std::string& text) {
  return decode(text, "links", [](const json& j) {
    std::vector<model::Link> out;
    for (const auto& link : j) {
      out.push_back({link.at("url").get<std::string>(), link.at("title").get<std::string>()});
    }
    return out;
  });
}

namespace {

template <typename T>
T known_or_damaged(std::optional<T> value, const char* what, const std::string& name, const std::string& where) {
  if (!value) {
    throw Error(ErrorCategory::damaged, where + " has an unknown " + what + " \"" + name +
                                            "\" (written by a newer chatvault?)");
  }
  return *value;
}

}  // namespace

model::Platform decode_platform(const std::string& name, const std::string& where) {
  return known_or_damaged(model::platform_from_string(name), "platform", name, where);
}
model::MessageKind decode_message_kind(const std::string& name, const std::string& where) {
  return known_or_damaged(model::message_kind_from_string(name), "message kind", name, where);
}
model::AttachmentKind decode_attachment_kind(const std::string& name, const std::string& where) {
  return known_or_damaged(model::attachment_kind_from_string(name), "attachment kind", name, where);
}

}  // namespace chatvault::archive
