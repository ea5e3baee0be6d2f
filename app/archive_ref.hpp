#pragma once
// ArchiveRef: which archive a read-only use case opens, and with what passphrase.
#include <filesystem>
#include <memory>

#include "archive/archive.hpp"
#include "util/secret.hpp"

namespace chatvault::app {

struct ArchiveRef {
  std::filesystem::path path;
  const Secret* passphrase = nullptr;
};

std::unique_ptr<archive::Archive> open_for_reading(const ArchiveRef& ref);

}  // namespace chatvault::app
