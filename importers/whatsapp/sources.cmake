set(CHATVAULT_WHATSAPP_SOURCES
  importers/whatsapp/whatsapp_importer.cpp)
