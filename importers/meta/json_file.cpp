#include "importers/meta/json_file.hpp"

#include <charconv>
#include <set>

#include "importers/meta/mojibake.hpp"
#include "util/utf8.hpp"

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

namespace {

std::size_t skip_space_colon(std::string_view t, std::size_t i) {
  while (i < t.size() && (t[i] == ' ' || t[i] == '\t' || t[i] == '\r' || t[i] == '\n' || t[i] == ':')) ++i;
  return i;
}

// The JSON string starting at t[i] == '"', decoded; nullopt if it does not end in `t`.
std::optional<std::string> json_string_at(std::string_view t, std::size_t i) {
  if (i >= t.size() || t[i] != '"') return std::nullopt;
  std::string out;
  for (++i; i < t.size(); ++i) {
    const char c = t[i];
    if (c == '"') return out;
    if (c != '\\') {
      out.push_back(c);
      continue;
    }
    if (++i >= t.size()) return std::nullopt;
    switch (t[i]) {
      case 'n': out.push_back('\n'); break;
      case 't': out.push_back('\t'); break;
      case 'r': out.push_back('\r'); break;
      case 'b': out.push_back('\b'); break;
      case 'f': out.push_back('\f'); break;
      case 'u': {
        unsigned cp = 0;
        if (i + 4 >= t.size() || std::from_chars(t.data() + i + 1, t.data() + i + 5, cp, 16).ptr != t.data() + i + 5) {
          return std::nullopt;
        }
        i += 4;
        // A surrogate pair is one code point; a lone surrogate becomes U+FFFD.
        if (cp >= 0xD800 && cp < 0xDC00 && i + 6 < t.size() && t[i + 1] == '\\' && t[i + 2] == 'u') {
          unsigned low = 0;
          if (std::from_chars(t.data() + i + 3, t.data() + i + 7, low, 16).ptr == t.data() + i + 7 && low >= 0xDC00 &&
              low < 0xE000) {
            cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
            i += 6;
          }
        }
        utf8::append(out, (cp >= 0xD800 && cp < 0xE000) ? 0xFFFD : cp);
        break;
      }
      default: out.push_back(t[i]);
    }
  }
  return std::nullopt;
}

}  // namespace

ThreadFileFacts scan_thread_text(std::string_view t) {
  ThreadFileFacts facts;
  std::set<std::string> seen;
  constexpr std::string_view k_sender = "\"sender_name\"";
  for (std::size_t at = t.find(k_sender); at != std::string_view::npos; at = t.find(k_sender, at + 1)) {
    if (auto name = json_string_at(t, skip_space_colon(t, at + k_sender.size()))) {
      std::string repaired = utf8::is_valid(*name) ? repair_mojibake(*name) : utf8::repair(*name);
      if (seen.insert(repaired).second) facts.senders.push_back(std::move(repaired));
    }
  }
  constexpr std::string_view k_time = "\"timestamp_ms\"";
  if (const std::size_t at = t.find(k_time); at != std::string_view::npos) {
    const std::size_t v = skip_space_colon(t, at + k_time.size());
    std::int64_t ms = 0;
    if (v < t.size() && std::from_chars(t.data() + v, t.data() + t.size(), ms).ec == std::errc()) facts.first_time_ms = ms;
  }
  return facts;
}

}  // namespace chatvault::importers::meta
