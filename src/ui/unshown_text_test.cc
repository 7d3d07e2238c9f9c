// What the fonts cannot show of a typed text is named, and said to be kept.
#include "ui/unshown_text.h"

#include <gtest/gtest.h>
#include <imgui.h>

#include "ui/fonts.h"
#include "ui/headless_ui.h"

namespace cloudgap::ui {
namespace {

// A font with Latin-1 and Latin extended-A, as the app's regular face.
bool Latin(char32_t c) {
  return c < 0x180;
}

TEST(UnshownText, NamesEachScriptTheFontLacksOnceInOrder) {
  EXPECT_EQ(UnshownScripts("Zürich, Łódź, Œuvre", Latin), "");
  EXPECT_EQ(UnshownScripts("Москва", Latin), "Cyrillic");
  EXPECT_EQ(UnshownScripts("東京 and Αθήνα and 大阪", Latin),
            "Chinese, Japanese or Korean and Greek");
  EXPECT_EQ(UnshownScripts("שלום, مرحبا 😀", Latin), "Hebrew, Arabic and emoji");
  EXPECT_EQ(UnshownScripts("ტ", Latin), "Georgian");
  EXPECT_EQ(UnshownScripts("\xE1\x9A\xA0", Latin), "other scripts");  // A rune.
}

TEST(UnshownText, ControlCharactersAndMalformedBytesAreNotNamedAsScripts) {
  EXPECT_EQ(UnshownScripts("a\tb\nc\x7F", Latin), "");
  // A lone continuation byte is read as U+FFFD, which no script owns.
  EXPECT_EQ(UnshownScripts("ok \x80", Latin), "other scripts");
  EXPECT_EQ(UnshownScripts("", Latin), "");
}

TEST(UnshownText, TheAppsFontsDrawWhatTheyLackAsABoxAndTheNoteSaysSo) {
  HeadlessUi ui(1280, 800);
  const Fonts& fonts = GetFonts();
  ASSERT_TRUE(FontsComplete());
  for (ImFont* font : {fonts.body, fonts.strong, fonts.heading, fonts.title}) {
    EXPECT_EQ(font->FallbackChar, 0x25A1);
    ASSERT_NE(font->FallbackGlyph, nullptr);
    EXPECT_EQ(font->FallbackGlyph->Codepoint, 0x25A1u);  // The square itself, not '?'.
  }
  bool latin = true, cyrillic = false, supplementary = false;
  ui.Frame([&] {
    ImGui::Begin("fields");
    latin = NoteUnshownCharacters("Zürich Œuvre Łódź – “quoted” … €5 ✓");
    cyrillic = NoteUnshownCharacters("ООО Ромашка");
    supplementary = NoteUnshownCharacters("𠀀");  // Beyond ImGui's 16-bit characters.
    ImGui::End();
  });
  EXPECT_FALSE(latin);
  EXPECT_TRUE(cyrillic);
  EXPECT_TRUE(supplementary);
}

}  // namespace
}  // namespace cloudgap::ui
