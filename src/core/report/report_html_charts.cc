#include "core/report/report_html_charts.h"

#include <cmath>

#include "core/text/html_escape.h"
#include "core/text/score_format.h"
#include "core/text/text_clean.h"

namespace cloudgap {
namespace {

// Chart geometry, in SVG user units (the chart scales to the page width).
constexpr int kWidth = 760;
constexpr int kLabelWidth = 330;
constexpr int kBarWidth = 360;  // 100 points.
constexpr int kRowHeight = 24;
constexpr int kTop = 8;
constexpr size_t kMaxLabelCodePoints = 52;

// Readiness bands (docs/scoring.md): below 30, 30+, 60+, 80+.
const char* BandColour(double score) {
  if (score >= 80) return "#1e7a44";
  if (score >= 60) return "#5fb36b";
  if (score >= 30) return "#e0a020";
  return "#b83227";
}

std::string Fixed(double value) {
  // SVG coordinates with one decimal: deterministic and compact, and with a
  // point in every language (SVG's syntax, not words).
  return FormatScore(std::round(value * 10) / 10);
}

// At most kMaxLabelCodePoints code points, with an ellipsis when cut.
std::string Shortened(const std::string& text) {
  size_t pos = 0;
  size_t count = 0;
  while (pos < text.size() && count < kMaxLabelCodePoints) {
    NextCodePoint(text, &pos);
    ++count;
  }
  if (pos >= text.size()) return text;
  return text.substr(0, pos) + "\xE2\x80\xA6";
}

}  // namespace

std::string SvgScoreBars(std::string_view title, const std::vector<ScoreBar>& bars,
                         std::optional<double> marker, std::string_view marker_label,
                         const MessageCatalog& words) {
  const int height = kTop + static_cast<int>(bars.size()) * kRowHeight + 28;
  const std::string t = EscapeHtml(title);
  std::string svg = "<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " +
                    std::to_string(kWidth) + " " + std::to_string(height) +
                    "\" role=\"img\" aria-label=\"" + t + "\"><title>" + t + "</title>\n";
  int y = kTop;
  for (const ScoreBar& bar : bars) {
    const std::string text_y = std::to_string(y + 16);
    svg += "<text x=\"0\" y=\"" + text_y + "\">" + EscapeHtml(Shortened(bar.label)) + "</text>";
    svg += "<rect x=\"" + std::to_string(kLabelWidth) + "\" y=\"" + std::to_string(y + 4) +
           "\" width=\"" + std::to_string(kBarWidth) + "\" height=\"16\" fill=\"#eef1f4\"/>";
    if (bar.score) {
      const double score = std::fmin(100, std::fmax(0, *bar.score));
      const double x_end = kLabelWidth + kBarWidth * score / 100;
      svg += "<rect x=\"" + std::to_string(kLabelWidth) + "\" y=\"" + std::to_string(y + 4) +
             "\" width=\"" + Fixed(kBarWidth * score / 100) + "\" height=\"16\" fill=\"" +
             BandColour(score) + "\"/>";
      svg += "<text x=\"" + Fixed(x_end + 6) + "\" y=\"" + text_y + "\">" +
             FormatScore(score, words.language()) + "</text>";
    } else {
      svg += "<text x=\"" + std::to_string(kLabelWidth + 6) + "\" y=\"" + text_y +
             "\" fill=\"#5b6675\">" + EscapeHtml(words.Tr("not scored")) + "</text>";
    }
    svg += "\n";
    y += kRowHeight;
  }
  // The axis: 0, 50, 100 under the bars.
  for (int tick : {0, 50, 100}) {
    const std::string x = Fixed(kLabelWidth + kBarWidth * tick / 100.0);
    svg += "<text x=\"" + x + "\" y=\"" + std::to_string(y + 14) +
           "\" text-anchor=\"middle\" fill=\"#5b6675\">" + std::to_string(tick) + "</text>";
  }
  if (marker) {
    const double m = std::fmin(100, std::fmax(0, *marker));
    const std::string x = Fixed(kLabelWidth + kBarWidth * m / 100);
    svg += "<line x1=\"" + x + "\" x2=\"" + x + "\" y1=\"" + std::to_string(kTop) + "\" y2=\"" +
           std::to_string(y + 2) + "\" stroke=\"#1c2430\" stroke-dasharray=\"4 3\"/>";
    svg += "<text x=\"" + x + "\" y=\"" + std::to_string(y + 26) + "\" text-anchor=\"middle\">" +
           EscapeHtml(marker_label) + "</text>";
  }
  svg += "</svg>\n";
  return svg;
}

const char* MaturityClass(const ControlResult& result) {
  switch (result.status) {
    case ControlStatus::kOutOfScope: return "oos";
    case ControlStatus::kNotApplicable: return "na";
    case ControlStatus::kNotAssessed: return "tbd";
    case ControlStatus::kAssessed: break;
  }
  static const char* const kLevels[] = {"m0", "m1", "m2", "m3", "m4", "m5"};
  if (!result.maturity || *result.maturity < 0 || *result.maturity > 5) return "tbd";
  return kLevels[*result.maturity];
}

std::string MaturityHeatmap(const Catalog& catalog, const Evaluation& evaluation,
                            const MessageCatalog& words) {
  // The cell's mark for a control not applicable, in the legend and the cells alike.
  const std::string na = EscapeHtml(words.Tr("maturity-map|N/A"));
  std::string html =
      "<div class=\"legend\" aria-hidden=\"true\"><span class=\"m0\">0</span>"
      "<span class=\"m1\">1</span><span class=\"m2\">2</span><span class=\"m3\">3</span>"
      "<span class=\"m4\">4</span><span class=\"m5\">5</span><span class=\"tbd\">? " +
      EscapeHtml(words.Tr("not assessed")) + "</span><span class=\"na\">" + na + " " +
      EscapeHtml(words.Tr("not applicable")) + "</span><span class=\"oos\">&#8211; " +
      EscapeHtml(words.Tr("not in scope")) + "</span></div>\n<ul class=\"heat\">\n";
  for (const Clause& clause : catalog.clauses) {
    std::string cells;
    for (size_t i = 0; i < catalog.controls.size() && i < evaluation.controls.size(); ++i) {
      if (catalog.controls[i].clause != clause.number) continue;
      const ControlResult& r = evaluation.controls[i];
      std::string value = "?";
      if (r.status == ControlStatus::kOutOfScope) value = "&#8211;";
      if (r.status == ControlStatus::kNotApplicable) value = na;
      if (r.status == ControlStatus::kAssessed && r.maturity) value = std::to_string(*r.maturity);
      cells += std::string("<li class=\"") + MaturityClass(r) + "\">" +
               EscapeHtml(catalog.controls[i].id) + ": <b>" + value + "</b></li>";
    }
    if (cells.empty()) continue;
    html += "<li><span class=\"clause\">" + std::to_string(clause.number) + " " +
            EscapeHtml(clause.title) + "</span><ul>" + cells + "</ul></li>\n";
  }
  html += "</ul>\n";
  return html;
}

}  // namespace cloudgap
