#pragma once
// What every command file shares: the action chosen by parsing, and how commands are registered.
#include <CLI/CLI.hpp>

#include <functional>
#include <optional>
#include <string>

#include "app/verify.hpp"
#include "util/secret.hpp"

namespace chatvault::cli {

// Where a passphrase comes from. CHATVAULT_PASSPHRASE is read (and removed from the
// environment) once at start-up, before any command runs.
struct PassphraseSource {
  std::optional<Secret> from_env;
  std::string file;
  int fd = -1;
  std::string keyfile;   // --keyfile: open with a key file instead of a passphrase
};

struct Context {
  PassphraseSource passphrase;
  // CHATVAULT_NEW_PASSPHRASE (passwd, key add), read and removed at start-up like the other.
  std::optional<Secret> new_passphrase_env;
  // Set by the chosen command's callback; run by main inside the error boundary.
  std::function<int()> action;
};

// Adds --passphrase-file, --passphrase-fd and --keyfile to a command that opens an archive
// (`keyfile_option` renames --keyfile where that name means something else, as on `key add`).
void add_passphrase_options(CLI::App& command, Context& ctx, const std::string& keyfile_option = "--keyfile");

void add_init_command(CLI::App& app, Context& ctx);
void add_import_command(CLI::App& app, Context& ctx);
void add_chats_command(CLI::App& app, Context& ctx);
void add_search_command(CLI::App& app, Context& ctx);
void add_export_command(CLI::App& app, Context& ctx);
void add_convert_command(CLI::App& app, Context& ctx);
void add_verify_command(CLI::App& app, Context& ctx);
void add_passwd_command(CLI::App& app, Context& ctx);
void add_key_command(CLI::App& app, Context& ctx);
void add_recover_command(CLI::App& app, Context& ctx);

// verify's output, shared with recover: the summary on stdout, each problem on stderr; returns
// the exit code (0 intact, 3 damaged).
int print_verify_result(const std::string& archive, const app::VerifyResult& result);

}  // namespace chatvault::cli
