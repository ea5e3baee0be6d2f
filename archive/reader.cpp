// The ChatReader side of the archive: chats, messages in id (time) order, blobs.
#include "archive/archive_impl.hpp"
#include "archive/blobs.hpp"
#include "archive/codec.hpp"
#include "util/error.hpp"

namespace chatvault::archive {

std::vector<model::StoredChat> ArchiveImpl::chats() {
  sql::Statement st(m_conn->db,
                    "SELECT c.id, c.platform, c.key, c.title, c.is_group, c.zone, c.date_order,"
                    " (SELECT count(*) FROM messages m WHERE m.chat_id = c.id),"
                    " (SELECT min(time_ms) FROM messages m WHERE m.chat_id = c.id),"
                    " (SELECT max(time_ms) FROM messages m WHERE m.chat_id = c.id)"
                    " FROM chats c ORDER BY c.id",
                    false);
  std::vector<model::StoredChat> out;
  while (st.step()) {
    model::StoredChat sc;
    sc.id = st.column_int64(0);
    sc.chat.platform = decode_platform(st.column_text(1), m_conn->path.string() + ": chat " + std::to_string(sc.id));
    sc.chat.key = st.column_text(2);
    sc.chat.title = st.column_text(3);
    sc.chat.is_group = st.column_int(4) != 0;
    sc.chat.zone = st.column_text(5);
    sc.chat.date_order = st.column_text(6);
    sc.message_count = static_cast<std::uint64_t>(st.column_int64(7));
    sc.first_ms = st.column_int64(8);
    sc.last_ms = st.column_int64(9);
    out.push_back(std::move(sc));
  }
  for (auto& sc : out) {
    sc.chat.participants = participants(sc.id);
  }
  return out;
}

void ArchiveImpl::for_each_message(std::int64_t chat_id, const std::function<void(const model::Message&)>& fn) {
  sql::Database& db = m_conn->db;
  // A version-1 archive opened read-only has no native_id, sender_id or links columns yet.
  const std::string v2_columns = m_conn->format >= 2 ? "native_id, sender_id, links" : "'', '', NULL";
  sql::Statement messages(db,
                          "SELECT id, time_ms, offset_min, native_time, sender, kind, text, edited, deleted,"
                          " reply_to, forwarded_from, location, poll, call, extra, " +
                              v2_columns + " FROM messages WHERE chat_id = ? ORDER BY id",
                          false);
  sql::Statement attachments(db,
                             "SELECT kind, file_name, mime, size, duration_ms, width, height, blob_hash"
                             " FROM attachments WHERE message_id = ? ORDER BY ordinal",
                             false);
  sql::Statement reactions(db, "SELECT actor, emoji FROM reactions WHERE message_id = ? ORDER BY ordinal", false);
  messages.bind(1, chat_id);
  while (messages.step()) {
    model::Message msg;
    msg.id = messages.column_int64(0);
    msg.time_ms = messages.column_int64(1);
    if (!messages.is_null(2)) {
      msg.offset_min = messages.column_int(2);
    }
    msg.native_time = messages.column_text(3);
    msg.sender = messages.column_text(4);
    const std::string where = m_conn->path.string() + ": message " + std::to_string(msg.id);
    msg.kind = decode_message_kind(messages.column_text(5), where);
    msg.text = messages.column_text(6);
    msg.edited = messages.column_int(7) != 0;
    msg.deleted = messages.column_int(8) != 0;
    msg.reply_to = messages.column_optional_text(9);
    msg.forwarded_from = messages.column_optional_text(10);
    if (!messages.is_null(11)) {
      msg.location = decode_location(messages.column_text(11));
    }
    if (!messages.is_null(12)) {
      msg.poll = decode_poll(messages.column_text(12));
    }
    if (!messages.is_null(13)) {
      msg.call = decode_call(messages.column_text(13));
    }
    msg.extra_json = messages.column_text(14);
    msg.native_id = messages.column_text(15);
    msg.sender_id = messages.column_text(16);
    if (!messages.is_null(17)) {
      msg.links = decode_links(messages.column_text(17));
    }

    attachments.bind(1, msg.id);
    while (attachments.step()) {
      model::Attachment att;
      att.kind = decode_attachment_kind(attachments.column_text(0), where);
      att.file_name = attachments.column_text(1);
      att.mime = attachments.column_text(2);
      if (!attachments.is_null(3)) {
        att.size = static_cast<std::uint64_t>(attachments.column_int64(3));
      }
      if (!attachments.is_null(4)) {
        att.duration_ms = attachments.column_int64(4);
      }
      if (!attachments.is_null(5)) {
        att.width = attachments.column_int(5);
      }
      if (!attachments.is_null(6)) {
        att.height = attachments.column_int(6);
      }
      att.missing = attachments.is_null(7);
      att.content_hash = attachments.column_text(7);
      msg.attachments.push_back(std::move(att));
    }
    attachments.reset();
    reactions.bind(1, msg.id);
    while (reactions.step()) {
      msg.reactions.push_back({reactions.column_text(0), reactions.column_text(1)});
    }
    reactions.reset();
    fn(msg);
  }
}

std::unique_ptr<model::ByteReader> ArchiveImpl::open_blob(std::string_view content_hash) {
  return open_blob_reader(m_conn, content_hash);
}

}  // namespace chatvault::archive
