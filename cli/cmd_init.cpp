// chatvault init ARCHIVE: create a new archive.
#include <iostream>
#include <memory>

#include "app/init.hpp"
#include "app/kdf_level.hpp"
#include "cli/command.hpp"
#include "cli/passphrase.hpp"
#include "cli/shared_options.hpp"

namespace chatvault::cli {

void add_init_command(CLI::App& app, Context& ctx) {
  struct Options {
    std::string archive;
    std::string kdf{app::to_string(app::InitRequest{}.kdf)};
  };
  auto opt = std::make_shared<Options>();
  CLI::App* cmd = app.add_subcommand("init", "Create a new, empty archive protected by a passphrase");
  cmd->add_option("ARCHIVE", opt->archive, "Path of the archive file to create (must not exist)")->required();
  add_kdf_option(*cmd, opt->kdf, "Cost of turning the passphrase into a key", opt->kdf);
  add_passphrase_options(*cmd, ctx);
  cmd->callback([&ctx, opt] {
    ctx.action = [&ctx, opt] {
      const Secret passphrase = obtain_passphrase(ctx.passphrase, /*confirm=*/true);
      app::InitRequest req;
      req.archive = opt->archive;
      req.passphrase = &passphrase;
      req.kdf = app::parse_kdf_level(opt->kdf);
      const app::InitResult result = app::run_init(req);
      std::cout << "created " << opt->archive << (result.encrypted ? " (every page encrypted)" : "") << '\n';
      return 0;
    };
  });
}

}  // namespace chatvault::cli
