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
//
// With `first_frame_text`, the atlas holds only the app's own characters (ASCII,
// Latin-1 punctuation and the symbols the UI draws) and those of that text: a
// third of the glyphs, rasterised in a third of the time before a first frame
// that shows nothing else (AppUi::FirstFrameShowsOnlyOwnText). Load again
// without it once that frame is on screen.
const Fonts& LoadFonts(float scale, const char* first_frame_text = nullptr);

// False while the atlas lacks glyphs that LoadFonts(scale) would give it.
bool FontsComplete();

// The fonts of the last LoadFonts call.
const Fonts& GetFonts();

}  // namespace cloudgap::ui

#endif  // CLOUDGAP_UI_FONTS_H_
