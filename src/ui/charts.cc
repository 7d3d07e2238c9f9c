#include "ui/charts.h"

// ImVec2 arithmetic; imgui_internal.h defines it only on request.
#define IMGUI_DEFINE_MATH_OPERATORS
#include <imgui_internal.h>

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <cstring>
#include <initializer_list>

#include "core/text/score_format.h"
#include "ui/fonts.h"
#include "ui/theme.h"
#include "ui/widgets.h"

namespace cloudgap::ui {
namespace {

// UTF-8; both are in the subset of Inter that fonts.cc loads.
constexpr const char kDash[] = "\xE2\x80\x93";      // En dash: no value.
constexpr const char kEllipsis[] = "\xE2\x80\xA6";  // Cut-off labels.

ImVec4 Mix(const ImVec4& a, const ImVec4& b, float t) {
  return ImVec4(a.x + (b.x - a.x) * t, a.y + (b.y - a.y) * t, a.z + (b.z - a.z) * t,
                a.w + (b.w - a.w) * t);
}

ImVec4 WithAlpha(ImVec4 c, float alpha) {
  c.w *= alpha;
  return c;
}

// Through the style, so charts fade with ImGui's global alpha like other widgets.
ImU32 U32(const ImVec4& c) {
  return ImGui::GetColorU32(c);
}

// GetFonts() is empty until LoadFonts(); fall back to ImGui's font then.
ImFont* BodyFont() {
  return GetFonts().body ? GetFonts().body : ImGui::GetFont();
}
ImFont* StrongFont() {
  return GetFonts().strong ? GetFonts().strong : ImGui::GetFont();
}
ImFont* TitleFont() {
  return GetFonts().title ? GetFonts().title : ImGui::GetFont();
}

float ToFloat(double value) {
  return static_cast<float>(value);
}

float TextWidth(ImFont* font, float size, const char* text, const char* end = nullptr) {
  return font->CalcTextSizeA(size, FLT_MAX, 0.0f, text, end).x;
}

// Draws `text` at `pos`, cut with an ellipsis to fit `max_width`. Measures and
// clips in place, without copying the string.
void DrawClippedText(ImDrawList* draw_list, ImFont* font, float size, const ImVec2& pos,
                     ImU32 color, const char* text, float max_width) {
  const char* end = text + std::strlen(text);
  if (TextWidth(font, size, text, end) <= max_width) {
    draw_list->AddText(font, size, pos, color, text, end);
    return;
  }
  const float ellipsis_width = TextWidth(font, size, kEllipsis);
  const char* cut = text;
  font->CalcTextSizeA(size, std::max(0.0f, max_width - ellipsis_width), 0.0f, text, end, &cut);
  while (cut > text && cut[-1] == ' ') --cut;
  draw_list->AddText(font, size, pos, color, text, cut);
  if (ellipsis_width <= max_width) {
    const float cut_width = TextWidth(font, size, text, cut);
    draw_list->AddText(font, size, ImVec2(pos.x + cut_width, pos.y), color, kEllipsis);
  }
}

// Diagonal hatching inside `rect`: the "no value" texture, distinguishable
// from an empty track without relying on colour.
void DrawHatch(ImDrawList* draw_list, const ImRect& rect, ImU32 color, float spacing,
               float thickness) {
  spacing = std::max(spacing, 2.0f);
  const float height = rect.GetHeight();
  draw_list->PushClipRect(rect.Min, rect.Max, true);
  for (float x = rect.Min.x - height; x < rect.Max.x; x += spacing) {
    draw_list->AddLine(ImVec2(x, rect.Max.y), ImVec2(x + height, rect.Min.y), color, thickness);
  }
  draw_list->PopClipRect();
}

void DrawDashedLine(ImDrawList* draw_list, const ImVec2& a, const ImVec2& b, ImU32 color,
                    float dash, float gap, float thickness) {
  const ImVec2 delta = b - a;
  const float length = std::sqrt(ImLengthSqr(delta));
  if (length <= 0.0f) return;
  const ImVec2 step = delta / length;
  const float period = std::max(dash + gap, 1.0f);
  for (float t = 0.0f; t < length; t += period) {
    draw_list->AddLine(a + step * t, a + step * std::min(t + dash, length), color, thickness);
  }
}

// Tooltips are tighter than the theme's roomy windows, and wrap so that a long
// label stays on a phone's screen.
void BeginChartTooltip() {
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(Px(12), Px(10)));
  ImGui::BeginTooltip();
  ImGui::PopStyleVar();
  ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(Px(8), Px(4)));
  ImGui::PushTextWrapPos(Px(300));
}

