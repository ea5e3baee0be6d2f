#pragma once
// Test support: temporary folders, paths to samples and shared fixtures, running the built CLI.
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "util/error.hpp"

namespace chatvault::test {

// A fresh folder under the system temp dir, removed when the test ends (kept if
// CHATVAULT_KEEP_TMP is set, to look at a failure).
class TempDir {
 public:
  TempDir();
  ~TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  const std::filesystem::path& path() const { return m_path; }
  std::filesystem::path operator/(const std::string& name) const { return m_path / name; }

 private:
  std::filesystem::path m_path;
};

std::filesystem::path source_dir();
std::filesystem::path samples_dir();
// ../shared/fixtures beside the checkout, or nullopt when absent. When absent under CI
// (CI=true) it fails the calling test, since CI always has it.
std::optional<std::filesystem::path> fixtures_dir();

std::string read_file(const std::filesystem::path& path);
void write_file(const std::filesystem::path& path, const std::string& bytes);

struct RunResult {
  int exit_code = -1;
  std::string out;
  std::string err;
};
// Runs the built chatvault binary with `args`; `env` entries ("K=V") are added to the environment.
RunResult run_cli(const std::vector<std::string>& args, const std::vector<std::string>& env = {},
                  const std::string& stdin_text = "");

// Runs `fn` and returns the category of the chatvault::Error it throws (and its message);
// fails the test if it throws nothing.
ErrorCategory category_of(const std::function<void()>& fn, std::string* message = nullptr);

// The passphrase tests use, and the environment that passes it to the CLI.
inline constexpr const char* k_passphrase = "correct horse battery staple";
std::vector<std::string> passphrase_env();

}  // namespace chatvault::test
