// MaturityHeatmap (charts.h).
#include <algorithm>
#include <array>
#include <cmath>
#include <cstring>

#include "core/text/score_format.h"
#include "ui/chart_kit.h"
#include "ui/charts.h"
#include "ui/fonts.h"
#include "ui/theme.h"
#include "ui/tr.h"
#include "ui/widgets.h"

namespace cloudgap::ui {

namespace {

// UTF-8, in the subset of Inter that fonts.cc loads.
constexpr char kDash[] = "\xE2\x80\x93";  // En dash: a cell with no value.

// The text colour on each gap's fill, worked out once a frame: the contrast
// test behind it takes powf per channel, and 2,000 cells took milliseconds.
class TextOnFill {
 public:
  ImVec4 operator()(ImU32 fill) {
    for (size_t i = 0; i < size_; ++i) {
      if (fills_[i] == fill) return colours_[i];
    }
    const ImVec4 colour = TextColourOn(ImGui::ColorConvertU32ToFloat4(fill));
    if (size_ < fills_.size()) {
      fills_[size_] = fill;
      colours_[size_++] = colour;
    }
    return colour;
  }

 private:
  std::array<ImU32, 8> fills_{};
  std::array<ImVec4, 8> colours_{};
  size_t size_ = 0;
};

// A cell's line in ImGui's log (charts.h), whether it is on screen or not.
void LogHeatCell(const HeatCell& c) {
  if (!GImGui->LogEnabled) return;
  if (!c.applicable) {
    ImGui::LogText("  %s: not applicable\n", c.id.c_str());
  } else if (c.maturity) {
    ImGui::LogText("  %s: %d of %d\n", c.id.c_str(), std::clamp(*c.maturity, 0, 5), c.target);
  } else {
    ImGui::LogText("  %s: %s of %d\n", c.id.c_str(), kDash, c.target);
  }
}

// One cell of the heatmap: filled by the gap to target (hatched when not
// applicable), the maturity digit, and a 0..5 scale with a tick at the target.
void DrawHeatCell(ImDrawList* draw_list, ImFont* strong, float font_size, const ImRect& rect,
                  float cell, const HeatCell& c, TextOnFill& text_on) {
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
  } else {
    ImVec4 tick_color;
    if (c.maturity) {
      const int maturity = std::clamp(*c.maturity, 0, 5);
      const ImU32 fill = GapColor(c.target - maturity);
      draw_list->AddRectFilled(rect.Min, rect.Max, fill, rounding);
      digit[0] = static_cast<char>('0' + maturity);
      digit[1] = '\0';
      // Not accent_text: a host's pale accent makes that near-black in the light theme.
      tick_color = text_on(fill);
      digit_color = U32(tick_color);
    } else {
      draw_list->AddRectFilled(rect.Min, rect.Max, U32(Mix(p.surface, p.text_muted, 0.3f)),
                               rounding);
      std::memcpy(digit, kDash, sizeof(kDash));
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
    PlainText(Tr("Not applicable"));
  } else {
    if (c.maturity) {
      ImGui::TextUnformatted(Tr("Maturity: {level} of 5", {{"level", *c.maturity}}).c_str());
    } else {
      PlainText(Tr("Maturity: not assessed"));
    }
    ImGui::TextUnformatted(Tr("Target: {target}", {{"target", c.target}}).c_str());
    if (c.maturity) {
      const int gap_levels = c.target - *c.maturity;
      if (gap_levels > 0) {
        ImGui::TextUnformatted(
            Tr("Gap: {count, plural, one {# level} other {# levels}} below target",
               {{"count", gap_levels}})
                .c_str());
      } else {
        ImGui::TextUnformatted(Tr("Gap: none, meets the target"));
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
  ImGui::TextUnformatted(Tr("{count} at or above target", {{"count", met}}).c_str());
  ImGui::TextUnformatted(Tr("{count} one level below", {{"count", one}}).c_str());
  ImGui::TextUnformatted(Tr("{count} two or more levels below", {{"count", more}}).c_str());
  if (unknown > 0) {
    ImGui::TextUnformatted(Tr("{count} not assessed", {{"count", unknown}}).c_str());
  }
  if (not_applicable > 0) {
    ImGui::TextUnformatted(Tr("{count} not applicable", {{"count", not_applicable}}).c_str());
  }
  EndChartTooltip();
}

}  // namespace

std::string MaturityHeatmap(const char* id, const ChartTable& table,
                            const std::vector<HeatRow>& rows) {
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
  DescribeChartTable(table, {Tr("Maturity"), Tr("Target")});
  const char* not_assessed = Tr("Not assessed");
  const char* not_applicable = Tr("Not applicable");

  ImDrawList* draw_list = ImGui::GetWindowDrawList();
  const ImRect clip = ImGui::GetCurrentWindow()->ClipRect;
  TextOnFill text_on;
  const float rounding = Px(6);
  const HeatCell* hovered = nullptr;
  const HeatCell* activated = nullptr;  // Its row in the mirror, by a screen reader.
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
      LogHeatCell(c);
      // Out of view, a cell is neither drawn nor read (the mirror skips what
      // the window clips): at 2,000 controls most are out of view.
      if (!clip.Overlaps(rect)) continue;
      // The cell's colour in words: its maturity and target.
      char maturity[16] = "", target[16] = "";
      const char* shown = c.maturity ? maturity : not_assessed;
      if (c.maturity) ImFormatString(maturity, sizeof maturity, "%d", *c.maturity);
      if (c.applicable) ImFormatString(target, sizeof target, "%d", c.target);
      if (RecordPart(id, c.id.c_str(), rect, (c.label.empty() ? c.id : c.label).c_str(),
                     {c.applicable ? shown : not_applicable, target})) {
        activated = &c;
      }
      // Half the gap around each cell counts as the cell, so there are no dead
      // stripes between cells under a finger or a shaky mouse.
      ImRect hit = rect;
      hit.Expand(gap * 0.5f);
      if (pointer && hit.Contains(item.mouse)) {
        hovered = &c;
        hovered_rect = rect;
      }

      DrawHeatCell(draw_list, strong, font_size, rect, cell, c, text_on);
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
  if (activated != nullptr) return activated->id;
  return item.clicked && hovered != nullptr ? hovered->id : std::string();
}

}  // namespace cloudgap::ui
