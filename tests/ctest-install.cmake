# `cmake --install` as a user runs it: mizan, its man page and its bash completion land under the
# prefix; the installed mizan runs; the man page holds every command's --help; the completion
# completes commands and a command's options.
#
# Included by tests/CMakeLists.txt, this file registers the test; run with `cmake -P` it is the test.

if(NOT CMAKE_SCRIPT_MODE_FILE)
  add_test(NAME install
    COMMAND ${CMAKE_COMMAND} -DBUILD=${PROJECT_BINARY_DIR} -DWORK=${CMAKE_CURRENT_BINARY_DIR}/install -P ${CMAKE_CURRENT_LIST_FILE})
  return()
endif()

file(REMOVE_RECURSE "${WORK}")
execute_process(COMMAND ${CMAKE_COMMAND} --install "${BUILD}" --prefix "${WORK}/prefix"
  RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "cmake --install failed (${rc}):\n${out}\n${err}")
endif()
set(failures "")
foreach(f bin/mizan share/man/man1/mizan.1 share/bash-completion/completions/mizan)
  if(NOT EXISTS "${WORK}/prefix/${f}")
    string(APPEND failures "\nnot installed: ${f}")
  endif()
endforeach()
execute_process(COMMAND "${WORK}/prefix/bin/mizan" --version RESULT_VARIABLE rc OUTPUT_VARIABLE version)
if(NOT rc EQUAL 0 OR NOT version MATCHES "^mizan ")
  string(APPEND failures "\nthe installed mizan does not run (${rc}): ${version}")
endif()

# The man page: a title, and each command's own help text, word for word.
file(READ "${WORK}/prefix/share/man/man1/mizan.1" page)
if(NOT page MATCHES "^\\.TH MIZAN 1")
  string(APPEND failures "\nmizan.1 has no .TH line")
endif()
foreach(cmd ingest claims extract report check docs forget review numbers)
  execute_process(COMMAND "${WORK}/prefix/bin/mizan" ${cmd} --help OUTPUT_VARIABLE help)
  string(REGEX MATCH "^usage: [^\n]*" usage "${help}")
  string(FIND "${page}" ".SS ${cmd}\n.nf\n${usage}" at)
  if(at EQUAL -1)
    string(APPEND failures "\nmizan.1 lacks '${cmd}' with its help (${usage})")
  endif()
endforeach()
find_program(MAN man)
if(MAN)
  execute_process(COMMAND ${CMAKE_COMMAND} -E env MANPAGER=cat PAGER=cat ${MAN} -l "${WORK}/prefix/share/man/man1/mizan.1"
    RESULT_VARIABLE rc OUTPUT_VARIABLE shown ERROR_VARIABLE err)
  if(NOT rc EQUAL 0 OR NOT shown MATCHES "mizan review")
    string(APPEND failures "\nman -l cannot show mizan.1 (${rc}): ${err}")
  endif()
endif()

# The completion: "re" → report review; "mizan report --l" → --lang.
find_program(BASH bash REQUIRED)
set(completion "${WORK}/prefix/share/bash-completion/completions/mizan")
foreach(case "mizan re|1|report review" "mizan report --l|2|--lang" "mizan review --as f|3|false")
  string(REPLACE "|" ";" parts "${case}")
  list(GET parts 0 words)
  list(GET parts 1 cword)
  list(GET parts 2 want)
  execute_process(COMMAND ${BASH} -c "source '${completion}'; COMP_WORDS=(${words}); COMP_CWORD=${cword}; _mizan; echo \"\${COMPREPLY[*]}\""
    OUTPUT_VARIABLE got OUTPUT_STRIP_TRAILING_WHITESPACE)
  if(NOT got STREQUAL want)
    string(APPEND failures "\ncompletion of '${words}': '${got}', not '${want}'")
  endif()
endforeach()

if(failures)
  message(FATAL_ERROR "install:${failures}")
endif()
message(STATUS "installed under ${WORK}/prefix: mizan, mizan.1, bash completion")
