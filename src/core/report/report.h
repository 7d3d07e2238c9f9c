// The one entry point for every report, shared by the web app's "Download"
// menu and `cloudgap report --format ...`. Each format's contract (columns,
// ids, UUID names) is in docs/report-format.md.
//
//   json           the machine-readable report, cloudgap-report/1 (report_json.h)
//   md             the full report as Markdown (report_markdown.h)
//   html           a self-contained, printable report (report_html.h)
//   csv            findings and roadmap, one row per control (report_csv.h)
//   soa            the Statement of Applicability as CSV (report_csv.h)
//   oscal-ar       OSCAL assessment results (oscal_assessment_results.h)
//   oscal-poam     OSCAL plan of action and milestones (oscal_poam.h)
//   oscal-catalog  the catalog itself as an OSCAL catalog (oscal_catalog.h)
//
// Reports are deterministic: the core reads no clock, and the timestamps OSCAL
// requires come from the document's created_at and updated_at, so the same
// document always gives the same bytes (and the same OSCAL UUIDs). Every
// report names the engine version and the catalog's SHA-256. Everything the
// user typed is escaped for the format it lands in. RenderReport never throws.
#ifndef CLOUDGAP_CORE_REPORT_REPORT_H_
#define CLOUDGAP_CORE_REPORT_REPORT_H_

#include <optional>
#include <string>
#include <string_view>

#include "core/catalog/catalog.h"
#include "core/document/assessment.h"
#include "core/engine/evaluation.h"
#include "core/engine/roadmap.h"
#include "core/i18n/message_catalog.h"
#include "core/report/report_brand.h"

namespace cloudgap {

enum class ReportFormat {
  kJson,
  kMarkdown,
  kHtml,
  kCsv,
  kSoa,
  kOscalAssessmentResults,
  kOscalPoam,
  kOscalCatalog,
};

// Every format, in the order above (menus list them in this order).
inline constexpr ReportFormat kReportFormats[] = {
    ReportFormat::kJson,      ReportFormat::kMarkdown,     ReportFormat::kHtml,
    ReportFormat::kCsv,       ReportFormat::kSoa,          ReportFormat::kOscalAssessmentResults,
    ReportFormat::kOscalPoam, ReportFormat::kOscalCatalog,
};

// "json", "md", "html", "csv", "soa", "oscal-ar", "oscal-poam", "oscal-catalog".
const char* ReportFormatName(ReportFormat format);
std::optional<ReportFormat> ParseReportFormat(std::string_view name);

// For people, e.g. in a menu: "Report (HTML, printable)", "Statement of
// Applicability (CSV)", "OSCAL assessment results (JSON)".
const char* ReportFormatLabel(ReportFormat format);
const char* ReportFormatMimeType(ReportFormat format);  // "text/html;charset=utf-8".

struct RenderedReport {
  std::string bytes;           // Empty only if rendering failed (out of memory).
  std::string mime_type;       // e.g. "text/html;charset=utf-8".
  std::string file_extension;  // Without the dot: "html", "md", "csv", "json".
};

// Evaluates, builds the roadmap and renders. `brand` (report_brand.h) puts a
// host's name, colour and logo on the HTML report and its name on the
// Markdown one; the data formats are the same for every brand. `words` is the
// language of the reports people read (Markdown, HTML); the data formats
// (JSON, CSV, OSCAL) keep their documented English keys, columns and labels
// in every language, and carry the catalog's words in the catalog's language.
RenderedReport RenderReport(const Catalog& catalog, const Assessment& assessment,
                            ReportFormat format, const ReportBrand& brand = ReportBrand(),
                            const MessageCatalog& words = EnglishMessages());

// The same, from an evaluation and roadmap the caller already has (the UI
// keeps them from frame to frame). Both must come from Evaluate and
// BuildRoadmap on the same catalog and assessment.
RenderedReport RenderReport(const Catalog& catalog, const Assessment& assessment,
                            const Evaluation& evaluation, const Roadmap& roadmap,
                            ReportFormat format, const ReportBrand& brand = ReportBrand(),
                            const MessageCatalog& words = EnglishMessages());

// A file name to save the report under, ASCII only and safe on every file
// system: "<stem>[-<kind>].<extension>", the stem the exported document has
// too (core/document/file_name.h: "cloudgap-<organisation>-<date>", or "quick-scan" /
// "assessment" for a nameless one). For example "cloudgap-acme-ltd-2024-05-03.html",
// "...-soa.csv", "...-oscal-ar.json"; the catalog is
// "cloudgap-catalog-iso27017-1.0.0-oscal.json".
std::string ReportFileName(const Assessment& assessment, ReportFormat format);

}  // namespace cloudgap

#endif  // CLOUDGAP_CORE_REPORT_REPORT_H_
