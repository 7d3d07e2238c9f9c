#include "app/keep_bridge.h"

#include <emscripten.h>

#include <string>

#include "ui/app_ui.h"

namespace cloudgap {
namespace {

ui::AppUi* g_app = nullptr;
std::string g_where;  // Keeps the returned text alive until the next call.

}  // namespace

void SetKeepBridgeApp(ui::AppUi* app) { g_app = app; }

}  // namespace cloudgap

extern "C" {

// The page is being hidden or closed: whatever autosave still waits for is written now.
EMSCRIPTEN_KEEPALIVE void cg_keep_flush() {
  if (cloudgap::g_app != nullptr) cloudgap::g_app->FlushKeeping();
}

// A dropped file over the size limit, refused before reading it.
EMSCRIPTEN_KEEPALIVE void cg_keep_file_refused(const char* name, double bytes) {
  if (cloudgap::g_app != nullptr && name != nullptr) cloudgap::g_app->RefuseFile(name, bytes);
}

// hashchange: a share link pasted into the address of an open page.
EMSCRIPTEN_KEEPALIVE void cg_keep_address_changed() {
  if (cloudgap::g_app != nullptr) cloudgap::g_app->OnAddressChanged();
}

EMSCRIPTEN_KEEPALIVE const char* cg_test_where_json() {
  cloudgap::g_where = cloudgap::g_app != nullptr ? cloudgap::g_app->WhereJson() : "{}";
  return cloudgap::g_where.c_str();
}

}  // extern "C"
