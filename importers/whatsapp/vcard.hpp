#pragma once
// A hand-written scanner for the vCard (2.1, 3.0, 4.0) files WhatsApp exports for shared
// contacts: unfolds continuation lines, decodes QUOTED-PRINTABLE (with soft line breaks) for
// FN and N, and collects the display name and the phone numbers.
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json_fwd.hpp>

namespace chatvault::importers::whatsapp {

struct VCard {
  std::string name;                 // FN, else N as "Given Family"
  std::vector<std::string> phones;  // TEL values in order, as written
};

// Parses the first card of `text`; fields it cannot read are left empty.
VCard parse_vcard(std::string_view text);

// {"name":…,"phones":[…]}, in that key order.
nlohmann::ordered_json vcard_json(const VCard& card);

}  // namespace chatvault::importers::whatsapp
