#pragma once
// Who exported a Meta download: the profile file names the account.
#include <string>

#include "importers/meta/dyi_layout.hpp"
#include "importers/source_tree.hpp"

namespace chatvault::importers::meta {

// The owner's display name from profile_information.json (Messenger) or
// personal_information.json (Instagram); empty when the download has none.
std::string owner_from_profile(const SourceTree& tree, Product product);

}  // namespace chatvault::importers::meta
