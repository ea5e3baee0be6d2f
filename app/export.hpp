#pragma once
// Export use case: write chats of an archive in one of the export formats.
#include <string>

#include "app/archive_ref.hpp"
#include "exporters/exporter.hpp"
#include "util/reporter.hpp"

namespace chatvault::app {

struct ExportRequest {
  ArchiveRef archive;
  std::string format;                  // an exporter name: jsonl, txt
  exporters::ExportOptions options;
};

// Throws Error(usage) for an unknown format, listing the known ones.
exporters::ExportResult run_export(const ExportRequest& request, Reporter& reporter);

}  // namespace chatvault::app
