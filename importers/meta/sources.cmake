set(CHATVAULT_META_SOURCES
  importers/meta/dyi_importer.cpp
  importers/meta/dyi_layout.cpp
  importers/meta/dyi_message.cpp
  importers/meta/e2ee_thread.cpp
  importers/meta/instagram_legacy.cpp
  importers/meta/mojibake.cpp)
