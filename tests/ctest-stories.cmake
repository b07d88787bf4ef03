# Verdicts on real news: the multi-outlet set (tests/data/stories/) ingested and compared, the
# verdicts scored against the relations annotated by reading. Fails when a figure drops below its
# floor in tests/data/stories/floors.tsv. MIZAN_STORIES_DETAIL=1 lists the misses and false conflicts.
add_executable(mizan_stories ${CMAKE_CURRENT_LIST_DIR}/stories/scorer.cpp)
target_link_libraries(mizan_stories PRIVATE mizan_cli)
add_test(NAME stories COMMAND mizan_stories ${CMAKE_CURRENT_LIST_DIR}/data/stories)
