#include "archive/crypto/keys.hpp"

#include <fcntl.h>
#include <sodium.h>
#include <sqlite3.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstring>
#include <fstream>
#include <map>
#include <vector>

#include "archive/sqlite.hpp"
#include "util/error.hpp"

namespace chatvault::archive::crypto {

namespace fs = std::filesystem;

ArchiveKeys::ArchiveKeys(fs::path path, SecretKey master, const Header& header, int unlocked_slot,
                         std::string header_warning, RandomSource random)
    : m_path(std::move(path)),
      m_file_id(header.file_id),
      m_master(std::move(master)),
      m_unlocked_slot(unlocked_slot),
      m_header_at_open(header),
      m_header_warning(std::move(header_warning)),
      m_random(random) {
  derive_subkey(m_master, SubkeyId::page, m_page_key);
  derive_subkey(m_master, SubkeyId::header_mac, m_mac_key);
  derive_subkey(m_master, SubkeyId::seal, m_seal_key);
  state.known_generation = header.generation;
}

SecretKey ArchiveKeys::subkey(SubkeyId id) const {
  SecretKey out;
  derive_subkey(m_master, id, out);
  return out;
}

std::optional<SealFailure> ArchiveKeys::last_failure() const {
  std::lock_guard lock(mutex);
  return state.failure;
}

void ArchiveKeys::clear_failure() {
  std::lock_guard lock(mutex);
  state.failure.reset();
}

unsigned ArchiveKeys::refused_opens() const {
  std::lock_guard lock(mutex);
  return state.refused_opens;
}

namespace {

std::int64_t now_ms() {
  return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::system_clock::now().time_since_epoch())
      .count();
}

void write_all(int fd, const unsigned char* data, std::size_t size, off_t offset, const fs::path& path) {
  while (size > 0) {
    const ssize_t n = ::pwrite(fd, data, size, offset);
    if (n < 0) {
      if (errno == EINTR) {
        continue;
      }
      throw Error(ErrorCategory::io, path.string() + ": cannot write: " + std::strerror(errno));
    }
    data += n;
    size -= static_cast<std::size_t>(n);
    offset += n;
  }
}

void sync_fd(int fd, const fs::path& path) {
  if (::fsync(fd) != 0) {
    throw Error(ErrorCategory::io, path.string() + ": fsync failed: " + std::strerror(errno));
  }
}

void sync_dir(const fs::path& path) {
  const fs::path dir = path.has_parent_path() ? path.parent_path() : fs::path(".");
  const int fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd >= 0) {
    ::fsync(fd);
    ::close(fd);
  }
}

}  // namespace

HeaderRegion read_header_region(const fs::path& path) {
  std::error_code ec;
  if (!fs::is_regular_file(path, ec)) {
    throw Error(ErrorCategory::io, path.string() + ": no such archive");
  }
  sql::configure_sqlite();
  sqlite3_vfs* unix_vfs = sqlite3_vfs_find("unix");
  if (unix_vfs == nullptr) {
    throw Error(ErrorCategory::internal, "SQLite has no unix VFS");
  }
  std::vector<char> full(static_cast<std::size_t>(unix_vfs->mxPathname) + 1);
  if (unix_vfs->xFullPathname(unix_vfs, path.c_str(), static_cast<int>(full.size()), full.data()) != SQLITE_OK) {
    throw Error(ErrorCategory::io, path.string() + ": cannot resolve path");
  }
  std::vector<unsigned char> storage(static_cast<std::size_t>(unix_vfs->szOsFile));
  auto* file = reinterpret_cast<sqlite3_file*>(storage.data());
  int out_flags = 0;
  // The name must stay valid while the file is open (SQLite keeps the pointer).
  int rc = unix_vfs->xOpen(unix_vfs, full.data(), file, SQLITE_OPEN_READONLY | SQLITE_OPEN_MAIN_DB, &out_flags);
  if (rc != SQLITE_OK) {
    if (file->pMethods != nullptr) {
      file->pMethods->xClose(file);
    }
    throw Error(ErrorCategory::io, path.string() + ": cannot open the archive");
  }
  HeaderRegion region;
  sqlite3_int64 size = 0;
  rc = file->pMethods->xFileSize(file, &size);
  region.file_size = size;
  if (rc == SQLITE_OK && size >= k_header_region) {
    rc = file->pMethods->xRead(file, region.a.data(), k_header_size, 0);
    if (rc == SQLITE_OK) {
      rc = file->pMethods->xRead(file, region.b.data(), k_header_size, k_header_size);
    }
  }
  file->pMethods->xClose(file);
  if (rc != SQLITE_OK) {
    throw Error(ErrorCategory::io, path.string() + ": cannot read the archive header");
  }
  if (size < k_header_region) {
    throw Error(ErrorCategory::damaged, "archive header damaged: " + path.string() +
                                            " is too short to be a chatvault archive");
  }
  return region;
}

