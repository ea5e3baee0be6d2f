#pragma once
// Reading the passphrase: from the environment, a file, a descriptor, or a no-echo prompt.
#include "cli/command.hpp"
#include "util/secret.hpp"

namespace chatvault::cli {

// The passphrase from the first source given: --passphrase-file, --passphrase-fd,
// CHATVAULT_PASSPHRASE, else a prompt on the terminal (asked twice when `confirm`).
// Throws Error(usage) when there is no source and no terminal to ask on.
Secret obtain_passphrase(PassphraseSource& source, bool confirm);

}  // namespace chatvault::cli
