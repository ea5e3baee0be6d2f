// ExporterRegistry and the list of built-in formats: adding a format is one line here.
#include <algorithm>

#include "exporters/exporter.hpp"
#include "exporters/jsonl_exporter.hpp"
#include "exporters/telegram_json_exporter.hpp"
#include "exporters/telegram_package_exporter.hpp"
#include "exporters/txt_exporter.hpp"
#include "util/error.hpp"

namespace chatvault::exporters {

void ExporterRegistry::add(std::unique_ptr<Exporter> exporter) {
  if (find(exporter->name()) != nullptr) {
    throw Error(ErrorCategory::internal, "two exporters are named '" + std::string(exporter->name()) + "'");
  }
  m_exporters.push_back(std::move(exporter));
}

Exporter* ExporterRegistry::find(std::string_view name) const {
  for (const auto& e : m_exporters) {
    if (e->name() == name) {
      return e.get();
    }
  }
  return nullptr;
}

std::vector<std::string> ExporterRegistry::names() const {
  std::vector<std::string> out;
  out.reserve(m_exporters.size());
  for (const auto& e : m_exporters) {
    out.emplace_back(e->name());
  }
  std::sort(out.begin(), out.end());
  return out;
}

ExporterRegistry builtin_exporters() {
  ExporterRegistry registry;
  registry.add(make_jsonl_exporter());
  registry.add(make_telegram_json_exporter());
  registry.add(make_telegram_package_exporter());
  registry.add(make_txt_exporter());
  return registry;
}

}  // namespace chatvault::exporters
