// The HTML report's pictures: a horizontal bar chart of scores as inline SVG,
// and the maturity heatmap as a list of coloured, labelled cells. Both carry
// their numbers as text, so they read the same on screen, in a black-and-white
// printout and to a screen reader. Labels are escaped (html_escape.h); the
// charts' own words and their numbers are in the language of `words`.
#ifndef CLOUDGAP_CORE_REPORT_REPORT_HTML_CHARTS_H_
#define CLOUDGAP_CORE_REPORT_REPORT_HTML_CHARTS_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/catalog/catalog.h"
#include "core/engine/evaluation.h"
#include "core/i18n/message_catalog.h"

namespace cloudgap {

struct ScoreBar {
  std::string label;            // Plain text; shortened to fit when long.
  std::optional<double> score;  // 0..100; none draws "not scored".
};

// An <svg> of one bar per entry on a 0-100 scale, with a dashed line at
// `marker` (for example the score the target maturity needs) when set.
std::string SvgScoreBars(std::string_view title, const std::vector<ScoreBar>& bars,
                         std::optional<double> marker, std::string_view marker_label,
                         const MessageCatalog& words);

// The CSS class for a control's heatmap cell and badge: "m0".."m5" by maturity,
// "na" not applicable, "oos" not in scope, "tbd" not assessed.
const char* MaturityClass(const ControlResult& result);

// A legend, then one line per clause that has controls, with a cell per
// control ("12.4.1: 3") coloured by its maturity class.
std::string MaturityHeatmap(const Catalog& catalog, const Evaluation& evaluation,
                            const MessageCatalog& words);

}  // namespace cloudgap

#endif  // CLOUDGAP_CORE_REPORT_REPORT_HTML_CHARTS_H_
