// CloudGap's typefaces: Inter (Debian's fonts-inter, subset at build time to
// the characters the UI uses), rasterised at the display's pixel density so
// text stays crisp at any devicePixelRatio.
#ifndef CLOUDGAP_UI_FONTS_H_
#define CLOUDGAP_UI_FONTS_H_

struct ImFont;

namespace cloudgap::ui {

struct Fonts {
  ImFont* body = nullptr;     // 16 px regular: running text, controls.
  ImFont* strong = nullptr;   // 16 px semibold: emphasis, labels.
  ImFont* heading = nullptr;  // 22 px semibold: section headings.
  ImFont* title = nullptr;    // 34 px semibold: screen titles.
};

// Replaces the atlas's fonts with CloudGap's at `scale` pixels per CSS pixel and
// makes `body` the default. The caller (re)builds the texture afterwards.
const Fonts& LoadFonts(float scale);

// The fonts of the last LoadFonts call.
const Fonts& GetFonts();

}  // namespace cloudgap::ui

#endif  // CLOUDGAP_UI_FONTS_H_
