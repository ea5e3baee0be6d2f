set(CHATVAULT_MODEL_SOURCES
  model/model.cpp)
