#pragma once
// One Messenger/Instagram DYI JSON message (FORMAT.md §1.4, §4.1) as a model::Message.
#include <array>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include "model/message.hpp"

namespace chatvault::importers::meta {

// Finds a media `uri` in the export: the attachment's opener and size, or missing.
using MediaResolver = std::function<void(const std::string& uri, model::Attachment& att)>;

// A message's keys as read, strings repaired, before the rules that make it a model::Message: what
// the nlohmann reader and the fast thread reader (thread_reader) both produce, so one set of rules
// serves both. A key of the wrong type reads as absent; a repeated key's last value counts.
struct MessageFields {
  // The media keys, in the order their attachments are added.
  enum Media : std::size_t { photos, videos, audio_files, files, gifs, sticker, media_count };
  static constexpr std::array<std::string_view, media_count> media_keys = {"photos", "videos", "audio_files",
                                                                          "files",  "gifs",   "sticker"};

  std::optional<std::int64_t> timestamp_ms;
  std::optional<std::int64_t> timestamp;  // spring 2018: seconds
  std::optional<std::string> sender;
  std::string content;
  std::string type;
  std::array<std::vector<std::string>, media_count> media_uris;  // one per object item
  std::vector<model::Reaction> reactions;                        // as listed, repeats included
  std::optional<nlohmann::ordered_json> share;                   // when an object
  bool has_call_duration = false;
  std::optional<std::int64_t> call_duration;
  bool missed = false;
  bool is_unsent = false;
  // Keys with no slot in the model, in the message's order: they go to extra_json. The keys view
  // the text or tree the fields were read from, which outlives building the message.
  std::vector<std::pair<std::string_view, nlohmann::ordered_json>> other;

  // Whether `key` has a field above (every other key goes to `other`).
  static bool is_mapped(std::string_view key);
};

// The fields of one message object (its strings already repaired); nullopt when not an object.
std::optional<MessageFields> fields_of(const nlohmann::ordered_json& msg);

// The last extra_json made of a message's unmapped keys alone, with those keys: most messages of a
// file repeat them (2024+ exports: "is_geoblocked_for_viewer": false on each), and are given the
// same text without building and writing it again.
struct ExtraMemo {
  std::vector<std::pair<std::string, nlohmann::ordered_json>> other;
  std::string text;
};

// Fills `m` (a default Message) with the message the fields describe; false when it has no sender
// or no time (the caller counts the skip). In place: a reader building many keeps them in a vector,
// and passes a memo kept from one message to the next.
bool build_message(MessageFields&& fields, const MediaResolver& resolve, model::Message& m, ExtraMemo* memo = nullptr);

// `msg` with its strings already repaired: build_message(fields_of(msg)).
std::optional<model::Message> convert_message(const nlohmann::ordered_json& msg, const MediaResolver& resolve);

// A group or thread event Meta writes as an English sentence (the export's UI language; other
// languages stay text, as written), or a Subscribe/Unsubscribe `type`: a system message. Both the
// JSON and the HTML readers ask it, so the two downloads of one chat classify alike.
bool is_english_event(std::string_view text, std::string_view type);

}  // namespace chatvault::importers::meta
