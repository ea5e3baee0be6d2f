#pragma once
// FakeChatReader: an in-memory ChatReader for exporter tests, and the two-chat fixture they share.
#include <algorithm>
#include <cstring>
#include <map>
#include <string>
#include <vector>

#include "model/chat_reader.hpp"
#include "util/error.hpp"
#include "util/time.hpp"

namespace chatvault::test {

// Hands out blobs in small, uneven reads, as a chunked blob store would.
class StringByteReader : public model::ByteReader {
 public:
  explicit StringByteReader(std::string bytes) : m_bytes(std::move(bytes)) {}
  std::size_t read(char* out, std::size_t size) override {
    const std::size_t n = std::min({size, m_bytes.size() - m_pos, std::size_t{7001}});
    std::memcpy(out, m_bytes.data() + m_pos, n);
    m_pos += n;
    return n;
  }

 private:
  std::string m_bytes;
  std::size_t m_pos = 0;
};

class FakeChatReader : public model::ChatReader {
 public:
  void add_chat(model::StoredChat chat, std::vector<model::Message> messages) {
    chat.message_count = messages.size();
    m_messages[chat.id] = std::move(messages);
    m_chats.push_back(std::move(chat));
  }
  void add_blob(const std::string& hash, std::string bytes) { m_blobs[hash] = std::move(bytes); }

  std::vector<model::StoredChat> chats() override { return m_chats; }
  void for_each_message(std::int64_t chat_id, const std::function<void(const model::Message&)>& fn) override {
    for (const auto& m : m_messages.at(chat_id)) {
      fn(m);
    }
  }
  std::unique_ptr<model::ByteReader> open_blob(std::string_view content_hash) override {
    ++blob_opens;
    const auto it = m_blobs.find(std::string(content_hash));
    if (it == m_blobs.end()) {
      throw Error(ErrorCategory::damaged, "no blob " + std::string(content_hash));
    }
    return std::make_unique<StringByteReader>(it->second);
  }

  int blob_opens = 0;

 private:
  std::vector<model::StoredChat> m_chats;
  std::map<std::int64_t, std::vector<model::Message>> m_messages;
  std::map<std::string, std::string> m_blobs;
};

inline std::int64_t utc(const char* iso) { return timeutil::parse_iso_utc(iso).value(); }

inline const std::string k_hash1(64, '1');
inline const std::string k_hash2(64, '2');

// 200,000 bytes of every byte value, NULs included.
inline std::string blob1() {
  std::string s(200000, '\0');
  for (std::size_t i = 0; i < s.size(); ++i) {
    s[i] = static_cast<char>((i * 7919 + i / 256) % 256);
  }
  return s;
}

inline model::Attachment attachment(model::AttachmentKind kind, std::string name, std::string hash,
                                    std::string mime = "", std::optional<std::uint64_t> size = std::nullopt) {
  model::Attachment a;
  a.kind = kind;
  a.file_name = std::move(name);
  a.content_hash = std::move(hash);
  a.mime = std::move(mime);
  a.size = size;
  a.missing = a.content_hash.empty();
  return a;
}

// Chat 1 "Anna" (UTC, media, multi-line), chat 2 `Mum/Dad: "Plans"?` (group, Europe/Berlin,
// across the 2024-03-31 DST change).
inline FakeChatReader two_chats() {
  using model::AttachmentKind;
  using model::MessageKind;
  FakeChatReader r;

  model::StoredChat anna;
  anna.id = 2;
  anna.chat.key = "WhatsApp Chat with Anna";
  anna.chat.title = "Anna";
  anna.chat.participants = {{"Anna", "", false}, {"Me", "", true}};
  std::vector<model::Message> a(5);
  a[0].id = 101;
  a[0].time_ms = utc("2024-01-05T09:00:00Z");
  a[0].offset_min = 60;
  a[0].sender = "Anna";
  a[0].kind = MessageKind::media;
  a[0].text = "Look \xF0\x9F\x8C\x85";  // U+1F305 sunrise
  a[0].attachments = {attachment(AttachmentKind::photo, "IMG-1.jpg", k_hash1, "image/jpeg", 200000)};
  a[1].id = 102;
  a[1].time_ms = utc("2024-01-05T09:01:00Z") + 250;
  a[1].sender = "Me";
  a[1].text = "line one\nline \"two\" \\ end\nline three";
  a[1].reactions = {{"Anna", "\xE2\x9D\xA4\xEF\xB8\x8F"}};  // red heart
  a[1].reply_to = "101";
  a[2].id = 103;
  a[2].time_ms = utc("2024-01-05T09:02:00Z");
  a[2].sender = "Anna";
  a[2].kind = MessageKind::media;
  a[2].attachments = {attachment(AttachmentKind::photo, "IMG-1.jpg", k_hash1),
                      attachment(AttachmentKind::video, "VID-2.mp4", "")};
  a[3].id = 104;
  a[3].time_ms = utc("2024-01-05T09:03:00Z");
  a[3].sender = "Anna";
  a[3].kind = MessageKind::media;
  a[3].attachments = {attachment(AttachmentKind::photo, "IMG-1.jpg", k_hash2)};
  a[4].id = 105;
  a[4].time_ms = utc("2024-01-05T09:04:00Z");
  a[4].sender = "Anna";
  a[4].kind = MessageKind::location;
  a[4].location = model::Location{51.5, -0.12, "Big Ben", false};
  r.add_chat(anna, a);

  model::StoredChat family;
  family.id = 1;
  family.chat.key = "Mum/Dad: \"Plans\"?";
  family.chat.title = "Mum/Dad: \"Plans\"?";
  family.chat.is_group = true;
  family.chat.zone = "Europe/Berlin";
  family.chat.participants = {{"Mum", "", false}, {"Dad", "", false}, {"Me", "", true}};
  std::vector<model::Message> f(4);
  f[0].id = 201;
  f[0].time_ms = utc("2024-03-30T22:15:00Z");
  f[0].kind = MessageKind::system;
  f[0].text = "Mum created group \"Plans\"";
  f[1].id = 202;
  f[1].time_ms = utc("2024-03-31T00:30:00Z");
  f[1].offset_min = 60;
  f[1].sender = "Mum";
  f[1].text = "Dinner at 8?";
  f[1].edited = true;
  f[2].id = 203;
  f[2].time_ms = utc("2024-03-31T01:30:00Z");
  f[2].offset_min = 120;
  f[2].sender = "Dad";
  f[2].kind = MessageKind::deleted;
  f[2].text = "oops";
  f[2].deleted = true;
  f[3].id = 204;
  f[3].time_ms = utc("2024-07-01T12:00:00Z");
  f[3].sender = "Dad";
  f[3].kind = MessageKind::poll;
  f[3].poll = model::Poll{"Where?", {{"Home", 2}, {"Out", 1}}};
  f[3].extra_json = R"({"b":1,"a":[true]})";
  r.add_chat(family, f);

  r.add_blob(k_hash1, blob1());
  r.add_blob(k_hash2, "second image");
  return r;
}

}  // namespace chatvault::test
