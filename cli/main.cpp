// chatvault: the command-line edge. Parses arguments, runs one use case, maps errors to exit codes.
#include <sys/prctl.h>
#include <sys/resource.h>

#include <CLI/CLI.hpp>
#include <cstdlib>
#include <iostream>

#include "cli/command.hpp"
#include "util/error.hpp"

namespace {

// The page cache and the passphrase live in this process's memory: never write them to a core file.
void disable_core_dumps() {
  rlimit none{0, 0};
  setrlimit(RLIMIT_CORE, &none);
  prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);
}

}  // namespace

int main(int argc, char** argv) {
  disable_core_dumps();
  chatvault::cli::Context ctx;
  if (const char* env = std::getenv("CHATVAULT_PASSPHRASE"); env != nullptr) {
    ctx.passphrase.from_env.emplace(env);
    // Read once, then gone: children (a pager, an editor) must not inherit it.
    unsetenv("CHATVAULT_PASSPHRASE");
  }
  if (const char* env = std::getenv("CHATVAULT_NEW_PASSPHRASE"); env != nullptr) {
    ctx.new_passphrase_env.emplace(env);
    unsetenv("CHATVAULT_NEW_PASSPHRASE");
  }

  CLI::App app{
      "chatvault keeps your chat history when you leave a messaging app: it imports exports\n"
      "(WhatsApp, Telegram), keeps them in one archive file protected by a passphrase, searches\n"
      "them and exports them to open formats and to packages Telegram can import; convert\n"
      "does the last step straight from an export.\n\n"
      "Every page of the archive is encrypted and authenticated (XChaCha20-Poly1305); the\n"
      "passphrase comes from CHATVAULT_PASSPHRASE, --passphrase-file, --passphrase-fd, or a\n"
      "prompt; --keyfile FILE opens with a key file, and a recovery key is accepted wherever\n"
      "the passphrase is asked.\n\n"
      "Exit codes: 0 ok, 1 usage, 2 bad input, 3 wrong passphrase or damaged archive,\n"
      "4 any other failure.",
      "chatvault"};
  app.require_subcommand(1);
  app.set_version_flag("--version", "chatvault 0.1.0");
  chatvault::cli::add_init_command(app, ctx);
  chatvault::cli::add_import_command(app, ctx);
  chatvault::cli::add_chats_command(app, ctx);
  chatvault::cli::add_search_command(app, ctx);
  chatvault::cli::add_export_command(app, ctx);
  chatvault::cli::add_convert_command(app, ctx);
  chatvault::cli::add_verify_command(app, ctx);
  chatvault::cli::add_passwd_command(app, ctx);
  chatvault::cli::add_key_command(app, ctx);
  chatvault::cli::add_recover_command(app, ctx);

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    const int code = app.exit(e);
    return code == 0 ? 0 : 1;
  }
  try {
    return ctx.action ? ctx.action() : 1;
  } catch (const chatvault::Error& e) {
    std::cerr << "chatvault: error: " << e.what() << '\n';
    return chatvault::exit_code_for(e.category());
  } catch (const std::exception& e) {
    std::cerr << "chatvault: error: " << e.what() << '\n';
    return 4;
  }
}
