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
  std::uint32_t hour = 0;  // native_time_hour(native_time): the stored form's time prefix
  std::uint64_t short_id() const;  // the first 8 bytes, for counting ordinals
};

// The hour of a native_time, as the stored fingerprint's prefix (a time-ordered prefix makes the
// UNIQUE(chat_id, fingerprint) index grow at its end): a wall clock "YYYY-MM-DDTHH:MM..." read as
// if UTC, or epoch seconds in decimal, as hours since 1970 plus 2^31 (clamped to 1 .. 2^32-1);
// 0 for anything else.
std::uint32_t native_time_hour(std::string_view native_time);
// version 2 ("fp2", current) or 1 ("fp1": the text of every non-media class, as written).
FingerprintKey fingerprint_key(const model::Message& msg, int version = k_fingerprint_version);
// The same into `key`, reusing its storage: an import's per-message path.
void fingerprint_key_into(const model::Message& msg, int version, FingerprintKey& key);

// "fp<version>:" + hex BLAKE2b-256(key digest ‖ ordinal).
std::string fingerprint(const FingerprintKey& key, std::uint32_t ordinal);

// The form a fingerprint is stored in (messages.fingerprint, message_fingerprints.fingerprint):
// fp2 as a 17-byte BLOB: the version byte 0x02, the key's hour (4 bytes, big-endian, so the
// index grows in time order), then the first 12 bytes of the BLAKE2b-256 that fingerprint()
// writes in hex; fp1, as archives hold it, as the text fingerprint() returns.
inline constexpr std::size_t k_stored_fingerprint_bytes = 17;
struct StoredFingerprint {
  std::string bytes;  // fp2: the 17 raw bytes; fp1: the text
  bool blob = false;  // bind as BLOB (fp2) or TEXT (fp1)
};
StoredFingerprint stored_fingerprint(const FingerprintKey& key, std::uint32_t ordinal);
// The same into `fp`, reusing its storage.
void stored_fingerprint_into(const FingerprintKey& key, std::uint32_t ordinal, StoredFingerprint& fp);

}  // namespace chatvault::archive
