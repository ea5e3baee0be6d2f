#pragma once
// One Messenger/Instagram DYI JSON message (FORMAT.md §1.4, §4.1) as a model::Message.
#include <functional>
#include <optional>
#include <string>

#include <nlohmann/json.hpp>

#include "model/message.hpp"

namespace chatvault::importers::meta {

// Finds a media `uri` in the export: the attachment's opener and size, or missing.
using MediaResolver = std::function<void(const std::string& uri, model::Attachment& att)>;

// `msg` with its strings already repaired. nullopt when it has no sender or no time (the caller
// counts the skip); every key the model has no slot for goes to extra_json.
std::optional<model::Message> convert_message(const nlohmann::ordered_json& msg, const MediaResolver& resolve);

}  // namespace chatvault::importers::meta
