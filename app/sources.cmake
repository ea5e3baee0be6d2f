set(CHATVAULT_APP_SOURCES
  app/import.cpp)
