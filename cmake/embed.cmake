# Embeds text files into a C++ source as an array of {name, contents} pairs, so the binary
# carries its schema migrations and reference data and needs no files at run time.
function(clerk_embed)
  cmake_parse_arguments(ARG "" "OUTPUT;NAMESPACE;VARIABLE" "FILES" ${ARGN})
  # A ';' inside a COMMAND argument splits it into separate words, so the file list travels
  # '|'-separated (VERBATIM quotes the '|' from the shell) and the script splits it again.
  string(REPLACE ";" "|" files "${ARG_FILES}")
  add_custom_command(
    OUTPUT ${ARG_OUTPUT}
    COMMAND ${CMAKE_COMMAND} -DOUTPUT=${ARG_OUTPUT} -DNAMESPACE=${ARG_NAMESPACE}
            -DVARIABLE=${ARG_VARIABLE} "-DFILES=${files}"
            -P ${CMAKE_SOURCE_DIR}/cmake/embed_script.cmake
    DEPENDS ${ARG_FILES} ${CMAKE_SOURCE_DIR}/cmake/embed_script.cmake
    COMMENT "Embedding ${ARG_VARIABLE}"
    VERBATIM)
endfunction()
