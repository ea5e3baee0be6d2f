#pragma once
// Pass 1 over a chat text: every header line, counted per layout, for the layout, the date
// order, 12/24 hours, the senders and whether the chat is a group. Nothing is emitted.
#include <array>
#include <cstdint>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

#include "importers/whatsapp/chat_import.hpp"
#include "importers/whatsapp/date_order.hpp"
#include "importers/whatsapp/senders.hpp"

namespace chatvault::importers::whatsapp {

// How often a first-split author's lines continue with the same "REST: " segment: if always,
// the name itself contains ": " ("Dr: Who: hello").
struct AuthorLines {
  std::uint64_t lines = 0;
  std::string ext_raw;   // raw "A: B" of the first line; empty if that line had no second ": "
  bool consistent = true;
};

struct LayoutStats {
  std::uint64_t headers = 0;
  std::uint64_t with_meridiem = 0;
  DateOrderEvidence evidence;
  std::vector<std::string> senders;  // people, in order of first appearance
  std::unordered_set<std::string> seen;
  std::unordered_map<std::string, AuthorLines> by_raw_author;
  std::vector<std::pair<std::string, bool>> system_like;  // (author, group event) of "A: <system text>"
  bool group_event = false;
};

struct Scan {
  std::array<LayoutStats, 3> layouts;  // indexed by Layout
  bool any_text = false;
  std::vector<ColonName> known_colon_names;  // from the known chat and --self
};

// Reads `text` once; `known_colon_names` are names with ": " known before reading. Memory is
// bounded for hostile input (a cap on distinct senders). Throws what text.open() and the
// reader throw.
Scan scan(const ChatText& text, std::vector<ColonName> known_colon_names);

// Pass-1 conclusions about names: authors whose every line (two or more) continues with the
// same "X: " are named "A: X" (renamed in `ls`); "A: <system text>" lines by no known sender
// are group events. Returns `known` plus the new colon names, longest raw first.
std::vector<ColonName> settle_names(LayoutStats& ls, std::vector<ColonName> known);

}  // namespace chatvault::importers::whatsapp
