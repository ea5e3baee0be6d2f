#pragma once
// Senders as written in REST: cleaning a raw author into a display name, and splitting REST
// when a known author's name contains ": ".
#include <string>
#include <string_view>
#include <vector>

#include "importers/whatsapp/header_parser.hpp"

namespace chatvault::importers::whatsapp {

struct Sender {
  std::string name;
  bool tilde = false;     // "~ Name": not in the exporter's contacts
  bool repaired = false;  // invalid UTF-8 was replaced
};

// The sender as a person reads it: bidi marks removed, spaces trimmed, "~ " turned into a flag.
Sender clean_sender(std::string_view raw);

// A name containing ": " and the raw prefix it is written as.
struct ColonName {
  std::string raw;
  std::string name;
};

// Splits REST, preferring a known author name that contains ": " over the first ": ".
RestSplit split_known(std::string_view rest, const std::vector<ColonName>& names);

}  // namespace chatvault::importers::whatsapp
