// CloudGap's typefaces: Inter (Debian's fonts-inter, subset at build time to
// the characters the UI uses), rasterised at the display's pixel density so
// text stays crisp at any devicePixelRatio.
#ifndef CLOUDGAP_UI_FONTS_H_
#define CLOUDGAP_UI_FONTS_H_

#include <string>

struct ImFont;

namespace cloudgap::ui {

struct Fonts {
  ImFont* body = nullptr;     // 16 px regular: running text, controls.
  ImFont* strong = nullptr;   // 16 px semibold: emphasis, labels.
  ImFont* heading = nullptr;  // 22 px semibold: section headings.
  ImFont* title = nullptr;    // 34 px semibold: screen titles.
};

// What a first visit's first frame shows beyond the app's own characters
// (AppUi::FirstFrameShowsOnlyOwnText).
struct FirstFrameText {
  std::string any_size;  // At every size: the host's name, the languages' names.
  std::string large;     // All that the heading and title sizes show.
};

// Replaces the atlas's fonts with CloudGap's at `scale` pixels per CSS pixel and
// makes `body` the default. The caller (re)builds the texture afterwards.
//
// With `first_frame`, the text sizes hold only the app's own characters (ASCII,
// Latin-1 punctuation and the symbols the UI draws) and `any_size`, and the
// heading and title sizes only `large`: the glyphs the first frame draws, a
// quarter of the full atlas's pixels (AppUiStartTest). Load again without it
// once that frame is on screen.
const Fonts& LoadFonts(float scale, const FirstFrameText* first_frame = nullptr);

// False while the atlas lacks glyphs that LoadFonts(scale) would give it.
bool FontsComplete();

// The fonts of the last LoadFonts call.
const Fonts& GetFonts();

}  // namespace cloudgap::ui

#endif  // CLOUDGAP_UI_FONTS_H_
