// The objects the page's JavaScript reaches through the exported functions of
// exports.cc, the one list of everything JS calls in C++.
#ifndef CLOUDGAP_APP_EXPORTS_H_
#define CLOUDGAP_APP_EXPORTS_H_

namespace cloudgap {

class WebPlatform;
class WebRunner;
namespace ui {
class AppUi;
}  // namespace ui

// The page's platform, made on first use: boot.js asks for it (cg_set_hosting)
// before main() runs.
WebPlatform& PagePlatform();

// The runner and the app the exports act on; set once from main(), after the
// runner started. Until then the exports that need them do nothing.
void SetExportTargets(WebRunner* runner, ui::AppUi* app);

}  // namespace cloudgap

#endif  // CLOUDGAP_APP_EXPORTS_H_
