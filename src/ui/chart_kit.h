// What the charts (charts.h) share and nothing else uses: the chart as one
// focusable ImGui item, its parts recorded for the tests, tooltips in one
// style, clipped text, hatching and dashes. Each chart is a file of its own
// (bar_chart.cc, radar_chart.cc, heatmap.cc, charts.cc for the ring and the
// progress bar), the way Tracy splits a large view.
#ifndef CLOUDGAP_UI_CHART_KIT_H_
#define CLOUDGAP_UI_CHART_KIT_H_

// ImVec2 arithmetic; imgui_internal.h defines it only on request, so this
// header comes before anything else that includes it.
#define IMGUI_DEFINE_MATH_OPERATORS
#include <imgui_internal.h>

#include <initializer_list>
#include <optional>
#include <string>

#include "ui/charts.h"

namespace cloudgap::ui {

ImVec4 WithAlpha(ImVec4 c, float alpha);
// Through the style, so charts fade with ImGui's global alpha like other widgets.
ImU32 U32(const ImVec4& c);

// The theme's fonts; ImGui's own until LoadFonts() has run.
ImFont* BodyFont();
ImFont* StrongFont();
ImFont* TitleFont();

float ToFloat(double value);
float TextWidth(ImFont* font, float size, const char* text, const char* end = nullptr);

// Draws `text` at `pos`, cut with an ellipsis to fit `max_width`.
void DrawClippedText(ImDrawList* draw_list, ImFont* font, float size, const ImVec2& pos,
                     ImU32 color, const char* text, float max_width);
// Diagonal hatching inside `rect`: the "no value" texture, distinguishable
// from an empty track without relying on colour.
void DrawHatch(ImDrawList* draw_list, const ImRect& rect, ImU32 color, float spacing,
               float thickness);
void DrawDashedLine(ImDrawList* draw_list, const ImVec2& a, const ImVec2& b, ImU32 color,
                    float dash, float gap, float thickness);

// Tooltips tighter than the theme's roomy windows, wrapped for a phone.
void BeginChartTooltip();
void EndChartTooltip();
void TooltipTitle(const char* text);
// `value` rounded to a whole number, written as the user's language writes numbers.
std::string WholeNumber(double value);
// "Score: 72 / 100", or "Not scored yet".
void ScoreLine(const std::optional<double>& value);
// A scored thing's tooltip: its name, score and distance to `target` (< 0: none).
void ScoreTooltip(const char* label, const std::optional<double>& value, double target);

struct ChartItem {
  ImRect bb;
  bool visible = false;
  bool hovered = false;         // By the mouse.
  bool clicked = false;         // By the mouse, this frame; see `mouse`.
  bool keyboard_focus = false;  // Focused by keyboard navigation.
  ImVec2 mouse;
};

// Reserves the chart's rectangle as one focusable ImGui item labelled `id`.
ChartItem AddChartItem(const char* id, const ImVec2& size);

// Makes the chart just added a table, its text alternative in the page's
// accessibility mirror (ui/semantics.h): named table.name, its columns headed
// table.rows and then `columns`. Its parts are its rows.
void DescribeChartTable(const ChartTable& table, std::initializer_list<const char*> columns);

// Records a part of a chart (a bar, a cell) with the item registry as
// "<chart>/<part>", and as a row of the chart's table: `name` in its first
// column, then `cells`, the numbers as the chart shows them. Not an ImGui
// item: no layout, hover or focus of its own. True when the part was
// activated by id (ImGui::ActivateItem), as the page's accessibility mirror
// does when a screen reader clicks its row; the chart then acts as on a click.
bool RecordPart(const char* chart_id, const char* part, const ImRect& bb, const char* name,
                std::initializer_list<const char*> cells);

// What a screen reader says of a chart of one score 0..100 (a ring), or none.
std::string SpokenScore(const std::string& name, const std::optional<double>& score);

}  // namespace cloudgap::ui

#endif  // CLOUDGAP_UI_CHART_KIT_H_
