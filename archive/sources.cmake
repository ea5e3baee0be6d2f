include(${CMAKE_CURRENT_LIST_DIR}/crypto/sources.cmake)
# The archive layer. schema.sql is embedded into a generated schema.cpp as a raw string literal.
file(READ ${CMAKE_CURRENT_LIST_DIR}/schema.sql CHATVAULT_ARCHIVE_SCHEMA_SQL)
configure_file(${CMAKE_CURRENT_LIST_DIR}/schema.cpp.in ${CMAKE_BINARY_DIR}/generated/archive/schema.cpp @ONLY)
set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${CMAKE_CURRENT_LIST_DIR}/schema.sql)

set(CHATVAULT_ARCHIVE_SOURCES
  archive/archive.cpp
  archive/blobs.cpp
  archive/codec.cpp
  archive/connection.cpp
  archive/fingerprint.cpp
  archive/fts_query.cpp
  archive/import_session.cpp
  archive/merge_matcher.cpp
  archive/migrate.cpp
  archive/reader.cpp
  archive/search.cpp
  archive/sqlite.cpp
  archive/verify.cpp
  ${CHATVAULT_CRYPTO_SOURCES}
  ${CMAKE_BINARY_DIR}/generated/archive/schema.cpp)
