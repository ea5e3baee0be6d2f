#include "app/export.hpp"

#include "util/error.hpp"

namespace chatvault::app {

exporters::ExportResult run_export(const ExportRequest& request, Reporter& reporter) {
  auto registry = exporters::builtin_exporters();
  exporters::Exporter* exporter = registry.find(request.format);
  if (exporter == nullptr) {
    std::string known;
    for (const auto& n : registry.names()) {
      known += known.empty() ? n : ", " + n;
    }
    throw Error(ErrorCategory::usage, "unknown export format '" + request.format + "'; known formats: " + known);
  }
  auto store = open_for_reading(request.archive);
  return exporters::export_chats(*store, *exporter, request.options, reporter);
}

}  // namespace chatvault::app
