set(CHATVAULT_EXPORTER_SOURCES
  exporters/driver.cpp
  exporters/registry.cpp)
