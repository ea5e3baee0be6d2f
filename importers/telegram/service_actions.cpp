#include "importers/telegram/service_actions.hpp"

namespace chatvault::importers::telegram {
namespace {

std::string str_field(const nlohmann::json& msg, const char* key) {
  const auto it = msg.find(key);
  if (it == msg.end()) {
    return {};
  }
  if (it->is_string()) {
    return it->get<std::string>();
  }
  if (it->is_number()) {
    return it->dump();
  }
  return {};
}

std::string members(const nlohmann::json& msg) {
  const auto it = msg.find("members");
  if (it == msg.end() || !it->is_array()) {
    return "members";
  }
  std::string out;
  for (const auto& m : *it) {
    out += (out.empty() ? "" : ", ") + peer_name(m);
  }
  return out.empty() ? "members" : out;
}

std::string quoted(const std::string& s) { return "\u201C" + s + "\u201D"; }

}  // namespace

std::string peer_name(const nlohmann::json& value) {
  if (value.is_string()) {
    return value.get<std::string>();
  }
  return "Deleted Account";
}

std::string flatten_text(const nlohmann::json& value) {
  if (value.is_string()) {
    return value.get<std::string>();
  }
  std::string out;
  if (value.is_array()) {
    for (const auto& part : value) {
      if (part.is_string()) {
        out += part.get<std::string>();
      } else if (part.is_object()) {
        if (const auto t = part.find("text"); t != part.end() && t->is_string()) {
          out += t->get<std::string>();
        }
      }
    }
  }
  return out;
}

std::string service_sentence(const nlohmann::json& msg) {
  const auto actor_it = msg.find("actor");
  // A missing actor is not a deleted account: the export simply did not say who (chatpack's pin).
  const std::string actor = actor_it == msg.end() ? std::string("Someone") : peer_name(*actor_it);
  const std::string action = str_field(msg, "action");
  const std::string title = str_field(msg, "title");
  if (action == "create_group") {
    return actor + " created group " + quoted(title);
  }
  if (action == "edit_group_title") {
    return actor + " changed the group title to " + quoted(title);
  }
  if (action == "edit_group_photo") {
    return actor + " changed the group photo";
  }
  if (action == "delete_group_photo") {
    return actor + " removed the group photo";
  }
  if (action == "invite_members") {
    return actor + " added " + members(msg);
  }
  if (action == "remove_members") {
    return actor + " removed " + members(msg);
  }
  if (action == "join_group_by_link") {
    const std::string inviter = msg.contains("inviter") ? peer_name(msg["inviter"]) : std::string();
    return actor + " joined the group via invite link" + (inviter.empty() ? "" : " from " + inviter);
  }
  if (action == "create_channel") {
    return actor + " created channel " + quoted(title);
  }
  if (action == "migrate_to_supergroup") {
    return actor + " converted this group to a supergroup";
  }
  if (action == "migrate_from_group") {
    return actor + " converted the group " + quoted(title) + " to this supergroup";
  }
  if (action == "pin_message") {
    return actor + " pinned a message";
  }
  if (action == "clear_history") {
    return actor + " cleared the history";
  }
  if (action == "phone_call") {
    const std::string reason = str_field(msg, "discard_reason");
    if (reason == "missed") {
      return "Missed call from " + actor;
    }
    if (reason == "busy") {
      return actor + " called (busy)";
    }
    const std::string secs = str_field(msg, "duration_seconds");
    return actor + " called" + (secs.empty() ? "" : " (" + secs + " s)");
  }
  if (action == "group_call") {
    const std::string secs = str_field(msg, "duration");
    return actor + " started a group call" + (secs.empty() ? "" : " (" + secs + " s)");
  }
  if (action == "take_screenshot") {
    return actor + " took a screenshot";
  }
  if (action == "joined_telegram") {
    return actor + " joined Telegram";
  }
  if (action == "topic_created") {
    return actor + " created topic " + quoted(title);
  }
  if (action == "set_messages_ttl") {
    const std::string period = str_field(msg, "period");
    if (period.empty() || period == "0") {
      return actor + " disabled auto-delete";
    }
    return actor + " set messages to auto-delete after " + period + " s";
  }
  return actor + ": " + (action.empty() ? std::string("service message") : action);
}

}  // namespace chatvault::importers::telegram
