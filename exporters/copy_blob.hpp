#pragma once
// copy_blob: streams one stored file from a ChatReader into a new file of an OutputDir.
#include <string_view>

#include "exporters/output_dir.hpp"
#include "model/chat_reader.hpp"

namespace chatvault::exporters {

// Copies the blob `content_hash` of `reader` to `relative` (a path from out.claim), in chunks,
// never holding the whole file. The blob is opened before the file is created, so a blob the
// reader lacks leaves no empty file behind. Throws what reader.open_blob and ByteReader::read
// throw, and Error(io) from OutputDir::create / OutputFile (an existing file is never
// overwritten).
void copy_blob(model::ChatReader& reader, std::string_view content_hash, OutputDir& out, std::string_view relative);

}  // namespace chatvault::exporters
