include(${CMAKE_CURRENT_LIST_DIR}/whatsapp.cmake)
set(CHATVAULT_IMPORTER_TESTS
  importers/source_tree_test.cpp
  importers/background_import_test.cpp
  importers/telegram_importer_test.cpp
  importers/meta_importer_test.cpp
  importers/meta_mojibake_test.cpp
  ${CHATVAULT_WHATSAPP_TESTS})
