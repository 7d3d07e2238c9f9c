// Every C++ function the page's JavaScript calls, in one place and sorted:
// web/boot.js, web/keep.js, the EM_JS bodies (which call Module._cg_*) and the
// ?test=1 hooks (README, "Test hooks"). EMSCRIPTEN_KEEPALIVE is what exports
// each as Module._<name>; there is no other list (src/app/CMakeLists.txt
// exports only main, malloc and free by name).
//
// What else crosses, the integer codes and the document limit, is in
// platform/web/js_boundary.h, published to JS as Module.cloudgapAbi before
// anything here can be called. Strings and bytes reach these functions through
// Module.cloudgapAbi.call(); strings returned here live until the next call
// (js::ReturnToJs).
#include "app/exports.h"

#include <emscripten.h>

#include <nlohmann/json.hpp>
#include <string>

#include "app/web_runner.h"
#include "core/document/branding.h"
#include "core/text/input_limits.h"
#include "platform/web/js_boundary.h"
#include "platform/web/web_platform.h"
#include "ui/app_ui.h"
#include "ui/branding.h"
#include "ui/hosting.h"

namespace cloudgap {
namespace {

WebRunner* g_runner = nullptr;
ui::AppUi* g_app = nullptr;

// In __wasm_call_ctors, before onRuntimeInitialized (boot.js's first call).
[[maybe_unused]] const bool kPublished = (js::PublishJsBoundary(kMaxDocumentBytes), true);

}  // namespace

WebPlatform& PagePlatform() {
  static WebPlatform platform;
  return platform;
}

void SetExportTargets(WebRunner* runner, ui::AppUi* app) {
  g_runner = runner;
  g_app = app;
}

}  // namespace cloudgap

using cloudgap::g_app;
using cloudgap::g_runner;
using cloudgap::js::ReturnToJs;

