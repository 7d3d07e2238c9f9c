#include "core/office/office_request.h"

#include "core/document/branding.h"
#include "core/document/document_migration.h"
#include "core/office/comparison_document.h"
#include "core/office/comparison_request.h"
#include "core/office/office_report.h"
#include "core/report/report.h"
#include "core/report/report_compare.h"

namespace cloudgap {
namespace {

std::string FirstError(const DocumentParseResult& parsed) {
  return parsed.errors.empty() ? std::string("unknown") : parsed.errors[0].ToString();
}

OfficeOutcome RenderComparisonRequest(const Catalog& catalog, std::string_view kind,
                                      std::string_view envelope, std::string_view branding_json,
                                      std::string_view logo, const MessageCatalog& words) {
  const std::optional<ComparisonRequest> request = ParseComparisonRequest(envelope);
  if (!request)
    return {false, "", std::string(words.Tr("the comparison request could not be read"))};
  DocumentParseResult before = LoadAssessmentDocument(catalog, request->before_json);
  DocumentParseResult after = LoadAssessmentDocument(catalog, request->after_json);
  for (const DocumentParseResult* parsed : {&before, &after}) {
    if (!parsed->assessment) {
      return {false, "",
              words.Tr("an assessment could not be read ({detail})",
                       {{"detail", FirstError(*parsed)}})};
    }
  }
  const ReportBrand brand = BrandOf(ParseBranding(branding_json).branding, std::string(logo));
  std::optional<std::string> bytes;
  if (kind == kComparisonDocxRequest) {
    bytes = RenderComparisonDocx(catalog, *before.assessment, *after.assessment, request->documents,
                                 brand, words);
  } else {
    const Comparison c = Compare(catalog, *before.assessment, *after.assessment);
    bytes = kind == kComparisonHtmlRequest
                ? RenderComparisonHtml(catalog, c, request->documents, brand, words)
                : RenderComparisonMarkdown(catalog, c, request->documents, words);
  }
  if (!bytes)
    return {false, "", std::string(words.Tr("the comparison could not be made (out of memory)"))};
  return {true, std::move(*bytes), ""};
}

}  // namespace

OfficeOutcome RenderOfficeRequest(const Catalog& catalog, std::string_view format_name,
                                  std::string_view document_json, std::string_view branding_json,
                                  std::string_view logo, const MessageCatalog& words) {
  if (format_name == kComparisonDocxRequest || format_name == kComparisonHtmlRequest ||
      format_name == kComparisonMarkdownRequest) {
    return RenderComparisonRequest(catalog, format_name, document_json, branding_json, logo, words);
  }
  const std::optional<OfficeFormat> format = ParseOfficeFormat(format_name);
  const std::optional<ReportFormat> text = ParseReportFormat(format_name);
  if (!format && !text)
    return {false, "",
            words.Tr("there is no report format named {format}", {{"format", format_name}})};
  DocumentParseResult parsed = LoadAssessmentDocument(catalog, document_json);
  if (!parsed.assessment) {
    return {
        false, "",
        words.Tr("the assessment could not be read ({detail})", {{"detail", FirstError(parsed)}})};
  }
  // The Office writers leave out a logo that is not a PNG; the HTML report
  // shows other image types too.
  const ReportBrand brand = BrandOf(ParseBranding(branding_json).branding, std::string(logo));
  RenderedReport report =
      format ? RenderOfficeReport(catalog, *parsed.assessment, *format, brand, words)
             : RenderReport(catalog, *parsed.assessment, *text, brand, words);
  if (report.bytes.empty()) {
    return {false, "", std::string(words.Tr("the report could not be made (out of memory)"))};
  }
  return {true, std::move(report.bytes), ""};
}

}  // namespace cloudgap
