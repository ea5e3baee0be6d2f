#pragma once
// Accessors over the localised string tables (locale_data.hpp) for the rest of the importer.
#include <string_view>
#include <vector>

#include "importers/whatsapp/locale_data.hpp"

namespace chatvault::importers::whatsapp::strings {

// Android export file names: "WhatsApp Chat with %s" and translations (%s = the chat name).
const std::vector<std::string_view>& file_name_templates();

}  // namespace chatvault::importers::whatsapp::strings
