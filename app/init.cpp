#include "app/init.hpp"

#include "util/error.hpp"

namespace chatvault::app {

InitResult run_init(const InitRequest& request) {
  if (request.passphrase == nullptr || request.passphrase->empty()) {
    throw Error(ErrorCategory::usage, "an archive needs a non-empty passphrase");
  }
  std::error_code ec;
  if (std::filesystem::exists(request.archive, ec)) {
    throw Error(ErrorCategory::usage, request.archive.string() +
                                          " already exists; chatvault never overwrites a file (choose another name)");
  }
  archive::CreateOptions options;
  options.kdf = request.kdf;
  options.unsealed_for_benchmarks = request.unsealed_for_benchmarks;
  const auto created = archive::Archive::create(request.archive, *request.passphrase, options);
  InitResult result;
  result.encrypted = created->encrypted();
  return result;
}

}  // namespace chatvault::app
