#pragma once
// The options several commands share, defined once: import and export flags, --kdf.
#include <CLI/CLI.hpp>

#include <string>
#include <vector>

#include "exporters/exporter.hpp"
#include "importers/importer.hpp"

namespace chatvault::cli {

struct ImportFlags {
  std::string format;
  std::string zone;
  std::string date_order = "auto";
  std::string self;
  std::string into;
  bool no_media = false;
  bool parts = false;
};

struct ExportFlags {
  std::string format;
  std::string out;
  std::vector<std::string> chats;
  std::string zone;
  std::string self;
  std::vector<std::string> renames;
  bool no_media = false;
};

// `format_option` is "--format" on import, "--from" on convert (where --format is the output's).
void add_import_flags(CLI::App& cmd, ImportFlags& flags, const std::string& format_option);
// Checks what can be checked before a passphrase is asked (an unknown zone), then converts.
importers::ImportOptions import_options(const ImportFlags& flags);

// On `export` (standalone): --tz and --self. On `convert`, --tz and --self are the import's
// (the chats keep them), the output's self name is --self-as, and --no-media is the import's.
void add_export_flags(CLI::App& cmd, ExportFlags& flags, bool standalone);
// Throws Error(usage) for a --rename without '=' or an unknown zone or format.
exporters::ExportOptions export_options(const ExportFlags& flags);

// --kdf LEVEL into `level` (a name app::parse_kdf_level takes), checked while parsing; the help
// is `what`, the levels with their costs, and `default_text`.
void add_kdf_option(CLI::App& cmd, std::string& level, const std::string& what, const std::string& default_text);

}  // namespace chatvault::cli
