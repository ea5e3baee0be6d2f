#pragma once
// Reading the passphrase: from the environment, a file, a descriptor, or a no-echo prompt.
#include "cli/command.hpp"
#include "util/secret.hpp"

namespace chatvault::cli {

// The passphrase from the first source given: --passphrase-file, --passphrase-fd,
// CHATVAULT_PASSPHRASE, else a prompt on the terminal (asked twice when `confirm`).
// Throws Error(usage) when there is no source and no terminal to ask on.
// With --keyfile the result is an app::keyfile_secret() instead.
Secret obtain_passphrase(PassphraseSource& source, bool confirm);

// A new passphrase (passwd, key add): from `file` (--new-passphrase-file) if given, else
// CHATVAULT_NEW_PASSPHRASE, else a no-echo prompt asked twice.
Secret obtain_new_passphrase(Context& ctx, const std::string& file);

}  // namespace chatvault::cli
