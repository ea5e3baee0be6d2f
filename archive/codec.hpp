#pragma once
// How message fields without a column of their own are stored: location, poll and call as
// small JSON objects (see docs/ARCHIVE_SCHEMA.md).
#include <optional>
#include <string>

#include "model/message.hpp"

namespace chatvault::archive {

std::string encode_location(const model::Location& location);
std::string encode_poll(const model::Poll& poll);
std::string encode_call(const model::Call& call);

// Error(damaged) if the stored JSON is not what encode_* wrote.
model::Location decode_location(const std::string& json);
model::Poll decode_poll(const std::string& json);
model::Call decode_call(const std::string& json);

}  // namespace chatvault::archive
