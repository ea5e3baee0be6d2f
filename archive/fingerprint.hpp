#pragma once
// Message fingerprints for dedup (algorithm "fp2", see docs/ARCHIVE_SCHEMA.md; "fp1" is still
// computed for chats that hold fp1 fingerprints).
#include <cstddef>
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

// The current algorithm: fingerprints start with "fp2:".
inline constexpr int k_fingerprint_version = 2;

// The text a fingerprint hashes: empty for the media and deleted classes (their text differs
// between exports of the same message: "<Media omitted>" vs a caption, "This message was
// deleted" with or without a period), "geo:LAT,LON" for a located location message (the
// label's wording differs by platform), else normalise_text(text).
std::string fingerprint_text(const model::Message& msg);

// The identity of a message before its ordinal: (native_time, sender, class, text) hashed.
// Messages with equal keys in one import are told apart by their ordinal (0, 1, ...).
struct FingerprintKey {
  std::string digest;  // raw 32-byte BLAKE2b-256 of the normalised fields
  int version = k_fingerprint_version;
  std::uint64_t short_id() const;  // the first 8 bytes, for counting ordinals
};
// version 2 ("fp2", current) or 1 ("fp1": the text of every non-media class, as written).
FingerprintKey fingerprint_key(const model::Message& msg, int version = k_fingerprint_version);

// "fp<version>:" + hex BLAKE2b-256(key digest ‖ ordinal).
std::string fingerprint(const FingerprintKey& key, std::uint32_t ordinal);

// The form a fingerprint is stored in (messages.fingerprint, message_fingerprints.fingerprint):
// fp2 as a 17-byte BLOB, the version byte 0x02 followed by the first 16 bytes of the BLAKE2b-256
// that fingerprint() writes in hex (a quarter of the text's size in the UNIQUE index); fp1, as
// archives hold it, as the text fingerprint() returns.
inline constexpr std::size_t k_stored_fingerprint_bytes = 17;
struct StoredFingerprint {
  std::string bytes;  // fp2: the 17 raw bytes; fp1: the text
  bool blob = false;  // bind as BLOB (fp2) or TEXT (fp1)
};
StoredFingerprint stored_fingerprint(const FingerprintKey& key, std::uint32_t ordinal);

}  // namespace chatvault::archive
