#include "ui/theme.h"

#include <algorithm>
#include <cmath>

#include "ui/branding.h"

namespace cloudgap::ui {
namespace {

ImVec4 Rgb(int hex, float alpha = 1.0f) {
  return ImVec4(static_cast<float>((hex >> 16) & 0xFF) / 255.0f,
                static_cast<float>((hex >> 8) & 0xFF) / 255.0f,
                static_cast<float>(hex & 0xFF) / 255.0f, alpha);
}

// Every text colour reads at 4.5:1 or more on the surfaces it is drawn on
// (theme_test.cc): warn was 0xA86200, 4.44:1 on the background.
const Palette kLight = {
    Rgb(0xF6F7F9), Rgb(0xFFFFFF), Rgb(0xD8DCE3), Rgb(0x1B2330), Rgb(0x5B6577), Rgb(0x1F5FBF),
    Rgb(0x174C9C), Rgb(0xFFFFFF), Rgb(0x1E7D4F), Rgb(0x9E5C00), Rgb(0xB3261E),
};
const Palette kDark = {
    Rgb(0x12161C), Rgb(0x1B2129), Rgb(0x2E3642), Rgb(0xE6E9EF), Rgb(0x9AA4B5), Rgb(0x5B9BF0),
    Rgb(0x79AEF4), Rgb(0x0B1320), Rgb(0x4CC38A), Rgb(0xE5A445), Rgb(0xF2807A),
};

ThemeMode g_mode = ThemeMode::kLight;
float g_scale = 1.0f;
Palette g_palette = kLight;

// A white-label accent (config.json accent_color) replaces the built-in one. It
// is used as given when it stands out from the background (3:1, the WCAG ratio
// for controls) and its label, the better of two text colours, reads at 4.5:1
// (WCAG's ratio for text); otherwise it is darkened (light mode) or lightened
// (dark mode) until both hold, so a pale or mid-tone brand colour still makes
// visible, readable buttons. Hover moves away from the label's colour, so the
// label reads better still.
Palette WithAccent(Palette p, ThemeMode mode, uint32_t rgb) {
  const ImVec4 toward = mode == ThemeMode::kLight ? ImVec4(0, 0, 0, 1) : ImVec4(1, 1, 1, 1);
  ImVec4 accent = Rgb(static_cast<int>(rgb));
  for (int i = 0; i < 20 && (ContrastRatio(accent, p.background) < 3.0f ||
                             ContrastRatio(accent, TextColourOn(accent)) < 4.5f);
       ++i) {
    accent = Mix(accent, toward, 0.1f);
  }
  p.accent = accent;
  p.accent_text = TextColourOn(accent);
  const bool light_label = p.accent_text.x > 0.5f;
  p.accent_hover = Mix(accent, light_label ? ImVec4(0, 0, 0, 1) : ImVec4(1, 1, 1, 1), 0.18f);
  return p;
}

}  // namespace

float Luminance(const ImVec4& c) {
  auto channel = [](float v) {
    return v <= 0.03928f ? v / 12.92f : std::pow((v + 0.055f) / 1.055f, 2.4f);
  };
  return 0.2126f * channel(c.x) + 0.7152f * channel(c.y) + 0.0722f * channel(c.z);
}

float ContrastRatio(const ImVec4& a, const ImVec4& b) {
  const float la = Luminance(a), lb = Luminance(b);
  return (std::max(la, lb) + 0.05f) / (std::min(la, lb) + 0.05f);
}

ImVec4 TextColourOn(const ImVec4& fill) {
  const ImVec4 light = Rgb(0xFFFFFF), dark = Rgb(0x0B1320);
  return ContrastRatio(fill, light) >= ContrastRatio(fill, dark) ? light : dark;
}

ImVec4 Mix(const ImVec4& a, const ImVec4& b, float t) {
  return ImVec4(a.x + (b.x - a.x) * t, a.y + (b.y - a.y) * t, a.z + (b.z - a.z) * t,
                a.w + (b.w - a.w) * t);
}

void ApplyTheme(ThemeMode mode, float scale) {
  g_mode = mode;
  g_scale = scale;
  g_palette = mode == ThemeMode::kDark ? kDark : kLight;
  if (const auto& accent = GetBranding().accent_rgb)
    g_palette = WithAccent(g_palette, mode, *accent);
  const Palette& p = g_palette;
  ImGuiStyle style;  // Fresh defaults: ScaleAllSizes must not compound.
  style.WindowPadding = ImVec2(24, 24);
  style.FramePadding = ImVec2(14, 9);
  style.ItemSpacing = ImVec2(12, 12);
  style.ItemInnerSpacing = ImVec2(8, 6);
  style.WindowRounding = 0;
  style.ChildRounding = 10;
  style.FrameRounding = 8;
  style.PopupRounding = 8;
  style.GrabRounding = 8;
  style.ScrollbarSize = 12;
  style.ScrollbarRounding = 6;
  style.WindowBorderSize = 0;
  style.ChildBorderSize = 1;
  style.FrameBorderSize = 1;
  style.TouchExtraPadding = ImVec2(2, 2);

  ImVec4* c = style.Colors;
  // Each palette colour and the ImGui colours that take it.
  for (ImGuiCol col : {ImGuiCol_ChildBg, ImGuiCol_PopupBg, ImGuiCol_FrameBg, ImGuiCol_Button}) {
    c[col] = p.surface;
  }
  for (ImGuiCol col :
       {ImGuiCol_Border, ImGuiCol_Separator, ImGuiCol_ScrollbarGrab, ImGuiCol_TableBorderStrong}) {
    c[col] = p.border;
  }
  for (ImGuiCol col :
       {ImGuiCol_CheckMark, ImGuiCol_SliderGrab, ImGuiCol_NavHighlight, ImGuiCol_PlotHistogram}) {
    c[col] = p.accent;
  }
  for (ImGuiCol col : {ImGuiCol_BorderShadow, ImGuiCol_ScrollbarBg}) c[col] = ImVec4(0, 0, 0, 0);
  c[ImGuiCol_Text] = p.text;
  c[ImGuiCol_TextDisabled] = c[ImGuiCol_ScrollbarGrabActive] = p.text_muted;
  c[ImGuiCol_WindowBg] = p.background;
  c[ImGuiCol_SliderGrabActive] = p.accent_hover;
  c[ImGuiCol_ScrollbarGrabHovered] = Mix(p.border, p.text_muted, 0.5f);
  c[ImGuiCol_TableHeaderBg] = Mix(p.surface, p.border, 0.5f);
  c[ImGuiCol_TableBorderLight] = Mix(p.surface, p.border, 0.6f);
  c[ImGuiCol_ModalWindowDimBg] = ImVec4(0, 0, 0, 0.45f);
  // Surfaces a pointer can act on, tinted with the accent: more when hovered, most when held.
  const struct {
    ImGuiCol colour;
    float accent;
  } kAccentTints[] = {
      {ImGuiCol_FrameBgHovered, 0.08f}, {ImGuiCol_FrameBgActive, 0.16f},
      {ImGuiCol_ButtonHovered, 0.12f},  {ImGuiCol_ButtonActive, 0.24f},
      {ImGuiCol_Header, 0.14f},         {ImGuiCol_HeaderHovered, 0.20f},
      {ImGuiCol_HeaderActive, 0.28f},   {ImGuiCol_TextSelectedBg, 0.35f},
  };
  for (const auto& tint : kAccentTints) c[tint.colour] = Mix(p.surface, p.accent, tint.accent);

  style.ScaleAllSizes(scale);
  ImGui::GetStyle() = style;
}

const Palette& CurrentPalette() {
  return g_palette;
}
ThemeMode CurrentThemeMode() {
  return g_mode;
}
float CurrentScale() {
  return g_scale;
}

}  // namespace cloudgap::ui
