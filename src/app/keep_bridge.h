// Entry points for web/keep.js (keeping and sharing): flush on page hide,
// files refused before reading, a share link pasted into the address, and the
// ?test=1 hook window.cloudgap.keep.where(). keep_bridge.cc exports them.
#ifndef CLOUDGAP_APP_KEEP_BRIDGE_H_
#define CLOUDGAP_APP_KEEP_BRIDGE_H_

namespace cloudgap {
namespace ui {
class AppUi;
}  // namespace ui

// The app the exported functions act on; set once from main().
void SetKeepBridgeApp(ui::AppUi* app);

}  // namespace cloudgap

#endif  // CLOUDGAP_APP_KEEP_BRIDGE_H_
