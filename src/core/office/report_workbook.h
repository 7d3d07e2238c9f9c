// The report as a workbook (workbook.h), one sheet per view, each a table a
// consultant can filter, sort and rewrite:
//
//   Summary             field / value: who, scope, score, readiness and each of
//                       its reasons, completion, answers, the audit estimate and
//                       the method (engine, scoring model, catalog, SHA-256)
//   Controls            every field of the JSON report's controls[], with the
//                       ISO/IEC 27002:2022 and NIST SP 800-53 correspondence
//   Questions           each question asked, its answer, N/A justification, and
//                       the control's notes, owner, due date and evidence
//   Roadmap             rank, phase, effort, score gain, dependencies, reason, actions
//   SoA                 the Statement of Applicability (core/engine/wording.h)
//   Projection          the score after each phase
//   Audit checklist     what to show at each audit stage (when the catalog has steps)
//
// Scores and counts are numbers, dates are dates; nothing is a formula.
// Every word (sheet and column names, labels, the values the workbook words
// itself) is in the language of `input.words`; the numbers and dates are the
// same cells in every language, as the spreadsheet shows them per its locale.
// The English sheet and column names are a contract (docs/report-format.md):
// a program that reads the workbook asks for English.
#ifndef CLOUDGAP_CORE_OFFICE_REPORT_WORKBOOK_H_
#define CLOUDGAP_CORE_OFFICE_REPORT_WORKBOOK_H_

#include "core/engine/report_input.h"
#include "core/office/workbook.h"
#include "core/report/report_brand.h"

namespace cloudgap {

Workbook ReportWorkbook(const ReportInput& input, const ReportBrand& brand);

}  // namespace cloudgap

#endif  // CLOUDGAP_CORE_OFFICE_REPORT_WORKBOOK_H_
