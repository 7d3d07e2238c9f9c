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
# Nothing uses dynamic_cast or typeid; without RTTI no type names or type_info
# objects are kept (std::function's target_type() among them).
option(CLOUDGAP_WEB_RTTI "Run-time type information in web builds" OFF)
if(NOT CLOUDGAP_WEB_RTTI)
  add_compile_options($<$<COMPILE_LANGUAGE:CXX>:-fno-rtti>)
endif()
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
set(CLOUDGAP_WEB_PAGE_LINK_OPTIONS
  -sUSE_GLFW=3 -sMIN_WEBGL_VERSION=2 -sMAX_WEBGL_VERSION=2
  -sGL_SUPPORT_AUTOMATIC_ENABLE_EXTENSIONS=0
  -sENVIRONMENT=web -sALLOW_MEMORY_GROWTH=1 -sNO_FILESYSTEM=1 -sMALLOC=emmalloc)
