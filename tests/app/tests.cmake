set(CHATVAULT_APP_TESTS
  app/archive_v1_test.cpp
  app/cli_test.cpp
  app/convert_test.cpp
  app/crypto_cli_test.cpp
  app/import_test.cpp
  app/merge_test.cpp
  app/roundtrip_test.cpp)
