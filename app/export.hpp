#pragma once
// Export use case: write chats of an archive in one of the export formats.
#include <string>
#include <vector>

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

// "exported 2 chats, 43 messages, 2 media files to out (jsonl)"
std::string export_summary_line(const exporters::ExportResult& result, const std::string& out,
                                const std::string& format);

// Throws Error(usage) unless `format` names a built-in export format (the message lists them).
void require_exporter(const std::string& format);

// Every built-in export format as "name: description", for help texts.
std::vector<std::string> export_format_help();
// Every built-in importer's name, for help texts.
std::vector<std::string> import_format_names();

}  // namespace chatvault::app
