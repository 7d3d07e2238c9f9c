// Many assessments as one table, for a sales team's CRM or a consultancy's
// overview: per document the organisation, role, scope, mode, score,
// readiness, top gaps and date, or why it could not be read. Each row is made
// on its own from the document's text, so the cost grows linearly with the
// number of documents, and a bad one is a row that says so, never the end of
// the run. Deterministic: rows in the order given.
#ifndef CLOUDGAP_CORE_REPORT_PORTFOLIO_H_
#define CLOUDGAP_CORE_REPORT_PORTFOLIO_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/catalog/catalog.h"
#include "core/engine/evaluation.h"
#include "core/i18n/message_catalog.h"

namespace cloudgap {

inline constexpr int kPortfolioTopGaps = 3;

struct PortfolioRow {
  std::string source;   // Where it came from: a file's path.
  std::string problem;  // Why it could not be read; the rest is empty when set.
  std::string organisation, role, services, mode;
  std::optional<double> score;
  Readiness readiness = Readiness::kNotAssessed;
  double completion = 0;
  std::vector<std::string> top_gaps;  // "9.2.3 Management of privileged access rights".
  std::string date;                   // Last changed: "2026-05-03".
};

// The row of one document's text; its problem, when it cannot be read, in
// `words`' language (the other cells are values, the same in every language).
PortfolioRow SummarizeDocument(const Catalog& catalog, std::string_view text,
                               const std::string& source,
                               const MessageCatalog& words = EnglishMessages());

// RFC 4180 with a byte-order mark and formula injection neutralised
// (csv_writer.h); top gaps in one cell, separated by "; ".
std::string RenderPortfolioCsv(const std::vector<PortfolioRow>& rows);
// {"format": "cloudgap-portfolio/1", "rows": [...]}, the score a number or null.
std::string RenderPortfolioJson(const std::vector<PortfolioRow>& rows);

}  // namespace cloudgap

#endif  // CLOUDGAP_CORE_REPORT_PORTFOLIO_H_
