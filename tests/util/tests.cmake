set(CHATVAULT_UTIL_TESTS
  util/time_test.cpp
  util/utf8_test.cpp)
