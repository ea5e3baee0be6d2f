#pragma once
// Convert use case: exports straight into an export format, with no archive the user keeps.
#include <filesystem>
#include <string>
#include <vector>

#include "app/import.hpp"
#include "exporters/exporter.hpp"
#include "util/reporter.hpp"

namespace chatvault::app {

struct ConvertRequest {
  std::vector<std::filesystem::path> sources;
  std::string input_format;            // an importer name; empty: detect
  bool parts_of_one_export = false;    // --parts
  importers::ImportOptions import;     // zone, date order, self, media, into
  std::string format;                  // an exporter name
  exporters::ExportOptions output;     // out dir, chats, media, renames
  // Where the spool lives while the conversion runs (default: the system temp folder).
  std::filesystem::path spool_parent;
};

struct ConvertResult {
  ImportResult imported;
  exporters::ExportResult exported;
};

// Imports every source into a spool (a sealed archive under a random key that never leaves
// this process, in a private folder deleted afterwards, also on failure), then exports it. The
// spool is what keeps memory flat on exports of millions of messages, puts each chat's messages
// in time order across sources and merges overlapping exports of one chat, as `import` would.
// Throws Error(usage) for an unknown format before reading any source.
ConvertResult run_convert(const ConvertRequest& request, Reporter& reporter);

}  // namespace chatvault::app
