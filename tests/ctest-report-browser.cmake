# The report page of tests/data/stories as a reader uses it: headless Chromium, driven by
# tests/report_browser.py over the DevTools protocol on a pipe, checks that the page is right to
# left, the reasons Arabic, that each filter and the text search narrow the verdicts shown to those
# that fit, that source links point at their URLs, and that at 400 px nothing scrolls sideways.
# Screenshots are left in the build tree (tests/report-browser/work), not committed.
#
# Included by tests/CMakeLists.txt, this file registers the test; run with `cmake -P` it is the test.

if(NOT CMAKE_SCRIPT_MODE_FILE)
  add_test(NAME report-browser
    COMMAND ${CMAKE_COMMAND} -DMIZAN=$<TARGET_FILE:mizan> -DSRC=${PROJECT_SOURCE_DIR}
            -DWORK=${CMAKE_CURRENT_BINARY_DIR}/report-browser -P ${CMAKE_CURRENT_LIST_FILE})
  set_tests_properties(report-browser PROPERTIES TIMEOUT 300)
  return()
endif()

find_program(CHROMIUM NAMES chromium chromium-browser)
find_program(PYTHON NAMES python3)
if(NOT CHROMIUM OR NOT PYTHON)
  message(FATAL_ERROR "chromium or python3 not found: sh .ci/setup installs Debian's chromium and python3")
endif()

file(REMOVE_RECURSE "${WORK}")
file(MAKE_DIRECTORY "${WORK}")
foreach(step
    "ingest;--quiet;--db;${WORK}/claims.db;${SRC}/tests/data/stories"
    "report;--quiet;--db;${WORK}/claims.db;--out;${WORK}/reports")
  execute_process(COMMAND "${MIZAN}" ${step} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "mizan ${step} failed (${rc}):\n${out}\n${err}")
  endif()
endforeach()
execute_process(COMMAND "${PYTHON}" "${SRC}/tests/report_browser.py" "${CHROMIUM}" "${WORK}/reports" "${WORK}/work"
  RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err TIMEOUT 240)
message(STATUS "${out}")
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "the report page in headless Chromium (${rc}):\n${out}\n${err}")
endif()
