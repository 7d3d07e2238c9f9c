// The two spreadsheet reports, written by csv_writer.h (UTF-8 with a
// byte-order mark, CRLF, RFC 4180 quoting, formulas neutralised). Both have a
// header row and then one row per catalog control, in catalog order; the last
// three columns repeat the CloudGap version, the catalog and its SHA-256 on
// every row, so a sheet cut out of the file still says what made it. The
// columns are listed in docs/report-format.md; new ones are only ever added
// just before those three.
#ifndef CLOUDGAP_CORE_REPORT_REPORT_CSV_H_
#define CLOUDGAP_CORE_REPORT_REPORT_CSV_H_

#include <string>

#include "core/catalog/catalog.h"
#include "core/document/assessment.h"
#include "core/engine/evaluation.h"
#include "core/engine/report_input.h"
#include "core/engine/roadmap.h"

namespace cloudgap {

// Findings and roadmap: scores, maturity, gap, roadmap rank and phase, owner,
// due date, notes, evidence, justifications and 27002:2022 correspondence.
std::string RenderFindingsCsv(const ReportInput& input);

// The Statement of Applicability (core/engine/wording.h): control, title, applicable,
// justification, implementation status, 27002:2022, maturity and target.
std::string RenderSoaCsv(const Catalog& catalog, const Assessment& assessment,
                         const Evaluation& evaluation);

}  // namespace cloudgap

#endif  // CLOUDGAP_CORE_REPORT_REPORT_CSV_H_
