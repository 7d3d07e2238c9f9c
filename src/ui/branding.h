// The white-label settings the screens draw with (core/document/branding.h), set once at
// startup before the first frame: on the web from config.json by
// cg_set_branding (src/app/exports.cc), in tests directly. Until then, the defaults.
//
// Who reads what:
//   product_name      welcome title (screen_welcome.cc); the page title is set by boot.js
//   accent_rgb        theme.cc: accent, hover and text-on-accent for both palettes
//   cta, logo         the results screen (a button opening cta->url; the logo image)
//   default_mode      which mode the welcome screen offers first
//   ask_organisation  whether the profile asks for the organisation's name
#ifndef CLOUDGAP_UI_BRANDING_H_
#define CLOUDGAP_UI_BRANDING_H_

#include "core/document/branding.h"

namespace cloudgap::ui {

// The one copy; function-local so other static initialisers can read it.
inline Branding& CurrentBranding() {
  static Branding branding;
  return branding;
}

// Call before ApplyTheme so the accent colour takes effect.
inline void SetBranding(const Branding& branding) {
  CurrentBranding() = branding;
}
inline const Branding& GetBranding() {
  return CurrentBranding();
}

}  // namespace cloudgap::ui

#endif  // CLOUDGAP_UI_BRANDING_H_
