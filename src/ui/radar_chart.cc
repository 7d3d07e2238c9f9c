// RadarChart (charts.h).
#include <algorithm>
#include <cmath>

#include "core/text/score_format.h"
#include "ui/chart_kit.h"
#include "ui/charts.h"
#include "ui/fonts.h"
#include "ui/theme.h"
#include "ui/tr.h"
#include "ui/widgets.h"

namespace cloudgap::ui {

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
  const char* not_scored = Tr("Not scored yet");
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
    char value_text[16], target_text[16] = "";
    FormatShownScore(axis.value, value_text);
    if (axis.target) FormatShownScore(axis.target, target_text);
    RecordPart(id, label, ImRect(pos, pos + text_size), label,
               {axis.value ? value_text : not_scored, target_text});
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
      ImGui::TextUnformatted(Tr("{label}: {score} (target {target})",
                                {{"label", label},
                                 {"score", value_text},
                                 {"target", WholeNumber(ShownScore(*axis.target))}})
                                 .c_str());
    } else {
      ImGui::Text("%s: %s", label, value_text);
    }
  }
  EndChartTooltip();
}

}  // namespace

void RadarChart(const char* id, const ChartTable& table, const std::vector<RadarAxis>& axes,
                float size) {
  if (axes.empty() || ImGui::GetCurrentWindow()->SkipItems) return;
  ImFont* strong = StrongFont();
  const float font_size = strong->FontSize;
  const float side = std::max(1.0f, std::min(size, AvailableWidth()));
  const ChartItem item = AddChartItem(id, ImVec2(side, side));
  if (!item.visible) return;
  DescribeChartTable(table, {Tr("Score"), Tr("Target")});

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

}  // namespace cloudgap::ui
