// The text-size setting (WCAG 1.4.4): everything the app draws, larger.
//
// The screens are laid out in device pixels at a scale (fonts rasterised at
// it, style sizes multiplied by it: fonts.h, theme.h), which the web runner
// sets to devicePixelRatio. A text size multiplies that scale, so the app
// grows exactly as it does under the browser's zoom, which the browser suite
// checks at 200% and 400%: wrapped text, no clipped widget, a narrower layout
// where the screen gets narrow. No size makes the layout narrower than
// kNarrowestCssWidth CSS pixels, the width WCAG's reflow (1.4.10) asks for:
// on a small phone the largest sizes give what fits.
//
// The choice is kept in this browser (kTextSizeKey), like the language.
#ifndef CLOUDGAP_UI_TEXT_SIZE_H_
#define CLOUDGAP_UI_TEXT_SIZE_H_

#include "platform/platform.h"

namespace cloudgap::ui {

inline constexpr char kTextSizeKey[] = "cloudgap/text-size";
// Percentages offered, smallest first; the first is the default.
inline constexpr int kTextSizes[] = {100, 125, 150, 200};
inline constexpr float kNarrowestCssWidth = 320;

class TextSize {
 public:
  // Reads the kept choice; a value not offered reads as 100.
  explicit TextSize(Storage& storage);

  int percent() const { return percent_; }
  // Keeps `percent` if it is offered; false (nothing changed) otherwise.
  bool Set(int percent);

  // What the screens' scale is multiplied by on a display `css_width` CSS
  // pixels wide: percent / 100, but never so much that the layout's width
  // falls below kNarrowestCssWidth (and never below 1).
  float FactorFor(float css_width) const;

 private:
  Storage& storage_;
  int percent_ = kTextSizes[0];
};

}  // namespace cloudgap::ui

#endif  // CLOUDGAP_UI_TEXT_SIZE_H_
