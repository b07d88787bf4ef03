# The planted-truth run in miniature (tests/test-planted.cpp) builds its corpus with bench/'s generator.
target_sources(mizan_tests PRIVATE
  ${PROJECT_SOURCE_DIR}/bench/corpus_gen.cpp
  ${PROJECT_SOURCE_DIR}/bench/sentences.cpp
  ${PROJECT_SOURCE_DIR}/bench/planted.cpp)
target_include_directories(mizan_tests PRIVATE ${PROJECT_SOURCE_DIR}/bench)
