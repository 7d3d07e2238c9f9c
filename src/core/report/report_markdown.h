// The full report as Markdown, with everything the HTML report has
// (report_html.h) in the same order: the profile and versions first, then the
// executive summary, scores by clause (with text bars) and maturity by
// control, a controls overview, findings per control (answers, why this score,
// notes, evidence), the roadmap by phase with its actions, the score
// projection and "assess first", the Statement of Applicability, how the score
// is calculated, and the engine and catalog. All text the report did not write
// itself is cleaned (text_clean.h) and escaped (markdown_escape.h), so it
// cannot break the table it sits in. No timestamp of its own: the same
// document gives the same bytes. Its words, numbers and dates are in the
// language of ReportInput::words; the catalog's in the catalog's.
#ifndef CLOUDGAP_CORE_REPORT_REPORT_MARKDOWN_H_
#define CLOUDGAP_CORE_REPORT_REPORT_MARKDOWN_H_

#include <string>

#include "core/catalog/catalog.h"
#include "core/document/assessment.h"
#include "core/engine/evaluation.h"
#include "core/engine/report_input.h"
#include "core/engine/roadmap.h"
#include "core/i18n/message_catalog.h"
#include "core/report/report_brand.h"

namespace cloudgap {

// A brand other than the default adds one line naming the product it was made with.
std::string RenderMarkdownReport(const ReportInput& input,
                                 const ReportBrand& brand = ReportBrand());

// Evaluates and builds the roadmap first; in English.
std::string RenderMarkdownReport(const Catalog& catalog, const Assessment& assessment);

// The "Findings per control" section's body (report_markdown_findings.cc).
std::string MarkdownFindings(const ReportInput& input);

// User or catalog text made safe inline: CleanText, then EscapeMarkdownInline.
std::string MarkdownText(const std::string& text);

// A date ("2024-09-30") as `words`' language writes it (FormatDate); English
// keeps the ISO form, as the evidence dates (EvidenceDates) do.
std::string MarkdownDate(const std::string& iso_date, const MessageCatalog& words);

}  // namespace cloudgap

#endif  // CLOUDGAP_CORE_REPORT_REPORT_MARKDOWN_H_
