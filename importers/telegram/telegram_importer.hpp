#pragma once
// TelegramImporter: reads Telegram Desktop JSON exports (result.json; one chat or a full account).
#include <memory>

#include "importers/importer.hpp"

namespace chatvault::importers {

std::unique_ptr<Importer> make_telegram_importer();

}  // namespace chatvault::importers
