#pragma once
// Shared helpers of the crypto_*_test.cpp files: fast KDF limits, a deterministic random
// source, a small RAII SQLite connection through a SealedVfs, and raw file surgery.
#include <doctest/doctest.h>
#include <sodium.h>
#include <sqlite3.h>

#include <cstdint>
#include <filesystem>
#include <memory>
#include <stdexcept>
#include <string>

#include "archive/crypto/keys.hpp"
#include "archive/crypto/vfs.hpp"
#include "tests/support.hpp"
#include "util/error.hpp"

namespace chatvault::test::crypto {

namespace cr = chatvault::archive::crypto;

// Argon2id at its minimum (1 pass, 8 KiB): tests stay fast.
inline cr::KdfParams fast_kdf() { return {1, 8192}; }

// Bytes (seed, seed+1, ...) advancing across calls: reproducible "random" values.
struct CountingRandom {
  unsigned char next = 0;
  static void fill(void* ctx, unsigned char* out, std::size_t n) {
    auto* self = static_cast<CountingRandom*>(ctx);
    for (std::size_t i = 0; i < n; ++i) {
      out[i] = self->next++;
    }
  }
  cr::RandomSource source() { return {&CountingRandom::fill, this}; }
};

// One SQLite connection through a SealedVfs.
class Db {
 public:
  // configure: run configure_connection (false: a bare connection, e.g. for verify on a file
  // SQLite itself would refuse).
  Db(const cr::SealedVfs& vfs, const std::filesystem::path& path, bool fresh = false,
     int flags = SQLITE_OPEN_READWRITE, bool configure = true) {
    const int rc = sqlite3_open_v2(path.c_str(), &m_db, flags, vfs.name());
    if (rc != SQLITE_OK) {
      if (auto e = cr::seal_failure_error(vfs.keys())) {
        sqlite3_close(m_db);
        throw *e;
      }
      const std::string msg = m_db != nullptr ? sqlite3_errmsg(m_db) : "open failed";
      sqlite3_close(m_db);
      throw std::runtime_error(msg);
    }
    try {
      if (configure) cr::configure_connection(m_db, fresh);
    } catch (...) {
      sqlite3_close(m_db);
      throw;
    }
  }
  ~Db() { close(); }
  Db(const Db&) = delete;
  Db& operator=(const Db&) = delete;
  void close() {
    if (m_db != nullptr) {
      sqlite3_close(m_db);
      m_db = nullptr;
    }
  }
  sqlite3* get() const { return m_db; }
  // Runs SQL; returns the extended result code (SQLITE_OK on success).
  int try_exec(const std::string& sql) const {
    const int rc = sqlite3_exec(m_db, sql.c_str(), nullptr, nullptr, nullptr);
    return rc == SQLITE_OK ? rc : sqlite3_extended_errcode(m_db);
  }
  void exec(const std::string& sql) const {
    const int rc = try_exec(sql);
    if (rc != SQLITE_OK) {
      throw std::runtime_error(sql + ": " + sqlite3_errmsg(m_db));
    }
  }
  std::string text(const std::string& sql) const {
    sqlite3_stmt* st = nullptr;
    if (sqlite3_prepare_v2(m_db, sql.c_str(), -1, &st, nullptr) != SQLITE_OK) {
      throw std::runtime_error(sql + ": " + sqlite3_errmsg(m_db));
    }
    std::string out;
    const int rc = sqlite3_step(st);
    if (rc == SQLITE_ROW) {
      const auto* t = sqlite3_column_text(st, 0);
      out = t != nullptr ? reinterpret_cast<const char*>(t) : "";
    }
    sqlite3_finalize(st);
    if (rc != SQLITE_ROW && rc != SQLITE_DONE) {
      throw std::runtime_error(sql + ": " + sqlite3_errmsg(m_db));
    }
    return out;
  }
  std::int64_t integer(const std::string& sql) const { return std::stoll(text(sql)); }

 private:
  sqlite3* m_db = nullptr;
};

// A new archive with one passphrase slot, its VFS, and a fresh configured connection.
struct Fixture {
  TempDir dir;
  std::filesystem::path path = dir / "test.chatvault";
  std::string passphrase = "correct horse battery staple";
  cr::ArchiveKeysPtr keys;
  std::unique_ptr<cr::SealedVfs> vfs;
  std::unique_ptr<Db> db;

  Fixture() {
    keys = cr::create_archive_file(path, cr::passphrase_credential(passphrase), fast_kdf());
    vfs = std::make_unique<cr::SealedVfs>(keys);
    db = std::make_unique<Db>(*vfs, path, true);
  }
  // Closes the connection and forgets the keys (as a new process would).
  void close() {
    db.reset();
    vfs.reset();
    keys.reset();
  }
  // Unlocks again with the passphrase and opens a connection.
  void reopen(const char* underlying = nullptr, bool configure = true) {
    close();
    keys = cr::unlock_archive(path, cr::passphrase_credential(passphrase));
    vfs = std::make_unique<cr::SealedVfs>(keys, underlying);
    db = std::make_unique<Db>(*vfs, path, false, SQLITE_OPEN_READWRITE, configure);
  }
};

inline bool contains(const std::string& hay, const std::string& needle) {
  return hay.find(needle) != std::string::npos;
}

inline void patch_file(const std::filesystem::path& path, std::uint64_t offset, const std::string& bytes) {
  std::string all = read_file(path);
  REQUIRE(offset + bytes.size() <= all.size());
  all.replace(offset, bytes.size(), bytes);
  write_file(path, all);
}

inline void flip_byte(const std::filesystem::path& path, std::uint64_t offset) {
  std::string all = read_file(path);
  REQUIRE(offset < all.size());
  all[offset] = static_cast<char>(all[offset] ^ 0x01);
  write_file(path, all);
}

// The physical offset of SQLite page `page` (1-based).
inline std::uint64_t page_offset(std::uint32_t page) {
  return static_cast<std::uint64_t>(cr::k_header_region) + (page - 1) * cr::k_page_size;
}

inline std::string hex(const std::string& bytes) {
  return cr::to_hex(reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size());
}

inline std::string blake2b_hex(const std::string& bytes) {
  unsigned char d[32];
  crypto_generichash(d, 32, reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size(), nullptr, 0);
  return cr::to_hex(d, 32);
}

// Expects `fn` to throw chatvault::Error of `category`; returns its message.
template <typename Fn>
std::string expect_error(ErrorCategory category, Fn&& fn) {
  try {
    fn();
  } catch (const Error& e) {
    CHECK(static_cast<int>(e.category()) == static_cast<int>(category));
    return e.what();
  }
  FAIL("no chatvault::Error thrown");
  return {};
}

}  // namespace chatvault::test::crypto
