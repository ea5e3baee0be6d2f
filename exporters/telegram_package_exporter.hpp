#pragma once
// The "telegram" format: per chat, WhatsApp-style packages Telegram's "Import chat" accepts.
#include <cstddef>
#include <memory>

#include "exporters/exporter.hpp"

namespace chatvault::exporters {

// Telegram's Android client refuses history files over 32 MiB (IMPORT.md §5).
inline constexpr std::size_t k_telegram_text_limit = 32 * 1024 * 1024;

// The format with the real limit.
std::unique_ptr<Exporter> make_telegram_package_exporter();
// The same with another text limit per package (bytes), so tests can force splitting.
std::unique_ptr<Exporter> make_telegram_package_exporter(std::size_t text_limit);

}  // namespace chatvault::exporters