void EndChartTooltip() {
  ImGui::PopTextWrapPos();
  ImGui::PopStyleVar();
  ImGui::EndTooltip();
}

void TooltipTitle(const char* text) {
  ImGui::PushFont(StrongFont());
  ImGui::TextUnformatted(text);
  ImGui::PopFont();
}

struct ChartItem {
  ImRect bb;
  bool visible = false;
  bool hovered = false;         // By the mouse.
  bool clicked = false;         // By the mouse, this frame; see `mouse`.
  bool keyboard_focus = false;  // Focused by keyboard navigation.
  ImVec2 mouse;
};

// Reserves the chart's rectangle as one focusable ImGui item labelled `id`.
ChartItem AddChartItem(const char* id, const ImVec2& size) {
  ImGuiContext& g = *GImGui;
  ChartItem item;
  const bool pressed = ImGui::InvisibleButton(id, size);
  // Unlike labelled widgets, InvisibleButton reports its rectangle to the test
  // engine but not its label.
  IMGUI_TEST_ENGINE_ITEM_INFO(g.LastItemData.ID, id, g.LastItemData.StatusFlags);
  item.bb = g.LastItemData.Rect;
  item.visible = ImGui::IsItemVisible();
  // While the keyboard drives navigation, IsItemHovered() means "focused" and
  // the mouse position is stale: per-bar hover and clicks follow the mouse only.
  const bool keyboard = g.NavDisableMouseHover;
  item.hovered = !keyboard && ImGui::IsItemHovered();
  item.clicked = !keyboard && pressed;
  item.keyboard_focus = keyboard && ImGui::IsItemFocused();
  item.mouse = ImGui::GetIO().MousePos;
  if (item.visible) ImGui::RenderNavHighlight(item.bb, g.LastItemData.ID);
  return item;
}

// Records a part of a chart (a bar, a cell) with the item registry as
// "<chart>/<part>". Not an ImGui item: no layout, hover or focus of its own.
void RecordPart(const char* chart_id, const char* part, const ImRect& bb) {
#ifdef IMGUI_ENABLE_TEST_ENGINE
  ImGuiContext& g = *GImGui;
  if (!g.TestEngineHookItems) return;
  char label[256];
  ImFormatString(label, sizeof(label), "%s/%s", chart_id, part);
  const ImGuiID id = g.CurrentWindow->GetIDNoKeepAlive(label);
  ImGuiTestEngineHook_ItemAdd(&g, bb, id);
  ImGuiTestEngineHook_ItemInfo(&g, id, label, ImGuiItemStatusFlags_None);
#else
  (void)chart_id;
  (void)part;
  (void)bb;
#endif
}

void ScoreLine(const std::optional<double>& value) {
  if (value) {
    ImGui::Text("Score: %.0f / 100", ShownScore(*value));
  } else {
    ImGui::TextUnformatted("Not scored yet");
  }
}

void TargetLines(const std::optional<double>& value, double target) {
  if (target < 0) return;
  const double shown_target = ShownScore(target);
  ImGui::Text("Target: %.0f", shown_target);
  if (!value) return;
  const double below = shown_target - ShownScore(*value);
  if (below > 0) {
    ImGui::Text("%.0f below target", below);
  } else {
    ImGui::TextUnformatted("Meets the target");
  }
}

// The tooltip of one scored thing: its name, score and distance to `target` (< 0: none).
void ScoreTooltip(const char* label, const std::optional<double>& value, double target) {
  BeginChartTooltip();
  TooltipTitle(label);
  ScoreLine(value);
  TargetLines(value, target);
  EndChartTooltip();
}

}  // namespace

ImU32 ScoreColor(double score) {
  const Palette& p = CurrentPalette();
  if (!(score >= 0)) score = 0;  // Also catches NaN.
  // Subtle: mixes of orange and green turn muddy, and the band's own colour
  // must stay dominant.
  constexpr float kMaxBlend = 0.15f;
  ImVec4 color;
  if (score < kScoreWarnFrom) {
    color = Mix(p.bad, p.warn, kMaxBlend * ToFloat(score / kScoreWarnFrom));
  } else if (score < kScoreGoodFrom) {
    const double t = (score - kScoreWarnFrom) / (kScoreGoodFrom - kScoreWarnFrom);
    color = Mix(p.warn, p.good, kMaxBlend * ToFloat(t));
  } else {
    color = p.good;
  }
  return ImGui::ColorConvertFloat4ToU32(color);
}

ImU32 GapColor(int gap) {
  const Palette& p = CurrentPalette();
  const ImVec4& color = gap <= 0 ? p.good : gap == 1 ? p.warn : p.bad;
  return ImGui::ColorConvertFloat4ToU32(color);
}

