// The KDF level names the CLI's --kdf options take: one table, parsed, named and listed from it.
#include <doctest/doctest.h>

#include <string>

#include "app/kdf_level.hpp"
#include "tests/support.hpp"
#include "util/error.hpp"

using namespace chatvault;

TEST_CASE("kdf level: every name parses back to its level") {
  CHECK(app::parse_kdf_level("interactive") == app::KdfLevel::interactive);
  CHECK(app::parse_kdf_level("moderate") == app::KdfLevel::moderate);
  CHECK(app::parse_kdf_level("sensitive") == app::KdfLevel::sensitive);
  const auto names = app::kdf_level_names();
  CHECK(names == std::vector<std::string>{"interactive", "moderate", "sensitive"});
  for (const auto& name : names) {
    CHECK(app::to_string(app::parse_kdf_level(name)) == name);
  }
}

TEST_CASE("kdf level: an unknown or differently spelt name is a usage error listing the valid ones") {
  for (const char* bad : {"paranoid", "", "Moderate", " moderate"}) {
    std::string message;
    CHECK(test::category_of([&] { (void)app::parse_kdf_level(bad); }, &message) == ErrorCategory::usage);
    CHECK(message.find("'" + std::string(bad) + "'") != std::string::npos);
    CHECK(message.find("interactive, moderate, sensitive") != std::string::npos);
  }
}

TEST_CASE("kdf level: the help names every level with its cost") {
  const std::string help = app::kdf_level_help();
  CHECK(help == "interactive (fast, 64 MiB), moderate (~1 s, 256 MiB), sensitive (~4 s, 1 GiB)");
}
