#include "importers/whatsapp/vcard.hpp"

#include <nlohmann/json.hpp>

#include "util/utf8.hpp"

namespace chatvault::importers::whatsapp {
namespace {

char upper(char c) { return (c >= 'a' && c <= 'z') ? static_cast<char>(c - 'a' + 'A') : c; }

std::string uppered(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = upper(c);
  return out;
}

int hex(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  c = upper(c);
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

std::string decode_qp(std::string_view s) {
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '=' && i + 2 < s.size() && hex(s[i + 1]) >= 0 && hex(s[i + 2]) >= 0) {
      out += static_cast<char>(hex(s[i + 1]) * 16 + hex(s[i + 2]));
      i += 2;
    } else {
      out += s[i];
    }
  }
  return out;
}

// vCard 3.0/4.0 text escapes: "\," "\;" "\\" "\n".
std::string unescape(std::string_view s) {
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '\\' && i + 1 < s.size()) {
      const char n = s[++i];
      out += (n == 'n' || n == 'N') ? '\n' : n;
    } else {
      out += s[i];
    }
  }
  return out;
}

std::string trim(std::string s) {
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.pop_back();
  std::size_t i = 0;
  while (i < s.size() && (s[i] == ' ' || s[i] == '\t')) ++i;
  return s.substr(i);
}

// Logical lines: CRLF/LF/CR split; a line starting with a space or tab continues the previous
// one (RFC 6350 folding); a QUOTED-PRINTABLE value ending in '=' continues on the next line.
std::vector<std::string> logical_lines(std::string_view text) {
  std::vector<std::string> physical;
  std::string cur;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '\r' || c == '\n') {
      physical.push_back(cur);
      cur.clear();
      if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
    } else {
      cur += c;
    }
  }
  if (!cur.empty()) physical.push_back(cur);
  std::vector<std::string> out;
  bool qp_soft = false;
  for (const std::string& l : physical) {
    if (!out.empty() && qp_soft) {
      out.back().pop_back();  // the soft break '='
      out.back() += l;
    } else if (!out.empty() && !l.empty() && (l[0] == ' ' || l[0] == '\t')) {
      out.back() += l.substr(1);
    } else {
      out.push_back(l);
    }
    const std::string head = uppered(out.back().substr(0, out.back().find(':')));
    qp_soft = head.find("QUOTED-PRINTABLE") != std::string::npos && out.back().ends_with("=");
  }
  return out;
}

}  // namespace

VCard parse_vcard(std::string_view text) {
  VCard card;
  std::string n_name;
  bool in_card = false;
  for (const std::string& line : logical_lines(text)) {
    const std::size_t colon = line.find(':');
    if (colon == std::string::npos) continue;
    const std::string head = uppered(line.substr(0, colon));
    std::string value = line.substr(colon + 1);
    std::string prop = head.substr(0, head.find(';'));
    if (const std::size_t dot = prop.find('.'); dot != std::string::npos) prop = prop.substr(dot + 1);  // "item1.TEL"
    if (prop == "BEGIN" && uppered(value) == "VCARD") {
      in_card = true;
      continue;
    }
    if (prop == "END" && uppered(value) == "VCARD") {
      if (in_card) break;
      continue;
    }
    const bool qp = head.find("QUOTED-PRINTABLE") != std::string::npos;
    if (qp) value = decode_qp(value);
    if (!utf8::is_valid(value)) value = utf8::repair(value);
    if (prop == "FN" && card.name.empty()) {
      card.name = trim(unescape(value));
    } else if (prop == "N" && n_name.empty()) {
      // Family;Given;Additional;Prefix;Suffix
      std::vector<std::string> parts(1);
      for (std::size_t i = 0; i < value.size(); ++i) {
        if (value[i] == '\\' && i + 1 < value.size()) {
          parts.back() += value[++i];
        } else if (value[i] == ';') {
          parts.emplace_back();
        } else {
          parts.back() += value[i];
        }
      }
      std::string given = parts.size() > 1 ? trim(parts[1]) : "";
      std::string family = trim(parts[0]);
      n_name = trim(given + (given.empty() || family.empty() ? "" : " ") + family);
    } else if (prop == "TEL") {
      std::string v = trim(value);
      if (uppered(v).starts_with("TEL:")) v = v.substr(4);  // vCard 4.0 "tel:" URIs
      if (!v.empty()) card.phones.push_back(v);
    }
  }
  if (card.name.empty()) card.name = n_name;
  return card;
}

nlohmann::ordered_json vcard_json(const VCard& card) {
  return nlohmann::ordered_json{{"name", card.name}, {"phones", card.phones}};
}

}  // namespace chatvault::importers::whatsapp