int HorizontalBarChart(const char* id, const std::vector<BarDatum>& data, double target) {
  if (data.empty() || ImGui::GetCurrentWindow()->SkipItems) return -1;
  const Palette& p = CurrentPalette();
  ImFont* font = BodyFont();
  ImFont* strong = StrongFont();
  const float width = AvailableWidth();
  const bool stacked = width < Px(440);
  const float line_h = std::max(font->FontSize, strong->FontSize);
  const float track_h = Px(10);
  const float gap = Px(12);
  const float pad = Px(7);  // Above and below each row's content.
  const float value_w = TextWidth(strong, strong->FontSize, "100");
  const float label_w = stacked ? width : std::clamp(width * 0.34f, Px(80), Px(280));
  const float content_h = stacked ? line_h + Px(4) + line_h : line_h;
  const float row_h = content_h + 2 * pad;
  const int n = static_cast<int>(data.size());

  const ChartItem item = AddChartItem(id, ImVec2(width, row_h * static_cast<float>(n)));
  if (!item.visible) return -1;
  const ImRect& bb = item.bb;
  auto row_at = [&](const ImVec2& pos) {
    if (!bb.Contains(pos)) return -1;
    const int row = static_cast<int>(std::floor((pos.y - bb.Min.y) / row_h));
    return row >= 0 && row < n ? row : -1;
  };
  const int hovered = item.hovered ? row_at(item.mouse) : -1;
  const bool has_target = target >= 0;
  const float target_t = has_target ? ToFloat(ShownScore(target) / 100.0) : 0.0f;
  if (has_target) ImGui::LogText("Target: %.0f\n", ShownScore(target));

  ImDrawList* draw_list = ImGui::GetWindowDrawList();
  const ImU32 track_color = U32(p.border);
  const ImU32 hatch_color = U32(WithAlpha(p.text_muted, 0.55f));
  const ImU32 marker_color = U32(WithAlpha(p.text, 0.8f));
  for (int i = 0; i < n; ++i) {
    const BarDatum& datum = data[static_cast<size_t>(i)];
    const float top = bb.Min.y + row_h * static_cast<float>(i);
    const ImRect row(bb.Min.x, top, bb.Max.x, top + row_h);
    RecordPart(id, datum.label.c_str(), row);
    if (i == hovered) {
      draw_list->AddRectFilled(row.Min, row.Max, ImGui::GetColorU32(ImGuiCol_FrameBgHovered),
                               Px(6));
    }

    // Label on the first line; track and value on the same or the next line.
    DrawClippedText(draw_list, font, font->FontSize, ImVec2(bb.Min.x, top + pad), U32(p.text),
                    datum.label.c_str(), stacked ? width : label_w);
    const float line_top = stacked ? top + pad + line_h + Px(4) : top + pad;
    const float center_y = line_top + line_h * 0.5f;
    const float track_x0 = stacked ? bb.Min.x : bb.Min.x + label_w + gap;
    const float track_x1 = std::max(track_x0 + 1.0f, bb.Max.x - value_w - gap);
    const ImRect track(track_x0, center_y - track_h * 0.5f, track_x1, center_y + track_h * 0.5f);
    const float rounding = track_h * 0.5f;

    char value_text[16];
    FormatShownScore(datum.value, value_text);
    if (datum.value) {
      draw_list->AddRectFilled(track.Min, track.Max, track_color, rounding);
      const double shown = ShownScore(*datum.value);
      if (shown > 0) {
        // At least as long as it is high, so a small score still has round ends.
        const float bar_w = std::min(track.GetWidth(),
                                     std::max(track.GetWidth() * ToFloat(shown / 100.0), track_h));
        draw_list->AddRectFilled(track.Min, ImVec2(track.Min.x + bar_w, track.Max.y),
                                 ScoreColor(shown), rounding);
      }
    } else {
      const ImRect hatch(track.Min.x + rounding, track.Min.y, track.Max.x - rounding, track.Max.y);
      DrawHatch(draw_list, hatch, hatch_color, Px(6), Px(1));
      draw_list->AddRect(track.Min, track.Max, track_color, rounding, 0, Px(1));
    }
    if (has_target) {
      const float x = track.Min.x + track.GetWidth() * target_t;
      draw_list->AddLine(ImVec2(x, track.Min.y - Px(3)), ImVec2(x, track.Max.y + Px(3)),
                         marker_color, Px(2));
    }
    const float text_w = TextWidth(strong, strong->FontSize, value_text);
    draw_list->AddText(strong, strong->FontSize, ImVec2(bb.Max.x - text_w, line_top),
                       U32(datum.value ? p.text : p.text_muted), value_text);
    ImGui::LogText("%s: %s\n", datum.label.c_str(), value_text);
  }

  if (hovered >= 0) {
    const BarDatum& datum = data[static_cast<size_t>(hovered)];
    ScoreTooltip(datum.label.c_str(), datum.value, target);
  } else if (item.keyboard_focus) {
    BeginChartTooltip();
    for (const BarDatum& datum : data) {
      char value_text[16];
      FormatShownScore(datum.value, value_text);
      ImGui::Text("%s: %s", datum.label.c_str(), value_text);
    }
    if (has_target) ImGui::Text("Target: %.0f", ShownScore(target));
    EndChartTooltip();
  }
  return item.clicked ? row_at(item.mouse) : -1;
}

