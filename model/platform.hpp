#pragma once
// Platform: which messaging service a chat came from.
#include <optional>
#include <string_view>

namespace chatvault::model {

enum class Platform { whatsapp, messenger, instagram, telegram, sms };

std::string_view to_string(Platform p);
std::optional<Platform> platform_from_string(std::string_view s);

}  // namespace chatvault::model
