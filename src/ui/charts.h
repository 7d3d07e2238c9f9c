// Charts for the results screen, drawn with ImDrawList in the current theme.
//
// Contract shared by every chart:
//  - It takes its data by const reference and allocates nothing per frame
//    (text is measured and clipped in place, polygons go through the draw
//    list's own path buffer).
//  - It is one ImGui item: an InvisibleButton labelled with the `id` given,
//    verbatim, so it flows in the layout, can take keyboard focus, and is
//    recorded by the item registry (use ids like "chart:clauses"). Bars, radar
//    labels and heatmap cells are also recorded, as "<id>/<label>" (bars,
//    radar axes) and "<id>/<cell id>" (heatmap cells), so tests and the
//    browser harness can find them; they are not separate ImGui items.
//  - Its width is the content region, narrowed to the pushed text-wrap
//    position when there is one (BeginColumn and BeginCard push one), so a
//    chart fits the column or card it is drawn in. Sizes are in CSS pixels
//    through Px(), so they follow devicePixelRatio.
//  - Its text alternative, for assistive technology, is a table (ChartTable)
//    with a row per bar, spoke, point or cell, holding the numbers shown.
//  - Colour is never the only carrier of a value: every chart prints its
//    numbers, and hovering a bar, spoke or cell shows a tooltip with the exact
//    values. When keyboard navigation focuses a chart, its tooltip lists all of
//    it. While ImGui logging is on (ImGui::LogToClipboard and friends) charts
//    also log their values as text.
//  - Empty data draws nothing, reserves no space and records no item.
//  - "Not scored" / "not assessed" is shown as an en dash ("–").
#ifndef CLOUDGAP_UI_CHARTS_H_
#define CLOUDGAP_UI_CHARTS_H_

#include <imgui.h>

#include <optional>
#include <string>
#include <vector>

