#pragma once
// Readable English sentences for Telegram service messages ("Alice added Bob, Carol").
#include <string>

#include <nlohmann/json.hpp>

namespace chatvault::importers::telegram {

// The display name behind a peer name field; JSON null (a deleted account) reads "Deleted Account".
std::string peer_name(const nlohmann::json& value);
// Telegram's rich text (a string or an array of strings and {text} runs) as plain text.
std::string flatten_text(const nlohmann::json& value);
// The sentence for one `type: "service"` message object.
std::string service_sentence(const nlohmann::json& msg);

}  // namespace chatvault::importers::telegram
