// chatvault import ARCHIVE SOURCE...: add exports to an archive.
#include <iostream>
#include <memory>

#include "app/import.hpp"
#include "cli/command.hpp"
#include "cli/output.hpp"
#include "cli/passphrase.hpp"
#include "util/time.hpp"

namespace chatvault::cli {

void add_import_command(CLI::App& app, Context& ctx) {
  struct Options {
    std::string archive;
    std::vector<std::string> sources;
    std::string format;
    std::string zone;
    std::string date_order = "auto";
    std::string self;
    std::string into;
    bool no_media = false;
    bool parts = false;
  };
  auto opt = std::make_shared<Options>();
  CLI::App* cmd = app.add_subcommand(
      "import",
      "Import chat exports into an archive. Importing the same export again adds nothing;\n"
      "a newer export of the same chat adds only the new messages.");
  cmd->add_option("ARCHIVE", opt->archive, "The archive (made with 'chatvault init')")->required();
  cmd->add_option("SOURCE", opt->sources,
                  "Export files or folders: a WhatsApp .txt or .zip as the app made it")
      ->required();
  cmd->add_option("--format", opt->format, "Skip detection and read the sources as this format (whatsapp)");
  cmd->add_option("--tz", opt->zone,
                  "Time zone the export's clock times were written in, e.g. Europe/Berlin "
                  "(default: the zone used for this chat before, else this computer's)")
      ->option_text("ZONE");
  cmd->add_option("--date-order", opt->date_order,
                  "Order of day, month and year in the export's dates (default: decided from the whole file)")
      ->check(CLI::IsMember({"auto", "dmy", "mdy", "ymd"}));
  cmd->add_option("--self", opt->self, "Your own name as it appears in the export");
  cmd->add_option("--into", opt->into, "Add the export to the chat with this key (e.g. after a contact was renamed)");
  cmd->add_flag("--no-media", opt->no_media, "Record attachments without storing their bytes");
  cmd->add_flag("--parts", opt->parts,
                "The sources are parts of one export (a download split into ...-part1.zip, ...-part2.zip):\n"
                "read them as one");
  add_passphrase_options(*cmd, ctx);
  cmd->callback([&ctx, opt] {
    ctx.action = [&ctx, opt] {
      if (!opt->zone.empty()) {
        timeutil::ZoneClock check(opt->zone);  // an unknown zone fails before the passphrase is asked
      }
      const Secret passphrase = obtain_passphrase(ctx.passphrase, /*confirm=*/false);
      app::ImportRequest req;
      req.archive = opt->archive;
      req.passphrase = &passphrase;
      req.sources.assign(opt->sources.begin(), opt->sources.end());
      req.format = opt->format;
      req.parts_of_one_export = opt->parts;
      req.options.zone = opt->zone;
      req.options.self_name = opt->self;
      req.options.into_chat = opt->into;
      req.options.include_media = !opt->no_media;
      const std::string& order = opt->date_order;
      req.options.date_order = order == "dmy"   ? importers::DateOrder::dmy
                               : order == "mdy" ? importers::DateOrder::mdy
                               : order == "ymd" ? importers::DateOrder::ymd
                                                : importers::DateOrder::automatic;
      TerminalReporter reporter;
      const app::ImportResult result = app::run_import(req, reporter);
      for (const auto& source : result.sources) {
        std::cout << app::summary_line(source) << '\n';
      }
      return 0;
    };
  });
}

}  // namespace chatvault::cli
