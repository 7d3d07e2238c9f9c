// LineChart and Sparkline (charts.h).
#include <algorithm>
#include <cmath>
#include <cstdio>

#include "core/text/score_format.h"
#include "ui/chart_kit.h"
#include "ui/charts.h"
#include "ui/fonts.h"
#include "ui/theme.h"
#include "ui/tr.h"
#include "ui/widgets.h"

namespace cloudgap::ui {
namespace {

float YOf(const ImRect& plot, double value) {
  return plot.Max.y - plot.GetHeight() * ToFloat(std::clamp(ShownScore(value), 0.0, 100.0) / 100.0);
}

float XOf(const ImRect& plot, size_t i, size_t n) {
  if (n <= 1) return plot.GetCenter().x;
  return plot.Min.x + plot.GetWidth() * static_cast<float>(i) / static_cast<float>(n - 1);
}

// The line through the points that have a value, broken at the ones that do not.
void DrawLine(ImDrawList* draw_list, const std::vector<ImVec2>& at, const std::vector<bool>& has,
              ImU32 color, float thickness) {
  for (size_t i = 0; i + 1 < at.size(); ++i) {
    if (has[i] && has[i + 1]) draw_list->AddLine(at[i], at[i + 1], color, thickness);
  }
}

}  // namespace

void LineChart(const char* id, const ChartTable& table, const std::vector<LinePoint>& points,
               float height) {
  if (points.empty() || ImGui::GetCurrentWindow()->SkipItems) return;
  const Palette& p = CurrentPalette();
  ImFont* font = BodyFont();
  ImFont* strong = StrongFont();
  const float width = AvailableWidth();
  const float line_h = std::max(font->FontSize, strong->FontSize);
  const float axis_w = TextWidth(font, font->FontSize, "100") + Px(8);
  const ChartItem item = AddChartItem(id, ImVec2(width, Px(height)));
  if (!item.visible) return;
  DescribeChartTable(table, {Tr("Score")});
  const char* not_scored = Tr("Not scored yet");
  const ImRect& bb = item.bb;
  // Room for the values above the top point and the labels below the axis;
  // the outer points' labels must fit, so the plot is inset by half a label.
  const float label_w = TextWidth(font, font->FontSize, "2026-12-31");
  const ImRect plot(bb.Min.x + axis_w + label_w * 0.5f, bb.Min.y + line_h + Px(6),
                    bb.Max.x - label_w * 0.5f, bb.Max.y - line_h - Px(8));
  ImDrawList* draw_list = ImGui::GetWindowDrawList();
  const ImU32 grid = U32(p.border);
  for (int level = 0; level <= 100; level += 25) {
    const float y = YOf(plot, level);
    if (level == 0 || level == 100) {
      draw_list->AddLine(ImVec2(plot.Min.x, y), ImVec2(plot.Max.x, y), grid, Px(1));
    } else {
      DrawDashedLine(draw_list, ImVec2(plot.Min.x, y), ImVec2(plot.Max.x, y), grid, Px(4), Px(4),
                     Px(1));
    }
    char text[8];
    std::snprintf(text, sizeof text, "%d", level);
    const float w = TextWidth(font, font->FontSize, text);
    draw_list->AddText(font, font->FontSize,
                       ImVec2(bb.Min.x + axis_w - Px(8) - w, y - font->FontSize * 0.5f),
                       U32(p.text_muted), text);
  }

  const size_t n = points.size();
  std::vector<ImVec2> at(n);
  std::vector<bool> has(n);
  for (size_t i = 0; i < n; ++i) {
    has[i] = points[i].value.has_value();
    at[i] = ImVec2(XOf(plot, i, n), has[i] ? YOf(plot, *points[i].value) : plot.Max.y);
  }
  DrawLine(draw_list, at, has, U32(p.accent), Px(2.5f));

  // Labels every `step` points so that they never overlap; the last always.
  const float spacing = n > 1 ? plot.GetWidth() / static_cast<float>(n - 1) : plot.GetWidth();
  const size_t step =
      std::max<size_t>(1, static_cast<size_t>(std::ceil((label_w + Px(8)) / spacing)));
  int hovered = -1;
  float best = Px(24);
  for (size_t i = 0; i < n; ++i) {
    const LinePoint& point = points[i];
    const ImRect part(at[i].x - spacing * 0.5f, bb.Min.y, at[i].x + spacing * 0.5f, bb.Max.y);
    if (item.hovered && std::fabs(item.mouse.x - at[i].x) < best) {
      best = std::fabs(item.mouse.x - at[i].x);
      hovered = static_cast<int>(i);
    }
    char value_text[16];
    FormatShownScore(point.value, value_text);
    const char* label = point.label.c_str();
    RecordPart(id, label, part, label, {has[i] ? value_text : not_scored});
    if (has[i]) {
      const ImU32 color = ScoreColor(ShownScore(*point.value));
      draw_list->AddCircleFilled(at[i], Px(5), color);
      draw_list->AddCircle(at[i], Px(5), U32(p.background), 0, Px(1.5f));
      const float w = TextWidth(strong, strong->FontSize, value_text);
      draw_list->AddText(strong, strong->FontSize,
                         ImVec2(at[i].x - w * 0.5f, at[i].y - Px(8) - strong->FontSize),
                         U32(p.text), value_text);
    } else {
      DrawDashedLine(draw_list, ImVec2(at[i].x, plot.Min.y), ImVec2(at[i].x, plot.Max.y),
                     U32(WithAlpha(p.text_muted, 0.6f)), Px(3), Px(3), Px(1));
    }
    const bool last = i + 1 == n;
    if (last || (i % step == 0 && n - 1 - i >= step)) {
      const float w = TextWidth(font, font->FontSize, point.label.c_str());
      draw_list->AddText(font, font->FontSize, ImVec2(at[i].x - w * 0.5f, plot.Max.y + Px(6)),
                         U32(p.text_muted), point.label.c_str());
    }
    ImGui::LogText("%s: %s%s%s\n", point.label.c_str(), value_text, point.note.empty() ? "" : ", ",
                   point.note.c_str());
  }

  const auto tooltip_line = [](const LinePoint& point) {
    char value_text[16];
    FormatShownScore(point.value, value_text);
    ImGui::Text("%s: %s%s%s", point.label.c_str(), value_text, point.note.empty() ? "" : ", ",
                point.note.c_str());
  };
  if (hovered >= 0) {
    BeginChartTooltip();
    tooltip_line(points[static_cast<size_t>(hovered)]);
    EndChartTooltip();
  } else if (item.keyboard_focus) {
    BeginChartTooltip();
    for (const LinePoint& point : points) tooltip_line(point);
    EndChartTooltip();
  }
}

void Sparkline(const char* id, const std::vector<std::optional<double>>& values, float width,
               float height) {
  if (values.empty() || ImGui::GetCurrentWindow()->SkipItems) return;
  const Palette& p = CurrentPalette();
  const ChartItem item = AddChartItem(id, ImVec2(Px(width), Px(height)));
  if (!item.visible) return;
  const ImRect plot(item.bb.Min + ImVec2(Px(3), Px(3)), item.bb.Max - ImVec2(Px(3), Px(3)));
  ImDrawList* draw_list = ImGui::GetWindowDrawList();
  const size_t n = values.size();
  std::vector<ImVec2> at(n);
  std::vector<bool> has(n);
  for (size_t i = 0; i < n; ++i) {
    has[i] = values[i].has_value();
    at[i] = ImVec2(XOf(plot, i, n), has[i] ? YOf(plot, *values[i]) : plot.Max.y);
  }
  draw_list->AddLine(ImVec2(plot.Min.x, plot.Max.y), ImVec2(plot.Max.x, plot.Max.y), U32(p.border),
                     Px(1));
  DrawLine(draw_list, at, has, U32(p.accent), Px(1.5f));
  if (has[n - 1]) draw_list->AddCircleFilled(at[n - 1], Px(3), ScoreColor(*values[n - 1]));
  std::string listed;
  for (const std::optional<double>& value : values) {
    char text[16];
    FormatShownScore(value, text);
    listed += listed.empty() ? text : std::string(" → ") + text;
  }
  ImGui::LogText("%s\n", listed.c_str());
  if (item.hovered || item.keyboard_focus) {
    BeginChartTooltip();
    PlainText(listed.c_str());
    EndChartTooltip();
  }
}

}  // namespace cloudgap::ui
