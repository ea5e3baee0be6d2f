// chatvault import ARCHIVE SOURCE...: add exports to an archive.
#include <iostream>
#include <memory>

#include "app/import.hpp"
#include "cli/command.hpp"
#include "cli/output.hpp"
#include "cli/passphrase.hpp"
#include "cli/shared_options.hpp"

namespace chatvault::cli {

void add_import_command(CLI::App& app, Context& ctx) {
  struct Options {
    std::string archive;
    std::vector<std::string> sources;
    ImportFlags flags;
  };
  auto opt = std::make_shared<Options>();
  CLI::App* cmd = app.add_subcommand(
      "import",
      "Import chat exports into an archive. Importing the same export again adds nothing;\n"
      "a newer export of the same chat adds only the new messages.");
  cmd->add_option("ARCHIVE", opt->archive, "The archive (made with 'chatvault init')")->required();
  cmd->add_option("SOURCE", opt->sources,
                  "Export files or folders (a WhatsApp .txt or .zip, a Telegram Desktop export folder), "
                  "as the app made them")
      ->required();
  add_import_flags(*cmd, opt->flags, "--format");
  add_passphrase_options(*cmd, ctx);
  cmd->callback([&ctx, opt] {
    ctx.action = [&ctx, opt] {
      importers::ImportOptions options = import_options(opt->flags);
      const Secret passphrase = obtain_passphrase(ctx.passphrase, /*confirm=*/false);
      app::ImportRequest req;
      req.archive = opt->archive;
      req.passphrase = &passphrase;
      req.sources.assign(opt->sources.begin(), opt->sources.end());
      req.format = opt->flags.format;
      req.parts_of_one_export = opt->flags.parts;
      req.options = std::move(options);
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
