#pragma once
// Import use case: detect each source's format, stream it into the archive, report a summary.
#include <filesystem>
#include <string>
#include <vector>

#include "archive/archive.hpp"
#include "importers/importer.hpp"
#include "util/reporter.hpp"
#include "util/secret.hpp"

namespace chatvault::app {

struct ImportRequest {
  std::filesystem::path archive;
  const Secret* passphrase = nullptr;
  std::vector<std::filesystem::path> sources;
  std::string format;                  // empty: detect
  bool parts_of_one_export = false;    // --parts: `sources` are parts of one export, read as one
  importers::ImportOptions options;    // zone, date order, self, media, into (known_chat is filled in here)
};

struct SourceResult {
  std::string label;                   // the source's file or folder name
  std::string format;                  // importer name
  archive::ImportCounts counts;
  importers::ImportReport report;
};

struct ImportResult {
  std::vector<SourceResult> sources;
};

// Imports every source in order, each in its own import session. Stops at the first source
// that fails (Error propagates); sources before it stay imported, and so does every batch of
// the failing one that was committed, so re-running the same command completes the work.
ImportResult run_import(const ImportRequest& request, Reporter& reporter);

// "Anna.zip (whatsapp): 1 chat, 25 messages added, 0 duplicates skipped, 0 warnings, time zone Europe/Berlin"
std::string summary_line(const SourceResult& result);

}  // namespace chatvault::app
