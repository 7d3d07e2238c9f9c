// ImFontAtlas::Build() falls back to ImGui's built-in ProggyClean font when no
// font was added, so ImGui 1.86 links that font (12 KB of base85 text, 10.5 KB
// of gzip) into every program that builds an atlas, used or not. The app always
// adds its own fonts first (ui/fonts.h), so the link redirects that one call
// here (--wrap in CMakeLists.txt) and the font's bytes leave app.wasm.
#include <cstdlib>

#include "imgui.h"

extern "C" ImFont* __wrap__ZN11ImFontAtlas14AddFontDefaultEPK12ImFontConfig(ImFontAtlas*,
                                                                            const ImFontConfig*) {
  std::abort();  // Only reached if an atlas is built with no font added: a bug.
}
