# Replays every fuzz target over its seed corpus and its regressions as an ordinary test, so that
# an input that once crashed stays fixed in every build (the sanitizer build included). The
# libFuzzer binaries themselves are built by `make fuzz` (fuzzers.cmake).
set(FUZZ_DIR ${CMAKE_CURRENT_LIST_DIR})
include(${FUZZ_DIR}/targets.cmake)
foreach(target ${DOSSIER_FUZZ_TARGETS})
  add_executable(${target}_replay ${FUZZ_DIR}/${target}.cc ${FUZZ_DIR}/fuzz_replay_main.cc)
  target_link_libraries(${target}_replay PRIVATE ${DOSSIER_FUZZ_LIBS_${target}})
  set(inputs ${FUZZ_DIR}/corpus/${target})
  if(EXISTS ${FUZZ_DIR}/regressions/${target})
    list(APPEND inputs ${FUZZ_DIR}/regressions/${target})
  endif()
  add_test(NAME fuzz.${target}_replay COMMAND ${target}_replay ${inputs})
  set_tests_properties(fuzz.${target}_replay PROPERTIES TIMEOUT 600)
endforeach()
