set(CHATVAULT_APP_TESTS
  app/cli_test.cpp
  app/crypto_cli_test.cpp
  app/import_test.cpp
  app/merge_test.cpp
  app/roundtrip_test.cpp)
