// The web app's entry point: wires the browser platform, the UI and the runner.
// What the page calls in C++ is in exports.cc.
#include <emscripten.h>

#include "app/exports.h"
#include "app/web_runner.h"
#include "core/catalog/catalog_loader.h"
#include "core/testing/synthetic_catalog.h"
#include "platform/web/web_platform.h"
#include "ui/app_ui.h"

// clang-format off
EM_JS(void, cg_js_fail, (const char* what), {
  if (Module.cloudgapFail) Module.cloudgapFail(UTF8ToString(what));
});
// clang-format on

namespace {

// The built-in catalog's structure, parsed when first asked for (ui/catalog_source.h), or
// with the test hooks on and ?catalog=synthetic-2000, a generated one of 2,000
// controls (always the same), for the benchmark's figures at scale.
cloudgap::ui::CatalogSource ChooseCatalog(const cloudgap::Location& location, bool test_hooks) {
  if (test_hooks && location.QueryParam("catalog").value_or("") == "synthetic-2000") {
    return cloudgap::ui::CatalogSource([]() -> const cloudgap::Catalog& {
      static const cloudgap::Catalog synthetic = cloudgap::MakeSyntheticCatalog({2000, 42, 3, 50});
      return synthetic;
    });
  }
  // Without its words, which a first visit's welcome screen does not show
  // (core/catalog/catalog_text.h): they come from a file of the site when needed.
  return cloudgap::ui::CatalogSource(&cloudgap::BuiltinCatalogStructure);
}

}  // namespace

int main() {
  cloudgap::WebPlatform& platform = cloudgap::PagePlatform();
  const bool test_hooks = platform.platform().location.QueryParam("test").value_or("") == "1";
  static cloudgap::ui::AppUi app(platform.platform(),
                                 ChooseCatalog(platform.platform().location, test_hooks));
  static cloudgap::WebRunner runner(app);
  if (!runner.Init(platform.clipboard())) {
    cg_js_fail("webgl");
    return 1;
  }
  cloudgap::SetExportTargets(&runner, &app);
  runner.Run();
}
