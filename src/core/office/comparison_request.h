// How the web app asks its Office module for a Word comparison: both
// documents, as read, and their names in one JSON envelope under the format
// name "comparison-docx", so the module's interface stays one document in, one
// file out (office_request.h answers it). Part of the formats' library, which
// the app links, not of the writers, which it loads on demand.
#ifndef CLOUDGAP_CORE_OFFICE_COMPARISON_REQUEST_H_
#define CLOUDGAP_CORE_OFFICE_COMPARISON_REQUEST_H_

#include <optional>
#include <string>
#include <string_view>

#include "core/report/comparison_tables.h"

namespace cloudgap {

// The comparison as a Word file, a web page or Markdown.
inline constexpr char kComparisonDocxRequest[] = "comparison-docx";
inline constexpr char kComparisonHtmlRequest[] = "comparison-html";
inline constexpr char kComparisonMarkdownRequest[] = "comparison-md";

// {"before": "<document>", "after": "<document>", "documents": {"before":
// name, "after": name, "not_compared": [...]}}.
std::string ComparisonRequestJson(const std::string& before_json, const std::string& after_json,
                                  const ComparedDocuments& documents);

struct ComparisonRequest {
  std::string before_json, after_json;
  ComparedDocuments documents;
};
// Nullopt when `json` is not such an envelope.
std::optional<ComparisonRequest> ParseComparisonRequest(std::string_view json);

}  // namespace cloudgap

#endif  // CLOUDGAP_CORE_OFFICE_COMPARISON_REQUEST_H_
