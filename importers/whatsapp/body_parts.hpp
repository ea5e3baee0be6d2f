#pragma once
// Pieces of body classification that parse structure rather than match fixed strings: map
// URLs, polls, call durations, document page counts, and mark trimming.
#include <cstdint>
#include <optional>
#include <string_view>

#include "model/message.hpp"

namespace chatvault::importers::whatsapp {

// Strips LRM/RLM/BOM/bidi marks and ASCII/no-break/narrow spaces at both ends.
std::string_view trim_marks(std::string_view s);
// "https://maps.google.com/?q=51.5,-0.1" → lat/lon.
std::optional<model::Location> parse_maps_url(std::string_view url);
// "POLL:\nquestion\nOPTION: a (1 vote)…" in any language whose keywords are upper case.
std::optional<model::Poll> parse_poll(std::string_view body);
// "5 min", "1 hr 3 min", "45 sec", "5 Min." → seconds; nullopt if not a duration.
std::optional<std::int64_t> parse_duration(std::string_view s);
// The first number in `s` (ASCII or Arabic-Indic digits): "‎2 pages", "صفحتان 2".
std::optional<int> first_number(std::string_view s);

}  // namespace chatvault::importers::whatsapp
