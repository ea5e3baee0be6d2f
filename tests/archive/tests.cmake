include(${CMAKE_CURRENT_LIST_DIR}/crypto.cmake)
set(CHATVAULT_ARCHIVE_TESTS
  archive/archive_file_test.cpp
  archive/fingerprint_test.cpp
  archive/fts_query_test.cpp
  archive/import_test.cpp
  archive/search_test.cpp
  ${CHATVAULT_CRYPTO_TESTS})
