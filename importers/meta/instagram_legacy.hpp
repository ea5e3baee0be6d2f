#pragma once
// Instagram's 2018–2020 messages.json: every conversation in one array (FORMAT.md §4.2).
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include "importers/meta/json_file.hpp"
#include "model/message.hpp"

namespace chatvault::importers::meta {

// The first bytes of a messages.json say whether it is that array ("conversation", "participants").
bool looks_like_instagram_legacy(std::string_view head);

struct LegacyConversation {
  std::vector<std::string> participants;  // usernames
  std::vector<model::Message> messages;   // time order
  std::vector<std::pair<std::string, std::string>> skipped;  // (JSON path, reason)
};

// `doc` is the parsed array. Media are CDN addresses that have expired: attachments are
// recorded as missing with their address in extra; shares become links; likes reactions.
std::vector<LegacyConversation> read_instagram_legacy(const nlohmann::ordered_json& doc, const std::string& file);

// Reads a messages.json into its chats (keyed by their sorted usernames; the owner from --self,
// the profile.json beside it, or the one name in every conversation). False (after a counted
// skip) when it is not valid JSON.
bool emit_instagram_legacy(const EmitContext& context, const std::string& file);

// "2019-06-13T02:15:02.150760+00:00" → UTC ms; nullopt if malformed.
std::optional<std::int64_t> parse_created_at(std::string_view s);

}  // namespace chatvault::importers::meta
