# tools_tests runs the dossier binary end to end; the scripts drive it like a user: in tmux (the
# interactive shell) and in headless Chromium (the HTML export).
if(TARGET tools_tests)
  add_dependencies(tools_tests dossier)
endif()
add_test(NAME tools.shell_in_tmux
  COMMAND ${CMAKE_CURRENT_SOURCE_DIR}/tools/shell_tmux_test.sh $<TARGET_FILE:dossier>)
set_tests_properties(tools.shell_in_tmux PROPERTIES TIMEOUT 180 SKIP_RETURN_CODE 77)
add_test(NAME tools.html_in_chromium
  COMMAND ${CMAKE_CURRENT_SOURCE_DIR}/tools/html_chromium_test.sh $<TARGET_FILE:dossier>)
set_tests_properties(tools.html_in_chromium PROPERTIES TIMEOUT 180 SKIP_RETURN_CODE 77)
add_test(NAME tools.report_in_chromium
  COMMAND ${CMAKE_CURRENT_SOURCE_DIR}/tools/report_chromium_test.sh $<TARGET_FILE:dossier>
          ${DOSSIER_SOURCE_ROOT}/data/samples)
set_tests_properties(tools.report_in_chromium PROPERTIES TIMEOUT 180 SKIP_RETURN_CODE 77)
