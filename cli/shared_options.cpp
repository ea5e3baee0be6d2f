#include "cli/shared_options.hpp"

#include "app/export.hpp"
#include "app/kdf_level.hpp"
#include "util/error.hpp"
#include "util/time.hpp"

namespace chatvault::cli {
namespace {

std::string joined(const std::vector<std::string>& items, const std::string& sep) {
  std::string out;
  for (const auto& i : items) {
    out += out.empty() ? i : sep + i;
  }
  return out;
}

}  // namespace

void add_import_flags(CLI::App& cmd, ImportFlags& flags, const std::string& format_option) {
  // Generated from the registry, so a new importer shows up here by being registered.
  cmd.add_option(format_option, flags.format,
                 "Skip detection and read the sources as this format (" + joined(app::import_format_names(), ", ") +
                     ")");
  cmd.add_option("--tz", flags.zone,
                 "Time zone the export's clock times were written in, e.g. Europe/Berlin "
                 "(default: the zone used for this chat before, else this computer's)")
      ->option_text("ZONE");
  cmd.add_option("--date-order", flags.date_order,
                 "Order of day, month and year in the export's dates (default: decided from the whole file)")
      ->check(CLI::IsMember({"auto", "dmy", "mdy", "ymd"}));
  cmd.add_option("--self", flags.self, "Your own name as it appears in the export");
  cmd.add_option("--into", flags.into, "Add the export to the chat with this key (e.g. after a contact was renamed)");
  cmd.add_flag("--no-media", flags.no_media, "Record attachments without their bytes");
  cmd.add_flag("--parts", flags.parts,
               "The sources are parts of one export (a download split into ...-part1.zip, ...-part2.zip):\n"
               "read them as one");
}

importers::ImportOptions import_options(const ImportFlags& flags) {
  if (!flags.zone.empty()) {
    timeutil::ZoneClock check(flags.zone);  // an unknown zone fails before the passphrase is asked
  }
  importers::ImportOptions o;
  o.zone = flags.zone;
  o.self_name = flags.self;
  o.into_chat = flags.into;
  o.include_media = !flags.no_media;
  const std::string& order = flags.date_order;
  o.date_order = order == "dmy"   ? importers::DateOrder::dmy
                 : order == "mdy" ? importers::DateOrder::mdy
                 : order == "ymd" ? importers::DateOrder::ymd
                                  : importers::DateOrder::automatic;
  return o;
}

void add_export_flags(CLI::App& cmd, ExportFlags& flags, bool standalone) {
  cmd.add_option("--format", flags.format, "Output format:\n  " + joined(app::export_format_help(), "\n  "))
      ->required();
  cmd.add_option("--out", flags.out, "Folder to write into (created if needed; existing files are never overwritten)")
      ->required()
      ->option_text("DIR");
  cmd.add_option("--chat", flags.chats, "Only this chat (title or key; repeat for several; default: all)");
  if (standalone) {
    cmd.add_option("--tz", flags.zone,
                   "Write clock times in this zone instead of each chat's own (formats with clock times)")
        ->option_text("ZONE");
  }
  cmd.add_option(standalone ? "--self" : "--self-as", flags.self,
                 "Your name in the output (telegram: write your own messages under the name Telegram knows)");
  cmd.add_option("--rename", flags.renames,
                 "Write a sender under another name, e.g. --rename \"Anna S=Anna Schmidt\" (repeatable)")
      ->option_text("OLD=NEW");
  if (standalone) {
    cmd.add_flag("--no-media", flags.no_media, "Do not copy media files");
  }
}

exporters::ExportOptions export_options(const ExportFlags& flags) {
  app::require_exporter(flags.format);
  if (!flags.zone.empty()) {
    timeutil::ZoneClock check(flags.zone);
  }
  exporters::ExportOptions o;
  o.out_dir = flags.out;
  o.chats = flags.chats;
  o.copy_media = !flags.no_media;
  o.zone = flags.zone;
  o.self_name = flags.self;
  for (const auto& r : flags.renames) {
    const auto eq = r.find('=');
    if (eq == std::string::npos || eq == 0 || eq + 1 == r.size()) {
      throw Error(ErrorCategory::usage, "--rename '" + r + "': write it as OLD=NEW");
    }
    o.renames.emplace_back(r.substr(0, eq), r.substr(eq + 1));
  }
  return o;
}

void add_kdf_option(CLI::App& cmd, std::string& level, const std::string& what, const std::string& default_text) {
  cmd.add_option("--kdf", level, what + ": " + app::kdf_level_help() + ". Default: " + default_text)
      ->check(CLI::IsMember(app::kdf_level_names()));
}

}  // namespace chatvault::cli
