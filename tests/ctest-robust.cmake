# Robustness tests that take longer than a unit test, each its own ctest so that -j2 overlaps them.
# The 100 MB one-line article (tests/test-robust-input.cpp); 10 MB under the sanitizers, which are
# several times slower and hungrier.
if(MIZAN_SANITIZE OR MIZAN_FUZZ)
  set(MIZAN_BIG_MB 10)
else()
  set(MIZAN_BIG_MB 100)
endif()
add_test(NAME robust-100mb COMMAND mizan_tests --no-skip "--test-case=robust: a 100 MB article*")
set_tests_properties(robust-100mb PROPERTIES WORKING_DIRECTORY ${PROJECT_SOURCE_DIR}
  ENVIRONMENT "MIZAN_BIG_MB=${MIZAN_BIG_MB}" TIMEOUT 600)

# One line dense with claims (test-robust-input.cpp): 100k claims, and report and claims within
# 400 MiB of address space; 20k claims and no limit under the sanitizers.
if(MIZAN_SANITIZE OR MIZAN_FUZZ)
  set(MIZAN_DENSE_ENV "MIZAN_DENSE_CLAIMS=20000;MIZAN_DENSE_LIMIT_KIB=0")
else()
  set(MIZAN_DENSE_ENV "MIZAN_DENSE_CLAIMS=100000;MIZAN_DENSE_LIMIT_KIB=409600")
endif()
add_test(NAME robust-dense-line COMMAND mizan_tests --no-skip "--test-case=robust: a one-line article dense*")
set_tests_properties(robust-dense-line PROPERTIES WORKING_DIRECTORY ${PROJECT_SOURCE_DIR}
  ENVIRONMENT "${MIZAN_DENSE_ENV}" TIMEOUT 900)

# kill -9 of an ingest at 24 random moments, then ingests that complete it (test-robust-crash.cpp).
add_test(NAME robust-crash COMMAND mizan_tests --no-skip "--test-case=robust: kill -9*")
# claims, report and check while an ingest writes; two ingests at once.
add_test(NAME robust-concurrency COMMAND mizan_tests --no-skip "--test-case=robust: mizan claims/report/check read*")
set_tests_properties(robust-crash robust-concurrency PROPERTIES WORKING_DIRECTORY ${PROJECT_SOURCE_DIR} TIMEOUT 600)
# doctest passes when a filter matches nothing: each of these must have run its one test case.
set_tests_properties(robust-100mb robust-dense-line robust-crash robust-concurrency PROPERTIES
  PASS_REGULAR_EXPRESSION "test cases: +1 \\| +1 passed \\| +0 failed")
