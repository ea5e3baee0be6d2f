#include "app/export.hpp"

#include "importers/importer.hpp"
#include "util/error.hpp"

namespace chatvault::app {
namespace {

exporters::Exporter& find_exporter(const exporters::ExporterRegistry& registry, const std::string& format) {
  exporters::Exporter* exporter = registry.find(format);
  if (exporter == nullptr) {
    std::string known;
    for (const auto& n : registry.names()) {
      known += known.empty() ? n : ", " + n;
    }
    throw Error(ErrorCategory::usage, "unknown export format '" + format + "'; known formats: " + known);
  }
  return *exporter;
}

}  // namespace

void require_exporter(const std::string& format) { find_exporter(exporters::builtin_exporters(), format); }

std::vector<std::string> export_format_help() {
  const auto registry = exporters::builtin_exporters();
  std::vector<std::string> out;
  for (const auto& name : registry.names()) {
    out.push_back(name + ": " + std::string(registry.find(name)->description()));
  }
  return out;
}

std::vector<std::string> import_format_names() { return importers::builtin_importers().names(); }

std::string export_summary_line(const exporters::ExportResult& result, const std::string& out,
                                const std::string& format) {
  std::string line = "exported " + std::to_string(result.chats) + (result.chats == 1 ? " chat, " : " chats, ") +
                     std::to_string(result.messages) + (result.messages == 1 ? " message" : " messages");
  if (result.media_files > 0) {
    line += ", " + std::to_string(result.media_files) + " media files";
  }
  return line + " to " + out + " (" + format + ")";
}

exporters::ExportResult run_export(const ExportRequest& request, Reporter& reporter) {
  auto registry = exporters::builtin_exporters();
  exporters::Exporter& exporter = find_exporter(registry, request.format);
  auto store = open_for_reading(request.archive);
  return exporters::export_chats(*store, exporter, request.options, reporter);
}

}  // namespace chatvault::app
