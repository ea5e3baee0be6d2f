#include "app/archive_ref.hpp"

#include "util/error.hpp"

namespace chatvault::app {

std::unique_ptr<archive::Archive> open_for_reading(const ArchiveRef& ref) {
  if (ref.passphrase == nullptr) {
    throw Error(ErrorCategory::internal, "archive opened without a passphrase");
  }
  return archive::Archive::open(ref.path, *ref.passphrase, archive::OpenMode::read);
}

}  // namespace chatvault::app
