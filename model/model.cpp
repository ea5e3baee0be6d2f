#include <array>
#include <vector>
#include <utility>

#include "model/message.hpp"
#include "model/platform.hpp"

namespace chatvault::model {
namespace {

template <typename E, std::size_t N>
std::optional<E> lookup(const std::array<std::pair<E, std::string_view>, N>& table, std::string_view s) {
  for (const auto& [value, name] : table) {
    if (name == s) {
      return value;
    }
  }
  return std::nullopt;
}

template <typename E, std::size_t N>
std::string_view name_of(const std::array<std::pair<E, std::string_view>, N>& table, E e) {
  for (const auto& [value, name] : table) {
    if (value == e) {
      return name;
    }
  }
  return "unknown";
}

constexpr std::array<std::pair<Platform, std::string_view>, 5> k_platforms{{
    {Platform::whatsapp, "whatsapp"},
    {Platform::messenger, "messenger"},
    {Platform::instagram, "instagram"},
    {Platform::telegram, "telegram"},
    {Platform::sms, "sms"},
}};

constexpr std::array<std::pair<MessageKind, std::string_view>, 9> k_message_kinds{{
    {MessageKind::text, "text"},
    {MessageKind::media, "media"},
    {MessageKind::system, "system"},
    {MessageKind::call, "call"},
    {MessageKind::location, "location"},
    {MessageKind::contact, "contact"},
    {MessageKind::poll, "poll"},
    {MessageKind::sticker, "sticker"},
    {MessageKind::deleted, "deleted"},
}};

constexpr std::array<std::pair<AttachmentKind, std::string_view>, 9> k_attachment_kinds{{
    {AttachmentKind::photo, "photo"},
    {AttachmentKind::video, "video"},
    {AttachmentKind::audio, "audio"},
    {AttachmentKind::voice, "voice"},
    {AttachmentKind::sticker, "sticker"},
    {AttachmentKind::gif, "gif"},
    {AttachmentKind::document, "document"},
    {AttachmentKind::contact, "contact"},
    {AttachmentKind::other, "other"},
}};

}  // namespace

std::string_view to_string(Platform p) { return name_of(k_platforms, p); }
std::optional<Platform> platform_from_string(std::string_view s) { return lookup(k_platforms, s); }
std::vector<std::string_view> platform_names() {
  std::vector<std::string_view> out;
  for (const auto& p : k_platforms) {
    out.push_back(p.second);
  }
  return out;
}
std::string_view to_string(MessageKind k) { return name_of(k_message_kinds, k); }
std::optional<MessageKind> message_kind_from_string(std::string_view s) { return lookup(k_message_kinds, s); }
std::string_view to_string(AttachmentKind k) { return name_of(k_attachment_kinds, k); }
std::optional<AttachmentKind> attachment_kind_from_string(std::string_view s) {
  return lookup(k_attachment_kinds, s);
}


}  // namespace chatvault::model
