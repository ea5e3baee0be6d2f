#pragma once
// One Messenger/Instagram DYI JSON message (FORMAT.md §1.4, §4.1) as a model::Message.
#include <functional>
#include <optional>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "model/message.hpp"

namespace chatvault::importers::meta {

// Finds a media `uri` in the export: the attachment's opener and size, or missing.
using MediaResolver = std::function<void(const std::string& uri, model::Attachment& att)>;

// `msg` with its strings already repaired. nullopt when it has no sender or no time (the caller
// counts the skip); every key the model has no slot for goes to extra_json.
std::optional<model::Message> convert_message(const nlohmann::ordered_json& msg, const MediaResolver& resolve);

// A group or thread event Meta writes as an English sentence (the export's UI language; other
// languages stay text, as written), or a Subscribe/Unsubscribe `type`: a system message. Both the
// JSON and the HTML readers ask it, so the two downloads of one chat classify alike.
bool is_english_event(std::string_view text, std::string_view type);

}  // namespace chatvault::importers::meta
