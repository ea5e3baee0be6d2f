#pragma once
// Platform: which messaging service a chat came from.
#include <optional>
#include <string_view>
#include <vector>

namespace chatvault::model {

enum class Platform { whatsapp, messenger, instagram, telegram, sms };

std::string_view to_string(Platform p);
std::optional<Platform> platform_from_string(std::string_view s);
// Every platform's name, in the enum's order (for option lists and help texts).
std::vector<std::string_view> platform_names();

}  // namespace chatvault::model
