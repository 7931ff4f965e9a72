# The openCypher TCK runner (tests/tck): a support library, the tck_runner program, unit tests of
# its Gherkin reader and value notation, and a ctest that fails when a scenario listed in
# baseline.txt no longer passes.
set(TCK_DIR ${CMAKE_CURRENT_LIST_DIR})
add_library(dossier_tck STATIC
  ${TCK_DIR}/gherkin.cc ${TCK_DIR}/tck_value.cc ${TCK_DIR}/graph_snapshot.cc
  ${TCK_DIR}/error_expectation.cc ${TCK_DIR}/result_comparison.cc ${TCK_DIR}/scenario_runner.cc
  ${TCK_DIR}/scenario_worker.cc)
target_link_libraries(dossier_tck PUBLIC dossier_query)

add_executable(tck_runner ${TCK_DIR}/tck_main.cc)
target_link_libraries(tck_runner PRIVATE dossier_tck)

file(GLOB tck_unit_sources CONFIGURE_DEPENDS ${TCK_DIR}/unit/*.cc)
add_executable(tck_tests ${tck_unit_sources})
target_link_libraries(tck_tests PRIVATE dossier_tck GTest::gtest_main)
gtest_discover_tests(tck_tests DISCOVERY_TIMEOUT 60)

# The baseline check is split by folder into tests of under a minute each, so that ctest -j runs
# them side by side; together they select every scenario. Under the sanitizers every scenario is
# several times slower, so each gets a longer limit.
set(tck_parts
    "clauses|clauses/|"
    "expressions_temporal|expressions/temporal/|"
    "expressions|expressions/|expressions/temporal/"
    "use_cases|useCases/|")
if(DOSSIER_SANITIZE)
  set(tck_timeout 120)
else()
  set(tck_timeout 20)
endif()
foreach(part IN LISTS tck_parts)
  string(REPLACE "|" ";" fields "${part}|")
  list(GET fields 0 part_name)
  list(GET fields 1 part_filter)
  list(GET fields 2 part_exclude)
  set(exclude_args)
  if(part_exclude)
    set(exclude_args --exclude ${part_exclude})
  endif()
  add_test(NAME tck_baseline_${part_name}
           COMMAND tck_runner ${DOSSIER_SHARED_DIR}/tck-features --filter ${part_filter}
                   ${exclude_args} --timeout ${tck_timeout}
                   --baseline ${TCK_DIR}/baseline.txt --skip-if-missing)
  set_tests_properties(tck_baseline_${part_name} PROPERTIES TIMEOUT 3600 SKIP_RETURN_CODE 77)
endforeach()
