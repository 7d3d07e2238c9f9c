#include "ui/fonts.h"

#include <gtest/gtest.h>
#include <imgui.h>

#include <string>

namespace cloudgap::ui {
namespace {

class FontsTest : public ::testing::Test {
 protected:
  FontsTest() { ImGui::CreateContext(); }
  ~FontsTest() override { ImGui::DestroyContext(); }

  static bool Has(ImFont* font, ImWchar c) { return font->FindGlyphNoFallback(c) != nullptr; }
  static void Build() { ASSERT_TRUE(ImGui::GetIO().Fonts->Build()); }
};

TEST_F(FontsTest, AFirstFrameAtlasHasTheAppsOwnCharactersAndTheHostsOnly) {
  const FirstFrameText text{"S\u00e9curit\u00e9 Conseil", "Bienvenue chez S\u00e9curit\u00e9"};
  const Fonts& fonts = LoadFonts(1.0f, &text);
  Build();
  EXPECT_FALSE(FontsComplete());
  for (ImFont* font : {fonts.body, fonts.strong}) {
    for (ImWchar c :
         {ImWchar('A'), ImWchar('?'), ImWchar(0x00B7), ImWchar(0x2026), ImWchar(0x2713)}) {
      EXPECT_TRUE(Has(font, c)) << "U+" << std::hex << c;
    }
    EXPECT_TRUE(Has(font, 0x00E9));   // \u00e9, from the host's name.
    EXPECT_FALSE(Has(font, 0x00FC));  // \u00fc: waits for the full atlas.
    EXPECT_FALSE(Has(font, 0x015B));  // \u015b
  }
  // The large sizes: only what the first frame draws large, the box for any
  // other character, and what ImGui draws where it cuts text short.
  for (ImFont* font : {fonts.heading, fonts.title}) {
    for (ImWchar c : {ImWchar('B'), ImWchar('z'), ImWchar(0x00E9), ImWchar(' '), ImWchar('.'),
                      ImWchar(0x2026), ImWchar(0x25A1)}) {
      EXPECT_TRUE(Has(font, c)) << "U+" << std::hex << c;
    }
    for (ImWchar c : {ImWchar('A'), ImWchar('?'), ImWchar('x'), ImWchar(0x2713)}) {
      EXPECT_FALSE(Has(font, c)) << "U+" << std::hex << c;
    }
  }
}

// A name cut in the middle of a character (long enough to live on the heap,
// where AddressSanitizer sees a read past it) gives its whole letters.
TEST_F(FontsTest, AFirstFrameAtlasTakesTextCutInACharacter) {
  const FirstFrameText text{std::string(40, 'q') + "\xC3", std::string(40, 'z') + "\xE2\x82"};
  const Fonts& fonts = LoadFonts(1.0f, &text);
  Build();
  EXPECT_TRUE(Has(fonts.body, 'q'));
  EXPECT_TRUE(Has(fonts.title, 'z'));
  EXPECT_FALSE(Has(fonts.title, 'q'));
}

TEST_F(FontsTest, TheFullAtlasHasEveryLetterTheSubsetKeeps) {
  const size_t first_frame_glyphs = [] {
    const FirstFrameText nothing_else;
    LoadFonts(1.0f, &nothing_else);
    ImGui::GetIO().Fonts->Build();
    return static_cast<size_t>(GetFonts().body->Glyphs.Size);
  }();
  const Fonts& fonts = LoadFonts(1.0f);
  Build();
  EXPECT_TRUE(FontsComplete());
  EXPECT_TRUE(Has(fonts.body, 0x00FC));
  EXPECT_TRUE(Has(fonts.title, 0x015B));
  // The point of the smaller atlas: well under half the glyphs.
  EXPECT_LT(first_frame_glyphs * 2, static_cast<size_t>(fonts.body->Glyphs.Size));
}

TEST_F(FontsTest, SemiboldLettersOutsideItsSubsetComeFromTheRegularFace) {
  const Fonts& fonts = LoadFonts(1.0f);
  Build();
  auto advance = [](ImFont* font, ImWchar c) { return font->FindGlyphNoFallback(c)->AdvanceX; };
  // Semibold's own letters are not as wide as regular's at the same size,
  // French's ligature among them; ś is regular's, merged in.
  for (ImWchar own : {ImWchar('W'), ImWchar(0x00FC), ImWchar(0x0153)}) {
    EXPECT_NE(advance(fonts.strong, own), advance(fonts.body, own)) << "U+" << std::hex << own;
  }
  EXPECT_EQ(advance(fonts.strong, 0x015B), advance(fonts.body, 0x015B));
  EXPECT_TRUE(Has(fonts.heading, 0x0142));  // ł
}

// The subsets draw most accented letters as their base letter plus a shared
// accent (cmake/otf_to_ttf.py): stb_truetype must draw both parts.
TEST_F(FontsTest, AccentedLettersAreDrawnWholeFromTheirParts) {
  const Fonts& fonts = LoadFonts(1.0f);
  Build();
  const char32_t kAccented[] = U"àáâäèéêëòóôöùúûüÀÉÖÜ";
  const char32_t kBases[] = U"aaaaeeeeoooouuuuAEOU";
  for (ImFont* font : {fonts.body, fonts.strong}) {
    for (size_t i = 0; kAccented[i] != 0; ++i) {
      const ImFontGlyph* accented = font->FindGlyphNoFallback(static_cast<ImWchar>(kAccented[i]));
      const ImFontGlyph* base = font->FindGlyphNoFallback(static_cast<ImWchar>(kBases[i]));
      ASSERT_NE(accented, nullptr);
      ASSERT_NE(base, nullptr);
      EXPECT_EQ(accented->AdvanceX, base->AdvanceX) << "U+" << std::hex << kAccented[i];
      // The base's ink, and the accent's above it (y grows downwards).
      EXPECT_LE(accented->X0, base->X0 + 1.0f) << "U+" << std::hex << kAccented[i];
      EXPECT_GE(accented->Y1, base->Y1 - 1.0f) << "U+" << std::hex << kAccented[i];
      EXPECT_LT(accented->Y0, base->Y0 - 1.0f) << "U+" << std::hex << kAccented[i];
    }
  }
}

}  // namespace
}  // namespace cloudgap::ui
