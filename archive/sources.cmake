set(CHATVAULT_ARCHIVE_SOURCES
  archive/archive.cpp)
