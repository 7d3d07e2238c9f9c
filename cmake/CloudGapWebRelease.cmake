# How the web build is compiled and linked, chosen by measurement (BENCHMARKS.md,
# "Release settings": size and start-up of each choice tried). Everything here
# applies to every target of a web build, ImGui and the benchmark's baseline
# page included, so include this before any target is made. Native builds are
# unaffected.
#
# The cache variables exist so that the benchmark can try other settings in a
# build directory of its own; a normal build needs none of them.
if(NOT EMSCRIPTEN)
  return()
endif()

# none: throw aborts, try/catch compiles but never catches (Emscripten's default,
#       -fignore-exceptions). The core never relies on catching: it parses JSON
#       through nlohmann's SAX interface and reports every error as a value.
# wasm: WebAssembly exception handling (-fwasm-exceptions).
# js:   Emscripten's JavaScript-based exceptions (-fexceptions); every call that
#       may throw goes through a JS trampoline.
set(CLOUDGAP_WEB_EXCEPTIONS none CACHE STRING "C++ exceptions on the web: none, wasm or js")
set_property(CACHE CLOUDGAP_WEB_EXCEPTIONS PROPERTY STRINGS none wasm js)
# The optimisation level of MinSizeRel and Release web builds, compile and link
# (the link runs wasm-opt at the same level).
# -Oz: 3.5 KB less gzip of app.wasm than -Os with catalog 2.0 and LTO (BENCHMARKS.md).
set(CLOUDGAP_WEB_OPT -Oz CACHE STRING "Optimisation level of optimised web builds (-Os, -Oz, -O2, -O3)")
# On: 12 KB less gzip of app.wasm with catalog 2.0 (BENCHMARKS.md, "Release settings").
option(CLOUDGAP_WEB_LTO "Link-time optimisation for optimised web builds" ON)
set(CLOUDGAP_WEB_LINK_EXTRA "" CACHE STRING "More emcc link options for optimised web builds (experiments)")

if(CLOUDGAP_WEB_EXCEPTIONS STREQUAL "js")
  add_compile_options(-fexceptions)
  add_link_options(-fexceptions)
elseif(CLOUDGAP_WEB_EXCEPTIONS STREQUAL "wasm")
  add_compile_options(-fwasm-exceptions)
  add_link_options(-fwasm-exceptions)
elseif(NOT CLOUDGAP_WEB_EXCEPTIONS STREQUAL "none")
  message(FATAL_ERROR "CLOUDGAP_WEB_EXCEPTIONS must be none, wasm or js, not ${CLOUDGAP_WEB_EXCEPTIONS}")
endif()

# Given after CMake's own -Os/-O3 for the configuration, so these win.
set(optimised $<OR:$<CONFIG:MinSizeRel>,$<CONFIG:Release>>)
add_compile_options($<${optimised}:${CLOUDGAP_WEB_OPT}>)
add_link_options($<${optimised}:${CLOUDGAP_WEB_OPT}>)
if(CLOUDGAP_WEB_LTO)
  add_compile_options($<${optimised}:-flto>)
  add_link_options($<${optimised}:-flto>)
endif()
# The link's wasm-opt runs its -Oz passes again until the module stops
# shrinking: 1.2 KB less gzip of app.wasm (BENCHMARKS.md), seconds more link.
# The app also gets a last pass after Emscripten's own (src/app/CMakeLists.txt).
option(CLOUDGAP_WEB_CONVERGE "wasm-opt --converge in and after the link of optimised web builds" ON)
if(CLOUDGAP_WEB_CONVERGE)
  add_link_options($<${optimised}:-sBINARYEN_EXTRA_PASSES=--converge>)
endif()
# Nothing uses dynamic_cast or typeid; without RTTI no type names or type_info
# objects are kept (std::function's target_type() among them).
option(CLOUDGAP_WEB_RTTI "Run-time type information in web builds" OFF)
if(NOT CLOUDGAP_WEB_RTTI)
  add_compile_options($<$<COMPILE_LANGUAGE:CXX>:-fno-rtti>)
