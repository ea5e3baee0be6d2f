#include "archive/blobs.hpp"

#include <algorithm>
#include <cstring>

#include "util/error.hpp"
#include "util/hash.hpp"

namespace chatvault::archive {
namespace {

constexpr std::string_view k_staging_key = "staging";

// Fills `buf` from `in` as far as it goes; returns the byte count (less than the size only at end).
std::size_t fill(model::ByteReader& in, std::string& buf) {
  std::size_t filled = 0;
  while (filled < buf.size()) {
    const std::size_t n = in.read(buf.data() + filled, buf.size() - filled);
    if (n == 0) {
      break;
    }
    filled += n;
  }
  return filled;
}

class BlobReader : public model::ByteReader {
 public:
  BlobReader(ConnectionPtr conn, std::string hash, std::int64_t chunks, std::uint64_t size)
      : m_conn(std::move(conn)),
        m_chunk(m_conn->db, "SELECT data FROM blob_chunks WHERE hash = ? AND seq = ?", false),
        m_hash(std::move(hash)),
        m_chunks(chunks),
        m_size(size) {}

  std::size_t read(char* out, std::size_t size) override {
    while (m_pos == m_buffer.size()) {
      if (m_next == m_chunks) {
        finish();
        return 0;
      }
      load(m_next++);
    }
    const std::size_t n = std::min(size, m_buffer.size() - m_pos);
    std::memcpy(out, m_buffer.data() + m_pos, n);
    m_pos += n;
    return n;
  }

 private:
  void load(std::int64_t seq) {
    m_chunk.bind(1, m_hash).bind(2, seq);
    if (!m_chunk.step()) {
      m_chunk.reset();
      throw Error(ErrorCategory::damaged, m_conn->path.string() + ": blob " + m_hash + " lacks chunk " +
                                              std::to_string(seq));
    }
    const std::string_view data = m_chunk.column_blob(0);
    m_buffer.assign(data.data(), data.size());
    m_chunk.reset();
    m_pos = 0;
    m_read += m_buffer.size();
    m_digest.update(m_buffer);
  }

  void finish() {
    if (m_checked) {
      return;
    }
    m_checked = true;
    if (m_read != m_size || m_digest.hex_digest() != m_hash) {
      throw Error(ErrorCategory::damaged,
                  m_conn->path.string() + ": blob " + m_hash + " does not match its content hash");
    }
  }

  ConnectionPtr m_conn;
  sql::Statement m_chunk;
  std::string m_hash;
  std::int64_t m_chunks;
  std::uint64_t m_size;
  std::int64_t m_next = 0;
  std::string m_buffer;
  std::size_t m_pos = 0;
  std::uint64_t m_read = 0;
  Blake2b256 m_digest;
  bool m_checked = false;
};

}  // namespace

BlobWriter::BlobWriter(sql::Database& db)
    : m_db(db),
      m_exists(db, "SELECT 1 FROM blobs WHERE hash = ?"),
      m_insert_blob(db, "INSERT INTO blobs (hash, size, chunks) VALUES (?, ?, ?)"),
      m_insert_chunk(db, "INSERT INTO blob_chunks (hash, seq, data) VALUES (?, ?, ?)"),
      m_drop_staging(db, "DELETE FROM blob_chunks WHERE hash = ?"),
      m_rename_staging(db, "UPDATE blob_chunks SET hash = ? WHERE hash = ?") {}

void BlobWriter::put_chunk(std::string_view key, std::int64_t seq, std::string_view data) {
  m_insert_chunk.bind(1, key).bind(2, seq).bind_blob(3, data.data(), data.size());
  m_insert_chunk.run();
}

bool BlobWriter::exists(const std::string& hash) {
  m_exists.bind(1, hash);
  const bool found = m_exists.step();
  m_exists.reset();
  return found;
}

void BlobWriter::add_blob_row(const std::string& hash, std::uint64_t size, std::int64_t chunks) {
  m_insert_blob.bind(1, hash).bind(2, static_cast<std::int64_t>(size)).bind(3, chunks);
  m_insert_blob.run();
}

StoredBlob BlobWriter::store(model::ByteReader& in) {
  Blake2b256 digest;
  std::string buf(k_blob_chunk_size, '\0');
  std::size_t n = fill(in, buf);
  StoredBlob out;
  out.size = n;
  digest.update(std::string_view(buf.data(), n));
  if (n < k_blob_chunk_size) {
    // One chunk (or none): hash known before anything is written.
    out.hash = digest.hex_digest();
    if (!exists(out.hash)) {
      if (n > 0) {
        put_chunk(out.hash, 0, std::string_view(buf.data(), n));
      }
      add_blob_row(out.hash, n, n > 0 ? 1 : 0);
      out.added = true;
    }
    return out;
  }
  // Several chunks: stage them, then rename once the hash is known.
  m_drop_staging.bind(1, k_staging_key);
  m_drop_staging.run();
  std::int64_t seq = 0;
  while (n > 0) {
    put_chunk(k_staging_key, seq++, std::string_view(buf.data(), n));
    n = fill(in, buf);
    digest.update(std::string_view(buf.data(), n));
    out.size += n;
  }
  out.hash = digest.hex_digest();
  if (exists(out.hash)) {
    m_drop_staging.bind(1, k_staging_key);
    m_drop_staging.run();
  } else {
    m_rename_staging.bind(1, out.hash).bind(2, k_staging_key);
    m_rename_staging.run();
    add_blob_row(out.hash, out.size, seq);
    out.added = true;
  }
  return out;
}

std::unique_ptr<model::ByteReader> open_blob_reader(ConnectionPtr conn, std::string_view hash) {
  std::int64_t chunks = 0;
  std::uint64_t size = 0;
  {
    sql::Statement find(conn->db, "SELECT chunks, size FROM blobs WHERE hash = ?", false);
    find.bind(1, hash);
    if (!find.step()) {
      throw Error(ErrorCategory::damaged,
                  conn->path.string() + ": no stored media with hash " + std::string(hash));
    }
    chunks = find.column_int64(0);
    size = static_cast<std::uint64_t>(find.column_int64(1));
  }
  return std::make_unique<BlobReader>(std::move(conn), std::string(hash), chunks, size);
}

}  // namespace chatvault::archive
