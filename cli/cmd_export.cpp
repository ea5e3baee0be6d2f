// chatvault export ARCHIVE --format F --out DIR: write chats in an open format.
#include <iostream>
#include <memory>

#include "app/export.hpp"
#include "cli/command.hpp"
#include "cli/output.hpp"
#include "cli/passphrase.hpp"
#include "cli/shared_options.hpp"

namespace chatvault::cli {

void add_export_command(CLI::App& app, Context& ctx) {
  struct Options {
    std::string archive;
    ExportFlags flags;
  };
  auto opt = std::make_shared<Options>();
  CLI::App* cmd = app.add_subcommand(
      "export",
      "Write chats to files in an open format, or as packages Telegram's \"Import chat\" accepts\n"
      "(--format telegram). Media files go with them.");
  cmd->add_option("ARCHIVE", opt->archive, "The archive")->required();
  add_export_flags(*cmd, opt->flags, /*standalone=*/true);
  add_passphrase_options(*cmd, ctx);
  cmd->callback([&ctx, opt] {
    ctx.action = [&ctx, opt] {
      exporters::ExportOptions options = export_options(opt->flags);
      const Secret passphrase = obtain_passphrase(ctx.passphrase, false);
      app::ExportRequest req;
      req.archive = {opt->archive, &passphrase};
      req.format = opt->flags.format;
      req.options = std::move(options);
      TerminalReporter reporter;
      const auto result = app::run_export(req, reporter);
      std::cout << app::export_summary_line(result, opt->flags.out, opt->flags.format) << '\n';
      return 0;
    };
  });
}

}  // namespace chatvault::cli
