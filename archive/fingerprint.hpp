#pragma once
// Message fingerprints for dedup (algorithm "fp1", see docs/ARCHIVE_SCHEMA.md).
#include <cstdint>
#include <string>
#include <string_view>

#include "model/message.hpp"

namespace chatvault::archive {

// Invisible marks that differ between exports of the same message: U+200E, U+200F,
// U+202A–U+202E, U+2066–U+2069, U+FEFF.
bool is_invisible_mark(char32_t cp);

// Marks stripped, a leading "~ " / "~<U+202F>" / "~<U+00A0>" (WhatsApp's unsaved-contact prefix)
// removed, surrounding spaces trimmed.
std::string normalise_sender(std::string_view sender);
// Marks stripped, CRLF → LF, trailing whitespace trimmed.
std::string normalise_text(std::string_view text);

enum class KindClass : char { text = 't', media = 'm', system = 's', deleted = 'd' };
KindClass kind_class(model::MessageKind kind);

// The identity of a message before its ordinal: (native_time, sender, class, text) hashed.
// Messages with equal keys in one import are told apart by their ordinal (0, 1, ...).
struct FingerprintKey {
  std::string digest;  // raw 32-byte BLAKE2b-256 of the normalised fields
  std::uint64_t short_id() const;  // the first 8 bytes, for counting ordinals
};
FingerprintKey fingerprint_key(const model::Message& msg);

// "fp1:" + hex BLAKE2b-256(key digest ‖ ordinal).
std::string fingerprint(const FingerprintKey& key, std::uint32_t ordinal);

}  // namespace chatvault::archive
