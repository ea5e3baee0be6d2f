#include "archive/fingerprint.hpp"

#include <sodium.h>

#include <algorithm>
#include <array>
#include <cstdio>
#include <cstring>

#include "util/error.hpp"
#include "util/hash.hpp"
#include "util/utf8.hpp"

namespace chatvault::archive {
namespace {

std::string strip_marks(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  std::size_t pos = 0;
  while (pos < s.size()) {
    std::size_t len = 1;
    const char32_t cp = utf8::decode(s, pos, len);
    if (!is_invisible_mark(cp)) {
      out.append(s.substr(pos, len));
    }
    pos += len;
  }
  return out;
}

bool starts_with(std::string_view s, std::string_view prefix) { return s.substr(0, prefix.size()) == prefix; }

// Removes one leading or trailing "space": ASCII whitespace, U+00A0 or U+202F.
bool trim_one_space_front(std::string& s) {
  for (std::string_view space : {std::string_view(" "), std::string_view("\t"), std::string_view("\xC2\xA0"),
                                 std::string_view("\xE2\x80\xAF")}) {
    if (starts_with(s, space)) {
      s.erase(0, space.size());
      return true;
    }
  }
  return false;
}

bool ends_with(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

bool trim_one_space_back(std::string& s, bool any_whitespace) {
  for (std::string_view space : {std::string_view(" "), std::string_view("\t"), std::string_view("\n"),
                                 std::string_view("\r"), std::string_view("\xC2\xA0"), std::string_view("\xE2\x80\xAF")}) {
    if (!any_whitespace && (space == "\n" || space == "\r")) {
      continue;
    }
    if (ends_with(s, space)) {
      s.erase(s.size() - space.size());
      return true;
    }
  }
  return false;
}

void add_field(crypto_generichash_state& state, std::string_view field) {
  // Length-prefixed, so field boundaries cannot shift between fields.
  std::array<unsigned char, 8> len{};
  std::uint64_t n = field.size();
  for (auto& b : len) {
    b = static_cast<unsigned char>(n & 0xff);
    n >>= 8;
  }
  crypto_generichash_update(&state, len.data(), len.size());
  crypto_generichash_update(&state, reinterpret_cast<const unsigned char*>(field.data()), field.size());
}

}  // namespace

bool is_invisible_mark(char32_t cp) {
  return cp == 0x200E || cp == 0x200F || (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069) ||
         cp == 0xFEFF;
}

std::string normalise_sender(std::string_view sender) {
  std::string s = strip_marks(sender);
  while (trim_one_space_front(s)) {
  }
  if (starts_with(s, "~")) {
    std::string rest = s.substr(1);
    if (trim_one_space_front(rest)) {
      s = std::move(rest);
    }
  }
  while (trim_one_space_front(s)) {
  }
  while (trim_one_space_back(s, false)) {
  }
  return s;
}

std::string normalise_text(std::string_view text) {
  const std::string stripped = strip_marks(text);
  std::string out;
  out.reserve(stripped.size());
  for (std::size_t i = 0; i < stripped.size(); ++i) {
    if (stripped[i] == '\r' && i + 1 < stripped.size() && stripped[i + 1] == '\n') {
      continue;
    }
    out.push_back(stripped[i]);
  }
  while (trim_one_space_back(out, true)) {
  }
  return out;
}

KindClass kind_class(model::MessageKind kind) {
  switch (kind) {
    case model::MessageKind::media:
    case model::MessageKind::sticker:
      return KindClass::media;
    case model::MessageKind::system:
      return KindClass::system;
    case model::MessageKind::deleted:
      return KindClass::deleted;
    case model::MessageKind::text:
    case model::MessageKind::call:
    case model::MessageKind::location:
    case model::MessageKind::contact:
    case model::MessageKind::poll:
      return KindClass::text;
  }
  return KindClass::text;
}

std::uint64_t FingerprintKey::short_id() const {
  std::uint64_t id = 0;
  std::memcpy(&id, digest.data(), std::min(sizeof id, digest.size()));
  return id;
}

namespace {

// Days from 1970-01-01 to a proleptic Gregorian date (H. Hinnant's days_from_civil).
std::int64_t days_from_civil(std::int64_t y, unsigned m, unsigned d) {
  y -= m <= 2 ? 1 : 0;
  const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
  const auto yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<std::int64_t>(doe) - 719468;
}

bool all_digits(std::string_view s) {
  return !s.empty() && s.size() <= 18 && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

std::int64_t to_int(std::string_view s) {
  std::int64_t v = 0;
  for (const char c : s) {
    v = v * 10 + (c - '0');
  }
  return v;
}

}  // namespace

std::uint32_t native_time_hour(std::string_view t) {
  std::int64_t hours = 0;
  if (t.size() >= 13 && t[4] == '-' && t[7] == '-' && t[10] == 'T' && all_digits(t.substr(0, 4)) &&
      all_digits(t.substr(5, 2)) && all_digits(t.substr(8, 2)) && all_digits(t.substr(11, 2))) {
    const auto month = static_cast<unsigned>(to_int(t.substr(5, 2)));
    const auto day = static_cast<unsigned>(to_int(t.substr(8, 2)));
    if (month < 1 || month > 12 || day < 1 || day > 31) {
      return 0;
    }
    hours = days_from_civil(to_int(t.substr(0, 4)), month, day) * 24 + to_int(t.substr(11, 2));
  } else {
    const bool negative = !t.empty() && t.front() == '-';
    const std::string_view digits = negative ? t.substr(1) : t;
    if (!all_digits(digits)) {
      return 0;
    }
    const std::int64_t seconds = negative ? -to_int(digits) : to_int(digits);
    hours = seconds >= 0 ? seconds / 3600 : -((-seconds + 3599) / 3600);
  }
  constexpr std::int64_t bias = std::int64_t{1} << 31;
  return static_cast<std::uint32_t>(std::clamp<std::int64_t>(hours + bias, 1, (std::int64_t{1} << 32) - 1));
}

std::string fingerprint_text(const model::Message& msg) {
  switch (kind_class(msg.kind)) {
    case KindClass::media:
    case KindClass::deleted:
      return {};
    case KindClass::text:
    case KindClass::system:
      break;
  }
  if (msg.kind == model::MessageKind::location && msg.location && !msg.location->live) {
    // Six decimals (~0.1 m) is what a maps link carries; fixed format, locale-independent.
    char buf[64];
    std::snprintf(buf, sizeof buf, "geo:%.6f,%.6f", msg.location->lat, msg.location->lon);
    return buf;
  }
  return normalise_text(msg.text);
}

FingerprintKey fingerprint_key(const model::Message& msg, int version) {
  if (version != 1 && version != 2) {
    throw Error(ErrorCategory::internal, "unknown fingerprint version " + std::to_string(version));
  }
  if (sodium_init() < 0) {
    throw Error(ErrorCategory::internal, "libsodium failed to initialise");
  }
  const KindClass cls = kind_class(msg.kind);
  crypto_generichash_state state;
  crypto_generichash_init(&state, nullptr, 0, crypto_generichash_BYTES);
  add_field(state, version == 1 ? "chatvault fp1" : "chatvault fp2");
  add_field(state, msg.native_time);
  add_field(state, normalise_sender(msg.sender));
  add_field(state, std::string(1, static_cast<char>(cls)));
  if (version == 1) {
    // fp1: media messages carry no text ("with media" and "without media" exports write
    // different text for the same message); every other class its text as written.
    add_field(state, cls == KindClass::media ? std::string() : normalise_text(msg.text));
  } else {
    add_field(state, fingerprint_text(msg));
  }
  FingerprintKey key;
  key.version = version;
  key.hour = native_time_hour(msg.native_time);
  key.digest.resize(crypto_generichash_BYTES);
  crypto_generichash_final(&state, reinterpret_cast<unsigned char*>(key.digest.data()), key.digest.size());
  return key;
}

namespace {

// BLAKE2b-256(key digest ‖ decimal ordinal), raw.
std::array<unsigned char, crypto_generichash_BYTES> ordinal_digest(const FingerprintKey& key, std::uint32_t ordinal) {
  crypto_generichash_state state;
  crypto_generichash_init(&state, nullptr, 0, crypto_generichash_BYTES);
  crypto_generichash_update(&state, reinterpret_cast<const unsigned char*>(key.digest.data()), key.digest.size());
  char digits[16];
  const int n = std::snprintf(digits, sizeof digits, "%u", static_cast<unsigned>(ordinal));
  crypto_generichash_update(&state, reinterpret_cast<const unsigned char*>(digits), static_cast<std::size_t>(n));
  std::array<unsigned char, crypto_generichash_BYTES> out{};
  crypto_generichash_final(&state, out.data(), out.size());
  return out;
}

}  // namespace

StoredFingerprint stored_fingerprint(const FingerprintKey& key, std::uint32_t ordinal) {
  if (key.version == 1) {
    return {fingerprint(key, ordinal), false};
  }
  const auto digest = ordinal_digest(key, ordinal);
  StoredFingerprint fp;
  fp.blob = true;
  fp.bytes.reserve(k_stored_fingerprint_bytes);
  fp.bytes.push_back(static_cast<char>(key.version));
  for (int shift = 24; shift >= 0; shift -= 8) {
    fp.bytes.push_back(static_cast<char>((key.hour >> shift) & 0xFF));
  }
  fp.bytes.append(reinterpret_cast<const char*>(digest.data()), k_stored_fingerprint_bytes - 5);
  return fp;
}

std::string fingerprint(const FingerprintKey& key, std::uint32_t ordinal) {
  Blake2b256 h;
  h.update(key.digest);
  h.update(std::to_string(ordinal));
  return "fp" + std::to_string(key.version) + ":" + h.hex_digest();
}

}  // namespace chatvault::archive
