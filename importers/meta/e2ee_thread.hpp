#pragma once
// One file of Messenger's end-to-end-encrypted "message storage" download (FORMAT.md §2).
#include <functional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include "importers/meta/dyi_message.hpp"
#include "importers/meta/json_file.hpp"
#include "model/chat.hpp"
#include "model/message.hpp"

namespace chatvault::importers::meta {

// The first bytes of a JSON file say whether it is such a thread ("threadName", "senderName").
bool looks_like_e2ee_thread(std::string_view head);

struct E2eeThread {
  std::string title;                      // threadName without its "_N" suffix
  std::vector<std::string> participants;  // plain names
  std::vector<model::Message> messages;   // time order
  std::vector<std::pair<std::string, std::string>> skipped;  // (JSON path, reason), for the caller to count
};

// `doc` parsed (strings repaired: the real files are clean UTF-8, which the guarded repair
// leaves alone). Media "./media/<uuid>.<ext>" go through `resolve`; "Failed to download
// media" is a missing attachment; unsent messages are kept as deleted, never dropped.
E2eeThread read_e2ee_thread(const nlohmann::ordered_json& doc, const std::string& file, const MediaResolver& resolve);

// The key a thread goes under, given the key it would have on its own: the importer's way of
// joining an E2EE file to the e2ee_cutover thread it continues.
struct E2eeThread;
using ChatKeyFor = std::function<std::string(const E2eeThread& thread, std::string own_key)>;

// Reads one such file into its chat (its key "messenger:e2ee:<file stem>" unless `key_for` says
// otherwise); false (after a counted skip) when it is not valid JSON.
bool emit_e2ee_file(const EmitContext& context, const std::string& file, const ChatKeyFor& key_for);

}  // namespace chatvault::importers::meta
