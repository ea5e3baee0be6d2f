#pragma once
// The matching side of an import's dedup and merge (docs/ARCHIVE_SCHEMA.md, "Dedup and merge"):
// which stored message a new one duplicates or updates. It only reads the archive; the import
// session does the writing.
#include <cstddef>
#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "archive/fingerprint.hpp"
#include "archive/sqlite.hpp"
#include "model/message.hpp"

namespace chatvault::archive {

// Per chat at most about this many fingerprint keys are kept for ordinals, those of the last
// k_ordinal_window_ms of its messages (see next_ordinal).
constexpr std::size_t k_ordinal_keys_kept = 1 << 16;
constexpr std::int64_t k_ordinal_window_ms = 4LL * 24 * 3600 * 1000;
// Message ids are time_ms * 4096 + seq; times beyond ±2^50 ms (35,000 years) cannot be ids.
constexpr std::int64_t k_seq_per_ms = 4096;
constexpr std::int64_t k_max_abs_time_ms = std::int64_t{1} << 50;
// A wall clock read in two zones differs by at most 26 hours (UTC-12 to UTC+14); stored
// messages with the same native_time lie within this many ms of the new one's time.
constexpr std::int64_t k_zone_span_ms = 27LL * 3600 * 1000;

// What a stored message is, for deciding whether a new one updates it.
struct StoredRow {
  std::int64_t id = 0;
  std::string sender;
  model::MessageKind kind = model::MessageKind::text;
  std::string text;
  bool deleted = false;
  std::string extra;
};

// fp2 as a BLOB, fp1 as text (see stored_fingerprint). Bound without a copy (bind_static): `fp`
// must outlive the statement's next run()/reset().
void bind_fingerprint(sql::Statement& st, int index, const StoredFingerprint& fp);

class MergeMatcher {
 public:
  explicit MergeMatcher(sql::Database& db);

  // Set once the import's source row exists: its own messages are never update targets.
  void set_source(std::int64_t source_id) { m_source_id = source_id; }
  // `had_messages`: the chat held messages before this import (else there is nothing to match).
  void begin_chat(std::int64_t chat_id, bool had_messages);
  void clear_matches() {
    m_matched.clear();
    m_last_matched.clear();
    m_matched_max_time = std::numeric_limits<std::int64_t>::min();
    m_matched_sweep_at = k_ordinal_keys_kept;
  }

  std::uint32_t next_ordinal(const FingerprintKey& key, std::int64_t time_ms);
  std::optional<std::int64_t> find_by_fingerprint(const StoredFingerprint& fp);
  std::optional<StoredRow> find_update_target(const model::Message& msg, const std::string& group);
  std::optional<StoredRow> stored_row(std::int64_t id);
  bool matched(std::int64_t id) const { return m_matched.contains(id); }
  void note_match(std::int64_t id, const std::string& group);

 private:
  // The keys' short ids → their counts, with open addressing: one probe into one array per
  // message instead of a node allocation and a pointer chase (the ids are hash bytes already).
  class OrdinalMap {
   public:
    struct Entry {
      std::uint64_t id = 0;
      std::int64_t time_ms = 0;  // the time of the latest message with this key
      std::uint32_t next = 0;    // the ordinal the next message with this key gets
      bool used = false;
    };
    // The entry of `id`, new (`inserted`, next and time_ms 0) or not.
    Entry& try_emplace(std::uint64_t id, bool& inserted);
    std::size_t size() const { return m_size; }
    // Drops the entries whose time is before `before`.
    void erase_older(std::int64_t before);

   private:
    void rehash(std::size_t capacity);
    void erase_at(std::size_t hole);
    std::vector<Entry> m_slots;  // a power of two in size, at most half full
    std::size_t m_size = 0;
  };
  // Ordinals among identical (time, sender, class, text) keys, per chat, for this import. Only a
  // window of recent keys is kept (memory stays flat); see next_ordinal.
  struct ChatOrdinals {
    OrdinalMap keys;
    std::int64_t max_time_ms = std::numeric_limits<std::int64_t>::min();
    std::int64_t evicted_before = std::numeric_limits<std::int64_t>::min() / 2;  // keys older were dropped
    std::size_t sweep_at = k_ordinal_keys_kept;
  };
  std::uint32_t next_ordinal(ChatOrdinals& ordinals, const FingerprintKey& key, std::int64_t time_ms);
  std::uint32_t ordinal_from_archive(const FingerprintKey& key);

  sql::Statement m_find_message;
  sql::Statement m_find_alias;
  sql::Statement m_same_time;
  sql::Statement m_stored_row;
  sql::Statement m_stored_source;

  std::int64_t m_source_id = 0;
  std::int64_t m_chat_id = 0;
  bool m_chat_had_messages = false;
  // Stored messages of the open chat this import matched (by fingerprint or as an update): never
  // matched twice. And per (native_time, normalised sender) the highest such id: an update's
  // target lies after it, since both exports keep the chat's order.
  // Both keep only the ids of the last k_ordinal_window_ms (by the ids' times) once they hold
  // k_ordinal_keys_kept entries, like the ordinals (see note_match): memory stays flat on a full
  // re-import.
  std::unordered_set<std::int64_t> m_matched;
  std::unordered_map<std::string, std::int64_t> m_last_matched;
  std::int64_t m_matched_max_time = std::numeric_limits<std::int64_t>::min();
  std::size_t m_matched_sweep_at = k_ordinal_keys_kept;
  std::unordered_map<std::int64_t, ChatOrdinals> m_ordinals;
};

}  // namespace chatvault::archive
