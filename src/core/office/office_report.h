// The reports people edit and hand on, as Office Open XML files (the formats
// are listed in office_format.h): the entry point of the CLI's `report
// --format xlsx|docx` and of the web app's on-demand module (src/app/office_module.cc).
// Beside core/report/report.h rather than in its table, because these formats
// are binary and are not part of the page a first visit loads.
//
// Deterministic like every report: the same document and brand give the same
// bytes. Never throws.
#ifndef CLOUDGAP_CORE_OFFICE_OFFICE_REPORT_H_
#define CLOUDGAP_CORE_OFFICE_OFFICE_REPORT_H_

#include "core/catalog/catalog.h"
#include "core/document/assessment.h"
#include "core/i18n/message_catalog.h"
#include "core/office/office_format.h"
#include "core/report/report.h"
#include "core/report/report_brand.h"

namespace cloudgap {

// Evaluates, builds the roadmap and writes the file in the language of
// `words` (and of the catalog's words). `bytes` is empty only if that failed
// (out of memory).
RenderedReport RenderOfficeReport(const Catalog& catalog, const Assessment& assessment,
                                  OfficeFormat format, const ReportBrand& brand,
                                  const MessageCatalog& words = EnglishMessages());

}  // namespace cloudgap

#endif  // CLOUDGAP_CORE_OFFICE_OFFICE_REPORT_H_
