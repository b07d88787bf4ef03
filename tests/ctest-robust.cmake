# Robustness tests that take longer than a unit test, each its own ctest so that -j2 overlaps them.
# The 100 MB one-line article (tests/test-robust-input.cpp); 10 MB under the sanitizers, which are
# several times slower and hungrier.
if(MIZAN_SANITIZE)
  set(MIZAN_BIG_MB 10)
else()
  set(MIZAN_BIG_MB 100)
endif()
add_test(NAME robust-100mb COMMAND mizan_tests --no-skip "--test-case=robust: a 100 MB article*")
set_tests_properties(robust-100mb PROPERTIES WORKING_DIRECTORY ${PROJECT_SOURCE_DIR}
  ENVIRONMENT "MIZAN_BIG_MB=${MIZAN_BIG_MB}" TIMEOUT 600)
