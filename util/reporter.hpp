#pragma once
// Reporter: how library code tells the user things (progress, warnings) without printing itself.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace chatvault {

class Reporter {
 public:
  virtual ~Reporter() = default;
  virtual void info(std::string_view text) = 0;
  virtual void warning(std::string_view text) = 0;
  // `total` is 0 when unknown.
  virtual void progress(std::string_view what, std::uint64_t done, std::uint64_t total) = 0;
};

// Keeps everything it is told; for tests and for callers that print at the end.
class CollectingReporter : public Reporter {
 public:
  void info(std::string_view text) override { infos.emplace_back(text); }
  void warning(std::string_view text) override { warnings.emplace_back(text); }
  void progress(std::string_view, std::uint64_t, std::uint64_t) override {}

  std::vector<std::string> infos;
  std::vector<std::string> warnings;
};

}  // namespace chatvault
