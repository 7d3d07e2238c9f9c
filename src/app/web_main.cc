// The web app's entry point: wires the browser platform, the UI and the runner,
// and exports the ?test=1 hooks that web/boot.js puts on window.cloudgap.test.
#include <emscripten.h>

#include <string>

#include "app/web_runner.h"
#include "core/catalog_loader.h"
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

EMSCRIPTEN_KEEPALIVE void cg_wake() {
  if (g_runner) g_runner->Wake();
}

}  // extern "C"

int main() {
  static cloudgap::WebPlatform platform;
  static cloudgap::ui::AppUi app(platform.platform(), cloudgap::BuiltinCatalog());
  static cloudgap::WebRunner runner(app);
  const bool test_hooks = platform.platform().location.QueryParam("test").value_or("") == "1";
  if (!runner.Init(platform.clipboard(), test_hooks)) {
    cg_js_fail("webgl");
    return 1;
  }
  g_runner = &runner;
  runner.Run();
}
