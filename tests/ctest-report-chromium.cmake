# reports/index.html as a browser sees it: headless Chromium loads the page (the committed one,
# and one made from the seeds plus hostile fixtures) and dumps its DOM, which must be right to
# left, quote every claim the report rests on, and hold no <script> from an article (the page's
# one script is its own filters).
#
# Included by tests/CMakeLists.txt, this file registers the test; run with `cmake -P` it is the test.
# Chromium missing is a failure, not a skip: .ci/setup installs Debian's `chromium`.

if(NOT CMAKE_SCRIPT_MODE_FILE)
  add_test(NAME report-chromium
    COMMAND ${CMAKE_COMMAND} -DMIZAN=$<TARGET_FILE:mizan> -DSRC=${PROJECT_SOURCE_DIR}
            -DWORK=${CMAKE_CURRENT_BINARY_DIR}/report-chromium -P ${CMAKE_CURRENT_LIST_FILE})
  set_tests_properties(report-chromium PROPERTIES TIMEOUT 300)
  return()
endif()

find_program(CHROMIUM NAMES chromium chromium-browser)
if(NOT CHROMIUM)
  message(FATAL_ERROR "chromium not found: install Debian's chromium (sh .ci/setup does) to check reports/index.html")
endif()

file(REMOVE_RECURSE "${WORK}")
file(MAKE_DIRECTORY "${WORK}")

function(run)
  execute_process(COMMAND ${ARGN} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "failed (${rc}): ${ARGN}\n${out}\n${err}")
  endif()
endfunction()

set(fixtures "${SRC}/tests/data/compare")
run("${MIZAN}" ingest --quiet --db "${WORK}/claims.db" --manifest "${SRC}/corpus/seeds/manifest.tsv" "${SRC}/corpus/seeds"
    "${fixtures}/hostile_script.txt" "${fixtures}/nusra_10k.txt" "${fixtures}/nusra_later.txt")
run("${MIZAN}" report --db "${WORK}/claims.db" --out "${WORK}/reports")

set(failures "")
set(n 0)
foreach(dir "${SRC}/reports" "${WORK}/reports")
  math(EXPR n "${n} + 1")
  if(NOT EXISTS "${dir}/index.html")
    string(APPEND failures "\n${dir}/index.html: missing")
    continue()
  endif()
  execute_process(
    COMMAND "${CHROMIUM}" --headless --no-sandbox --disable-gpu --disable-background-networking
            --disable-component-update --disable-sync --no-first-run --user-data-dir=${WORK}/profile-${n}
            --dump-dom "file://${dir}/index.html"
    RESULT_VARIABLE rc OUTPUT_VARIABLE dom ERROR_VARIABLE chromium_log TIMEOUT 120)
  if(NOT rc EQUAL 0 OR dom STREQUAL "")
    string(APPEND failures "\n${dir}/index.html: chromium failed (${rc}): ${chromium_log}")
    continue()
  endif()
  file(WRITE "${WORK}/dom-${n}.html" "${dom}")

  if(NOT dom MATCHES "<html dir=\"rtl\" lang=\"ar\">")
    string(APPEND failures "\n${dir}/index.html: the page is not <html dir=\"rtl\" lang=\"ar\">")
  endif()
  string(TOLOWER "${dom}" lower)
  # One script only, the page's own filters (an article's <script> is shown as text, never run).
  string(REGEX MATCHALL "<script" scripts "${lower}")
  list(LENGTH scripts script_count)
  string(FIND "${lower}" "<script id=\"mizan-filters\">" own_at)
  if(NOT script_count EQUAL 1 OR own_at EQUAL -1)
    string(APPEND failures "\n${dir}/index.html: ${script_count} <script> elements; only the page's own filters may run")
  endif()
  string(FIND "${lower}" "<img" img_at)
  if(NOT img_at EQUAL -1)
    string(APPEND failures "\n${dir}/index.html: an <img> element in the page")
  endif()
  if(dir STREQUAL "${WORK}/reports")
    string(FIND "${dom}" "&lt;script&gt;alert(1)&lt;/script&gt;" escaped_at)
    if(escaped_at EQUAL -1)
      string(APPEND failures "\n${dir}/index.html: the article's <script>alert(1)</script> is not shown escaped")
    endif()
  endif()

  # The page's text (tags dropped, entities read) must hold every quoted sentence of the report.
  string(REGEX REPLACE "<[^>]*>" "" text "${dom}")
  string(REPLACE "&lt;" "<" text "${text}")
  string(REPLACE "&gt;" ">" text "${text}")
  string(REPLACE "&quot;" "\"" text "${text}")
  string(REPLACE "&#39;" "'" text "${text}")
  string(REPLACE "&nbsp;" " " text "${text}")
  string(REPLACE "&amp;" "&" text "${text}")
  file(READ "${dir}/consistency.json" json)
  string(JSON count LENGTH "${json}" claims)
  if(count EQUAL 0)
    string(APPEND failures "\n${dir}/consistency.json: no claims quoted")
  else()
    math(EXPR last "${count} - 1")
    foreach(i RANGE ${last})
      string(JSON sentence GET "${json}" claims ${i} sentence)
      string(FIND "${text}" "${sentence}" at)
      if(at EQUAL -1)
        string(APPEND failures "\n${dir}/index.html: quote missing: ${sentence}")
      endif()
    endforeach()
  endif()
  string(REGEX MATCHALL "<mark>" marks "${dom}")
  list(LENGTH marks mark_count)
  if(mark_count LESS count)
    string(APPEND failures "\n${dir}/index.html: ${mark_count} highlighted numbers for ${count} quoted claims")
  endif()
  message(STATUS "${dir}/index.html: ${count} claims quoted, ${mark_count} numbers highlighted")
endforeach()

if(failures)
  message(FATAL_ERROR "reports/index.html in headless Chromium:${failures}")
endif()
