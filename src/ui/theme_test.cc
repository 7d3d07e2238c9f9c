#include "ui/theme.h"

#include <gtest/gtest.h>
#include <imgui.h>

#include <cstdint>
#include <cstdio>
#include <string>

#include "ui/branding.h"
#include "ui/charts.h"

namespace cloudgap::ui {
namespace {

// WCAG 2.1 AA: 4.5:1 for text (the app's text is 16 px and less than bold, so
// none of it counts as large), 3:1 for the edges of controls.
constexpr float kText = 4.5f;
constexpr float kControl = 3.0f;

std::string Hex(const ImVec4& c) {
  char out[16];
  std::snprintf(out, sizeof out, "#%02X%02X%02X", static_cast<int>(c.x * 255.0f + 0.5f),
                static_cast<int>(c.y * 255.0f + 0.5f), static_cast<int>(c.z * 255.0f + 0.5f));
  return out;
}

ImVec4 Opaque(ImU32 c) {
  return ImGui::ColorConvertU32ToFloat4(c);
}

class ThemeTest : public ::testing::TestWithParam<ThemeMode> {
 protected:
  ThemeTest() { ImGui::CreateContext(); }
  ~ThemeTest() override {
    SetBranding(Branding());
    ImGui::DestroyContext();
  }

  static void ExpectReadable(const ImVec4& fg, const ImVec4& bg, float ratio, const char* what) {
    EXPECT_GE(ContrastRatio(fg, bg), ratio)
        << what << ": " << Hex(fg) << " on " << Hex(bg) << " is " << ContrastRatio(fg, bg) << ":1";
  }
};

TEST(ContrastRatio, MatchesWcagsFigures) {
  EXPECT_NEAR(ContrastRatio(ImVec4(0, 0, 0, 1), ImVec4(1, 1, 1, 1)), 21.0f, 1e-3f);
  EXPECT_NEAR(ContrastRatio(ImVec4(1, 1, 1, 1), ImVec4(1, 1, 1, 1)), 1.0f, 1e-6f);
  // #767676 on white is the classic 4.54:1, the palest grey that passes.
  const float grey = 0x76 / 255.0f;
  EXPECT_NEAR(ContrastRatio(ImVec4(grey, grey, grey, 1), ImVec4(1, 1, 1, 1)), 4.54f, 0.01f);
}

TEST_P(ThemeTest, EveryTextColourReadsOnEverySurfaceItIsDrawnOn) {
  ApplyTheme(GetParam(), 1.0f);
  const Palette& p = CurrentPalette();
  const ImGuiStyle& style = ImGui::GetStyle();
  for (const ImVec4& bg : {p.background, p.surface}) {
    ExpectReadable(p.text, bg, kText, "text");
    ExpectReadable(p.text_muted, bg, kText, "muted text");
    ExpectReadable(p.good, bg, kText, "good");
    ExpectReadable(p.warn, bg, kText, "warn");
    ExpectReadable(p.bad, bg, kText, "bad");
    ExpectReadable(p.accent, bg, kText, "accent as text");
    ExpectReadable(p.border, bg, 1.0f, "border");  // Decoration: no ratio asked.
    for (int score = 0; score <= 100; ++score) {
      ExpectReadable(Opaque(ScoreColor(score)), bg, kText, "a score's colour");
    }
  }
  // Labels on what a pointer hovers, holds or selects.
  for (ImGuiCol col : {ImGuiCol_FrameBgHovered, ImGuiCol_FrameBgActive, ImGuiCol_ButtonHovered,
                       ImGuiCol_ButtonActive, ImGuiCol_Header, ImGuiCol_HeaderHovered,
                       ImGuiCol_HeaderActive, ImGuiCol_TextSelectedBg}) {
    ExpectReadable(p.text, style.Colors[col], kText, ImGui::GetStyleColorName(col));
  }
  ExpectReadable(p.accent_text, p.accent, kText, "a primary button's label");
  ExpectReadable(p.accent_text, p.accent_hover, kText, "a hovered primary button's label");
  for (int gap = 0; gap <= 2; ++gap) {
    const ImVec4 fill = Opaque(GapColor(gap));
    ExpectReadable(TextColourOn(fill), fill, kText, "a heatmap cell's digit");
  }
}

// Any accent a host may choose: a sweep of the colour cube, 4,096 colours per theme.
TEST_P(ThemeTest, AHostsAccentMakesVisibleButtonsWithReadableLabels) {
  int kept = 0;
  for (uint32_t r = 0; r < 256; r += 17) {
    for (uint32_t g = 0; g < 256; g += 17) {
      for (uint32_t b = 0; b < 256; b += 17) {
        Branding branding;
        branding.accent_rgb = (r << 16) | (g << 8) | b;
        SetBranding(branding);
        ApplyTheme(GetParam(), 1.0f);
        const Palette& p = CurrentPalette();
        const ImVec4 as_given(static_cast<float>(r) / 255.0f, static_cast<float>(g) / 255.0f,
                              static_cast<float>(b) / 255.0f, 1.0f);
        const std::string given = "accent " + Hex(as_given);
        ExpectReadable(p.accent, p.background, kControl, given.c_str());
        ExpectReadable(p.accent_text, p.accent, kText, given.c_str());
        ExpectReadable(p.accent_text, p.accent_hover, kText, given.c_str());
        // A colour that already passes both is the host's own, untouched.
        if (ContrastRatio(as_given, p.background) >= kControl &&
            ContrastRatio(as_given, TextColourOn(as_given)) >= kText) {
          EXPECT_EQ(Hex(p.accent), Hex(as_given));
          ++kept;
        }
        if (HasFailure()) return;  // One colour's story is enough.
      }
    }
  }
  EXPECT_GT(kept, 500);  // The sweep does reach colours used as given.
}

INSTANTIATE_TEST_SUITE_P(BothThemes, ThemeTest,
                         ::testing::Values(ThemeMode::kLight, ThemeMode::kDark),
                         [](const ::testing::TestParamInfo<ThemeMode>& param) {
                           return param.param == ThemeMode::kLight ? "Light" : "Dark";
                         });

}  // namespace
}  // namespace cloudgap::ui
