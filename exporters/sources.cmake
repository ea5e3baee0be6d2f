set(CHATVAULT_EXPORTER_SOURCES
  exporters/driver.cpp
  exporters/jsonl_exporter.cpp
  exporters/output_dir.cpp
  exporters/registry.cpp
  exporters/telegram_json_exporter.cpp
  exporters/telegram_package_exporter.cpp
  exporters/txt_exporter.cpp)
