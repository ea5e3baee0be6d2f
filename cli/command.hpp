#pragma once
// What every command file shares: the action chosen by parsing, and how commands are registered.
#include <CLI/CLI.hpp>

#include <functional>
#include <optional>
#include <string>

#include "util/secret.hpp"

namespace chatvault::cli {

// Where a passphrase comes from. CHATVAULT_PASSPHRASE is read (and removed from the
// environment) once at start-up, before any command runs.
struct PassphraseSource {
  std::optional<Secret> from_env;
  std::string file;
  int fd = -1;
};

struct Context {
  PassphraseSource passphrase;
  // Set by the chosen command's callback; run by main inside the error boundary.
  std::function<int()> action;
};

// Adds --passphrase-file and --passphrase-fd to a command that opens an archive.
void add_passphrase_options(CLI::App& command, Context& ctx);

void add_init_command(CLI::App& app, Context& ctx);
void add_import_command(CLI::App& app, Context& ctx);
void add_chats_command(CLI::App& app, Context& ctx);
void add_search_command(CLI::App& app, Context& ctx);
void add_export_command(CLI::App& app, Context& ctx);

}  // namespace chatvault::cli
