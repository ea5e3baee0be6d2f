include(${CMAKE_CURRENT_LIST_DIR}/whatsapp.cmake)
set(CHATVAULT_IMPORTER_TESTS
  importers/source_tree_test.cpp
  importers/background_import_test.cpp
  importers/telegram_importer_test.cpp
  importers/meta_importer_test.cpp
  importers/meta_mojibake_test.cpp
  importers/meta_html_test.cpp
  importers/meta_html_dates_test.cpp
  importers/meta_thread_reader_test.cpp
  importers/meta_message_test.cpp
  # The bench's field-by-field dump: how the thread reader test compares two readings.
  ${PROJECT_SOURCE_DIR}/bench/dump_sink.cpp
  ${CHATVAULT_WHATSAPP_TESTS})
