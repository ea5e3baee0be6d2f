// chatvault init ARCHIVE: create a new archive.
#include <iostream>
#include <map>
#include <memory>

#include "app/init.hpp"
#include "cli/command.hpp"
#include "cli/passphrase.hpp"

namespace chatvault::cli {

void add_init_command(CLI::App& app, Context& ctx) {
  struct Options {
    std::string archive;
    std::string kdf = "moderate";
  };
  auto opt = std::make_shared<Options>();
  CLI::App* cmd = app.add_subcommand("init", "Create a new, empty archive protected by a passphrase");
  cmd->add_option("ARCHIVE", opt->archive, "Path of the archive file to create (must not exist)")->required();
  cmd->add_option("--kdf", opt->kdf,
                  "Cost of turning the passphrase into a key: interactive (fast, 64 MiB), "
                  "moderate (default, ~1 s, 256 MiB), sensitive (~4 s, 1 GiB)")
      ->check(CLI::IsMember({"interactive", "moderate", "sensitive"}));
  add_passphrase_options(*cmd, ctx);
  cmd->callback([&ctx, opt] {
    ctx.action = [&ctx, opt] {
      const std::map<std::string, archive::KdfLevel> levels{{"interactive", archive::KdfLevel::interactive},
                                                            {"moderate", archive::KdfLevel::moderate},
                                                            {"sensitive", archive::KdfLevel::sensitive}};
      const Secret passphrase = obtain_passphrase(ctx.passphrase, /*confirm=*/true);
      app::InitRequest req;
      req.archive = opt->archive;
      req.passphrase = &passphrase;
      req.kdf = levels.at(opt->kdf);
      const app::InitResult result = app::run_init(req);
      std::cout << "created " << opt->archive << (result.encrypted ? " (every page encrypted)" : "") << '\n';
      return 0;
    };
  });
}

}  // namespace chatvault::cli
