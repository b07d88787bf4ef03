# The conformance suite: Arabic test data of Duckling, Recognizers-Text, dateparser, num2words and
# CLDR (tests/data/conformance/) run through extract::numbers_in. Fails when a file's figure drops
# below its floor in tests/data/conformance/floors.tsv.
add_executable(mizan_conformance ${CMAKE_CURRENT_LIST_DIR}/conformance/runner.cpp)
target_link_libraries(mizan_conformance PRIVATE mizan_pipeline)
add_test(NAME conformance
         COMMAND mizan_conformance ${CMAKE_CURRENT_LIST_DIR}/data/conformance --failures 3)
