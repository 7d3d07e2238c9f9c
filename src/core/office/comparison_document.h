// A comparison of two assessments (engine/compare.h) as a Word document: the
// same titled tables as the Markdown and HTML comparisons
// (report/comparison_tables.h), under the brand's logo and name, and the
// request the web app's Office module answers with one: both documents and
// their names in one JSON envelope, so the module's interface stays one
// document in, one file out.
#ifndef CLOUDGAP_CORE_OFFICE_COMPARISON_DOCUMENT_H_
#define CLOUDGAP_CORE_OFFICE_COMPARISON_DOCUMENT_H_

#include <optional>
#include <string>
#include <string_view>

#include "core/catalog/catalog.h"
#include "core/engine/compare.h"
#include "core/office/word_document.h"
#include "core/report/comparison_tables.h"
#include "core/report/report_brand.h"

namespace cloudgap {

// `modified_at` (ISO 8601) dates the file: the later document's last change.
WordDocument ComparisonDocument(const Catalog& catalog, const Comparison& c,
                                const ComparedDocuments& documents, const ReportBrand& brand,
                                const std::string& modified_at);

// The .docx file, or nullopt if it could not be made (out of memory).
std::optional<std::string> RenderComparisonDocx(const Catalog& catalog, const Assessment& before,
                                                const Assessment& after,
                                                const ComparedDocuments& documents,
                                                const ReportBrand& brand);

// The Office module's "comparison-docx" request: {"before": document,
// "after": document, "documents": ComparedDocuments}.
std::string ComparisonRequestJson(const std::string& before_json, const std::string& after_json,
                                  const ComparedDocuments& documents);

struct ComparisonRequest {
  std::string before_json, after_json;
  ComparedDocuments documents;
};
// Nullopt when `json` is not such an envelope.
std::optional<ComparisonRequest> ParseComparisonRequest(std::string_view json);

}  // namespace cloudgap

#endif  // CLOUDGAP_CORE_OFFICE_COMPARISON_DOCUMENT_H_
