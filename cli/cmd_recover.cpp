// chatvault recover ARCHIVE --discard-journal: the way out after an interrupted write's journal
// failed authentication. Warns, deletes the journal, then verifies.
#include <iostream>
#include <memory>

#include "app/keys.hpp"
#include "app/verify.hpp"
#include "cli/command.hpp"
#include "cli/passphrase.hpp"
#include "util/error.hpp"

namespace chatvault::cli {

void add_recover_command(CLI::App& app, Context& ctx) {
  struct Options {
    std::string archive;
    bool discard_journal = false;
  };
  auto opt = std::make_shared<Options>();
  CLI::App* cmd = app.add_subcommand(
      "recover", "After a rollback journal failed authentication: discard it (--discard-journal),\n"
                 "then verify the archive");
  cmd->add_option("ARCHIVE", opt->archive, "The archive")->required();
  cmd->add_flag("--discard-journal", opt->discard_journal,
                "Delete ARCHIVE-journal: the interrupted write may stay partly undone");
  add_passphrase_options(*cmd, ctx);
  cmd->callback([&ctx, opt] {
    ctx.action = [&ctx, opt] {
      if (!opt->discard_journal) {
        throw Error(ErrorCategory::usage, "recover needs --discard-journal (the only recovery offered so far)");
      }
      const Secret key = obtain_passphrase(ctx.passphrase, false);
      std::cerr << "chatvault: warning: discarding " << opt->archive
                << "-journal; the write it belonged to may stay partly undone. The archive is verified next.\n";
      const app::RecoverResult result = app::run_recover({opt->archive, &key});
      std::cout << (result.journal_discarded ? "discarded the rollback journal of " : "no rollback journal next to ")
                << opt->archive << '\n';
      return print_verify_result(opt->archive, result.verify);
    };
  });
}

}  // namespace chatvault::cli
