// Text a person typed that the app's fonts cannot draw.
//
// The fonts carry Latin letters (English, German, French and most European
// languages written in Latin) and the app's own symbols (fonts.cc). A name in
// Greek, Japanese or Arabic would show as a row of boxes (U+25A1, each font's
// fallback), and a person could think it lost. It is not: the document, its
// files, links and reports keep it as typed, and a browser or word processor
// draws it with the reader's fonts. A text field says so under itself
// (NoteUnshownCharacters), naming the scripts it cannot show.
#ifndef CLOUDGAP_UI_UNSHOWN_TEXT_H_
#define CLOUDGAP_UI_UNSHOWN_TEXT_H_

#include <functional>
#include <string>
#include <string_view>

namespace cloudgap::ui {

// The scripts of the characters in `utf8` for which `has_glyph` is false, in
// order of first appearance and each once: "Cyrillic", "Chinese, Japanese or
// Korean", "Arabic and emoji". Empty when every character can be drawn. Control
// characters are not counted; malformed UTF-8 is read as U+FFFD.
std::string UnshownScripts(std::string_view utf8, const std::function<bool(char32_t)>& has_glyph);

// Under a text field: a muted line naming what the current font cannot show of
// `text`, and saying that it is kept. Draws nothing, and returns false, when it
// can all be shown or while the fonts are still the first frame's.
bool NoteUnshownCharacters(const std::string& text);

}  // namespace cloudgap::ui

#endif  // CLOUDGAP_UI_UNSHOWN_TEXT_H_
