# Short fuzz runs (MIZAN_FUZZ=ON): each libFuzzer target for a fixed number of runs from a fixed
# seed, starting from the seed articles and tests/data/robust. New inputs go to the build tree.
if(MIZAN_FUZZ)
  set(MIZAN_FUZZ_RUNS 2000 CACHE STRING "Runs of each fuzz target in ctest")
  set(text_seeds ${PROJECT_SOURCE_DIR}/corpus/seeds ${PROJECT_SOURCE_DIR}/tests/data/robust/fuzz-header)
  set(fuzz_seeds_fold ${text_seeds})
  set(fuzz_seeds_grammar ${text_seeds} ${PROJECT_SOURCE_DIR}/tests/data/news)
  set(fuzz_seeds_header ${text_seeds})
  set(fuzz_seeds_jsonl ${PROJECT_SOURCE_DIR}/tests/data/robust/fuzz-jsonl)
  foreach(target fold grammar header jsonl)
    add_test(NAME fuzz-${target}
      COMMAND fuzz_${target} -runs=${MIZAN_FUZZ_RUNS} -seed=1 -max_len=8192 -timeout=30 -rss_limit_mb=4096
              ${PROJECT_BINARY_DIR}/fuzz/corpus-${target} ${fuzz_seeds_${target}})
    set_tests_properties(fuzz-${target} PROPERTIES TIMEOUT 900)
  endforeach()
endif()
