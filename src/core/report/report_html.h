// The printable report: one self-contained HTML file (inline stylesheet,
// inline SVG charts, no script, no external resource, a Content-Security-
// Policy that forbids both) that reads well on screen and prints to PDF from
// the browser: a cover page, then the executive summary, scores by clause
// (bar chart and maturity heatmap), findings per control, the roadmap by
// phase with its score projection, the Statement of Applicability, the
// scoring method, and the engine and catalog versions, each section on a new
// page. The report's own words are in the language of ReportInput::words (and
// the page's lang with them); the catalog's are in the language it was loaded
// in. Every piece of text -- the report's words, what the user typed and the
// catalog's text -- is HTML-escaped; evidence links become links only when
// they are plain http(s) addresses (url_check.h). Deterministic: the same
// document in the same language gives the same bytes.
#ifndef CLOUDGAP_CORE_REPORT_REPORT_HTML_H_
#define CLOUDGAP_CORE_REPORT_REPORT_HTML_H_

#include <string>

#include "core/catalog/catalog.h"
#include "core/document/assessment.h"
#include "core/engine/evaluation.h"
#include "core/engine/report_input.h"
#include "core/engine/roadmap.h"
#include "core/i18n/message_catalog.h"
#include "core/report/report_brand.h"

namespace cloudgap {

// With a brand (report_brand.h) other than the default, the cover carries the
// product's name and logo (a data: URI) and the accent is the host's colour.
std::string RenderHtmlReport(const ReportInput& input, const ReportBrand& brand = ReportBrand());

// The "Findings per control" section's body: per clause, one block per control.
// Part of RenderHtmlReport; report_html_findings.cc.
std::string HtmlFindings(const ReportInput& input);

// An evidence reference as HTML: its text, and its link as a link
// (rel="noopener noreferrer") when IsWebLink, else as text; "text: link" with
// the colon as `words` write it.
std::string HtmlEvidence(const EvidenceRef& evidence,
                         const MessageCatalog& words = EnglishMessages());

}  // namespace cloudgap

#endif  // CLOUDGAP_CORE_REPORT_REPORT_HTML_H_
