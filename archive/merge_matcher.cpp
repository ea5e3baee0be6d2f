#include "archive/merge_matcher.hpp"

#include <algorithm>

#include "archive/codec.hpp"

namespace chatvault::archive {

namespace {

StoredRow read_row(sql::Statement& st) {
  StoredRow row;
  row.id = st.column_int64(0);
  row.sender = st.column_text(1);
  row.kind = decode_message_kind(st.column_text(2), "message " + std::to_string(row.id));
  row.text = st.column_text(3);
  row.deleted = st.column_int(4) != 0;
  row.extra = st.column_text(5);
  return row;
}

}  // namespace

// fp2 as a BLOB, fp1 as text (see stored_fingerprint).
void bind_fingerprint(sql::Statement& st, int index, const StoredFingerprint& fp) {
  if (fp.blob) {
    st.bind_blob_static(index, fp.bytes.data(), fp.bytes.size());
  } else {
    st.bind_static(index, fp.bytes);
  }
}

MergeMatcher::MergeMatcher(sql::Database& db)
    : m_find_message(db, "SELECT id FROM messages WHERE chat_id = ? AND fingerprint = ?"),
      m_find_alias(db, "SELECT message_id FROM message_fingerprints WHERE chat_id = ? AND fingerprint = ?"),
      m_same_time(db,
                  "SELECT id, sender, kind, text, deleted, extra FROM messages WHERE chat_id = ?1 AND id >= ?2"
                  " AND id < ?3 AND native_time = ?4 AND source_id <> ?5 ORDER BY id"),
      m_stored_row(db, "SELECT id, sender, kind, text, deleted, extra FROM messages WHERE id = ?"),
      m_stored_source(db, "SELECT source_id FROM messages WHERE id = ?") {}

void MergeMatcher::begin_chat(std::int64_t chat_id, bool had_messages) {
  m_chat_id = chat_id;
  m_chat_had_messages = had_messages;
  clear_matches();
}

std::uint32_t MergeMatcher::next_ordinal(const FingerprintKey& key, std::int64_t time_ms) {
  return next_ordinal(m_ordinals[m_chat_id], key, time_ms);
}

// Keys repeat only at the same native_time, i.e. within a DST shift (or a zone span) of each other:
// once the chat's messages are this far past a key, it is dropped from memory. A message that
// comes that late after all (an export out of order by days) gets its ordinal from the archive.
std::uint32_t MergeMatcher::next_ordinal(ChatOrdinals& ordinals, const FingerprintKey& key, std::int64_t time_ms) {
  bool inserted = false;
  OrdinalMap::Entry& entry = ordinals.keys.try_emplace(key.short_id(), inserted);
  if (inserted && time_ms - k_zone_span_ms < ordinals.evicted_before) {
    entry.next = ordinal_from_archive(key);
  }
  const std::uint32_t ordinal = entry.next++;
  entry.time_ms = inserted ? time_ms : std::max(entry.time_ms, time_ms);
  ordinals.max_time_ms = std::max(ordinals.max_time_ms, time_ms);
  if (ordinals.keys.size() >= ordinals.sweep_at) {
    const std::int64_t before = ordinals.max_time_ms - k_ordinal_window_ms;
    ordinals.keys.erase_older(before);
    ordinals.evicted_before = std::max(ordinals.evicted_before, before);
    // A window fuller than that (a chat this busy for days) is kept whole until it doubles.
    ordinals.sweep_at = std::max(k_ordinal_keys_kept, 2 * ordinals.keys.size());
  }
  return ordinal;
}

MergeMatcher::OrdinalMap::Entry& MergeMatcher::OrdinalMap::try_emplace(std::uint64_t id, bool& inserted) {
  if (2 * (m_size + 1) > m_slots.size()) {
    rehash(std::max<std::size_t>(16, 2 * m_slots.size()));
  }
  const std::size_t mask = m_slots.size() - 1;
  for (std::size_t i = static_cast<std::size_t>(id) & mask;; i = (i + 1) & mask) {
    Entry& slot = m_slots[i];
    if (!slot.used) {
      slot = Entry{id, 0, 0, true};
      ++m_size;
      inserted = true;
      return slot;
    }
    if (slot.id == id) {
      inserted = false;
      return slot;
    }
  }
}

// In place (no second table: memory stays flat).
void MergeMatcher::OrdinalMap::erase_older(std::int64_t before) {
  for (std::size_t i = 0; i < m_slots.size();) {
    if (m_slots[i].used && m_slots[i].time_ms < before) {
      erase_at(i);  // may move a later entry into slot i: look at it again
    } else {
      ++i;
    }
  }
}

// Linear probing's deletion without tombstones: the entries after the hole that probed past it
// move back into it, until an empty slot ends the run.
void MergeMatcher::OrdinalMap::erase_at(std::size_t hole) {
  const std::size_t mask = m_slots.size() - 1;
  m_slots[hole].used = false;
  --m_size;
  for (std::size_t j = (hole + 1) & mask; m_slots[j].used; j = (j + 1) & mask) {
    const std::size_t home = static_cast<std::size_t>(m_slots[j].id) & mask;
    // The entry at j may move to the hole if its home is not cyclically within (hole, j].
    const bool stays = hole <= j ? (hole < home && home <= j) : (hole < home || home <= j);
    if (!stays) {
      m_slots[hole] = m_slots[j];
      m_slots[j].used = false;
      hole = j;
    }
  }
}

void MergeMatcher::OrdinalMap::rehash(std::size_t capacity) {
  std::vector<Entry> old = std::move(m_slots);
  m_slots.assign(capacity, Entry{});
  const std::size_t mask = capacity - 1;
  for (const Entry& slot : old) {
    if (!slot.used) {
      continue;
    }
    std::size_t i = static_cast<std::size_t>(slot.id) & mask;
    while (m_slots[i].used) {
      i = (i + 1) & mask;
    }
    m_slots[i] = slot;
  }
}

// The ordinal of a key whose count this import dropped: past the fingerprints with that key this
// import already used (stored by it, or stored before and matched by it).
std::uint32_t MergeMatcher::ordinal_from_archive(const FingerprintKey& key) {
  for (std::uint32_t ordinal = 0;; ++ordinal) {
    const std::optional<std::int64_t> id = find_by_fingerprint(stored_fingerprint(key, ordinal));
    if (!id) {
      return ordinal;
    }
    m_stored_source.bind(1, *id);
    const bool ours = m_stored_source.step() && m_stored_source.column_int64(0) == m_source_id;
    m_stored_source.reset();
    if (!ours && !m_matched.contains(*id)) {
      return ordinal;
    }
  }
}

std::optional<std::int64_t> MergeMatcher::find_by_fingerprint(const StoredFingerprint& fp) {
  std::optional<std::int64_t> id;
  m_find_message.bind(1, m_chat_id);
  bind_fingerprint(m_find_message, 2, fp);
  if (m_find_message.step()) {
    id = m_find_message.column_int64(0);
  }
  m_find_message.reset();
  if (!id && m_chat_had_messages) {
    m_find_alias.bind(1, m_chat_id);
    bind_fingerprint(m_find_alias, 2, fp);
    if (m_find_alias.step()) {
      id = m_find_alias.column_int64(0);
    }
    m_find_alias.reset();
  }
  return id;
}

void MergeMatcher::note_match(std::int64_t id, const std::string& group) {
  m_matched.insert(id);
  auto [it, inserted] = m_last_matched.try_emplace(group, id);
  if (!inserted && it->second < id) {
    it->second = id;
  }
  // An id's time is id / 4096 (ids are time_ms * 4096 + seq). A match matters only to messages of
  // the same native_time, within a zone span of it: once the matches are this far past an id, it
  // is dropped (an export out of order by days may then match that stored message again).
  m_matched_max_time = std::max(m_matched_max_time, id >> 12);
  if (m_matched.size() + m_last_matched.size() >= m_matched_sweep_at) {
    const std::int64_t before = m_matched_max_time - k_ordinal_window_ms;
    std::erase_if(m_matched, [&](std::int64_t matched) { return (matched >> 12) < before; });
    std::erase_if(m_last_matched, [&](const auto& kv) { return (kv.second >> 12) < before; });
    m_matched_sweep_at = std::max(k_ordinal_keys_kept, 2 * (m_matched.size() + m_last_matched.size()));
  }
}

std::optional<StoredRow> MergeMatcher::stored_row(std::int64_t id) {
  std::optional<StoredRow> row;
  m_stored_row.bind(1, id);
  if (m_stored_row.step()) {
    row = read_row(m_stored_row);
  }
  m_stored_row.reset();
  return row;
}

// A message no fingerprint matched may be a later version of a stored one: a deletion of any
// non-system message, or an edit of a text message. The target is a stored message of the same
// chat with the same native_time and normalised sender, from an earlier import, not matched by
// this one, after the last one of that time and sender this import matched (both exports keep
// the chat's order), the first such one that this message can update.
std::optional<StoredRow> MergeMatcher::find_update_target(const model::Message& msg, const std::string& group) {
  if (!m_chat_had_messages) {
    return std::nullopt;
  }
  const KindClass cls = kind_class(msg.kind);
  const bool deletion = cls == KindClass::deleted;
  const bool edit = !deletion && msg.edited && msg.kind == model::MessageKind::text;
  if (!deletion && !edit) {
    return std::nullopt;
  }
  const std::string sender = normalise_sender(msg.sender);
  const std::string text = normalise_text(msg.text);
  const auto last = m_last_matched.find(group);
  const std::int64_t after = last == m_last_matched.end() ? std::numeric_limits<std::int64_t>::min() : last->second;
  m_same_time.bind(1, m_chat_id).bind(2, (msg.time_ms - k_zone_span_ms) * k_seq_per_ms)
      .bind(3, (msg.time_ms + k_zone_span_ms + 1) * k_seq_per_ms).bind(4, msg.native_time).bind(5, m_source_id);
  std::optional<StoredRow> found;
  while (m_same_time.step()) {
    StoredRow row = read_row(m_same_time);
    if (row.id <= after || m_matched.contains(row.id) || row.deleted || normalise_sender(row.sender) != sender) {
      continue;
    }
    const KindClass stored = kind_class(row.kind);
    const bool fits = deletion ? stored != KindClass::system && stored != KindClass::deleted
                               : row.kind == model::MessageKind::text && normalise_text(row.text) != text;
    if (fits) {
      found = std::move(row);
      break;
    }
  }
  m_same_time.reset();
  return found;
}

}  // namespace chatvault::archive
