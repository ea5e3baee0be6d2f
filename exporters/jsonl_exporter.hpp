#pragma once
// The "jsonl" format: chats.json plus one <chat>.jsonl per chat, one message per line.
// The schema is documented and versioned in docs/JSONL.md.
#include <memory>
#include <string>
#include <vector>

#include "exporters/exporter.hpp"

namespace chatvault::exporters {

// The schema version written into chats.json; bump it whenever a field changes meaning or
// goes away (adding a field at the end of an object does not need a bump: see docs/JSONL.md).
inline constexpr int k_jsonl_version = 2;

std::unique_ptr<Exporter> make_jsonl_exporter();

// One message as its JSONL line, with the trailing '\n'; `media_paths` as in
// ChatWriter::write_message. Deterministic: fixed key order, compact, UTF-8 unescaped.
std::string jsonl_line(const model::Chat& chat, const model::Message& msg,
                       const std::vector<std::string>& media_paths);

}  // namespace chatvault::exporters
