#pragma once
// TempArchive: a new archive in a temporary folder (cheapest KDF) that app-level tests import into.
#include <filesystem>
#include <string>
#include <vector>

#include "app/import.hpp"
#include "app/init.hpp"
#include "tests/support.hpp"

namespace chatvault::test {

struct TempArchive {
  TempDir dir;
  Secret passphrase;
  std::filesystem::path path = dir / "a.chatvault";

  explicit TempArchive(const std::string& pass = "test archive") : passphrase(pass) {
    app::InitRequest init;
    init.archive = path;
    init.passphrase = &passphrase;
    init.kdf = archive::KdfLevel::interactive;
    app::run_init(init);
  }

  // Imports `sources` as separate exports; `zone` as --tz (empty: none given).
  app::ImportResult import(const std::vector<std::filesystem::path>& sources, Reporter& reporter,
                           const std::string& zone = "") {
    app::ImportRequest req;
    req.archive = path;
    req.passphrase = &passphrase;
    req.sources = sources;
    req.options.zone = zone;
    return app::run_import(req, reporter);
  }
};

}  // namespace chatvault::test
