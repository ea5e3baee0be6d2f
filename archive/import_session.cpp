// The import session: a model::Sink writing chats and messages into the archive, with dedup
// by fingerprint (and updates of messages deleted or edited since), media into the blob store,
// and batched transactions. The rules are in docs/ARCHIVE_SCHEMA.md ("Dedup and merge").
#include <nlohmann/json.hpp>

#include <algorithm>
#include <functional>
#include <limits>
#include <optional>
#include <unordered_map>
#include <unordered_set>

#include "archive/archive_impl.hpp"
#include "archive/blobs.hpp"
#include "archive/codec.hpp"
#include "archive/fingerprint.hpp"
#include "archive/merge_matcher.hpp"
#include "util/error.hpp"

namespace chatvault::archive {
namespace {

// A batch ends after this many messages or this many bytes of new media, and at end_chat.
constexpr std::size_t k_batch_messages = k_import_batch_messages;
constexpr std::uint64_t k_batch_bytes = 64ull << 20;
constexpr std::size_t k_kept_texts = 100;
// The page cache during an import, in KiB: 64 MiB.
constexpr std::int64_t k_import_cache_kib = 64 * 1024;

// Adds `key: value` to a JSON object text (an invalid or non-object text is kept under "raw").
std::string extra_with(const std::string& extra, const std::function<void(nlohmann::json&)>& change) {
  nlohmann::json j = nlohmann::json::parse(extra.empty() ? std::string("{}") : extra, nullptr, false);
  if (j.is_discarded() || !j.is_object()) {
    j = nlohmann::json{{"raw", extra}};
  }
  change(j);
  return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

std::string describe(const model::Origin& where, std::string_view text) {
  const std::string origin = where.to_string();
  return origin.empty() ? std::string(text) : origin + ": " + std::string(text);
}

class Session final : public ImportSession {
 public:
  Session(ConnectionPtr conn, const SourceInfo& source);
  ~Session() override {
    m_tx.reset();
    try {
      m_db.exec("PRAGMA cache_size = " + std::to_string(m_saved_cache_size));
      m_db.exec("PRAGMA foreign_keys = ON");
    } catch (...) {  // NOLINT(bugprone-empty-catch): only a setting of this connection
    }
  }

  void begin_chat(const model::Chat& chat) override {
    guarded([&] { do_begin_chat(chat); });
  }
  void message(model::Message&& msg) override {
    guarded([&] { do_message(msg); });
  }
  void end_chat() override {
    guarded([&] { do_end_chat(); });
  }
  void skipped(const model::Origin& where, std::string_view reason) override {
    ++m_counts.skipped;
    if (m_counts.skipped_texts.size() < k_kept_texts) {
      m_counts.skipped_texts.push_back(describe(where, reason));
    }
  }
  void warning(const model::Origin& where, std::string_view text) override {
    ++m_counts.warnings;
    if (m_counts.warning_texts.size() < k_kept_texts) {
      m_counts.warning_texts.push_back(describe(where, text));
    }
  }
  void commit() override {
    guarded([&] { do_commit(); });
  }
  const ImportCounts& counts() const override { return m_counts; }

 private:
  // Runs one Sink call; on failure rolls the batch in progress back, refuses further calls,
  // and lets the error out as a chatvault::Error.
  template <typename F>
  void guarded(F&& f) {
    if (m_failed) {
      throw Error(ErrorCategory::internal, "the import into " + m_conn->path.string() + " already stopped on an error");
    }
    if (m_committed) {
      throw Error(ErrorCategory::internal, "the import into " + m_conn->path.string() + " was already committed");
    }
    try {
      f();
    } catch (const Error&) {
      fail();
      throw;
    } catch (const std::exception& e) {
      fail();
      throw Error(ErrorCategory::internal, m_conn->path.string() + ": import failed: " + e.what());
    }
  }
  void fail() noexcept {
    m_failed = true;
    m_tx.reset();
  }

  void ensure_tx() {
    if (!m_tx) {
      m_tx.emplace(m_conn->db);
    }
  }
  void commit_batch() {
    if (m_tx) {
      m_tx->commit();
      m_tx.reset();
    }
    m_batch_messages = 0;
    m_batch_bytes = 0;
  }

  void do_begin_chat(const model::Chat& chat);
  void do_message(model::Message& msg);
  void do_end_chat();
  void do_commit();

  std::int64_t next_id(std::int64_t time_ms);
  void insert_message(const model::Message& msg, const StoredFingerprint& fp);
  void insert_attachment(std::int64_t message_id, std::size_t ordinal, const model::Attachment& att,
                         const model::Origin& origin);
  std::optional<StoredBlob> store_bytes(const model::Attachment& att, const model::Origin& origin);
  bool fill_media(std::int64_t message_id, const model::Message& msg);
  bool fill_text(std::int64_t message_id, const model::Message& msg);
  void apply_update(const StoredRow& target, const model::Message& msg, const StoredFingerprint& fp);

  ConnectionPtr m_conn;  // first member: the database outlives every statement below
  sql::Database& m_db;
  SourceInfo m_source;
  std::int64_t m_source_id = 0;

  MergeMatcher m_matcher;
  sql::Statement m_find_chat;
  sql::Statement m_insert_chat;
  sql::Statement m_update_chat;
  sql::Statement m_upsert_participant;
  sql::Statement m_chat_has_messages;
  sql::Statement m_insert_alias;
  sql::Statement m_find_fp1;
  sql::Statement m_mark_deleted;
  sql::Statement m_set_text;
  sql::Statement m_max_id;
  sql::Statement m_id_taken;
  sql::Statement m_insert_message;
  sql::Statement m_insert_fts;
  sql::Statement m_insert_attachment;
  sql::Statement m_insert_reaction;
  sql::Statement m_stored_attachments;
  sql::Statement m_fill_attachment;
  BlobWriter m_blobs;

  std::int64_t m_chat_id = 0;
  std::string m_chat_name;
  std::string m_zone;  // the zone of the chats read in one (sources.zone), if SourceInfo gave none
  std::string m_chat_key;
  bool m_in_chat = false;
  bool m_chat_had_messages = false;
  bool m_chat_continues = false;       // the importer says this chat continues the stored one
  bool m_chat_has_fp1 = false;         // the chat holds fp1 fingerprints: look those up too
  std::uint64_t m_chat_added = 0;
  std::uint64_t m_chat_matched = 0;    // duplicates and updates: the overlap with what was stored
  std::unordered_set<std::int64_t> m_chats_seen;
  // Per-message scratch (do_message), kept so that their buffers are reused.
  FingerprintKey m_key;
  FingerprintKey m_key1;
  StoredFingerprint m_fp;
  ImportCounts m_counts;
  std::size_t m_batch_messages = 0;
  // The highest message id in the archive (this session holds the write lock: only it adds).
  std::int64_t m_max_id_all = std::numeric_limits<std::int64_t>::min();
  std::int64_t m_saved_cache_size = 0;  // PRAGMA cache_size before the session
  std::uint64_t m_batch_bytes = 0;
  bool m_failed = false;
  bool m_committed = false;
  std::optional<sql::Transaction> m_tx;  // last member: rolled back first on destruction
};

Session::Session(ConnectionPtr conn, const SourceInfo& source)
    : m_conn(std::move(conn)),
      m_db(m_conn->db),
      m_source(source),
      m_matcher(m_db),
      m_find_chat(m_db, "SELECT id FROM chats WHERE platform = ? AND key = ?"),
      m_insert_chat(m_db,
                    "INSERT INTO chats (platform, key, title, is_group, zone, date_order) VALUES (?, ?, ?, ?, ?, ?)"),
      m_update_chat(m_db,
                    "UPDATE chats SET title = CASE WHEN ?1 = '' THEN title ELSE ?1 END, is_group = ?2,"
                    " zone = CASE WHEN ?3 = '' THEN zone ELSE ?3 END,"
                    " date_order = CASE WHEN ?5 = '' THEN date_order ELSE ?5 END WHERE id = ?4"),
      m_upsert_participant(m_db,
                           "INSERT INTO participants (chat_id, name, platform_id, is_self) VALUES (?, ?, ?, ?)"
                           " ON CONFLICT (chat_id, name, platform_id) DO UPDATE SET is_self = max(is_self, excluded.is_self)"),
      m_chat_has_messages(m_db, "SELECT EXISTS (SELECT 1 FROM messages WHERE chat_id = ?)"),
      m_insert_alias(m_db,
                     "INSERT OR IGNORE INTO message_fingerprints (chat_id, fingerprint, message_id) VALUES (?, ?, ?)"),
      m_find_fp1(m_db,
                     "SELECT EXISTS (SELECT 1 FROM messages WHERE chat_id = ?1 AND fingerprint >= 'fp1:'"
                     " AND fingerprint < 'fp1;')"),
      m_mark_deleted(m_db, "UPDATE messages SET deleted = 1, extra = ? WHERE id = ?"),
      m_set_text(m_db, "UPDATE messages SET text = ?, edited = max(edited, ?), extra = ? WHERE id = ?"),
      m_max_id(m_db, "SELECT max(id) FROM messages WHERE id >= ?1 AND id < ?1 + 4096"),
      m_id_taken(m_db, "SELECT 1 FROM messages WHERE id = ?"),
      m_insert_message(m_db,
                       "INSERT INTO messages (id, chat_id, source_id, time_ms, offset_min, native_time, sender, kind,"
                       " text, edited, deleted, reply_to, forwarded_from, location, poll, call, extra, fingerprint,"
                       " native_id, sender_id, links)"
                       " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
      m_insert_fts(m_db, "INSERT INTO messages_fts (rowid, text, sender) VALUES (?, ?, ?)"),
      m_insert_attachment(m_db,
                          "INSERT INTO attachments (message_id, ordinal, kind, file_name, mime, size, duration_ms,"
                          " width, height, blob_hash, missing) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
      m_insert_reaction(m_db, "INSERT INTO reactions (message_id, ordinal, actor, emoji) VALUES (?, ?, ?, ?)"),
      m_stored_attachments(m_db, "SELECT ordinal, blob_hash IS NULL FROM attachments WHERE message_id = ?"),
      m_fill_attachment(m_db,
                        "UPDATE attachments SET blob_hash = ?1, missing = 0, size = ?2,"
                        " file_name = CASE WHEN file_name = '' THEN ?3 ELSE file_name END,"
                        " mime = CASE WHEN mime = '' THEN ?4 ELSE mime END,"
                        " kind = CASE WHEN kind = 'other' THEN ?5 ELSE kind END"
                        " WHERE message_id = ?6 AND ordinal = ?7"),
      m_blobs(m_db) {
  if (!m_conn->writable) {
    throw Error(ErrorCategory::usage, m_conn->path.string() + " was opened read-only; cannot import into it");
  }
  // The source row is committed at once; commit() completes it (finished_at, manifest, counts).
  sql::Statement insert(m_db, "INSERT INTO sources (platform, label, imported_at, zone) VALUES (?, ?, ?, ?)", false);
  insert.bind(1, model::to_string(source.platform)).bind(2, source.label).bind(3, now_ms()).bind(4, source.zone);
  insert.run();
  m_source_id = m_db.last_insert_rowid();
  m_matcher.set_source(m_source_id);
  // A page cache that holds the indexes an import writes at random places (the fingerprint index
  // above all), for the session's life; the connection's own setting comes back at the end.
  {
    sql::Statement cache(m_db, "PRAGMA cache_size", false);
    m_saved_cache_size = cache.step() ? cache.column_int64(0) : 0;
  }
  if (m_saved_cache_size >= 0 ? m_saved_cache_size * 4096 < k_import_cache_kib * 1024
                              : -m_saved_cache_size < k_import_cache_kib) {
    m_db.exec("PRAGMA cache_size = -" + std::to_string(k_import_cache_kib));
  }
  sql::Statement max_id(m_db, "SELECT max(id) FROM messages", false);
  if (max_id.step() && !max_id.is_null(0)) {
    m_max_id_all = max_id.column_int64(0);
  }
  // Every row a session writes references the chat and source rows it holds itself, or a
  // message or blob it has just written: the foreign-key checks (a parent look-up per reference,
  // several per message) cannot fail, and cost about 5% of an import. On again at the end.
  m_db.exec("PRAGMA foreign_keys = OFF");
}

void Session::do_begin_chat(const model::Chat& chat) {
  if (m_in_chat) {
    throw Error(ErrorCategory::internal, "begin_chat while chat \"" + m_chat_name + "\" is still open");
  }
  ensure_tx();
  if (!chat.zone.empty()) {
    m_zone = chat.zone;
  }
  const std::string platform(model::to_string(chat.platform));
  m_find_chat.bind(1, platform).bind(2, chat.key);
  std::optional<std::int64_t> id;
  if (m_find_chat.step()) {
    id = m_find_chat.column_int64(0);
  }
  m_find_chat.reset();
  if (id) {
    m_update_chat.bind(1, chat.title).bind(2, chat.is_group).bind(3, chat.zone).bind(4, *id)
        .bind(5, chat.date_order);
    m_update_chat.run();
    m_chat_has_messages.bind(1, *id);
    m_chat_had_messages = m_chat_has_messages.step() && m_chat_has_messages.column_int(0) != 0;
    m_chat_has_messages.reset();
    m_find_fp1.bind(1, *id);
    m_chat_has_fp1 = m_chat_had_messages && m_find_fp1.step() && m_find_fp1.column_int(0) != 0;
    m_find_fp1.reset();
  } else {
    m_insert_chat.bind(1, platform).bind(2, chat.key).bind(3, chat.title.empty() ? chat.key : chat.title)
        .bind(4, chat.is_group).bind(5, chat.zone).bind(6, chat.date_order);
    m_insert_chat.run();
    id = m_db.last_insert_rowid();
    m_chat_had_messages = false;
    m_chat_has_fp1 = false;
  }
  for (const auto& p : chat.participants) {
    m_upsert_participant.bind(1, *id).bind(2, p.name).bind(3, p.platform_id).bind(4, p.is_self);
    m_upsert_participant.run();
  }
  m_chat_id = *id;
  m_chat_name = chat.title.empty() ? chat.key : chat.title;
  m_chat_key = chat.key;
  m_chat_continues = chat.continues_stored;
  m_in_chat = true;
  m_chat_added = 0;
  m_chat_matched = 0;
  m_matcher.begin_chat(m_chat_id, m_chat_had_messages);
  m_chats_seen.insert(m_chat_id);
  m_counts.chats = m_chats_seen.size();
}

void Session::do_message(model::Message& msg) {
  if (!m_in_chat) {
    throw Error(ErrorCategory::internal, msg.origin, "message outside a chat");
  }
  if (msg.time_ms > k_max_abs_time_ms || msg.time_ms < -k_max_abs_time_ms) {
    skipped(msg.origin, "time out of range");
    return;
  }
  ensure_tx();
  fingerprint_key_into(msg, k_fingerprint_version, m_key);
  stored_fingerprint_into(m_key, m_matcher.next_ordinal(m_key, msg.time_ms), m_fp);
  const StoredFingerprint& fp = m_fp;
  // A chat's first import: nothing stored to match (the ordinals keep this import's fingerprints
  // distinct; UNIQUE(chat_id, fingerprint) still guards).
  std::optional<std::int64_t> existing;
  if (m_chat_had_messages) {
    existing = m_matcher.find_by_fingerprint(fp);
  }
  if (m_chat_has_fp1) {
    // A chat first imported with fp1: its messages are found by their fp1 fingerprint. (The two
    // keys differ, so their ordinal counters in the one map never meet.)
    fingerprint_key_into(msg, 1, m_key1);
    const std::uint32_t ordinal1 = m_matcher.next_ordinal(m_key1, msg.time_ms);
    if (!existing) {
      existing = m_matcher.find_by_fingerprint(stored_fingerprint(m_key1, ordinal1));
    }
  }
  // Matches and updates need a stored chat; its first import only adds.
  const std::string group = m_chat_had_messages ? msg.native_time + '\0' + normalise_sender(msg.sender) : std::string();
  if (existing) {
    ++m_counts.duplicates;
    ++m_chat_matched;
    // Reached a second time only through another version's fingerprint (an export holding a
    // message both before and after its edit): nothing more to do.
    if (!m_matcher.matched(*existing)) {
      m_matcher.note_match(*existing, group);
      const bool media = fill_media(*existing, msg);
      const bool text = fill_text(*existing, msg);
      if (media || text) {
        ++m_counts.updated;
      }
    }
  } else if (auto target = m_matcher.find_update_target(msg, group)) {
    apply_update(*target, msg, fp);
    m_matcher.note_match(target->id, group);
    ++m_counts.updated;
    ++m_chat_matched;
  } else {
    insert_message(msg, fp);
    ++m_counts.messages_added;
    ++m_chat_added;
  }
  if (++m_batch_messages >= k_batch_messages || m_batch_bytes >= k_batch_bytes) {
    commit_batch();
  }
}

std::int64_t Session::next_id(std::int64_t time_ms) {
  const std::int64_t base = time_ms * k_seq_per_ms;
  if (base > m_max_id_all) {
    // Newer than every stored message (a first import in time order, or newer messages): the
    // millisecond's ids are all free.
    return base;
  }
  m_max_id.bind(1, base);
  std::optional<std::int64_t> max;
  if (m_max_id.step() && !m_max_id.is_null(0)) {
    max = m_max_id.column_int64(0);
  }
  m_max_id.reset();
  if (!max) {
    return base;
  }
  std::int64_t id = *max + 1;
  // A full millisecond (4096 messages) probes upward into the next ones.
  for (;; ++id) {
    m_id_taken.bind(1, id);
    const bool taken = m_id_taken.step();
    m_id_taken.reset();
    if (!taken) {
      return id;
    }
  }
}

void Session::insert_message(const model::Message& msg, const StoredFingerprint& fp) {
  const std::int64_t id = next_id(msg.time_ms);
  // The message's own strings are bound without copies (bind_static): each statement runs at once.
  auto& st = m_insert_message;
  st.bind(1, id).bind(2, m_chat_id).bind(3, m_source_id).bind(4, msg.time_ms).bind(5, msg.offset_min)
      .bind_static(6, msg.native_time).bind_static(7, msg.sender).bind_static(8, model::to_string(msg.kind))
      .bind_static(9, msg.text).bind(10, msg.edited).bind(11, msg.deleted).bind_static(12, msg.reply_to)
      .bind_static(13, msg.forwarded_from);
  if (msg.location) {
    st.bind(14, encode_location(*msg.location));
  }
  if (msg.poll) {
    st.bind(15, encode_poll(*msg.poll));
  }
  if (msg.call) {
    st.bind(16, encode_call(*msg.call));
  }
  st.bind_static(17, msg.extra_json.empty() ? std::string_view("{}") : std::string_view(msg.extra_json));
  bind_fingerprint(st, 18, fp);
  st.bind_static(19, msg.native_id).bind_static(20, msg.sender_id);
  if (!msg.links.empty()) {
    st.bind(21, encode_links(msg.links));
  }
  st.run();
  if (id > m_max_id_all) {
    m_max_id_all = id;
  }
  // The FTS index entry (see schema.sql: no insert trigger, so FTS5 keeps batching its terms).
  m_insert_fts.bind(1, id).bind_static(2, msg.text).bind_static(3, msg.sender);
  m_insert_fts.run();
  for (std::size_t i = 0; i < msg.attachments.size(); ++i) {
    insert_attachment(id, i, msg.attachments[i], msg.origin);
  }
  for (std::size_t i = 0; i < msg.reactions.size(); ++i) {
    m_insert_reaction.bind(1, id).bind(2, static_cast<std::int64_t>(i)).bind(3, msg.reactions[i].actor)
        .bind(4, msg.reactions[i].emoji);
    m_insert_reaction.run();
  }
}

std::optional<StoredBlob> Session::store_bytes(const model::Attachment& att, const model::Origin& origin) {
  if (att.missing || !att.open) {
    return std::nullopt;
  }
  StoredBlob blob;
  try {
    auto reader = att.open();
    if (!reader) {
      return std::nullopt;
    }
    blob = m_blobs.store(*reader);
  } catch (const Error&) {
    throw;
  } catch (const std::exception& e) {
    throw Error(ErrorCategory::input, origin, "reading \"" + att.file_name + "\": " + e.what());
  }
  ++m_counts.attachments_stored;
  if (blob.added) {
    ++m_counts.blobs_added;
    m_batch_bytes += blob.size;
  }
  return blob;
}

void Session::insert_attachment(std::int64_t message_id, std::size_t ordinal, const model::Attachment& att,
                                const model::Origin& origin) {
  const std::optional<StoredBlob> blob = store_bytes(att, origin);
  auto& st = m_insert_attachment;
  st.bind(1, message_id).bind(2, static_cast<std::int64_t>(ordinal)).bind(3, model::to_string(att.kind))
      .bind(4, att.file_name).bind(5, att.mime);
  if (blob) {
    st.bind(6, static_cast<std::int64_t>(blob->size));
  } else if (att.size) {
    st.bind(6, static_cast<std::int64_t>(*att.size));
  }
  st.bind(7, att.duration_ms).bind(8, att.width).bind(9, att.height);
  if (blob) {
    st.bind(10, blob->hash);
  }
  st.bind(11, !blob);
  st.run();
}

// Deleted: flagged, the stored text kept, the marker text kept in extra.deleted_text. Edited:
// the new text, the stored one appended to extra.previous_texts. Either way the new version's
// fingerprint becomes an alias of the stored message.
void Session::apply_update(const StoredRow& target, const model::Message& msg, const StoredFingerprint& fp) {
  if (kind_class(msg.kind) == KindClass::deleted) {
    const std::string extra = extra_with(target.extra, [&](nlohmann::json& j) { j["deleted_text"] = msg.text; });
    m_mark_deleted.bind(1, extra).bind(2, target.id);
    m_mark_deleted.run();
  } else {
    const std::string extra = extra_with(target.extra, [&](nlohmann::json& j) {
      if (!j.contains("previous_texts") || !j["previous_texts"].is_array()) {
        j["previous_texts"] = nlohmann::json::array();
      }
      j["previous_texts"].push_back(target.text);
    });
    m_set_text.bind(1, msg.text).bind(2, true).bind(3, extra).bind(4, target.id);
    m_set_text.run();
  }
  m_insert_alias.bind(1, m_chat_id).bind(3, target.id);
  bind_fingerprint(m_insert_alias, 2, fp);
  m_insert_alias.run();
}

// A duplicate media message (whose fingerprint has no text) with text the stored one lacks: a
// caption a "without media" export left out is filled in; an edited caption replaces the
// stored one, which is kept in extra.previous_texts.
bool Session::fill_text(std::int64_t message_id, const model::Message& msg) {
  if (kind_class(msg.kind) != KindClass::media) {
    return false;
  }
  const std::string text = normalise_text(msg.text);
  if (text.empty()) {
    return false;
  }
  const std::optional<StoredRow> row = m_matcher.stored_row(message_id);
  if (!row || kind_class(row->kind) != KindClass::media) {
    return false;
  }
  const std::string stored = normalise_text(row->text);
  if (stored == text) {
    return false;
  }
  if (stored.empty()) {
    m_set_text.bind(1, msg.text).bind(2, msg.edited).bind(3, row->extra).bind(4, message_id);
    m_set_text.run();
    return true;
  }
  if (!msg.edited) {
    return false;
  }
  const std::string extra = extra_with(row->extra, [&](nlohmann::json& j) {
    if (!j.contains("previous_texts") || !j["previous_texts"].is_array()) {
      j["previous_texts"] = nlohmann::json::array();
    }
    j["previous_texts"].push_back(row->text);
  });
  m_set_text.bind(1, msg.text).bind(2, true).bind(3, extra).bind(4, message_id);
  m_set_text.run();
  return true;
}

// A duplicate whose stored copy lacks media this export has: fills them in.
bool Session::fill_media(std::int64_t message_id, const model::Message& msg) {
  std::unordered_map<std::int64_t, bool> stored;  // ordinal → needs bytes
  m_stored_attachments.bind(1, message_id);
  while (m_stored_attachments.step()) {
    stored[m_stored_attachments.column_int64(0)] = m_stored_attachments.column_int(1) != 0;
  }
  m_stored_attachments.reset();
  bool changed = false;
  for (std::size_t i = 0; i < msg.attachments.size(); ++i) {
    const auto& att = msg.attachments[i];
    const auto it = stored.find(static_cast<std::int64_t>(i));
    if (it == stored.end()) {
      insert_attachment(message_id, i, att, msg.origin);
      changed = true;
    } else if (it->second && !att.missing && att.open) {
      const std::optional<StoredBlob> blob = store_bytes(att, msg.origin);
      if (blob) {
        m_fill_attachment.bind(1, blob->hash).bind(2, static_cast<std::int64_t>(blob->size)).bind(3, att.file_name)
            .bind(4, att.mime).bind(5, model::to_string(att.kind)).bind(6, message_id)
            .bind(7, static_cast<std::int64_t>(i));
        m_fill_attachment.run();
        changed = true;
      }
    }
  }
  return changed;
}

void Session::do_end_chat() {
  if (!m_in_chat) {
    throw Error(ErrorCategory::internal, "end_chat without begin_chat");
  }
  m_in_chat = false;
  commit_batch();
  if (m_chat_had_messages && m_chat_added > 0 && m_chat_matched == 0 && !m_chat_continues) {
    warning({}, "chat \"" + m_chat_key + "\": no overlap with the messages already stored (" +
                    std::to_string(m_chat_added) + " added beside them) — a different chat? use --into " +
                    "to import it under another name, or to join the chat it belongs to");
  }
  m_matcher.clear_matches();
}

void Session::do_commit() {
  if (m_in_chat) {
    do_end_chat();
  }
  ensure_tx();
  sql::Statement file(m_db, "INSERT OR REPLACE INTO source_files (source_id, path, size, hash) VALUES (?, ?, ?, ?)",
                      false);
  for (const auto& f : m_source.files) {
    file.bind(1, m_source_id).bind(2, f.path).bind(3, static_cast<std::int64_t>(f.size)).bind(4, f.hash);
    file.run();
  }
  const nlohmann::json counts{{"chats", m_counts.chats},
                              {"messages_added", m_counts.messages_added},
                              {"duplicates", m_counts.duplicates},
                              {"updated", m_counts.updated},
                              {"skipped", m_counts.skipped},
                              {"warnings", m_counts.warnings},
                              {"attachments_stored", m_counts.attachments_stored},
                              {"blobs_added", m_counts.blobs_added}};
  sql::Statement finish(m_db,
                        "UPDATE sources SET finished_at = ?1, counts = ?2,"
                        " zone = CASE WHEN zone = '' THEN ?4 ELSE zone END WHERE id = ?3",
                        false);
  finish.bind(1, now_ms()).bind(2, counts.dump()).bind(3, m_source_id).bind(4, m_zone);
  finish.run();
  commit_batch();
  m_committed = true;
}

}  // namespace

std::unique_ptr<ImportSession> make_import_session(ConnectionPtr conn, const SourceInfo& source) {
  return std::make_unique<Session>(std::move(conn), source);
}

std::unique_ptr<ImportSession> ArchiveImpl::begin_import(const SourceInfo& source) {
  return make_import_session(m_conn, source);
}

}  // namespace chatvault::archive
