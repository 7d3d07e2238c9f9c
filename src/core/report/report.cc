#include "core/report/report.h"

#include <exception>

#include "core/document/file_name.h"
#include "core/engine/scoring.h"
#include "core/engine/wording.h"
#include "core/oscal/oscal_assessment_results.h"
#include "core/oscal/oscal_catalog.h"
#include "core/oscal/oscal_poam.h"
#include "core/report/report_csv.h"
#include "core/report/report_html.h"
#include "core/report/report_json.h"
#include "core/report/report_markdown.h"
#include "core/text/slug.h"

namespace cloudgap {
namespace {

struct FormatInfo {
  ReportFormat format;
  const char* name;
  const char* label;
  const char* mime_type;
  const char* extension;
  const char* file_suffix;  // Before the extension, after the date.
};

constexpr FormatInfo kFormats[] = {
    {ReportFormat::kJson, "json", "Report data (JSON)", "application/json", "json", "-report"},
    {ReportFormat::kMarkdown, "md", "Report (Markdown)", "text/markdown;charset=utf-8", "md", ""},
    {ReportFormat::kHtml, "html", "Report (HTML, printable)", "text/html;charset=utf-8", "html",
     ""},
    {ReportFormat::kCsv, "csv", "Findings and roadmap (CSV)", "text/csv;charset=utf-8", "csv",
     "-findings"},
    {ReportFormat::kSoa, "soa", "Statement of Applicability (CSV)", "text/csv;charset=utf-8", "csv",
     "-soa"},
    {ReportFormat::kOscalAssessmentResults, "oscal-ar", "OSCAL assessment results (JSON)",
     "application/json", "json", "-oscal-ar"},
    {ReportFormat::kOscalPoam, "oscal-poam", "OSCAL plan of action and milestones (JSON)",
     "application/json", "json", "-oscal-poam"},
    {ReportFormat::kOscalCatalog, "oscal-catalog", "OSCAL catalog (JSON)", "application/json",
     "json", "-oscal"},
};

const FormatInfo& InfoFor(ReportFormat format) {
  for (const FormatInfo& info : kFormats) {
    if (info.format == format) return info;
  }
  return kFormats[0];
}

std::string Render(const ReportInput& input, ReportFormat format, const ReportBrand& brand) {
  switch (format) {
    case ReportFormat::kJson:
      return JsonReport(input).dump(2, ' ', false,
                                    nlohmann::ordered_json::error_handler_t::replace) +
             "\n";
    case ReportFormat::kMarkdown: return RenderMarkdownReport(input, brand);
    case ReportFormat::kHtml: return RenderHtmlReport(input, brand);
    case ReportFormat::kCsv: return RenderFindingsCsv(input);
    case ReportFormat::kSoa: return RenderSoaCsv(input.catalog, input.assessment, input.evaluation);
    case ReportFormat::kOscalAssessmentResults: return RenderOscalAssessmentResults(input);
    case ReportFormat::kOscalPoam: return RenderOscalPoam(input);
    case ReportFormat::kOscalCatalog:
      return RenderOscalCatalog(input.catalog, input.assessment.updated_at);
  }
  return "";
}

}  // namespace

const char* ReportFormatName(ReportFormat format) {
  return InfoFor(format).name;
}

const char* ReportFormatLabel(ReportFormat format) {
  return InfoFor(format).label;
}

const char* ReportFormatMimeType(ReportFormat format) {
  return InfoFor(format).mime_type;
}

std::optional<ReportFormat> ParseReportFormat(std::string_view name) {
  for (const FormatInfo& info : kFormats) {
    if (name == info.name) return info.format;
  }
  return std::nullopt;
}

RenderedReport RenderReport(const Catalog& catalog, const Assessment& assessment,
                            ReportFormat format, const ReportBrand& brand,
                            const MessageCatalog& words) {
  try {
    const Evaluation evaluation = Evaluate(catalog, assessment);
    // The roadmap's reasons are words too: the data formats keep them English.
    const bool for_people = format == ReportFormat::kMarkdown || format == ReportFormat::kHtml;
    const Roadmap roadmap = BuildRoadmap(catalog, assessment, evaluation, EffortPoint::kMidpoint,
                                         for_people ? words : EnglishMessages());
    return RenderReport(catalog, assessment, evaluation, roadmap, format, brand, words);
  } catch (const std::exception&) {
    const FormatInfo& info = InfoFor(format);
    return {"", info.mime_type, info.extension};
  }
}

RenderedReport RenderReport(const Catalog& catalog, const Assessment& assessment,
                            const Evaluation& evaluation, const Roadmap& roadmap,
                            ReportFormat format, const ReportBrand& brand,
                            const MessageCatalog& words) {
  const FormatInfo& info = InfoFor(format);
  RenderedReport report{"", info.mime_type, info.extension};
  try {
    report.bytes =
        Render(ReportInput(catalog, assessment, evaluation, roadmap, words), format, brand);
  } catch (const std::exception&) {
    // Only allocation can fail here; an empty report says so to the caller.
    report.bytes.clear();
  }
  return report;
}

std::string ReportFileName(const Assessment& assessment, ReportFormat format) {
  const FormatInfo& info = InfoFor(format);
  if (format == ReportFormat::kOscalCatalog) {
    std::string catalog = Slug(assessment.catalog_id, 40);
    std::string version;
    for (char c : assessment.catalog_version) {
      if ((c >= '0' && c <= '9') || c == '.') version += c;
    }
    return "cloudgap-catalog-" + (catalog.empty() ? std::string("catalog") : catalog) +
           (version.empty() ? "" : "-" + version.substr(0, 20)) + info.file_suffix + "." +
           info.extension;
  }
  return AssessmentFileStem(assessment) + info.file_suffix + "." + info.extension;
}

}  // namespace cloudgap
