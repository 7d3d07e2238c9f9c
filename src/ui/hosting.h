// How the page was opened, as far as keeping the user's work is concerned.
// On the web, web/boot.js says how the page was opened before the app starts
// (cg_set_hosting, src/app/exports.cc), which also points `storage` at the
// page's storage; natively, the defaults.
//
// The single-file edition (cloudgap-single.html) is opened from disk, where
// some browsers keep nothing in localStorage, or keep it per file path. When
// storage is refused the app must say plainly that exporting is the way to
// keep work: KeepWorkNotice() is that sentence, for any screen that saves.
#ifndef CLOUDGAP_UI_HOSTING_H_
#define CLOUDGAP_UI_HOSTING_H_

#include "platform/platform.h"

namespace cloudgap::ui {

struct Hosting {
  bool single_file = false;  // The one-file edition, not the hosted site.
  bool file_origin = false;  // Opened from disk (file://), not from a server.
  // Where the app keeps work; whether it keeps anything is its Available()
  // (on the web, the page's one storage probe). nullptr: taken as keeping.
  const Storage* storage = nullptr;
};

void SetHosting(const Hosting& hosting);
const Hosting& GetHosting();

// What to tell the user when this browser will not keep their work between
// visits; nullptr when it will (autosave can be trusted).
const char* KeepWorkNotice();

}  // namespace cloudgap::ui

#endif  // CLOUDGAP_UI_HOSTING_H_
