// chatvault passwd ARCHIVE: change the passphrase (rewrites one key slot, no data page).
#include <iostream>
#include <memory>
#include <optional>

#include "app/kdf_level.hpp"
#include "app/keys.hpp"
#include "cli/command.hpp"
#include "cli/passphrase.hpp"
#include "cli/shared_options.hpp"

namespace chatvault::cli {

void add_passwd_command(CLI::App& app, Context& ctx) {
  struct Options {
    std::string archive;
    std::string new_file;
    std::string kdf;
  };
  auto opt = std::make_shared<Options>();
  CLI::App* cmd = app.add_subcommand(
      "passwd", "Change the passphrase (the new one from a prompt asked twice, CHATVAULT_NEW_PASSPHRASE,\n"
                "or --new-passphrase-file). No message is rewritten.");
  cmd->add_option("ARCHIVE", opt->archive, "The archive")->required();
  cmd->add_option("--new-passphrase-file", opt->new_file, "Read the new passphrase from the first line of FILE")
      ->option_text("FILE");
  add_kdf_option(*cmd, opt->kdf, "Cost of the new passphrase's key derivation", "as before");
  add_passphrase_options(*cmd, ctx);
  cmd->callback([&ctx, opt] {
    ctx.action = [&ctx, opt] {
      const Secret key = obtain_passphrase(ctx.passphrase, false);
      const Secret fresh = obtain_new_passphrase(ctx, opt->new_file);
      app::PasswdRequest req;
      req.archive = {opt->archive, &key};
      req.new_passphrase = &fresh;
      if (!opt->kdf.empty()) {
        req.kdf = app::parse_kdf_level(opt->kdf);
      }
      app::run_passwd(req);
      std::cout << "passphrase changed for " << opt->archive
                << " (an old copy of the file still opens with the old passphrase)\n";
      return 0;
    };
  });
}

}  // namespace chatvault::cli
