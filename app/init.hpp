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
  // bench/ only (see archive::CreateOptions::unsealed_for_benchmarks); the CLI never sets it.
  bool unsealed_for_benchmarks = false;
};

struct InitResult {
  bool encrypted = false;  // every page sealed (always, but for the benchmarks' plain archives)
};

// Refuses an empty passphrase (usage) and an existing file (usage). `passphrase` may also be an
// keyfile_secret() from app/keys.hpp (the first slot is then a key file).
InitResult run_init(const InitRequest& request);

}  // namespace chatvault::app