std::optional<Header> choose_header(const HeaderBytes& a, const HeaderBytes& b, const SecretKey& mac_key,
                                    std::string* problem, std::string* warning) {
  std::string why_a;
  std::string why_b;
  std::optional<Header> ha = parse_header(a.data(), &why_a);
  std::optional<Header> hb = parse_header(b.data(), &why_b);
  if (ha && !header_mac_ok(a.data(), mac_key)) {
    ha.reset();
    why_a = "MAC mismatch";
  }
  if (hb && !header_mac_ok(b.data(), mac_key)) {
    hb.reset();
    why_b = "MAC mismatch";
  }
  if (!ha && !hb) {
    if (problem != nullptr) {
      *problem = "copy A: " + why_a + "; copy B: " + why_b;
    }
    return std::nullopt;
  }
  if (warning != nullptr) {
    warning->clear();
    if (!ha) {
      *warning = "header copy A is damaged (" + why_a + "); copy B was used";
    } else if (!hb) {
      *warning = "header copy B is damaged (" + why_b + "); copy A was used";
    } else if (a != b) {
      *warning = "header copies differ (an interrupted header write); the newer was used";
    }
  }
  if (ha && hb) {
    return hb->generation > ha->generation ? hb : ha;
  }
  return ha ? ha : hb;
}

ArchiveKeysPtr create_archive_file(const fs::path& path, const Credential& credential, const KdfParams& kdf,
                                   RandomSource random, std::optional<std::int64_t> created_at_ms) {
  if (sodium_init() < 0) {
    throw Error(ErrorCategory::internal, "libsodium failed to initialise");
  }
  if (credential.kind == SlotKind::passphrase && credential.secret.empty()) {
    throw Error(ErrorCategory::usage, "the passphrase is empty");
  }
  Header h;
  random(h.file_id.data(), h.file_id.size());
  h.created_at_ms = created_at_ms.value_or(now_ms());
  h.generation = 1;
  h.sealed = true;  // zero pages, seal of nothing = 32 zero bytes
  SecretKey master;
  random(master.data(), k_key_size);
  KeySlot& s = h.slots[0];
  s.kind = credential.kind;
  s.kdf = credential.kind == SlotKind::passphrase ? kdf : KdfParams{};
  if (credential.kind == SlotKind::passphrase && !kdf_within_caps(s.kdf)) {
    throw Error(ErrorCategory::usage, "Argon2id limits out of range");
  }
  random(s.salt.data(), s.salt.size());
  random(s.nonce.data(), s.nonce.size());
  {
    SecretKey kek;
    derive_kek(credential, s, kek);
    wrap_master_key(master, kek, h.file_id, 0, s);
  }
  auto keys = std::make_shared<ArchiveKeys>(path, std::move(master), h, 0, std::string(), random);
  const HeaderBytes bytes = serialize_header(h, keys->header_mac_key());

  const int fd = ::open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
  if (fd < 0) {
    throw Error(ErrorCategory::io, path.string() + ": cannot create: " + std::strerror(errno));
  }
  struct stat st {};
  if (::fstat(fd, &st) != 0 || st.st_size != 0) {
    ::close(fd);
    throw Error(ErrorCategory::usage, path.string() + " already exists; chatvault never overwrites an archive");
  }
  try {
    write_all(fd, bytes.data(), bytes.size(), static_cast<off_t>(k_header_size), path);  // B first
    sync_fd(fd, path);
    write_all(fd, bytes.data(), bytes.size(), 0, path);
    sync_fd(fd, path);
  } catch (...) {
    ::close(fd);
    throw;
  }
  ::close(fd);
  sync_dir(path);
  return keys;
}

