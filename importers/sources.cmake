include(${CMAKE_CURRENT_LIST_DIR}/whatsapp/sources.cmake)
include(${CMAKE_CURRENT_LIST_DIR}/telegram/sources.cmake)
set(CHATVAULT_IMPORTER_SOURCES
  importers/source_tree.cpp
  importers/background_import.cpp
  importers/registry.cpp
  ${CHATVAULT_WHATSAPP_SOURCES}
  ${CHATVAULT_TELEGRAM_SOURCES})
