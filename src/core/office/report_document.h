// The report as a Word document (word_document.h), in the order a reader
// takes it: a first page that is the one-page brief (brief.h) under the title
// (the host's logo and product name, the organisation, date and scope), then
//
//   Executive summary      score, readiness, completion, controls by status
//   Readiness and why      each reason for the tier, and how the score came about
//   Scores by clause       a bar chart (a picture) and the same numbers as a table
//   Findings per control   per clause: each applicable control's status, score,
//                          maturity and target, owner, due date, notes, evidence
//   Roadmap                per phase: its items with effort, score gain and reason
//   Statement of Applicability   every control, as the SoA CSV has it
//   Method and reproducibility   the scoring rules, engine, catalog and SHA-256
//
// Those seven headings are Heading 1 (a contract: docs/report-format.md and the
// LibreOffice test look for them); kReportDocumentSections are their English.
// Every word is in the report's language (input.words, and the catalog's
// titles as it was loaded), scores and dates as that language writes them, and
// Word checks the spelling in it.
#ifndef CLOUDGAP_CORE_OFFICE_REPORT_DOCUMENT_H_
#define CLOUDGAP_CORE_OFFICE_REPORT_DOCUMENT_H_

#include "core/engine/report_input.h"
#include "core/office/word_document.h"
#include "core/report/report_brand.h"

namespace cloudgap {

inline constexpr const char* kReportDocumentSections[] = {
    "Executive summary",         "Readiness and why", "Scores by clause",
    "Findings per control",      "Roadmap",           "Statement of Applicability",
    "Method and reproducibility"};

WordDocument ReportDocument(const ReportInput& input, const ReportBrand& brand);

}  // namespace cloudgap

#endif  // CLOUDGAP_CORE_OFFICE_REPORT_DOCUMENT_H_
