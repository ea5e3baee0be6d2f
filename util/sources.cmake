set(CHATVAULT_UTIL_SOURCES
  util/error.cpp
  util/hash.cpp
  util/secret.cpp
  util/time.cpp
  util/utf8.cpp)
