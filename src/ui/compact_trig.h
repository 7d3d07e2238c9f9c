// sinf and cosf in a few hundred bytes of WebAssembly. The C library's bring an
// argument reduction that is exact for every float (musl's __rem_pio2f and its
// tables, 2.9 KB of code), where drawing turns through angles of a few turns:
// the web link redirects sinf and cosf here (app/imgui_link_trims.cc).
//
// Contract: for |x| < 1e8, within one float ulp of the exact sine and cosine
// (compact_trig_test.cc); sin(+-0) is +-0; NaN for NaN and the infinities.
// Beyond 1e8 the reduction loses bits: nothing draws with such an angle.
#ifndef CLOUDGAP_UI_COMPACT_TRIG_H_
#define CLOUDGAP_UI_COMPACT_TRIG_H_

namespace cloudgap::ui {

float CompactSin(float x);
float CompactCos(float x);

}  // namespace cloudgap::ui

#endif  // CLOUDGAP_UI_COMPACT_TRIG_H_