namespace {

// Where a radar chart's spokes and values fall.
struct RadarGeometry {
  ImVec2 center;
  float radius = 1.0f;
  int n = 1;  // Spokes.

  // Spoke i starts at 12 o'clock and turns clockwise (y grows downwards).
  ImVec2 Direction(int i) const {
    const float step = 2.0f * IM_PI / static_cast<float>(n);
    const float angle = -0.5f * IM_PI + step * static_cast<float>(i % n);
    return ImVec2(std::cos(angle), std::sin(angle));
  }
  ImVec2 Point(int i, double value) const {
    return center + Direction(i) * (radius * ToFloat(ShownScore(value) / 100.0));
  }
  // The spoke nearest to `mouse`; -1 at the centre.
  int SpokeAt(const ImVec2& mouse) const {
    const ImVec2 d = mouse - center;
    if (ImLengthSqr(d) <= 0.0f) return -1;
    const float step = 2.0f * IM_PI / static_cast<float>(n);
    const float angle = std::atan2(d.y, d.x) + 0.5f * IM_PI;  // 0 at 12 o'clock.
    const int nearest = static_cast<int>(std::floor(angle / step + 0.5f));
    return ((nearest % n) + n) % n;
  }
};

// Rings at 20/40/60/80/100 and the spokes, the hovered one in the accent colour.
void DrawRadarGrid(ImDrawList* draw_list, const RadarGeometry& g, int hovered) {
  const Palette& p = CurrentPalette();
  const ImU32 grid_color = U32(p.border);
  for (int ring = 1; ring <= 5; ++ring) {
    const float r = g.radius * static_cast<float>(ring) / 5.0f;
    if (g.n >= 3) {
      for (int i = 0; i < g.n; ++i) draw_list->PathLineTo(g.center + g.Direction(i) * r);
      draw_list->PathStroke(grid_color, ImDrawFlags_Closed, Px(1));
    } else {
      draw_list->AddCircle(g.center, r, grid_color, 0, Px(1));
    }
  }
  for (int i = 0; i < g.n; ++i) {
    const bool is_hovered = i == hovered;
    draw_list->AddLine(g.center, g.center + g.Direction(i) * g.radius,
                       is_hovered ? U32(p.accent) : grid_color, is_hovered ? Px(2) : Px(1));
  }
}

// Targets: dashed between neighbouring axes that both have one, and a small
// ring on each, so a lone target still shows.
void DrawRadarTargets(ImDrawList* draw_list, const RadarGeometry& g,
                      const std::vector<RadarAxis>& axes) {
  const ImU32 target_color = U32(CurrentPalette().text_muted);
  const int n = g.n;
  const int target_edges = n >= 3 ? n : n - 1;
  for (int i = 0; i < target_edges; ++i) {
    const RadarAxis& a = axes[static_cast<size_t>(i)];
    const RadarAxis& b = axes[static_cast<size_t>((i + 1) % n)];
    if (a.target && b.target) {
      DrawDashedLine(draw_list, g.Point(i, *a.target), g.Point(i + 1, *b.target), target_color,
                     Px(5), Px(4), Px(1.5f));
    }
  }
  for (int i = 0; i < n; ++i) {
    const RadarAxis& axis = axes[static_cast<size_t>(i)];
    if (axis.target) {
      draw_list->AddCircle(g.Point(i, *axis.target), Px(3), target_color, 0, Px(1.5f));
    }
  }
}

// Values: the polygon is star-shaped around the centre but not convex, so it
// is filled as a fan of triangles. Anti-aliasing is off for the fill because
// the fringes of adjacent triangles would overlap into visible seams on a
// translucent colour; the anti-aliased outline hides the jagged edge.
void DrawRadarValues(ImDrawList* draw_list, const RadarGeometry& g,
                     const std::vector<RadarAxis>& axes) {
  const Palette& p = CurrentPalette();
  const int n = g.n;
  auto value_of = [&](int i) { return axes[static_cast<size_t>(i % n)].value.value_or(0.0); };
  if (n >= 3) {
    const ImDrawListFlags saved_flags = draw_list->Flags;
    draw_list->Flags &= ~ImDrawListFlags_AntiAliasedFill;
    const ImU32 fill = U32(WithAlpha(p.accent, 0.22f));
    for (int i = 0; i < n; ++i) {
      draw_list->AddTriangleFilled(g.center, g.Point(i, value_of(i)),
                                   g.Point(i + 1, value_of(i + 1)), fill);
    }
    draw_list->Flags = saved_flags;
    for (int i = 0; i < n; ++i) draw_list->PathLineTo(g.Point(i, value_of(i)));
    draw_list->PathStroke(U32(p.accent), ImDrawFlags_Closed, Px(2));
  } else if (n == 2) {
    draw_list->AddLine(g.Point(0, value_of(0)), g.Point(1, value_of(1)), U32(p.accent), Px(2));
  }
  const ImU32 dot_ring = U32(p.surface);
  for (int i = 0; i < n; ++i) {
    const RadarAxis& axis = axes[static_cast<size_t>(i)];
    if (!axis.value) continue;
    const ImVec2 at = g.Point(i, *axis.value);
    draw_list->AddCircleFilled(at, Px(4), ScoreColor(ShownScore(*axis.value)));
    draw_list->AddCircle(at, Px(4), dot_ring, 0, Px(1.5f));
  }
}

// Each axis's label beyond its spoke's end, recorded as a part and logged with its value.
void DrawRadarLabels(ImDrawList* draw_list, const RadarGeometry& g, const char* id,
                     const std::vector<RadarAxis>& axes, int hovered, float label_gap) {
  const Palette& p = CurrentPalette();
  ImFont* strong = StrongFont();
  const float font_size = strong->FontSize;
  for (int i = 0; i < g.n; ++i) {
    const RadarAxis& axis = axes[static_cast<size_t>(i)];
    const char* label = axis.label.c_str();
    const ImVec2 dir = g.Direction(i);
    const ImVec2 anchor = g.center + dir * (g.radius + label_gap);
    const ImVec2 text_size(TextWidth(strong, font_size, label), font_size);
    // Pushes the text away from the spoke's end: right of it on the right side,
    // left of it on the left, centred at the top and bottom.
    const ImVec2 pos(anchor.x + (dir.x - 1.0f) * 0.5f * text_size.x,
                     anchor.y + (dir.y - 1.0f) * 0.5f * text_size.y);
    const ImVec4& color = !axis.value ? p.text_muted : i == hovered ? p.accent : p.text;
    draw_list->AddText(strong, font_size, pos, U32(color), label);
    RecordPart(id, label, ImRect(pos, pos + text_size));
    char value_text[16];
    FormatShownScore(axis.value, value_text);
    if (axis.target) {
      ImGui::LogText("%s: %s (target %.0f)\n", label, value_text, ShownScore(*axis.target));
    } else {
      ImGui::LogText("%s: %s\n", label, value_text);
    }
  }
}

// For keyboard focus: every axis's value and target.
void RadarSummaryTooltip(const std::vector<RadarAxis>& axes) {
  BeginChartTooltip();
  for (const RadarAxis& axis : axes) {
    char value_text[16];
    FormatShownScore(axis.value, value_text);
    const char* label = axis.label.c_str();
    if (axis.target) {
      ImGui::Text("%s: %s (target %.0f)", label, value_text, ShownScore(*axis.target));
    } else {
      ImGui::Text("%s: %s", label, value_text);
    }
  }
  EndChartTooltip();
}

}  // namespace

