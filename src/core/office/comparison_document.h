// A comparison of two assessments (engine/compare.h) as a Word document: the
// same titled tables as the Markdown and HTML comparisons
// (report/comparison_tables.h), under the brand's logo and name. The web app
// asks its Office module for one with comparison_request.h.
#ifndef CLOUDGAP_CORE_OFFICE_COMPARISON_DOCUMENT_H_
#define CLOUDGAP_CORE_OFFICE_COMPARISON_DOCUMENT_H_

#include <optional>
#include <string>

#include "core/catalog/catalog.h"
#include "core/engine/compare.h"
#include "core/i18n/message_catalog.h"
#include "core/office/word_document.h"
#include "core/report/comparison_tables.h"
#include "core/report/report_brand.h"

namespace cloudgap {

// `modified_at` (ISO 8601) dates the file: the later document's last change.
// Written in the language of `words` (Word's proofing language too), with the
// catalog's words from `catalog`.
WordDocument ComparisonDocument(const Catalog& catalog, const Comparison& c,
                                const ComparedDocuments& documents, const ReportBrand& brand,
                                const std::string& modified_at,
                                const MessageCatalog& words = EnglishMessages());

// The .docx file, or nullopt if it could not be made (out of memory).
std::optional<std::string> RenderComparisonDocx(const Catalog& catalog, const Assessment& before,
                                                const Assessment& after,
                                                const ComparedDocuments& documents,
                                                const ReportBrand& brand,
                                                const MessageCatalog& words = EnglishMessages());

}  // namespace cloudgap

#endif  // CLOUDGAP_CORE_OFFICE_COMPARISON_DOCUMENT_H_
