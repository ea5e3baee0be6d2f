set(CHATVAULT_IMPORTER_SOURCES
  importers/source_tree.cpp
  importers/registry.cpp
  importers/whatsapp/whatsapp_importer.cpp)
