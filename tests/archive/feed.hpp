#pragma once
// Hand-built Sink feeds for the archive tests: chats, messages and in-memory attachments.
#include <cstring>
#include <functional>
#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

#include "archive/archive.hpp"
#include "model/message.hpp"
#include "util/secret.hpp"

namespace chatvault::test {

inline constexpr const char* k_archive_passphrase = "correct horse battery staple";

// A ByteReader over a string, handing out at most `step` bytes a call.
class MemoryReader : public model::ByteReader {
 public:
  explicit MemoryReader(std::string bytes, std::size_t step = 1000) : m_bytes(std::move(bytes)), m_step(step) {}
  std::size_t read(char* out, std::size_t size) override {
    const std::size_t n = std::min({size, m_step, m_bytes.size() - m_pos});
    std::memcpy(out, m_bytes.data() + m_pos, n);
    m_pos += n;
    return n;
  }

 private:
  std::string m_bytes;
  std::size_t m_step;
  std::size_t m_pos = 0;
};

// A reader that hands out `good` bytes and then throws, like a truncated zip entry.
class FailingReader : public model::ByteReader {
 public:
  explicit FailingReader(std::size_t good) : m_left(good) {}
  std::size_t read(char* out, std::size_t size) override {
    if (m_left == 0) {
      throw std::runtime_error("unexpected end of zip entry");
    }
    const std::size_t n = std::min(size, m_left);
    std::memset(out, 'x', n);
    m_left -= n;
    return n;
  }

 private:
  std::size_t m_left;
};

inline model::Chat make_chat(std::string key, std::string zone = "Europe/Berlin") {
  model::Chat chat;
  chat.platform = model::Platform::whatsapp;
  chat.key = key;
  chat.title = std::move(key);
  chat.is_group = true;
  chat.zone = std::move(zone);
  chat.participants = {{"Alice", "", true}, {"Bob", "", false}};
  return chat;
}

// A text message at minute `minute` after 2022-03-18T12:00Z.
inline model::Message text_msg(int minute, std::string sender, std::string text) {
  model::Message m;
  m.time_ms = 1647604800000LL + minute * 60000LL;
  m.offset_min = 60;
  m.native_time = "2022-03-18T" + std::to_string(13 + minute / 60) + ":" + (minute % 60 < 10 ? "0" : "") +
                  std::to_string(minute % 60);
  m.sender = std::move(sender);
  m.text = std::move(text);
  m.origin.file = "chat.txt";
  m.origin.line = static_cast<std::uint64_t>(minute + 1);
  return m;
}

inline model::Attachment bytes_attachment(std::string name, std::string bytes) {
  model::Attachment a;
  a.kind = model::AttachmentKind::photo;
  a.file_name = std::move(name);
  a.mime = "image/jpeg";
  a.size = bytes.size();
  auto shared = std::make_shared<std::string>(std::move(bytes));
  a.open = [shared] { return std::make_unique<MemoryReader>(*shared, 70000); };
  return a;
}

inline model::Attachment missing_attachment(std::string name = "") {
  model::Attachment a;
  a.kind = model::AttachmentKind::other;
  a.file_name = std::move(name);
  a.missing = true;
  return a;
}

inline model::Message media_msg(int minute, std::string sender, model::Attachment att, std::string text = "") {
  model::Message m = text_msg(minute, std::move(sender), std::move(text));
  m.kind = model::MessageKind::media;
  m.attachments.push_back(std::move(att));
  return m;
}

struct ChatFeed {
  model::Chat chat;
  std::vector<model::Message> messages;
};

// Feeds chats into a new import session and commits it; returns its counts.
inline archive::ImportCounts import_feed(archive::Archive& ar, const std::vector<ChatFeed>& feed) {
  auto session = ar.begin_import({model::Platform::whatsapp, "test export", "Europe/Berlin", {{"chat.txt", 10, "abc"}}});
  for (const auto& chat : feed) {
    session->begin_chat(chat.chat);
    for (auto m : chat.messages) {
      session->message(std::move(m));
    }
    session->end_chat();
  }
  session->commit();
  return session->counts();
}

inline std::unique_ptr<archive::Archive> create_archive(const std::filesystem::path& path) {
  return archive::Archive::create(path, Secret(k_archive_passphrase), {archive::KdfLevel::interactive});
}

inline std::unique_ptr<archive::Archive> open_archive(const std::filesystem::path& path,
                                                      archive::OpenMode mode = archive::OpenMode::write) {
  return archive::Archive::open(path, Secret(k_archive_passphrase), mode);
}

// All messages of the chat with this key, in reader order.
inline std::vector<model::Message> stored_messages(archive::Archive& ar, const std::string& key) {
  std::vector<model::Message> out;
  for (const auto& sc : ar.chats()) {
    if (sc.chat.key == key) {
      ar.for_each_message(sc.id, [&](const model::Message& m) { out.push_back(m); });
    }
  }
  return out;
}

inline std::string read_all(model::ByteReader& r) {
  std::string out;
  char buf[65536];
  while (std::size_t n = r.read(buf, sizeof buf)) {
    out.append(buf, n);
  }
  return out;
}

}  // namespace chatvault::test
