#pragma once
// WhatsAppImporter: reads WhatsApp "Export chat" text exports (.txt, .zip, folder; Android and iOS).
#include <memory>

#include "importers/importer.hpp"

namespace chatvault::importers {

std::unique_ptr<Importer> make_whatsapp_importer();

}  // namespace chatvault::importers
