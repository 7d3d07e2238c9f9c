// The web app's entry point: wires the browser platform, the UI and the runner,
// and exports the ?test=1 hooks that web/boot.js puts on window.cloudgap.test.
#include <emscripten.h>

#include <string>

#include "app/keep_bridge.h"
#include "app/web_runner.h"
#include "core/catalog/catalog_loader.h"
#include "core/testing/synthetic_catalog.h"
#include "platform/web/web_platform.h"
#include "ui/app_ui.h"

EM_JS(void, cg_js_fail, (const char* what), {
  if (Module.cloudgapFail) Module.cloudgapFail(UTF8ToString(what));
});

namespace {

cloudgap::WebRunner* g_runner = nullptr;
std::string g_scratch;  // Keeps returned strings alive until the next call.

}  // namespace

extern "C" {

EMSCRIPTEN_KEEPALIVE const char* cg_test_items_json() {
  g_scratch = g_runner ? g_runner->ItemsJson() : "[]";
  return g_scratch.c_str();
}

EMSCRIPTEN_KEEPALIVE const char* cg_test_state_json() {
  g_scratch = g_runner ? g_runner->app().DocumentJson() : "{}";
  return g_scratch.c_str();
}

EMSCRIPTEN_KEEPALIVE double cg_test_frames() { return g_runner ? g_runner->frames() : 0; }

EMSCRIPTEN_KEEPALIVE int cg_test_idle() { return g_runner && g_runner->idle() ? 1 : 0; }

// For the benchmark (bench/measure.mjs): CPU milliseconds of the last frames,
// and the heap's size and use (app/frame_probe.h).
EMSCRIPTEN_KEEPALIVE const char* cg_test_frame_times_json() {
  g_scratch = g_runner ? g_runner->probe().RecentJson() : "[]";
  return g_scratch.c_str();
}

EMSCRIPTEN_KEEPALIVE const char* cg_test_heap_json() {
  g_scratch = cloudgap::HeapJson();
  return g_scratch.c_str();
}

EMSCRIPTEN_KEEPALIVE void cg_wake() {
  if (g_runner) g_runner->Wake();
}

}  // extern "C"

namespace {

// The built-in catalog, parsed when first asked for (ui/catalog_source.h), or
// with the test hooks on and ?catalog=synthetic-2000, a generated one of 2,000
// controls (always the same), for the benchmark's figures at scale.
cloudgap::ui::CatalogSource ChooseCatalog(const cloudgap::Location& location, bool test_hooks) {
  if (test_hooks && location.QueryParam("catalog").value_or("") == "synthetic-2000") {
    return cloudgap::ui::CatalogSource([]() -> const cloudgap::Catalog& {
      static const cloudgap::Catalog synthetic = cloudgap::MakeSyntheticCatalog({2000, 42, 3, 50});
      return synthetic;
    });
  }
  return cloudgap::ui::CatalogSource(&cloudgap::BuiltinCatalog);
}

}  // namespace

int main() {
  static cloudgap::WebPlatform platform;
  const bool test_hooks = platform.platform().location.QueryParam("test").value_or("") == "1";
  static cloudgap::ui::AppUi app(platform.platform(),
                                 ChooseCatalog(platform.platform().location, test_hooks));
  static cloudgap::WebRunner runner(app);
  if (!runner.Init(platform.clipboard(), test_hooks)) {
    cg_js_fail("webgl");
    return 1;
  }
  g_runner = &runner;
  cloudgap::SetKeepBridgeApp(&app);
  runner.Run();
}
