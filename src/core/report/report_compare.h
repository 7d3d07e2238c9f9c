// A comparison of two assessments (engine/compare.h) for people, as Markdown
// or a self-contained HTML page (the report's stylesheet and policy, the
// host's brand), both over comparison_tables.h so they say the same thing; and
// for programs, as JSON with both values of every change. The documents' names
// are user text and are escaped like any other. Deterministic.
#ifndef CLOUDGAP_CORE_REPORT_REPORT_COMPARE_H_
#define CLOUDGAP_CORE_REPORT_REPORT_COMPARE_H_

#include <string>

#include "core/catalog/catalog.h"
#include "core/engine/compare.h"
#include "core/i18n/message_catalog.h"
#include "core/report/comparison_tables.h"
#include "core/report/report_brand.h"

namespace cloudgap {

// The two for people are written in the language of `words` (the HTML page's
// lang too), with the catalog's words from `catalog`; the JSON is data and
// keeps its English keys and names.
std::string RenderComparisonMarkdown(const Catalog& catalog, const Comparison& c,
                                     const ComparedDocuments& documents,
                                     const MessageCatalog& words = EnglishMessages());
std::string RenderComparisonHtml(const Catalog& catalog, const Comparison& c,
                                 const ComparedDocuments& documents,
                                 const ReportBrand& brand = ReportBrand(),
                                 const MessageCatalog& words = EnglishMessages());
std::string RenderComparisonJson(const Comparison& c, const ComparedDocuments& documents);

}  // namespace cloudgap

#endif  // CLOUDGAP_CORE_REPORT_REPORT_COMPARE_H_
