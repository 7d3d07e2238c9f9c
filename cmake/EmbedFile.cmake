# cloudgap_embed_file(<target> <file> <symbol>) generates a source file that defines
#   extern const unsigned char <symbol>[]; extern const unsigned long <symbol>_size;
# holding the file's bytes, and adds it to <target>. The build reruns it when the file changes.
set(CLOUDGAP_EMBED_SCRIPT ${CMAKE_CURRENT_LIST_DIR}/EmbedFileScript.cmake)

function(cloudgap_embed_file target file symbol)
  set(out ${CMAKE_CURRENT_BINARY_DIR}/embedded/${symbol}.cc)
  add_custom_command(OUTPUT ${out}
    COMMAND ${CMAKE_COMMAND} -DIN=${file} -DOUT=${out} -DSYMBOL=${symbol} -P ${CLOUDGAP_EMBED_SCRIPT}
    DEPENDS ${file} ${CLOUDGAP_EMBED_SCRIPT}
    COMMENT "Embedding ${file} as ${symbol}"
    VERBATIM)
  target_sources(${target} PRIVATE ${out})
endfunction()
