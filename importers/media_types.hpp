#pragma once
// MIME types of media files by their extension, for exports that give names but no types.
#include <string>
#include <string_view>

#include "model/message.hpp"

namespace chatvault::importers {

// "image/jpeg" for "IMG-1.JPG"; empty when the extension is not a known media or document type.
std::string mime_from_file_name(std::string_view name);

// What a file is by its extension (.jpeg → photo, .ogg → audio, .gif → gif); document otherwise.
model::AttachmentKind attachment_kind_from_file_name(std::string_view name);

}  // namespace chatvault::importers
