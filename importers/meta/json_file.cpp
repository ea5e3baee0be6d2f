#include "importers/meta/json_file.hpp"

#include "importers/meta/mojibake.hpp"

namespace chatvault::importers::meta {

std::string_view base_name(std::string_view path) {
  const std::size_t slash = path.find_last_of('/');
  return slash == std::string_view::npos ? path : path.substr(slash + 1);
}

std::string strip_bom(std::string text) {
  if (text.starts_with("\xEF\xBB\xBF")) text.erase(0, 3);
  return text;
}

std::optional<nlohmann::ordered_json> read_json(const SourceTree& tree, const std::string& path, std::uint64_t max) {
  nlohmann::ordered_json doc = nlohmann::ordered_json::parse(strip_bom(tree.read_all(path, max)), nullptr, false);
  if (doc.is_discarded()) return std::nullopt;
  repair_strings(doc);
  return doc;
}

std::vector<std::string> participant_names(const nlohmann::ordered_json& doc) {
  std::vector<std::string> out;
  if (!doc.is_object()) return out;
  const auto it = doc.find("participants");
  if (it == doc.end() || !it->is_array()) return out;
  for (const auto& p : *it) {
    if (p.is_string()) {
      out.push_back(p.get<std::string>());
    } else if (p.is_object() && p.contains("name") && p["name"].is_string()) {
      out.push_back(p["name"].get<std::string>());
    }
  }
  return out;
}

}  // namespace chatvault::importers::meta
