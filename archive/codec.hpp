#pragma once
// How message fields without a column of their own are stored: location, poll, call and links
// as small JSON values (see docs/ARCHIVE_SCHEMA.md).
#include <optional>
#include <string>
#include <vector>

#include "model/message.hpp"
#include "model/platform.hpp"

namespace chatvault::archive {

std::string encode_location(const model::Location& location);
std::string encode_poll(const model::Poll& poll);
std::string encode_call(const model::Call& call);
std::string encode_links(const std::vector<model::Link>& links);  // [{"url","title"}]

// Error(damaged) if the stored JSON is not what encode_* wrote.
model::Location decode_location(const std::string& json);
model::Poll decode_poll(const std::string& json);
model::Call decode_call(const std::string& json);
std::vector<model::Link> decode_links(const std::string& json);

// Enumerations stored as their names. One rule for every reader: a name this build does not
// know is Error(damaged) naming the row (`where`, e.g. "message 42"), never a silent default
// (a newer chatvault's archive read by an older one must not turn a kind into text).
model::Platform decode_platform(const std::string& name, const std::string& where);
model::MessageKind decode_message_kind(const std::string& name, const std::string& where);
model::AttachmentKind decode_attachment_kind(const std::string& name, const std::string& where);

}  // namespace chatvault::archive