endif()
# Emscripten's JavaScript glue through Closure Compiler's advanced mode: app.js
# 23.7 -> 14.9 KB gzip (BENCHMARKS.md, "Closure"). The compiler is npm's
# google-closure-compiler at the release Emscripten 3.1.6 was made with (Debian
# ships none that works, ../shared/notes/web-toolchain.md); shell/setup installs
# it. Every name the page's own code shares is kept (cmake/closure_externs.py).
option(CLOUDGAP_WEB_CLOSURE "Emscripten's glue through Closure Compiler (optimised web builds)" ON)
set(CLOUDGAP_CLOSURE_COMPILER ${PROJECT_SOURCE_DIR}/node_modules/.bin/google-closure-compiler)
set(CLOUDGAP_CLOSURE_EXTERNS ${CMAKE_BINARY_DIR}/closure-externs.js)
if(CLOUDGAP_WEB_CLOSURE AND NOT EXISTS ${CLOUDGAP_CLOSURE_COMPILER})
  message(FATAL_ERROR "No Closure Compiler at ${CLOUDGAP_CLOSURE_COMPILER}: run shell/setup "
                      "(or configure with -DCLOUDGAP_WEB_CLOSURE=OFF)")
endif()
file(GLOB closure_sources CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/src/app/*.cc
  ${PROJECT_SOURCE_DIR}/src/platform/web/*.cc ${PROJECT_SOURCE_DIR}/web/*.js)
add_custom_command(OUTPUT ${CLOUDGAP_CLOSURE_EXTERNS}
  COMMAND /usr/bin/python3 ${PROJECT_SOURCE_DIR}/cmake/closure_externs.py ${CLOUDGAP_CLOSURE_EXTERNS}
    ${closure_sources}
  DEPENDS ${closure_sources} ${PROJECT_SOURCE_DIR}/cmake/closure_externs.py
  COMMENT "Listing the names Closure must keep"
  VERBATIM)
add_custom_target(closure_externs DEPENDS ${CLOUDGAP_CLOSURE_EXTERNS})

# Links `target` (a page or a module of the site) with Closure when it is on.
function(cloudgap_web_closure target)
  if(NOT CLOUDGAP_WEB_CLOSURE OR NOT CMAKE_BUILD_TYPE MATCHES "^(MinSizeRel|Release)$")
    return()
  endif()
  target_link_options(${target} PRIVATE --closure=1)
  # emcc finds the compiler and the externs through its environment.
  set_target_properties(${target} PROPERTIES CXX_LINKER_LAUNCHER
    "${CMAKE_COMMAND};-E;env;EM_CLOSURE_COMPILER=${CLOUDGAP_CLOSURE_COMPILER};EMCC_CLOSURE_ARGS=--externs=${CLOUDGAP_CLOSURE_EXTERNS}")
  set_property(TARGET ${target} APPEND PROPERTY LINK_DEPENDS ${CLOUDGAP_CLOSURE_EXTERNS})
  add_dependencies(${target} closure_externs)
endfunction()

if(CLOUDGAP_WEB_LINK_EXTRA)
  separate_arguments(extra UNIX_COMMAND "${CLOUDGAP_WEB_LINK_EXTRA}")
  foreach(option IN LISTS extra)
    add_link_options($<${optimised}:${option}>)
  endforeach()
endif()

# How a page's wasm meets the browser, shared by the app and the benchmark's
# baseline so that their start-up figures compare like with like. GLFW on
# WebGL 2 only, no file system. Without automatic extensions: by default the
# WebGL layer asks for every extension the browser has when the context is
# made, one synchronous call each (120 ms before the first frame under
# SwiftShader, BENCHMARKS.md); nothing here draws with one. emmalloc, not
# dlmalloc: 3.0 KB less gzip of app.wasm (2026-12-03); the app allocates little
# per frame, and the heap figures of BENCHMARKS.md are measured with it.
# The glue without what no supported browser or caller needs (app.js -262 B
# gzip, 2026-12-05): a UTF-8 decoder beside TextDecoder, errno for JS library
# calls (no file system), GL errors recorded apart from the context's own (no
# caller asks), calls deferred to a user gesture (no fullscreen, no pointer lock).
set(CLOUDGAP_WEB_PAGE_LINK_OPTIONS
  -sUSE_GLFW=3 -sMIN_WEBGL_VERSION=2 -sMAX_WEBGL_VERSION=2
  -sGL_SUPPORT_AUTOMATIC_ENABLE_EXTENSIONS=0
  -sENVIRONMENT=web -sALLOW_MEMORY_GROWTH=1 -sNO_FILESYSTEM=1 -sMALLOC=emmalloc
  -sTEXTDECODER=2 -sSUPPORT_ERRNO=0 -sGL_TRACK_ERRORS=0
  -sHTML5_SUPPORT_DEFERRING_USER_SENSITIVE_REQUESTS=0)
