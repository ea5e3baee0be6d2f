#pragma once
// The Messenger and Instagram importers: Meta "Download your information" JSON downloads.
#include <memory>

#include "importers/importer.hpp"

namespace chatvault::importers {

std::unique_ptr<Importer> make_messenger_importer();
std::unique_ptr<Importer> make_instagram_importer();

}  // namespace chatvault::importers