void RadarChart(const char* id, const std::vector<RadarAxis>& axes, float size) {
  if (axes.empty() || ImGui::GetCurrentWindow()->SkipItems) return;
  ImFont* strong = StrongFont();
  const float font_size = strong->FontSize;
  const float side = std::max(1.0f, std::min(size, AvailableWidth()));
  const ChartItem item = AddChartItem(id, ImVec2(side, side));
  if (!item.visible) return;

  // Room for the widest label on every side, so labels never leave the square.
  float label_w = 0.0f;
  for (const RadarAxis& axis : axes) {
    label_w = std::max(label_w, TextWidth(strong, font_size, axis.label.c_str()));
  }
  const float label_gap = Px(6);
  const float margin = std::min(std::max(label_w, font_size) + label_gap + Px(2), side * 0.3f);
  RadarGeometry g;
  g.center = item.bb.GetCenter();
  g.radius = std::max(1.0f, side * 0.5f - margin);
  g.n = static_cast<int>(axes.size());
  const int hovered = item.hovered ? g.SpokeAt(item.mouse) : -1;

  ImDrawList* draw_list = ImGui::GetWindowDrawList();
  DrawRadarGrid(draw_list, g, hovered);
  DrawRadarTargets(draw_list, g, axes);
  DrawRadarValues(draw_list, g, axes);
  DrawRadarLabels(draw_list, g, id, axes, hovered, label_gap);

  if (hovered >= 0) {
    const RadarAxis& axis = axes[static_cast<size_t>(hovered)];
    ScoreTooltip(axis.label.c_str(), axis.value, axis.target.value_or(-1.0));
  } else if (item.keyboard_focus) {
    RadarSummaryTooltip(axes);
  }
}

