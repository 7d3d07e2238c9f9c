// HorizontalBarChart (charts.h).
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

int HorizontalBarChart(const char* id, const ChartTable& table, const std::vector<BarDatum>& data,
                       double target) {
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
  char target_text[16];
  FormatShownScore(target, target_text);
  if (has_target) {
    DescribeChartTable(table, {Tr("Score"), Tr("Target")});
  } else {
    DescribeChartTable(table, {Tr("Score")});
  }
  const char* not_scored = Tr("Not scored yet");

  ImDrawList* draw_list = ImGui::GetWindowDrawList();
  const ImU32 track_color = U32(p.border);
  const ImU32 hatch_color = U32(WithAlpha(p.text_muted, 0.55f));
  const ImU32 marker_color = U32(WithAlpha(p.text, 0.8f));
  int activated_row = -1;  // Its row in the mirror, by a screen reader.
  for (int i = 0; i < n; ++i) {
    const BarDatum& datum = data[static_cast<size_t>(i)];
    const float top = bb.Min.y + row_h * static_cast<float>(i);
    const ImRect row(bb.Min.x, top, bb.Max.x, top + row_h);
    char value_text[16];
    FormatShownScore(datum.value, value_text);
    const char* label = datum.label.c_str();
    const char* score = datum.value ? value_text : not_scored;
    const bool activated = has_target ? RecordPart(id, label, row, label, {score, target_text})
                                      : RecordPart(id, label, row, label, {score});
    if (activated) activated_row = i;
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
    if (has_target) {
      ImGui::TextUnformatted(
          Tr("Target: {target}", {{"target", WholeNumber(ShownScore(target))}}).c_str());
    }
    EndChartTooltip();
  }
  if (activated_row >= 0) return activated_row;
  return item.clicked ? row_at(item.mouse) : -1;
}

}  // namespace cloudgap::ui
