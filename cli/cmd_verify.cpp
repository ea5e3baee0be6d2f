// chatvault verify ARCHIVE: authenticate every page, check the seal, integrity and every blob.
#include <iostream>
#include <memory>

#include "app/verify.hpp"
#include "cli/command.hpp"
#include "cli/passphrase.hpp"
#include "util/error.hpp"

namespace chatvault::cli {

int print_verify_result(const std::string& archive, const app::VerifyResult& result) {
  std::cout << archive << ": " << app::verify_summary(result) << '\n';
  for (const auto& p : result.problems) {
    std::cerr << "chatvault: " << p << '\n';
  }
  return result.ok ? 0 : exit_code_for(ErrorCategory::damaged);
}

void add_verify_command(CLI::App& app, Context& ctx) {
  auto archive = std::make_shared<std::string>();
  CLI::App* cmd = app.add_subcommand(
      "verify", "Check the whole archive: every page, the whole-file seal and size, SQLite's integrity,\n"
                "every stored file's hash. Exit 3 on any damage, naming the page.");
  cmd->add_option("ARCHIVE", *archive, "The archive")->required();
  add_passphrase_options(*cmd, ctx);
  cmd->callback([&ctx, archive] {
    ctx.action = [&ctx, archive] {
      const Secret key = obtain_passphrase(ctx.passphrase, false);
      return print_verify_result(*archive, app::run_verify({*archive, &key}));
    };
  });
}

}  // namespace chatvault::cli
