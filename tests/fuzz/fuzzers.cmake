# libFuzzer builds of the fuzz targets (DOSSIER_FUZZ=ON, clang only): the whole project is
# compiled with -fsanitize=fuzzer-no-link,address,undefined by the top-level CMakeLists.txt, and
# each target links libFuzzer's driver. `make fuzz` builds them and runs scripts/fuzz.
set(FUZZ_DIR ${CMAKE_CURRENT_LIST_DIR})
include(${FUZZ_DIR}/targets.cmake)
foreach(target ${DOSSIER_FUZZ_TARGETS})
  add_executable(${target} ${FUZZ_DIR}/${target}.cc)
  target_link_libraries(${target} PRIVATE ${DOSSIER_FUZZ_LIBS_${target}})
  target_link_options(${target} PRIVATE -fsanitize=fuzzer)
  set_target_properties(${target} PROPERTIES RUNTIME_OUTPUT_DIRECTORY ${CMAKE_BINARY_DIR}/fuzz)
endforeach()
