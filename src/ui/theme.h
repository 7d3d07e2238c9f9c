// Colours and spacing. Two palettes (light, dark) over one accent colour, which a
// host may replace in config.json (ui/branding.h); the
// ImGui style is rebuilt from them whenever the palette or the scale changes.
#ifndef CLOUDGAP_UI_THEME_H_
#define CLOUDGAP_UI_THEME_H_

#include <imgui.h>

namespace cloudgap::ui {

enum class ThemeMode { kLight, kDark };

struct Palette {
  ImVec4 background;
  ImVec4 surface;  // Cards and panels.
  ImVec4 border;
  ImVec4 text;
  ImVec4 text_muted;
  ImVec4 accent;  // Primary buttons, focus, progress.
  ImVec4 accent_hover;
  ImVec4 accent_text;  // Text on the accent colour.
  ImVec4 good, warn, bad;
};

// Sets ImGui's style for `mode` at `scale` pixels per CSS pixel.
void ApplyTheme(ThemeMode mode, float scale);

// WCAG 2.1's relative luminance of an opaque colour, and the contrast ratio of
// two (1 to 21; text needs 4.5, controls and large text 3).
float Luminance(const ImVec4& c);
float ContrastRatio(const ImVec4& a, const ImVec4& b);
// White or near-black, whichever reads better on `fill`.
ImVec4 TextColourOn(const ImVec4& fill);

// a + (b - a) x t, each channel, alpha too: t = 0 is a, 1 is b.
ImVec4 Mix(const ImVec4& a, const ImVec4& b, float t);

const Palette& CurrentPalette();
ThemeMode CurrentThemeMode();
float CurrentScale();

// Length in framebuffer pixels of `css_px` CSS pixels at the current scale.
inline float Px(float css_px) {
  return css_px * CurrentScale();
}

}  // namespace cloudgap::ui

#endif  // CLOUDGAP_UI_THEME_H_
