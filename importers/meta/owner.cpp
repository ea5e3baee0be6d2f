#include "importers/meta/owner.hpp"

#include <initializer_list>

#include "importers/meta/json_file.hpp"
#include "util/error.hpp"

namespace chatvault::importers::meta {
namespace {

const nlohmann::ordered_json* at_path(const nlohmann::ordered_json& j, std::initializer_list<const char*> keys) {
  const nlohmann::ordered_json* cur = &j;
  for (const char* k : keys) {
    if (cur->is_array()) {
      if (cur->empty()) return nullptr;
      cur = &(*cur)[0];
    }
    if (!cur->is_object() || !cur->contains(k)) return nullptr;
    cur = &(*cur)[k];
  }
  return cur;
}

}  // namespace

// The account owner's display name from the download's profile file, if it has one.
std::string owner_from_profile(const SourceTree& tree, Product product) {
  for (const SourceEntry& e : tree.entries()) {
    const std::string_view name = base_name(e.path);
    const bool wanted = product == Product::messenger ? name == "profile_information.json"
                                                      : name == "personal_information.json";
    if (!wanted || e.size > k_max_profile_file) continue;
    try {
      const auto doc = read_json(tree, e.path, k_max_profile_file);
      if (!doc) continue;
      const nlohmann::ordered_json* v = product == Product::messenger ? at_path(*doc, {"profile_v2", "name", "full_name"}) : nullptr;
      if (v == nullptr && product == Product::messenger) v = at_path(*doc, {"profile", "name", "full_name"});
      if (product == Product::instagram) v = at_path(*doc, {"profile_user", "string_map_data", "Name", "value"});
      if (v != nullptr && v->is_string() && !v->get<std::string>().empty()) return v->get<std::string>();
    } catch (const Error&) {
    }
  }
  return {};
}

}  // namespace chatvault::importers::meta
