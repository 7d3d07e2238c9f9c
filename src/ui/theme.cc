#include "ui/theme.h"

namespace cloudgap::ui {
namespace {

ImVec4 Rgb(int hex, float alpha = 1.0f) {
  return ImVec4(static_cast<float>((hex >> 16) & 0xFF) / 255.0f,
                static_cast<float>((hex >> 8) & 0xFF) / 255.0f,
                static_cast<float>(hex & 0xFF) / 255.0f, alpha);
}

const Palette kLight = {
    Rgb(0xF6F7F9), Rgb(0xFFFFFF), Rgb(0xD8DCE3), Rgb(0x1B2330), Rgb(0x5B6577),
    Rgb(0x1F5FBF), Rgb(0x174C9C), Rgb(0xFFFFFF), Rgb(0x1E7D4F), Rgb(0xA86200), Rgb(0xB3261E),
};
const Palette kDark = {
    Rgb(0x12161C), Rgb(0x1B2129), Rgb(0x2E3642), Rgb(0xE6E9EF), Rgb(0x9AA4B5),
    Rgb(0x5B9BF0), Rgb(0x79AEF4), Rgb(0x0B1320), Rgb(0x4CC38A), Rgb(0xE5A445), Rgb(0xF2807A),
};

ThemeMode g_mode = ThemeMode::kLight;
float g_scale = 1.0f;

ImVec4 Mix(ImVec4 a, ImVec4 b, float t) {
  return ImVec4(a.x + (b.x - a.x) * t, a.y + (b.y - a.y) * t, a.z + (b.z - a.z) * t,
                a.w + (b.w - a.w) * t);
}

}  // namespace

void ApplyTheme(ThemeMode mode, float scale) {
  g_mode = mode;
  g_scale = scale;
  const Palette& p = CurrentPalette();
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
  c[ImGuiCol_Text] = p.text;
  c[ImGuiCol_TextDisabled] = p.text_muted;
  c[ImGuiCol_WindowBg] = p.background;
  c[ImGuiCol_ChildBg] = p.surface;
  c[ImGuiCol_PopupBg] = p.surface;
  c[ImGuiCol_Border] = p.border;
  c[ImGuiCol_BorderShadow] = ImVec4(0, 0, 0, 0);
  c[ImGuiCol_FrameBg] = p.surface;
  c[ImGuiCol_FrameBgHovered] = Mix(p.surface, p.accent, 0.08f);
  c[ImGuiCol_FrameBgActive] = Mix(p.surface, p.accent, 0.16f);
  c[ImGuiCol_Button] = p.surface;
  c[ImGuiCol_ButtonHovered] = Mix(p.surface, p.accent, 0.12f);
  c[ImGuiCol_ButtonActive] = Mix(p.surface, p.accent, 0.24f);
  c[ImGuiCol_Header] = Mix(p.surface, p.accent, 0.14f);
  c[ImGuiCol_HeaderHovered] = Mix(p.surface, p.accent, 0.20f);
  c[ImGuiCol_HeaderActive] = Mix(p.surface, p.accent, 0.28f);
  c[ImGuiCol_CheckMark] = p.accent;
  c[ImGuiCol_SliderGrab] = p.accent;
  c[ImGuiCol_SliderGrabActive] = p.accent_hover;
  c[ImGuiCol_Separator] = p.border;
  c[ImGuiCol_ScrollbarBg] = ImVec4(0, 0, 0, 0);
  c[ImGuiCol_ScrollbarGrab] = p.border;
  c[ImGuiCol_ScrollbarGrabHovered] = Mix(p.border, p.text_muted, 0.5f);
  c[ImGuiCol_ScrollbarGrabActive] = p.text_muted;
  c[ImGuiCol_NavHighlight] = p.accent;
  c[ImGuiCol_TextSelectedBg] = Mix(p.surface, p.accent, 0.35f);
  c[ImGuiCol_PlotHistogram] = p.accent;
  c[ImGuiCol_TableHeaderBg] = Mix(p.surface, p.border, 0.5f);
  c[ImGuiCol_TableBorderStrong] = p.border;
  c[ImGuiCol_TableBorderLight] = Mix(p.surface, p.border, 0.6f);
  c[ImGuiCol_ModalWindowDimBg] = ImVec4(0, 0, 0, 0.45f);

  style.ScaleAllSizes(scale);
  ImGui::GetStyle() = style;
}

const Palette& CurrentPalette() { return g_mode == ThemeMode::kDark ? kDark : kLight; }
ThemeMode CurrentThemeMode() { return g_mode; }
float CurrentScale() { return g_scale; }

}  // namespace cloudgap::ui
