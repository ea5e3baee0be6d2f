#include "importers/whatsapp/senders.hpp"

#include "util/utf8.hpp"

namespace chatvault::importers::whatsapp {
namespace {

bool is_bidi(char32_t cp) {
  return cp == 0x200E || cp == 0x200F || cp == 0xFEFF || (cp >= 0x202A && cp <= 0x202E) ||
         (cp >= 0x2066 && cp <= 0x2069);
}

}  // namespace

// The sender as a person reads it: bidi marks removed, spaces trimmed, "~ " (not in the
// exporter's contacts) turned into a flag.
Sender clean_sender(std::string_view raw) {
  Sender s;
  std::string valid;
  if (!utf8::is_valid(raw)) {
    valid = utf8::repair(raw);
    raw = valid;
    s.repaired = true;
  }
  std::string out;
  out.reserve(raw.size());
  for (std::size_t pos = 0; pos < raw.size();) {
    std::size_t n = 1;
    const char32_t cp = utf8::decode(raw, pos, n);
    if (!is_bidi(cp)) {
      out.append(raw.substr(pos, n));
    }
    pos += n;
  }
  auto trim = [](std::string& t) {
    while (!t.empty() && t.back() == ' ') {
      t.pop_back();
    }
    std::size_t i = 0;
    while (i < t.size() && t[i] == ' ') {
      ++i;
    }
    t.erase(0, i);
  };
  trim(out);
  for (std::string_view p : {std::string_view("~ "), std::string_view("~\xC2\xA0"), std::string_view("~\xE2\x80\xAF")}) {
    if (out.starts_with(p)) {
      out.erase(0, p.size());
      s.tilde = true;
      trim(out);
      break;
    }
  }
  s.name = std::move(out);
  return s;
}

// Splits REST, preferring a known author name that contains ": " over the first ": ".
RestSplit split_known(std::string_view rest, const std::vector<ColonName>& names) {
  for (const ColonName& n : names) {
    if (rest.size() > n.raw.size() + 1 && rest.starts_with(n.raw) && rest.substr(n.raw.size(), 2) == ": ") {
      return RestSplit{true, rest.substr(0, n.raw.size()), rest.substr(n.raw.size() + 2)};
    }
    if (rest.size() == n.raw.size() + 1 && rest.starts_with(n.raw) && rest.back() == ':') {
      return RestSplit{true, rest.substr(0, n.raw.size()), {}};
    }
  }
  return split_rest(rest);
}


}  // namespace chatvault::importers::whatsapp