namespace {

// One cell of the heatmap: filled by the gap to target (hatched when not
// applicable), the maturity digit, and a 0..5 scale with a tick at the target.
void DrawHeatCell(ImDrawList* draw_list, ImFont* strong, float font_size, const ImRect& rect,
                  float cell, const HeatCell& c) {
  const Palette& p = CurrentPalette();
  const float rounding = Px(6);
  char digit[16];
  ImU32 digit_color = U32(p.text);
  const float tick_t = static_cast<float>(std::clamp(c.target, 0, 5)) / 5.0f;
  if (!c.applicable) {
    draw_list->AddRectFilled(rect.Min, rect.Max, U32(WithAlpha(p.border, 0.35f)), rounding);
    ImRect hatch = rect;
    hatch.Expand(-Px(2));
    DrawHatch(draw_list, hatch, U32(WithAlpha(p.text_muted, 0.4f)), Px(5), Px(1));
    draw_list->AddRect(rect.Min, rect.Max, U32(p.border), rounding, 0, Px(1));
    digit[0] = '\0';
    ImGui::LogText("  %s: not applicable\n", c.id.c_str());
  } else {
    ImVec4 tick_color;
    if (c.maturity) {
      const int maturity = std::clamp(*c.maturity, 0, 5);
      draw_list->AddRectFilled(rect.Min, rect.Max, GapColor(c.target - maturity), rounding);
      ImFormatString(digit, sizeof(digit), "%d", maturity);
      // accent_text is the palette's text-on-strong-colour: white in the
      // light theme, near-black in the dark one, as good/warn/bad need.
      digit_color = U32(p.accent_text);
      tick_color = p.accent_text;
    } else {
      draw_list->AddRectFilled(rect.Min, rect.Max, U32(Mix(p.surface, p.text_muted, 0.3f)),
                               rounding);
      ImFormatString(digit, sizeof(digit), "%s", kDash);
      tick_color = WithAlpha(p.text, 0.7f);
    }
    // A tiny 0..5 scale along the bottom edge with a tick at the target.
    const float inset = Px(6);
    const float scale_y = rect.Max.y - Px(4);
    const float x = rect.Min.x + inset + (cell - 2 * inset) * tick_t;
    draw_list->AddLine(ImVec2(rect.Min.x + inset, scale_y), ImVec2(rect.Max.x - inset, scale_y),
                       U32(WithAlpha(tick_color, 0.4f)), Px(1));
    draw_list->AddLine(ImVec2(x, scale_y - Px(3)), ImVec2(x, scale_y + Px(2)), U32(tick_color),
                       Px(2));
    ImGui::LogText("  %s: %s of %d\n", c.id.c_str(), digit, c.target);
  }
  if (digit[0] != '\0') {
    const float w = TextWidth(strong, font_size, digit);
    // A little above centre, clear of the target tick.
    draw_list->AddText(
        strong, font_size,
        ImVec2(rect.GetCenter().x - w * 0.5f, rect.GetCenter().y - font_size * 0.5f - Px(2)),
        digit_color, digit);
  }
}

void HeatCellTooltip(const HeatCell& c) {
  BeginChartTooltip();
  TooltipTitle(c.label.empty() ? c.id.c_str() : c.label.c_str());
  if (!c.applicable) {
    ImGui::TextUnformatted("Not applicable");
  } else {
    if (c.maturity) {
      ImGui::Text("Maturity: %d of 5", *c.maturity);
    } else {
      ImGui::TextUnformatted("Maturity: not assessed");
    }
    ImGui::Text("Target: %d", c.target);
    if (c.maturity) {
      const int gap_levels = c.target - *c.maturity;
      if (gap_levels > 0) {
        ImGui::Text("Gap: %d level%s below target", gap_levels, gap_levels == 1 ? "" : "s");
      } else {
        ImGui::TextUnformatted("Gap: none, meets the target");
      }
    }
  }
  EndChartTooltip();
}

void HeatmapSummaryTooltip(const std::vector<HeatRow>& rows) {
  // A summary: per-cell values need the mouse (or the controls list).
  int met = 0, one = 0, more = 0, unknown = 0, not_applicable = 0;
  for (const HeatRow& row : rows) {
    for (const HeatCell& c : row.cells) {
      if (!c.applicable) {
        ++not_applicable;
      } else if (!c.maturity) {
        ++unknown;
      } else {
        const int gap_levels = c.target - *c.maturity;
        ++(gap_levels <= 0 ? met : gap_levels == 1 ? one : more);
      }
    }
  }
  BeginChartTooltip();
  ImGui::Text("%d at or above target", met);
  ImGui::Text("%d one level below", one);
  ImGui::Text("%d two or more levels below", more);
  if (unknown > 0) ImGui::Text("%d not assessed", unknown);
  if (not_applicable > 0) ImGui::Text("%d not applicable", not_applicable);
  EndChartTooltip();
}

}  // namespace

