// What ImGui 1.86 links into every program but the app never runs, redirected
// at link time (--wrap in CMakeLists.txt) so that its bytes leave app.wasm.
//
// ImFontAtlas::Build() falls back to ImGui's built-in ProggyClean font when no
// font was added, so ImGui 1.86 links that font (12 KB of base85 text, 10.5 KB
// of gzip) into every program that builds an atlas, used or not. The app always
// adds its own fonts first (ui/fonts.h), so the link redirects that one call
// here (--wrap in CMakeLists.txt) and the font's bytes leave app.wasm.
#include <cstdlib>

#include "imgui.h"
#include "ui/compact_trig.h"

extern "C" ImFont* __wrap__ZN11ImFontAtlas14AddFontDefaultEPK12ImFontConfig(ImFontAtlas*,
                                                                            const ImFontConfig*) {
  std::abort();  // Only reached if an atlas is built with no font added: a bug.
}

// ImGui 1.86 reads its .ini settings (window positions, table columns) with
// sscanf, and registers those readers whether or not a file is ever read, so
// the link keeps sscanf and the whole of scanf (4.5 KB) for lines the app never
// hands it: io.IniFilename is null and nothing calls LoadIniSettingsFromMemory.
// Nothing else in the page scans text with it (the app parses numbers itself,
// ui/widgets.h IntegerField). Redirected here, a call converts nothing, which
// every caller treats as a line it does not understand.
extern "C" int __wrap_sscanf(const char* /*text*/, const char* /*format*/, ...) {
  return 0;
}

// ImGui's arcs and the charts' angles (a few turns at most) call sinf and cosf;
// musl's reduce any float exactly, with 2.9 KB of code and tables the page
// never needs. Redirected to ui/compact_trig.h, exact to a float ulp there.
extern "C" float __wrap_sinf(float x) {
  return cloudgap::ui::CompactSin(x);
}
extern "C" float __wrap_cosf(float x) {
  return cloudgap::ui::CompactCos(x);
}
