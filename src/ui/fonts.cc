#include "ui/fonts.h"

#include <imgui.h>
#include <imgui_internal.h>  // ImTextCharFromUtf8, ImQsort

#include <algorithm>

extern const unsigned char cloudgap_font_regular[];
extern const unsigned long cloudgap_font_regular_size;
extern const unsigned char cloudgap_font_semibold[];
extern const unsigned long cloudgap_font_semibold_size;

namespace cloudgap::ui {
namespace {

Fonts g_fonts;
bool g_complete = false;

constexpr ImWchar kFallbackChar = 0x25A1;

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
    0x25A1, 0x25A1,  // white square: each font's fallback
    0x25CB, 0x25CB,  // white circle
    0x25CF, 0x25CF,  // black circle
    0x2713, 0x2713,  // check mark
    0x2715, 0x2715,  // multiplication x
    0,
};

// What the app's own words use: kGlyphRanges without the accented letters.
const ImWchar kOwnRanges[] = {
    0x0020, 0x007E, 0x00A0, 0x00BF, 0x2013, 0x2014, 0x2018, 0x201E, 0x2022,
    0x2022, 0x2026, 0x2026, 0x20AC, 0x20AC, 0x2190, 0x2193, 0x25A1, 0x25A1,
    0x25CB, 0x25CB, 0x25CF, 0x25CF, 0x2713, 0x2713, 0x2715, 0x2715, 0,
};

ImFont* Add(const unsigned char* data, unsigned long size, float px, const ImWchar* ranges,
            bool merge = false) {
  ImFontConfig config;
  config.MergeMode = merge;
  config.FontDataOwnedByAtlas = false;  // Static data: the atlas must not free it.
  // Horizontal oversampling keeps small text even at fractional positions, but
  // doubles the atlas that is rasterized and uploaded before the first frame;
  // from 20 pixels up (headings, and all text at 2x and more) it shows no more.
  config.OversampleH = px < 20.0f ? 2 : 1;
  config.OversampleV = 1;
  config.PixelSnapH = false;
  ImFont* font = ImGui::GetIO().Fonts->AddFontFromMemoryTTF(
      const_cast<unsigned char*>(data), static_cast<int>(size), px, &config, ranges);
  // A character the font lacks is drawn as a box, not as ImGui's '?', which
  // reads as a question mark the person typed (ui/unshown_text.h).
  if (!merge) font->FallbackChar = kFallbackChar;
  return font;
}

int CompareChars(const void* a, const void* b) {
  const ImWchar x = *static_cast<const ImWchar*>(a), y = *static_cast<const ImWchar*>(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

// The ranges of `base` and of `text`'s characters, kept in `out`, which must
// outlive the atlas. ImFontGlyphRangesBuilder would do the same, but walks all
// 1.1 million code points to do it: 25 ms before a first frame, in code the
// browser has only just compiled (BENCHMARKS.md).
const ImWchar* RangesOf(const ImWchar* base, const std::string& text, ImVector<ImWchar>* out) {
  ImVector<ImWchar> chars;
  for (const ImWchar* range = base; range[0] != 0; range += 2) {
    for (ImWchar c = range[0]; c <= range[1]; ++c) chars.push_back(c);
  }
  const char* end = text.data() + text.size();
  for (const char* at = text.data(); at < end;) {
    unsigned int c = 0;
    at += std::max(1, ImTextCharFromUtf8(&c, at, end));
    if (c != 0 && c <= IM_UNICODE_CODEPOINT_MAX) chars.push_back(static_cast<ImWchar>(c));
  }
  ImQsort(chars.Data, static_cast<size_t>(chars.Size), sizeof(ImWchar), CompareChars);
  out->clear();
  for (int i = 0; i < chars.Size;) {
    const ImWchar first = chars[i];
    ImWchar last = first;
    while (++i < chars.Size && chars[i] <= last + 1) last = chars[i];
    out->push_back(first);
    out->push_back(last);
  }
  out->push_back(0);
  return out->Data;
}

}  // namespace

const Fonts& LoadFonts(float scale, const FirstFrameText* first_frame) {
  // Read by the atlas when it is built, after this returns.
  static ImVector<ImWchar> text_ranges, large_ranges;
  const ImWchar* ranges = kGlyphRanges;
  const ImWchar* large = kGlyphRanges;
  if (first_frame != nullptr) {
    ranges = RangesOf(kOwnRanges, first_frame->any_size, &text_ranges);
    // The space, the fallback box, and what ImGui draws for text cut short.
    static const ImWchar kLargeBase[] = {0x0020, 0x0020,        0x002E,        0x002E, 0x2026,
                                         0x2026, kFallbackChar, kFallbackChar, 0};
    large = RangesOf(kLargeBase, first_frame->large, &large_ranges);
  }
  g_complete = first_frame == nullptr;
  ImFontAtlas* atlas = ImGui::GetIO().Fonts;
  atlas->Clear();
  g_fonts.body = Add(cloudgap_font_regular, cloudgap_font_regular_size, 16.0f * scale, ranges);
  // The semibold subset lacks most of Latin extended-A (CMakeLists.txt); merged
  // after it, the regular face gives only those letters, as ImGui keeps the
  // glyphs a font already has.
  auto semibold = [&](float px, const ImWchar* glyphs) {
    ImFont* font = Add(cloudgap_font_semibold, cloudgap_font_semibold_size, px, glyphs);
    Add(cloudgap_font_regular, cloudgap_font_regular_size, px, glyphs, /*merge=*/true);
    return font;
  };
  g_fonts.strong = semibold(16.0f * scale, ranges);
  g_fonts.heading = semibold(22.0f * scale, large);
  g_fonts.title = semibold(34.0f * scale, large);
  ImGui::GetIO().FontDefault = g_fonts.body;
  return g_fonts;
}

const Fonts& GetFonts() {
  return g_fonts;
}

bool FontsComplete() {
  return g_complete;
}

}  // namespace cloudgap::ui