std::string MaturityHeatmap(const char* id, const std::vector<HeatRow>& rows) {
  if (rows.empty() || ImGui::GetCurrentWindow()->SkipItems) return "";
  const Palette& p = CurrentPalette();
  ImFont* strong = StrongFont();
  const float font_size = strong->FontSize;
  const float width = AvailableWidth();
  const bool stacked = width < Px(520);
  const float cell = Px(30);
  const float gap = Px(6);
  const float row_gap = Px(14);
  const float label_w = stacked ? width : std::clamp(width * 0.28f, Px(120), Px(260));
  const float cells_x = stacked ? 0.0f : label_w + Px(12);
  const float cells_w = std::max(cell, width - cells_x);
  const int per_line = std::max(1, static_cast<int>(std::floor((cells_w + gap) / (cell + gap))));
  const float label_to_cells = Px(6);  // Stacked: between the label and the cells.

  auto lines_of = [&](const HeatRow& row) {
    return (static_cast<int>(row.cells.size()) + per_line - 1) / per_line;
  };
  auto cells_height = [&](const HeatRow& row) {
    const float lines = static_cast<float>(lines_of(row));
    return lines > 0 ? lines * cell + (lines - 1) * gap : 0.0f;
  };
  auto row_height = [&](const HeatRow& row) {
    const float cells_h = cells_height(row);
    if (!stacked) return std::max(font_size, cells_h);
    return font_size + (cells_h > 0 ? label_to_cells + cells_h : 0.0f);
  };
  float total_h = row_gap * static_cast<float>(rows.size() - 1);
  for (const HeatRow& row : rows) total_h += row_height(row);

  const ChartItem item = AddChartItem(id, ImVec2(width, total_h));
  if (!item.visible) return "";
  const bool pointer = item.hovered || item.clicked;

  ImDrawList* draw_list = ImGui::GetWindowDrawList();
  const float rounding = Px(6);
  const HeatCell* hovered = nullptr;
  ImRect hovered_rect;
  float y = item.bb.Min.y;
  for (const HeatRow& row : rows) {
    // Wide: level with the first line of cells (a row without cells is just its label).
    const float label_y =
        stacked || row.cells.empty() ? y : y + std::max(0.0f, (cell - font_size) * 0.5f);
    DrawClippedText(draw_list, strong, font_size, ImVec2(item.bb.Min.x, label_y), U32(p.text),
                    row.label.c_str(), label_w);
    ImGui::LogText("%s\n", row.label.c_str());
    const float cells_top = stacked ? y + font_size + label_to_cells : y;
    for (size_t k = 0; k < row.cells.size(); ++k) {
      const HeatCell& c = row.cells[k];
      const int line = static_cast<int>(k) / per_line;
      const int column = static_cast<int>(k) % per_line;
      const ImVec2 min(item.bb.Min.x + cells_x + static_cast<float>(column) * (cell + gap),
                       cells_top + static_cast<float>(line) * (cell + gap));
      const ImRect rect(min, min + ImVec2(cell, cell));
      RecordPart(id, c.id.c_str(), rect);
      // Half the gap around each cell counts as the cell, so there are no dead
      // stripes between cells under a finger or a shaky mouse.
      ImRect hit = rect;
      hit.Expand(gap * 0.5f);
      if (pointer && hit.Contains(item.mouse)) {
        hovered = &c;
        hovered_rect = rect;
      }

      DrawHeatCell(draw_list, strong, font_size, rect, cell, c);
    }
    y += row_height(row) + row_gap;
  }

  if (hovered != nullptr && item.hovered) {
    ImRect outline = hovered_rect;
    outline.Expand(Px(2));
    draw_list->AddRect(outline.Min, outline.Max, U32(p.text), rounding + Px(2), 0, Px(2));
    HeatCellTooltip(*hovered);
  } else if (item.keyboard_focus) {
    HeatmapSummaryTooltip(rows);
  }
  return item.clicked && hovered != nullptr ? hovered->id : std::string();
}