ArchiveKeysPtr unlock_archive(const fs::path& path, const Credential& credential, RandomSource random) {
  if (sodium_init() < 0) {
    throw Error(ErrorCategory::internal, "libsodium failed to initialise");
  }
  const HeaderRegion region = read_header_region(path);
  std::string why_a;
  std::string why_b;
  const std::optional<Header> ha = parse_header(region.a.data(), &why_a);
  const std::optional<Header> hb = parse_header(region.b.data(), &why_b);
  if (!ha && !hb) {
    if (why_a == why_b) {
      throw Error(ErrorCategory::damaged, "archive header damaged: " + path.string() + ": " + why_a);
    }
    throw Error(ErrorCategory::damaged,
                "archive header damaged: " + path.string() + ": copy A: " + why_a + "; copy B: " + why_b);
  }
  // Try the newer copy first; a slot present in both copies is unwrapped once.
  std::vector<const Header*> order;
  if (ha && hb) {
    order = hb->generation > ha->generation ? std::vector<const Header*>{&*hb, &*ha}
                                            : std::vector<const Header*>{&*ha, &*hb};
  } else {
    order.push_back(ha ? &*ha : &*hb);
  }
  std::map<std::pair<unsigned, std::string>, bool> tried;  // (index, slot bytes) -> already failed
  bool mac_failed = false;
  std::string over_cap;
  for (const Header* h : order) {
    for (unsigned i = 0; i < k_max_slots; ++i) {
      const KeySlot& s = h->slots[i];
      if (s.kind != credential.kind) {
        continue;
      }
      if (s.kind == SlotKind::passphrase && !kdf_within_caps(s.kdf)) {
        over_cap = "key slot " + std::to_string(i) + " asks for Argon2id limits beyond the caps (ops " +
                   std::to_string(s.kdf.opslimit) + ", mem " + std::to_string(s.kdf.memlimit) + ")";
        continue;
      }
      std::string id(reinterpret_cast<const char*>(s.wrapped.data()), s.wrapped.size());
      id.append(reinterpret_cast<const char*>(s.salt.data()), s.salt.size());
      if (tried.count({i, id}) != 0) {
        continue;
      }
      SecretKey kek;
      derive_kek(credential, s, kek);
      SecretKey master;
      if (!unwrap_master_key(s, kek, h->file_id, i, master)) {
        tried[{i, id}] = false;
        continue;
      }
      SecretKey mac_key;
      derive_subkey(master, SubkeyId::header_mac, mac_key);
      std::string problem;
      std::string warning;
      const std::optional<Header> chosen = choose_header(region.a, region.b, mac_key, &problem, &warning);
      if (!chosen) {
        mac_failed = true;
        tried[{i, id}] = false;
        continue;
      }
      return std::make_shared<ArchiveKeys>(path, std::move(master), *chosen, static_cast<int>(i), warning, random);
    }
  }
  if (mac_failed) {
    throw Error(ErrorCategory::damaged,
                "archive header damaged: " + path.string() + ": a key slot opened but the header MAC does not match");
  }
  if (!over_cap.empty()) {
    throw Error(ErrorCategory::damaged, "archive header damaged: " + path.string() + ": " + over_cap);
  }
  switch (credential.kind) {
    case SlotKind::keyfile:
      throw Error(ErrorCategory::wrong_key, "wrong key file for " + path.string());
    case SlotKind::recovery:
      throw Error(ErrorCategory::wrong_key, "wrong recovery key for " + path.string());
    default:
      throw Error(ErrorCategory::wrong_key, "wrong passphrase for " + path.string());
  }
}

Credential keyfile_credential(const fs::path& file) {
  if (sodium_init() < 0) {
    throw Error(ErrorCategory::internal, "libsodium failed to initialise");
  }
  std::ifstream in(file, std::ios::binary);
  if (!in) {
    throw Error(ErrorCategory::io, file.string() + ": cannot read the key file");
  }
  crypto_generichash_state st;
  crypto_generichash_init(&st, nullptr, 0, 32);
  std::vector<char> buf(1 << 16);
  std::uint64_t total = 0;
  while (in) {
    in.read(buf.data(), static_cast<std::streamsize>(buf.size()));
    const auto n = in.gcount();
    if (n > 0) {
      crypto_generichash_update(&st, reinterpret_cast<const unsigned char*>(buf.data()), static_cast<std::size_t>(n));
      total += static_cast<std::uint64_t>(n);
    }
  }
  if (in.bad()) {
    throw Error(ErrorCategory::io, file.string() + ": cannot read the key file");
  }
  if (total == 0) {
    throw Error(ErrorCategory::usage, file.string() + ": the key file is empty");
  }
  unsigned char digest[32];
  crypto_generichash_final(&st, digest, sizeof digest);
  Credential c{SlotKind::keyfile, Secret(std::string_view(reinterpret_cast<const char*>(digest), sizeof digest))};
  sodium_memzero(digest, sizeof digest);
  sodium_memzero(buf.data(), buf.size());
  return c;
}

void create_keyfile(const fs::path& file, RandomSource random) {
  if (sodium_init() < 0) {
    throw Error(ErrorCategory::internal, "libsodium failed to initialise");
  }
  const int fd = ::open(file.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
  if (fd < 0) {
    if (errno == EEXIST) {
      throw Error(ErrorCategory::usage, file.string() + " already exists");
    }
    throw Error(ErrorCategory::io, file.string() + ": cannot create: " + std::strerror(errno));
  }
  unsigned char bytes[32];
  random(bytes, sizeof bytes);
  try {
    write_all(fd, bytes, sizeof bytes, 0, file);
    sync_fd(fd, file);
  } catch (...) {
    sodium_memzero(bytes, sizeof bytes);
    ::close(fd);
    throw;
  }
  sodium_memzero(bytes, sizeof bytes);
  ::close(fd);
}

std::optional<Credential> recovery_credential(std::string_view text) {
  std::optional<std::string> bytes = decode_recovery_key(text);
  if (!bytes) {
    return std::nullopt;
  }
  Credential c{SlotKind::recovery, Secret(*bytes)};
  sodium_memzero(bytes->data(), bytes->size());
  return c;
}

}  // namespace chatvault::archive::crypto
