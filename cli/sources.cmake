set(CHATVAULT_CLI_SOURCES
  cli/main.cpp)
