#pragma once
// The "telegram-json" format: Telegram Desktop's machine-readable export (result.json + media).
#include <memory>

#include "exporters/exporter.hpp"

namespace chatvault::exporters {

std::unique_ptr<Exporter> make_telegram_json_exporter();

}  // namespace chatvault::exporters
