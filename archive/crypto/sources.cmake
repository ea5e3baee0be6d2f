# The crypto layer of the archive: header and key slots, page sealing, the SQLite VFS shim.
set(CHATVAULT_CRYPTO_SOURCES
  archive/crypto/format.cpp
  archive/crypto/keys.cpp
  archive/crypto/vfs.cpp
  archive/crypto/vfs_connection.cpp
  archive/crypto/vfs_journal.cpp
  archive/crypto/vfs_seal.cpp
  archive/crypto/vfs_slots.cpp)
