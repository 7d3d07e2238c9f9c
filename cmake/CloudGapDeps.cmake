# Third-party code, all from Debian packages (see shell/setup):
#   nlohmann_json::nlohmann_json   header-only JSON
#   imgui                          Dear ImGui 1.86, from the imgui source package
#   cloudgap_zlib                  zlib 1.2.13, from the zlib source package (ZIP for
#                                  the Office reports); built from source on both sides
#                                  so native and wasm write the same bytes
#   GTest::gtest_main, benchmark   native tests and benchmarks
# Under Emscripten the host's packages must not be linked, and -I/usr/include would
# pull in glibc headers, so header-only and source dependencies are wired by hand.

set(CLOUDGAP_IMGUI_DIR ${CMAKE_CURRENT_SOURCE_DIR}/third_party/imgui-1.86 CACHE PATH
    "Dear ImGui 1.86 sources (shell/setup unpacks them)")
if(NOT EXISTS ${CLOUDGAP_IMGUI_DIR}/imgui.cpp)
  message(FATAL_ERROR "Dear ImGui sources not found in ${CLOUDGAP_IMGUI_DIR}: run shell/setup")
endif()

set(CLOUDGAP_ZLIB_DIR ${CMAKE_CURRENT_SOURCE_DIR}/third_party/zlib-1.2.13.dfsg CACHE PATH
    "zlib 1.2.13 sources (shell/setup unpacks them)")
if(NOT EXISTS ${CLOUDGAP_ZLIB_DIR}/deflate.c)
  message(FATAL_ERROR "zlib sources not found in ${CLOUDGAP_ZLIB_DIR}: run shell/setup")
endif()
enable_language(C)
# Only what raw deflate, inflate, CRC-32 and compress2 (PNG) need; no gz* file functions.
add_library(cloudgap_zlib STATIC
  ${CLOUDGAP_ZLIB_DIR}/adler32.c ${CLOUDGAP_ZLIB_DIR}/compress.c ${CLOUDGAP_ZLIB_DIR}/crc32.c
  ${CLOUDGAP_ZLIB_DIR}/deflate.c
  ${CLOUDGAP_ZLIB_DIR}/inffast.c ${CLOUDGAP_ZLIB_DIR}/inflate.c ${CLOUDGAP_ZLIB_DIR}/inftrees.c
  ${CLOUDGAP_ZLIB_DIR}/trees.c ${CLOUDGAP_ZLIB_DIR}/zutil.c)
target_include_directories(cloudgap_zlib SYSTEM PUBLIC ${CLOUDGAP_ZLIB_DIR})
target_compile_definitions(cloudgap_zlib PRIVATE Z_HAVE_UNISTD_H)
set_target_properties(cloudgap_zlib PROPERTIES POSITION_INDEPENDENT_CODE ON)

if(EMSCRIPTEN)
  set(deb_headers ${CMAKE_BINARY_DIR}/deb_headers)
  file(MAKE_DIRECTORY ${deb_headers})
  if(NOT EXISTS ${deb_headers}/nlohmann)
    file(CREATE_LINK /usr/include/nlohmann ${deb_headers}/nlohmann SYMBOLIC)
  endif()
  add_library(nlohmann_json INTERFACE)
  target_include_directories(nlohmann_json SYSTEM INTERFACE ${deb_headers})
  add_library(nlohmann_json::nlohmann_json ALIAS nlohmann_json)
  if(CLOUDGAP_BUILD_TESTS)
    set(gtest_disable_pthreads ON CACHE BOOL "" FORCE)
    set(INSTALL_GTEST OFF CACHE BOOL "" FORCE)
    set(BUILD_GMOCK OFF CACHE BOOL "" FORCE)
    add_subdirectory(/usr/src/googletest ${CMAKE_BINARY_DIR}/googletest EXCLUDE_FROM_ALL)
    if(NOT TARGET GTest::gtest_main)
      add_library(GTest::gtest_main ALIAS gtest_main)
    endif()
  endif()
else()
  find_package(nlohmann_json 3.10 REQUIRED)
  if(CLOUDGAP_BUILD_TESTS)
    find_package(GTest REQUIRED)
    find_package(benchmark QUIET)
  endif()
endif()

# ImGui core. The test-engine hooks are compiled in everywhere and switched on at
# run time (?test=1 on the web), so the shipped binary is the tested one.
add_library(imgui STATIC
  ${CLOUDGAP_IMGUI_DIR}/imgui.cpp
  ${CLOUDGAP_IMGUI_DIR}/imgui_draw.cpp
  ${CLOUDGAP_IMGUI_DIR}/imgui_tables.cpp
  ${CLOUDGAP_IMGUI_DIR}/imgui_widgets.cpp
  ${CLOUDGAP_IMGUI_DIR}/misc/cpp/imgui_stdlib.cpp)
target_include_directories(imgui SYSTEM PUBLIC ${CLOUDGAP_IMGUI_DIR})
# IMGUI_USE_WCHAR32: text beyond the Basic Multilingual Plane (emoji, rare CJK) survives editing.
# IMGUI_DISABLE_METRICS_WINDOW is 1.86's name for what 1.88 renamed IMGUI_DISABLE_DEBUG_TOOLS.
target_compile_definitions(imgui PUBLIC IMGUI_USE_WCHAR32 IMGUI_ENABLE_TEST_ENGINE IMGUI_DISABLE_FILE_FUNCTIONS
  IMGUI_DISABLE_OBSOLETE_FUNCTIONS IMGUI_DISABLE_DEMO_WINDOWS IMGUI_DISABLE_METRICS_WINDOW)

if(EMSCRIPTEN)
  add_library(imgui_backend STATIC
    ${CLOUDGAP_IMGUI_DIR}/backends/imgui_impl_glfw.cpp
    ${CLOUDGAP_IMGUI_DIR}/backends/imgui_impl_opengl3.cpp)
  target_include_directories(imgui_backend SYSTEM PUBLIC ${CLOUDGAP_IMGUI_DIR}/backends)
  target_compile_definitions(imgui_backend PUBLIC IMGUI_IMPL_OPENGL_ES3)
  target_link_libraries(imgui_backend PUBLIC imgui)
endif()
