set(CHATVAULT_EXPORTER_TESTS
  exporters/driver_test.cpp
  exporters/jsonl_exporter_test.cpp
  exporters/output_dir_test.cpp
  exporters/telegram_package_test.cpp
  exporters/txt_exporter_test.cpp
  exporters/whatsapp_text_test.cpp)
