#pragma once
// The "txt" format: one readable plain-text file per chat, times in the chat's own zone.
#include <memory>

#include "exporters/exporter.hpp"

namespace chatvault::exporters {

std::unique_ptr<Exporter> make_txt_exporter();

}  // namespace chatvault::exporters
