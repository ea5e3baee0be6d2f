set(CHATVAULT_APP_SOURCES
  app/archive_ref.cpp
  app/chats.cpp
  app/export.cpp
  app/import.cpp
  app/init.cpp
  app/search.cpp)
