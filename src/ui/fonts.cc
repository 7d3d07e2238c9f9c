#include "ui/fonts.h"

#include <imgui.h>

extern const unsigned char cloudgap_font_regular[];
extern const unsigned long cloudgap_font_regular_size;
extern const unsigned char cloudgap_font_semibold[];
extern const unsigned long cloudgap_font_semibold_size;

namespace cloudgap::ui {
namespace {

Fonts g_fonts;

// Must match the subset made in src/ui/CMakeLists.txt, and outlive the atlas.
const ImWchar kGlyphRanges[] = {
    0x0020, 0x007E,  // ASCII
    0x00A0, 0x017F,  // Latin-1 supplement, Latin extended-A
    0x2013, 0x2014,  // en and em dash
    0x2018, 0x201E,  // curly quotes
    0x2022, 0x2022,  // bullet
    0x2026, 0x2026,  // ellipsis
    0x20AC, 0x20AC,  // euro
    0x2190, 0x2193,  // arrows
    0x25CB, 0x25CB,  // white circle
    0x25CF, 0x25CF,  // black circle
    0x2713, 0x2713,  // check mark
    0x2715, 0x2715,  // multiplication x
    0,
};

ImFont* Add(const unsigned char* data, unsigned long size, float px) {
  ImFontConfig config;
  config.FontDataOwnedByAtlas = false;  // Static data: the atlas must not free it.
  // Horizontal oversampling keeps small text even at fractional positions, but
  // doubles the atlas that is rasterized and uploaded before the first frame;
  // from 20 pixels up (headings, and all text at 2x and more) it shows no more.
  config.OversampleH = px < 20.0f ? 2 : 1;
  config.OversampleV = 1;
  config.PixelSnapH = false;
  return ImGui::GetIO().Fonts->AddFontFromMemoryTTF(const_cast<unsigned char*>(data),
                                                    static_cast<int>(size), px, &config,
                                                    kGlyphRanges);
}

}  // namespace

const Fonts& LoadFonts(float scale) {
  ImFontAtlas* atlas = ImGui::GetIO().Fonts;
  atlas->Clear();
  g_fonts.body = Add(cloudgap_font_regular, cloudgap_font_regular_size, 16.0f * scale);
  g_fonts.strong = Add(cloudgap_font_semibold, cloudgap_font_semibold_size, 16.0f * scale);
  g_fonts.heading = Add(cloudgap_font_semibold, cloudgap_font_semibold_size, 22.0f * scale);
  g_fonts.title = Add(cloudgap_font_semibold, cloudgap_font_semibold_size, 34.0f * scale);
  ImGui::GetIO().FontDefault = g_fonts.body;
  return g_fonts;
}

const Fonts& GetFonts() { return g_fonts; }

}  // namespace cloudgap::ui
