#pragma once
// ArchiveImpl: the Archive over plain SQLite (pages are sealed from issue [2/7] on).
// Its methods live in archive.cpp (open/create/find_chat), reader.cpp (ChatReader),
// search.cpp and import_session.cpp; Archive::verify in verify.cpp.
#include <cstddef>
#include <memory>

#include "archive/archive.hpp"
#include "archive/connection.hpp"
#include "archive/crypto/keys.hpp"
#include "util/error.hpp"
#include "util/secret.hpp"

namespace chatvault::archive {

class ArchiveImpl final : public Archive {
 public:
  explicit ArchiveImpl(ConnectionPtr conn) : m_conn(std::move(conn)) {}

  bool encrypted() const override { return false; }
  std::unique_ptr<ImportSession> begin_import(const SourceInfo& source) override;
  std::optional<model::Chat> find_chat(model::Platform platform, std::string_view key) override;
  std::vector<SearchHit> search(const SearchQuery& query) override;

  std::vector<model::StoredChat> chats() override;
  void for_each_message(std::int64_t chat_id, const std::function<void(const model::Message&)>& fn) override;
  std::unique_ptr<model::ByteReader> open_blob(std::string_view content_hash) override;

 private:
  std::vector<model::Participant> participants(std::int64_t chat_id);
  ConnectionPtr m_conn;
};

// An import commits a transaction after this many messages (or 64 MiB of new media, or at the
// end of a chat); see docs/ARCHIVE_SCHEMA.md, "Import runs, batches and failure".
inline constexpr std::size_t k_import_batch_messages = 200000;

// The import session of import_session.cpp.
std::unique_ptr<ImportSession> make_import_session(ConnectionPtr conn, const SourceInfo& source);

// Steps of opening an archive file that archive.cpp and verify.cpp share.
// An Error(damaged) saying that `path` is no chatvault archive, with `detail`.
Error not_an_archive(const std::filesystem::path& path, const std::string& detail);
// Refuses what is plainly not a sealed archive before any key is derived.
void check_is_archive_file(const std::filesystem::path& path);
// Unlocks the header with `key` (a key file, a recovery key or a passphrase); writes nothing.
crypto::ArchiveKeysPtr unlock_keys(const std::filesystem::path& path, const Secret& key);
// The settings every connection to an archive needs (`fresh`: a file just created).
void configure_connection(Connection& conn, bool fresh);

// UTC milliseconds now.
std::int64_t now_ms();

}  // namespace chatvault::archive
