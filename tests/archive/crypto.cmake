# Tests of the archive's crypto layer (archive/crypto/).
set(CHATVAULT_CRYPTO_TESTS
  archive/crypto_format_test.cpp
  archive/crypto_keys_test.cpp
  archive/crypto_vfs_test.cpp
  archive/crypto_crash_test.cpp)
