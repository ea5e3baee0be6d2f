#pragma once
// Init use case: create a new, empty archive protected by a passphrase.
#include <filesystem>

#include "archive/archive.hpp"
#include "util/secret.hpp"

namespace chatvault::app {

struct InitRequest {
  std::filesystem::path archive;
  const Secret* passphrase = nullptr;
  archive::KdfLevel kdf = archive::KdfLevel::moderate;
};

struct InitResult {
  bool encrypted = false;  // false until page sealing lands: the CLI must say so
};

// Refuses an empty passphrase (usage) and an existing file (usage).
InitResult run_init(const InitRequest& request);

}  // namespace chatvault::app
