set(CHATVAULT_WHATSAPP_TESTS
  importers/whatsapp_header_test.cpp
  importers/whatsapp_import_test.cpp
  importers/whatsapp_body_test.cpp
  importers/whatsapp_samples_test.cpp
  importers/whatsapp_fixtures_test.cpp)