extern "C" {

// The system's light/dark preference changed (matchMedia, web_runner.cc).
EMSCRIPTEN_KEEPALIVE void cg_color_scheme_changed() {
  if (g_runner != nullptr) g_runner->OnColorSchemeChanged();
}

// A picked or dropped file's bytes (boot.js readFileIntoApp, after its size check).
EMSCRIPTEN_KEEPALIVE void cg_deliver_file(const char* name, const char* bytes, int length) {
  if (name == nullptr || bytes == nullptr || length < 0) return;
  cloudgap::PagePlatform().files().OnOpened(
      {name, std::string(bytes, static_cast<size_t>(length))});
}

// hashchange: a share link pasted into the address of an open page (keep.js).
EMSCRIPTEN_KEEPALIVE void cg_keep_address_changed() {
  if (g_app != nullptr) g_app->OnAddressChanged();
}

// A picked or dropped file over the document limit, refused before reading it (boot.js).
EMSCRIPTEN_KEEPALIVE void cg_keep_file_refused(const char* name, double bytes) {
  if (g_app != nullptr && name != nullptr) g_app->RefuseFile(name, bytes);
}

// The page is being hidden or closed: whatever autosave still waits for is written now (keep.js).
EMSCRIPTEN_KEEPALIVE void cg_keep_flush() {
  if (g_app != nullptr) g_app->FlushKeeping();
}

// keep.js's answer to a seal or unseal request; `status` is a js::SealStatus.
EMSCRIPTEN_KEEPALIVE void cg_keep_link_done(int request, int status, const char* bytes, int length,
                                            const char* detail) {
  cloudgap::PagePlatform().sealer().OnJsAnswer(request, status, bytes, length, detail);
}

// The answer to a request for an Office report (platform/web/web_office_writer.cc).
EMSCRIPTEN_KEEPALIVE void cg_office_done(int request, int ok, const char* bytes, int length,
                                         const char* detail) {
  cloudgap::PagePlatform().office().OnJsAnswer(request, ok != 0, bytes, length, detail);
}

// keep.js's answer to sealing or opening a result (platform/web/web_result_sealer.cc).
EMSCRIPTEN_KEEPALIVE void cg_result_done(int request, int status, const char* bytes, int length,
                                         const char* detail) {
  cloudgap::PagePlatform().results().OnJsAnswer(request, status, bytes, length, detail);
}

// The answer to a request for a file of the site (platform/web/web_site_files.cc).
EMSCRIPTEN_KEEPALIVE void cg_site_file_done(int request, int ok, const char* bytes, int length,
                                            const char* detail) {
  cloudgap::PagePlatform().site_files().OnJsAnswer(request, ok != 0, bytes, length, detail);
}

// Text from the text proxy's paste event (web_input.cc).
EMSCRIPTEN_KEEPALIVE void cg_paste_input(const char* utf8) {
  if (g_runner != nullptr && utf8 != nullptr) g_runner->input().OnPaste(utf8);
}

// config.json's text, or null when there was none (the defaults), before main()
// runs, so the first frame is already drawn in the host's name and colour
// (boot.js). The reading and all checks are the core's (core/document/branding.h).
// Returns {"branding": {...config.json's field names...}, "warnings": ["field: why", ...]}.
EMSCRIPTEN_KEEPALIVE const char* cg_set_branding(const char* config_json) {
  cloudgap::BrandingResult result;
  if (config_json != nullptr) result = cloudgap::ParseBranding(config_json);
  cloudgap::ui::SetBranding(result.branding);
  // Warnings may quote the file's own bytes; never let one end the page.
  const std::string warnings = nlohmann::json(result.warnings)
                                   .dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  return ReturnToJs("{\"branding\":" + cloudgap::BrandingToJson(result.branding) +
                    ",\"warnings\":" + warnings + "}");
}

// How the page was opened, 0 or 1 each: the single-file edition; from file://
// (boot.js, before main()). Returns 1 when this browser keeps what the app
// writes (the page's one storage probe, WebStorage::Available).
EMSCRIPTEN_KEEPALIVE int cg_set_hosting(int single_file, int file_origin) {
  const cloudgap::Storage& storage = cloudgap::PagePlatform().platform().storage;
  cloudgap::ui::SetHosting({single_file != 0, file_origin != 0, &storage});
  return storage.Available() ? 1 : 0;
}

// ?test=1 and the benchmark (bench/measure.mjs): CPU milliseconds of the last frames.
EMSCRIPTEN_KEEPALIVE const char* cg_test_frame_times_json() {
  return ReturnToJs(g_runner != nullptr ? g_runner->probe().RecentJson() : "[]");
}

// ?test=1 and the benchmark: the same frames' parts (input, interface, mirror, draw).
EMSCRIPTEN_KEEPALIVE const char* cg_test_frame_parts_json() {
  return ReturnToJs(g_runner != nullptr ? g_runner->probe().RecentPartsJson() : "[]");
}

// ?test=1: frames drawn so far.
EMSCRIPTEN_KEEPALIVE double cg_test_frames() {
  return g_runner != nullptr ? g_runner->frames() : 0;
}

// ?test=1 and the benchmark: the heap's size and use (app/frame_probe.h).
EMSCRIPTEN_KEEPALIVE const char* cg_test_heap_json() {
  return ReturnToJs(cloudgap::HeapJson());
}

// ?test=1: 1 once the loop has paused itself (everything input changed is drawn).
EMSCRIPTEN_KEEPALIVE int cg_test_idle() {
  return g_runner != nullptr && g_runner->idle() ? 1 : 0;
}

// ?test=1: the last frame's widgets, labels and boxes (ui/item_registry.h).
EMSCRIPTEN_KEEPALIVE const char* cg_test_items_json() {
  return ReturnToJs(g_runner != nullptr ? g_runner->ItemsJson() : "[]");
}

// ?test=1: the open assessment document as JSON.
EMSCRIPTEN_KEEPALIVE const char* cg_test_state_json() {
  return ReturnToJs(g_runner != nullptr ? g_runner->app().DocumentJson() : "{}");
}

// ?test=1: where the user is and whether autosave works (keep.js, AppUi::WhereJson).
EMSCRIPTEN_KEEPALIVE const char* cg_test_where_json() {
  return ReturnToJs(g_app != nullptr ? g_app->WhereJson() : "{}");
}

// Typed text from the text proxy: IME, dead keys, phone keyboards (web_input.cc).
EMSCRIPTEN_KEEPALIVE void cg_text_input(const char* utf8) {
  if (g_runner != nullptr && utf8 != nullptr) g_runner->input().OnText(utf8);
}

// A touch on the canvas, in framebuffer pixels; `phase` is a js::TouchPhase (web_input.cc).
EMSCRIPTEN_KEEPALIVE void cg_touch(int phase, float x, float y) {
  if (g_runner != nullptr) {
    g_runner->input().OnTouch(static_cast<cloudgap::js::TouchPhase>(phase), x, y);
  }
}

// The accessibility mirror (app/semantics_mirror.h): assistive technology
// moved DOM focus to the element of item `id`, or activated it.
EMSCRIPTEN_KEEPALIVE void cg_a11y_focus(unsigned id) {
  if (g_runner == nullptr) return;
  g_runner->semantics().RequestFocus(id);
  g_runner->Wake();
}

EMSCRIPTEN_KEEPALIVE void cg_a11y_activate(unsigned id) {
  if (g_runner == nullptr) return;
  g_runner->semantics().RequestActivate(id);
  g_runner->Wake();
}

// Something outside the loop changed what the app shows: draw the next frames.
EMSCRIPTEN_KEEPALIVE void cg_wake() {
  if (g_runner != nullptr) g_runner->Wake();
}

}  // extern "C"
