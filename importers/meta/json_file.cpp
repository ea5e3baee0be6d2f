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

namespace {
struct TooDeep {};
}  // namespace

std::optional<nlohmann::ordered_json> parse_json(std::string_view text) {
  using Json = nlohmann::ordered_json;
  // nlohmann parses any depth without recursing, but dumping and repairing recurse: a deeper
  // value is refused here rather than overflowing the stack later.
  const Json::parser_callback_t limit = [](int depth, Json::parse_event_t, Json&) {
    if (static_cast<std::size_t>(depth) > k_max_json_depth) throw TooDeep{};
    return true;
  };
  try {
    Json doc = Json::parse(text, limit, false);
    if (doc.is_discarded()) return std::nullopt;
    return doc;
  } catch (const TooDeep&) {
    return std::nullopt;
  }
}

std::optional<nlohmann::ordered_json> read_json(const SourceTree& tree, const std::string& path, std::uint64_t max) {
  auto doc = parse_json(strip_bom(tree.read_all(path, max)));
  if (doc) repair_strings(*doc);
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
