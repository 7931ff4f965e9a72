# The openCypher TCK runner (tests/tck): a support library, the tck_runner program, unit tests of
# its Gherkin reader and value notation, and a ctest that fails when a scenario listed in
# baseline.txt no longer passes.
set(TCK_DIR ${CMAKE_CURRENT_LIST_DIR})
add_library(dossier_tck STATIC
  ${TCK_DIR}/gherkin.cc ${TCK_DIR}/tck_value.cc ${TCK_DIR}/graph_snapshot.cc
  ${TCK_DIR}/error_expectation.cc ${TCK_DIR}/result_comparison.cc ${TCK_DIR}/scenario_runner.cc)
target_link_libraries(dossier_tck PUBLIC dossier_query)

add_executable(tck_runner ${TCK_DIR}/tck_main.cc)
target_link_libraries(tck_runner PRIVATE dossier_tck)

file(GLOB tck_unit_sources CONFIGURE_DEPENDS ${TCK_DIR}/unit/*.cc)
add_executable(tck_tests ${tck_unit_sources})
target_link_libraries(tck_tests PRIVATE dossier_tck GTest::gtest_main)
gtest_discover_tests(tck_tests DISCOVERY_TIMEOUT 60)

if(DOSSIER_SANITIZE)
  # Under the sanitizers every scenario is several times slower: check the clauses only, with a
  # longer per-scenario limit, so that memory errors in the engine still show.
  add_test(NAME tck_baseline
           COMMAND tck_runner ${DOSSIER_SHARED_DIR}/tck-features --filter clauses/ --timeout 120
                   --baseline ${TCK_DIR}/baseline.txt --skip-if-missing)
else()
  add_test(NAME tck_baseline
           COMMAND tck_runner ${DOSSIER_SHARED_DIR}/tck-features --baseline ${TCK_DIR}/baseline.txt
                   --skip-if-missing)
endif()
set_tests_properties(tck_baseline PROPERTIES TIMEOUT 3600 SKIP_RETURN_CODE 77)
