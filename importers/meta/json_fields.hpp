#pragma once
// Typed reads of Meta JSON fields that never throw: a field of the wrong type reads as absent.
#include <cstdint>
#include <optional>
#include <string>

#include <nlohmann/json.hpp>

namespace chatvault::importers::meta {

inline std::string string_field(const nlohmann::ordered_json& obj, const char* key) {
  if (!obj.is_object()) return {};
  const auto it = obj.find(key);
  return it != obj.end() && it->is_string() ? it->get<std::string>() : std::string();
}

// A float time or duration cut to an integer; absent where no int64 holds it (the cast would be
// undefined).
inline std::optional<std::int64_t> int_of_double(double d) {
  if (!(d > -9.2e18 && d < 9.2e18)) return std::nullopt;
  return static_cast<std::int64_t>(d);
}

inline std::optional<std::int64_t> int_field(const nlohmann::ordered_json& obj, const char* key) {
  if (!obj.is_object()) return std::nullopt;
  const auto it = obj.find(key);
  if (it == obj.end()) return std::nullopt;
  if (it->is_number_integer()) return it->get<std::int64_t>();
  if (it->is_number_float()) return int_of_double(it->get<double>());
  return std::nullopt;
}

inline bool bool_field(const nlohmann::ordered_json& obj, const char* key) {
  if (!obj.is_object()) return false;
  const auto it = obj.find(key);
  return it != obj.end() && it->is_boolean() && it->get<bool>();
}

}  // namespace chatvault::importers::meta
