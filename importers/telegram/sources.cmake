set(CHATVAULT_TELEGRAM_SOURCES
  importers/telegram/result_scanner.cpp
  importers/telegram/service_actions.cpp
  importers/telegram/telegram_importer.cpp)
