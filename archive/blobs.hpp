#pragma once
// The blob store: attachment bytes, content-addressed by hex BLAKE2b-256 and stored once, in
// chunks of at most 1 MiB (table blob_chunks), streamed in and out without holding a whole blob.
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include "archive/connection.hpp"
#include "archive/sqlite.hpp"
#include "model/byte_reader.hpp"

namespace chatvault::archive {

inline constexpr std::size_t k_blob_chunk_size = std::size_t{1} << 20;

struct StoredBlob {
  std::string hash;
  std::uint64_t size = 0;
  bool added = false;  // false: the content was already stored
};

// Writes blobs; must be used inside a write transaction.
class BlobWriter {
 public:
  explicit BlobWriter(sql::Database& db);
  // Reads `in` to its end. Content larger than one chunk is staged under a temporary key while
  // its hash is computed, then renamed (or dropped if the content was already stored).
  StoredBlob store(model::ByteReader& in);

 private:
  void put_chunk(std::string_view key, std::int64_t seq, std::string_view data);
  bool exists(const std::string& hash);
  void add_blob_row(const std::string& hash, std::uint64_t size, std::int64_t chunks);

  sql::Database& m_db;
  sql::Statement m_exists;
  sql::Statement m_insert_blob;
  sql::Statement m_insert_chunk;
  sql::Statement m_drop_staging;
  sql::Statement m_rename_staging;
};

// A reader over one stored blob, fetching one chunk at a time and checking the content hash at
// the end. Error(damaged) if the hash is unknown, a chunk is missing, or the bytes do not match.
std::unique_ptr<model::ByteReader> open_blob_reader(ConnectionPtr conn, std::string_view hash);

}  // namespace chatvault::archive