void ScoreRing(const char* id, std::optional<double> score, float diameter, const char* caption) {
  if (ImGui::GetCurrentWindow()->SkipItems) return;
  const Palette& p = CurrentPalette();
  const float side = std::max(1.0f, std::min(diameter, AvailableWidth()));
  const ChartItem item = AddChartItem(id, ImVec2(side, side));
  if (!item.visible) return;

  ImDrawList* draw_list = ImGui::GetWindowDrawList();
  const ImVec2 center = item.bb.GetCenter();
  const float thickness = std::max(Px(4), side * 0.09f);
  const float radius = std::max(1.0f, (side - thickness) * 0.5f);
  draw_list->AddCircle(center, radius, U32(p.border), 0, thickness);
  char number[16];
  FormatShownScore(score, number);
  if (score) {
    const double shown = ShownScore(*score);
    const ImU32 color = ScoreColor(shown);
    if (shown >= 100) {
      draw_list->AddCircle(center, radius, color, 0, thickness);
    } else if (shown > 0) {
      const float a0 = -0.5f * IM_PI;
      const float a1 = a0 + 2.0f * IM_PI * ToFloat(shown / 100.0);
      draw_list->PathArcTo(center, radius, a0, a1);
      draw_list->PathStroke(color, ImDrawFlags_None, thickness);
      // Round caps: PathStroke's ends are square.
      for (const float a : {a0, a1}) {
        draw_list->AddCircleFilled(center + ImVec2(std::cos(a), std::sin(a)) * radius,
                                   thickness * 0.5f, color);
      }
    }
  }

  ImFont* title = TitleFont();
  ImFont* body = BodyFont();
  const float number_size = std::min(title->FontSize, side * 0.3f);
  const float caption_size = std::min(body->FontSize, side * 0.13f);
  const bool has_caption = caption != nullptr && caption[0] != '\0';
  const float inner = std::max(1.0f, (radius - thickness * 0.5f) * 2.0f * 0.8f);
  const ImVec2 number_dim = title->CalcTextSizeA(number_size, FLT_MAX, 0.0f, number);
  const float caption_h = has_caption ? Px(2) + caption_size : 0.0f;
  const float top = center.y - (number_dim.y + caption_h) * 0.5f;
  draw_list->AddText(title, number_size, ImVec2(center.x - number_dim.x * 0.5f, top),
                     U32(score ? p.text : p.text_muted), number);
  if (has_caption) {
    const float caption_w = std::min(TextWidth(body, caption_size, caption), inner);
    DrawClippedText(draw_list, body, caption_size,
                    ImVec2(center.x - caption_w * 0.5f, top + number_dim.y + Px(2)),
                    U32(p.text_muted), caption, inner);
  }
  ImGui::LogText("%s: %s\n", has_caption ? caption : id, number);

  if (item.hovered || item.keyboard_focus) {
    BeginChartTooltip();
    if (has_caption) TooltipTitle(caption);
    ScoreLine(score);
    EndChartTooltip();
  }
}

void ProgressBar(float fraction, float width) {
  if (ImGui::GetCurrentWindow()->SkipItems) return;
  const float available = AvailableWidth();
  const float w = width > 0 ? std::min(width, available) : available;
  const float h = Px(6);
  ImGui::Dummy(ImVec2(w, h));
  if (!ImGui::IsItemVisible()) return;
  if (!(fraction >= 0.0f)) fraction = 0.0f;  // Also catches NaN.
  fraction = std::min(fraction, 1.0f);
  const ImVec2 min = ImGui::GetItemRectMin();
  const ImVec2 max = ImGui::GetItemRectMax();
  const Palette& p = CurrentPalette();
  ImDrawList* draw_list = ImGui::GetWindowDrawList();
  draw_list->AddRectFilled(min, max, U32(p.border), h * 0.5f);
  if (fraction > 0.0f) {
    const float fill_w = std::min(w, std::max(w * fraction, h));
    draw_list->AddRectFilled(min, ImVec2(min.x + fill_w, max.y), U32(p.accent), h * 0.5f);
  }
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("%.0f%%", static_cast<double>(fraction) * 100.0);
}

}  // namespace cloudgap::ui