namespace cloudgap::ui {

// Score bands, shared by ScoreColor and anything that names the band in text.
inline constexpr double kScoreWarnFrom = 40;  // Below this: bad.
inline constexpr double kScoreGoodFrom = 70;  // From this: good; between: warn.

// Colour for a 0..100 score in the current palette: `bad` below 40, `warn`
// from 40 and below 70, `good` from 70. Within the bad and warn bands the
// colour blends up to 15% of the way towards the next band's colour as
// the score approaches the threshold, so 39 reads as "nearly there" next to
// 5, but the band's own colour always dominates. Exactly at a threshold the
// colour is the next band's palette colour. Below 0 (or NaN) is treated as 0.
// Charts colour the value they print (rounded to an integer) so that "40"
// never appears in the bad colour.
ImU32 ScoreColor(double score);

// Colour for a maturity gap (target - maturity): `good` for 0 or less (at or
// above target), `warn` for 1, `bad` for 2 or more.
ImU32 GapColor(int gap);

// A chart's text alternative: the table the page's accessibility mirror
// shows for it (ui/semantics.h). The charts add their own columns: "Score"
// and "Target" (when drawn), or "Maturity" and "Target" for the heatmap.
struct ChartTable {
  const char* name;  // The table's: "Scores by clause".
  const char* rows;  // The header of the column that names the rows: "Clause".
};

struct BarDatum {
  std::string label;
  std::optional<double> value;  // 0..100; nullopt: not scored, drawn as a hatched track and "–".
};

// Horizontal bars, one row per datum: the label (ellipsised when too long; the
// tooltip has it in full), a track with the bar coloured by ScoreColor, and the
// value at the right. From 440 CSS px of width the label sits left of the
// track; narrower, it goes above it, so the chart works from 320 CSS px. All
// rows have the same height, so row i spans [i, i + 1) / data.size() of the
// chart's height. `target` (0..100) draws a thin vertical marker on every
// track if >= 0. Returns the index of the row clicked this frame (or whose
// row in the accessibility mirror was activated, chart_kit.h), or -1.
int HorizontalBarChart(const char* id, const ChartTable& table, const std::vector<BarDatum>& data,
                       double target = -1);

struct RadarAxis {
  std::string label;             // Short, drawn outside the spoke ("5", "6", "9").
  std::optional<double> value;   // 0..100; nullopt counts as 0 and mutes the label.
  std::optional<double> target;  // 0..100; nullopt: no target on this axis.
};

// Radar (spider) chart: rings at 20/40/60/80/100, one spoke per axis starting at
// 12 o'clock and going clockwise, a translucent accent polygon for the values
// (with a dot per scored axis in its ScoreColor) and a dashed outline for the
// targets. A square of `size` framebuffer px, clamped to the available width,
// with the labels around the outside. Hovering shows the nearest spoke's label,
// value and target. With fewer than three axes the rings are circles.
void RadarChart(const char* id, const ChartTable& table, const std::vector<RadarAxis>& axes,
                float size);

struct HeatCell {
  std::string id;               // Returned when clicked, e.g. "CLD.9.5.1".
  std::string label;            // Tooltip title.
  std::optional<int> maturity;  // 0..5; nullopt: not assessed (grey, "–").
  int target = 0;               // 0..5.
  bool applicable = true;       // false: drawn hatched and faint, no digit.
};
struct HeatRow {
  std::string label;  // The group, e.g. "9 Access control".
  std::vector<HeatCell> cells;
};

// Maturity-vs-target heatmap: one row per group with its label (left of the
// cells from 520 CSS px of width, above them when narrower) and its cells as
// small rounded squares wrapping to the available width. A cell is coloured by
// GapColor(target - maturity), grey when the maturity is unknown, hatched when
// not applicable; it shows the maturity digit and a tick along its bottom edge
// at the target's position (left edge 0, right edge 5). Tooltip: label,
// maturity, target and gap. Returns the id of the cell clicked this frame (or
// whose row in the accessibility mirror was activated, chart_kit.h), or "" if
// none. Its table has a row per cell, not per group: the drawn columns
// are only where the cells wrapped.
std::string MaturityHeatmap(const char* id, const ChartTable& table,
                            const std::vector<HeatRow>& rows);

// A ring gauge `diameter` framebuffer px wide (clamped to the available width):
// the arc, clockwise from 12 o'clock, is the score in its ScoreColor; the score
// (0..100, or nullopt: "–") is printed large in the middle with `caption`
// below it, ellipsised to the ring's inside (the tooltip has it in full).
void ScoreRing(const char* id, std::optional<double> score, float diameter, const char* caption);

// A slim horizontal progress bar, Px(6) high with rounded ends, filled in the
// accent colour to `fraction` (clamped to 0..1). `width` <= 0: the available
// width. Unlabelled (hover shows the percentage): pair it with text that says
// the progress.
void ProgressBar(float fraction, float width = -1);

struct LinePoint {
  std::string label;            // Under the point: a date.
  std::optional<double> value;  // 0..100; nullopt: not scored, a gap in the line and "–".
  std::string note;             // In the tooltip and log: "Significant gaps".
};

// Scores over time, `height` CSS px high: the points evenly spaced left to
// right on a 0..100 scale with gridlines at 25, 50 and 75, joined by a line
// that breaks where a point has no value; each point a dot in its ScoreColor
// with its value above it and its label below (every other label, or only the
// first and last, when they would overlap). Parts are "<id>/<label>".
void LineChart(const char* id, const ChartTable& table, const std::vector<LinePoint>& points,
               float height);

// A small line of 0..100 values, `width` x `height` CSS px, no axes: for a
// table's row. The last value is drawn as a dot; values are listed in the
// tooltip and log.
void Sparkline(const char* id, const std::vector<std::optional<double>>& values, float width,
               float height);

}  // namespace cloudgap::ui

#endif  // CLOUDGAP_UI_CHARTS_H_
