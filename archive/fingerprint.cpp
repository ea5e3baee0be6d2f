#include "archive/fingerprint.hpp"

#include <sodium.h>

#include <algorithm>
#include <array>
#include <charconv>
#include <cstdio>
#include <cstring>

#include "util/error.hpp"
#include "util/hash.hpp"

namespace chatvault::archive {
namespace {

// The marks of is_invisible_mark as UTF-8: each three bytes, led by 0xE2 or 0xEF. Neither byte can
// continue a sequence, and utf8::decode accepts no overlong forms, so a mark is found exactly
// where one of these lead bytes starts one of these sequences.
std::size_t mark_length(std::string_view s, std::size_t pos) {
  if (pos + 3 > s.size()) {
    return 0;
  }
  const auto b0 = static_cast<unsigned char>(s[pos]);
  const auto b1 = static_cast<unsigned char>(s[pos + 1]);
  const auto b2 = static_cast<unsigned char>(s[pos + 2]);
  const bool mark = b0 == 0xE2 ? (b1 == 0x80 && (b2 == 0x8E || b2 == 0x8F || (b2 >= 0xAA && b2 <= 0xAE))) ||
                                     (b1 == 0x81 && b2 >= 0xA6 && b2 <= 0xA9)
                               : b0 == 0xEF && b1 == 0xBB && b2 == 0xBF;
  return mark ? 3 : 0;
}

// The next byte at or after `pos` that may lead a mark (>= 0xE2), or s.size(); ASCII, most of
// any chat's text, is skipped eight bytes at a time.
std::size_t next_lead(std::string_view s, std::size_t pos) {
  while (pos < s.size()) {
    std::uint64_t word = 0;
    if (pos + sizeof word <= s.size()) {
      std::memcpy(&word, s.data() + pos, sizeof word);
      if ((word & 0x8080808080808080ULL) == 0) {
        pos += sizeof word;
        continue;
      }
    }
    if (static_cast<unsigned char>(s[pos]) >= 0xE2) {
      return pos;
    }
    ++pos;
  }
  return pos;
}

// The position of the next mark at or after `pos`, or s.size().
std::size_t next_mark(std::string_view s, std::size_t pos) {
  for (pos = next_lead(s, pos); pos < s.size() && mark_length(s, pos) == 0; pos = next_lead(s, pos + 1)) {
  }
  return pos;
}

// `s` without its invisible marks: `s` itself when it has none (the common case, no copy), else
// the stripped copy, built in `scratch`.
std::string_view strip_marks(std::string_view s, std::string& scratch) {
  std::size_t mark = next_mark(s, 0);
  if (mark == s.size()) {
    return s;
  }
  scratch.clear();
  std::size_t pos = 0;
  while (mark < s.size()) {
    scratch.append(s.substr(pos, mark - pos));
    pos = mark + mark_length(s, mark);
    mark = next_mark(s, pos);
  }
  scratch.append(s.substr(pos));
  return scratch;
}

// Removes one leading or trailing "space": ASCII whitespace, U+00A0 or U+202F.
bool trim_one_space_front(std::string_view& s) {
  for (std::string_view space : {std::string_view(" "), std::string_view("\t"), std::string_view("\xC2\xA0"),
                                 std::string_view("\xE2\x80\xAF")}) {
    if (s.starts_with(space)) {
      s.remove_prefix(space.size());
      return true;
    }
  }
  return false;
}

bool trim_one_space_back(std::string_view& s, bool any_whitespace) {
  for (std::string_view space : {std::string_view(" "), std::string_view("\t"), std::string_view("\n"),
                                 std::string_view("\r"), std::string_view("\xC2\xA0"), std::string_view("\xE2\x80\xAF")}) {
    if (!any_whitespace && (space == "\n" || space == "\r")) {
      continue;
    }
    if (s.ends_with(space)) {
      s.remove_suffix(space.size());
      return true;
    }
  }
  return false;
}

// normalise_sender, as a view of `sender` or of `scratch` (see strip_marks).
std::string_view normalised_sender(std::string_view sender, std::string& scratch) {
  std::string_view s = strip_marks(sender, scratch);
  while (trim_one_space_front(s)) {
  }
  if (s.starts_with("~")) {
    std::string_view rest = s.substr(1);
    if (trim_one_space_front(rest)) {
      s = rest;
    }
  }
  while (trim_one_space_front(s)) {
  }
  while (trim_one_space_back(s, false)) {
  }
  return s;
}

// normalise_text, as a view of `text` or of `scratch` (see strip_marks).
std::string_view normalised_text(std::string_view text, std::string& scratch) {
  std::string_view s = strip_marks(text, scratch);
  if (s.find("\r\n") != std::string_view::npos) {
    if (s.data() != scratch.data()) {
      scratch.assign(s);
    }
    std::size_t n = 0;
    for (std::size_t i = 0; i < scratch.size(); ++i) {
      if (scratch[i] == '\r' && i + 1 < scratch.size() && scratch[i + 1] == '\n') {
        continue;
      }
      scratch[n++] = scratch[i];
    }
    scratch.resize(n);
    s = scratch;
  }
  while (trim_one_space_back(s, true)) {
  }
  return s;
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
  std::string scratch;
  return std::string(normalised_sender(sender, scratch));
}

std::string normalise_text(std::string_view text) {
  std::string scratch;
  return std::string(normalised_text(text, scratch));
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

namespace {

// fingerprint_text as a view of msg.text, of `geo` or of `scratch`.
std::string_view fingerprint_text_view(const model::Message& msg, std::array<char, 64>& geo, std::string& scratch) {
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
    const int n = std::snprintf(geo.data(), geo.size(), "geo:%.6f,%.6f", msg.location->lat, msg.location->lon);
    return {geo.data(), std::min(static_cast<std::size_t>(std::max(n, 0)), geo.size() - 1)};
  }
  return normalised_text(msg.text, scratch);
}

void ensure_sodium() {
  static const bool ready = sodium_init() >= 0;
  if (!ready) {
    throw Error(ErrorCategory::internal, "libsodium failed to initialise");
  }
}

}  // namespace

std::string fingerprint_text(const model::Message& msg) {
  std::array<char, 64> geo{};
  std::string scratch;
  return std::string(fingerprint_text_view(msg, geo, scratch));
}

FingerprintKey fingerprint_key(const model::Message& msg, int version) {
  FingerprintKey key;
  fingerprint_key_into(msg, version, key);
  return key;
}

void fingerprint_key_into(const model::Message& msg, int version, FingerprintKey& key) {
  if (version != 1 && version != 2) {
    throw Error(ErrorCategory::internal, "unknown fingerprint version " + std::to_string(version));
  }
  ensure_sodium();
  const KindClass cls = kind_class(msg.kind);
  const char cls_byte = static_cast<char>(cls);
  std::string scratch;
  crypto_generichash_state state;
  crypto_generichash_init(&state, nullptr, 0, crypto_generichash_BYTES);
  add_field(state, version == 1 ? "chatvault fp1" : "chatvault fp2");
  add_field(state, msg.native_time);
  add_field(state, normalised_sender(msg.sender, scratch));
  add_field(state, std::string_view(&cls_byte, 1));
  if (version == 1) {
    // fp1: media messages carry no text ("with media" and "without media" exports write
    // different text for the same message); every other class its text as written.
    add_field(state, cls == KindClass::media ? std::string_view() : normalised_text(msg.text, scratch));
  } else {
    std::array<char, 64> geo{};
    add_field(state, fingerprint_text_view(msg, geo, scratch));
  }
  key.version = version;
  key.hour = native_time_hour(msg.native_time);
  key.digest.resize(crypto_generichash_BYTES);
  crypto_generichash_final(&state, reinterpret_cast<unsigned char*>(key.digest.data()), key.digest.size());
}

namespace {

// BLAKE2b-256(key digest ‖ decimal ordinal), raw.
std::array<unsigned char, crypto_generichash_BYTES> ordinal_digest(const FingerprintKey& key, std::uint32_t ordinal) {
  crypto_generichash_state state;
  crypto_generichash_init(&state, nullptr, 0, crypto_generichash_BYTES);
  crypto_generichash_update(&state, reinterpret_cast<const unsigned char*>(key.digest.data()), key.digest.size());
  char digits[16];
  const auto end = std::to_chars(digits, digits + sizeof digits, ordinal).ptr;
  crypto_generichash_update(&state, reinterpret_cast<const unsigned char*>(digits),
                            static_cast<std::size_t>(end - digits));
  std::array<unsigned char, crypto_generichash_BYTES> out{};
  crypto_generichash_final(&state, out.data(), out.size());
  return out;
}

}  // namespace

StoredFingerprint stored_fingerprint(const FingerprintKey& key, std::uint32_t ordinal) {
  StoredFingerprint fp;
  stored_fingerprint_into(key, ordinal, fp);
  return fp;
}

void stored_fingerprint_into(const FingerprintKey& key, std::uint32_t ordinal, StoredFingerprint& fp) {
  if (key.version == 1) {
    fp.bytes = fingerprint(key, ordinal);
    fp.blob = false;
    return;
  }
  const auto digest = ordinal_digest(key, ordinal);
  fp.blob = true;
  fp.bytes.clear();
  fp.bytes.push_back(static_cast<char>(key.version));
  for (int shift = 24; shift >= 0; shift -= 8) {
    fp.bytes.push_back(static_cast<char>((key.hour >> shift) & 0xFF));
  }
  fp.bytes.append(reinterpret_cast<const char*>(digest.data()), k_stored_fingerprint_bytes - 5);
}

std::string fingerprint(const FingerprintKey& key, std::uint32_t ordinal) {
  Blake2b256 h;
  h.update(key.digest);
  h.update(std::to_string(ordinal));
  return "fp" + std::to_string(key.version) + ":" + h.hex_digest();
}

}  // namespace chatvault::archive
