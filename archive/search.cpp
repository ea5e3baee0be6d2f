// Archive::search: FTS5 over messages_fts, newest first, with filters.
#include <variant>

#include "archive/codec.hpp"
#include "archive/archive_impl.hpp"
#include "archive/fts_query.hpp"
#include "util/error.hpp"

namespace chatvault::archive {
namespace {

constexpr char k_mark_open = '\x01';
constexpr char k_mark_close = '\x02';
constexpr std::int64_t k_seq_per_ms = 4096;
constexpr std::int64_t k_max_abs_time_ms = std::int64_t{1} << 50;

}  // namespace

std::vector<SearchHit> ArchiveImpl::search(const SearchQuery& query) {
  const std::string fts = build_fts_query(query.text);
  const bool has_text = query.text.find_first_not_of(" \t\r\n\v\f") != std::string::npos;
  if (has_text && fts.empty()) {
    throw Error(ErrorCategory::usage, "nothing to search for in \"" + query.text +
                                          "\": the query has no word (letters or digits)");
  }
  std::vector<std::variant<std::int64_t, std::string>> params;
  std::string sql =
      "SELECT m.id, m.chat_id, c.key, c.title, c.platform, m.time_ms, m.offset_min, m.sender, m.text";
  if (!fts.empty()) {
    // The FTS table drives the loop in rowid (= message id = time) order, newest first, so the
    // LIMIT stops the scan early; the joins are unique lookups that keep that order.
    sql += ", highlight(messages_fts, 0, ?, ?) FROM messages_fts"
           " CROSS JOIN messages m ON m.id = messages_fts.rowid"
           " CROSS JOIN chats c ON c.id = m.chat_id WHERE messages_fts MATCH ?";
    params.emplace_back(std::string(1, k_mark_open));
    params.emplace_back(std::string(1, k_mark_close));
    params.emplace_back(fts);
  } else {
    sql += " FROM messages m CROSS JOIN chats c ON c.id = m.chat_id WHERE 1";
  }
  if (!query.chats.empty()) {
    std::string list;
    for (std::size_t i = 0; i < query.chats.size(); ++i) {
      list += i == 0 ? "?" : ", ?";
    }
    sql += " AND (c.key IN (" + list + ") OR c.title IN (" + list + "))";
    for (int pass = 0; pass < 2; ++pass) {
      for (const auto& chat : query.chats) {
        params.emplace_back(chat);
      }
    }
  }
  if (!query.from.empty()) {
    sql += " AND m.sender = ? COLLATE NOCASE";
    params.emplace_back(query.from);
  }
  if (query.after_ms) {
    sql += " AND m.time_ms >= ?";
    params.emplace_back(*query.after_ms);
    if (!fts.empty() && *query.after_ms > -k_max_abs_time_ms && *query.after_ms < k_max_abs_time_ms) {
      // ids are never below time_ms * 4096: a range the FTS scan can use, never excluding a hit.
      sql += " AND messages_fts.rowid >= ?";
      params.emplace_back(*query.after_ms * k_seq_per_ms);
    }
  }
  if (query.before_ms) {
    sql += " AND m.time_ms < ?";
    params.emplace_back(*query.before_ms);
  }
  if (query.platform) {
    sql += " AND c.platform = ?";
    params.emplace_back(std::string(model::to_string(*query.platform)));
  }
  if (query.has_media) {
    sql += " AND EXISTS (SELECT 1 FROM attachments a WHERE a.message_id = m.id)";
  }
  sql += fts.empty() ? " ORDER BY m.id DESC" : " ORDER BY messages_fts.rowid DESC";
  sql += " LIMIT ?";
  params.emplace_back(query.limit == 0 ? std::int64_t{-1} : static_cast<std::int64_t>(query.limit));

  sql::Statement st(m_conn->db, sql, false);
  int index = 1;
  for (const auto& p : params) {
    std::visit([&](const auto& v) { st.bind(index, v); }, p);
    ++index;
  }
  std::vector<SearchHit> hits;
  while (st.step()) {
    SearchHit hit;
    hit.message_id = st.column_int64(0);
    hit.chat_id = st.column_int64(1);
    hit.chat_key = st.column_text(2);
    hit.chat_title = st.column_text(3);
    hit.platform = decode_platform(st.column_text(4), "chat " + std::to_string(hit.chat_id));
    hit.time_ms = st.column_int64(5);
    if (!st.is_null(6)) {
      hit.offset_min = st.column_int(6);
    }
    hit.sender = st.column_text(7);
    hit.text = st.column_text(8);
    if (!fts.empty()) {
      hit.matches = highlight_ranges(st.column_text(9), hit.text, k_mark_open, k_mark_close);
    }
    hits.push_back(std::move(hit));
  }
  return hits;
}

}  // namespace chatvault::archive
