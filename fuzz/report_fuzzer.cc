// Reports from fuzzed documents, in every format. The first byte chooses the
// format (bits 1-3) and how the rest is used (bit 0): as a whole assessment
// document (what a user could open and then export), or as text poured into
// every field a user can type on the sample assessment, which reaches the
// renderers far more often than a mutated document that must first pass the
// strict parser. One format per input keeps the rate up. Every format must
// render and stay inert, checked as report_hostile_test.cc checks it: JSON and
// OSCAL parse, HTML opens only the report's own elements and links nowhere but
// the web, no CSV cell starts a formula, Markdown tables keep their columns.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <string_view>

#include "core/catalog/catalog_loader.h"
#include "core/document/document_migration.h"
#include "core/document/sample_assessment.h"
#include "core/report/report.h"
#include "core/testing/report_test_util.h"

namespace {

using cloudgap::ReportFormat;

void Fail(ReportFormat format, const char* why) {
  std::fprintf(stderr, "%s report: %s\n", cloudgap::ReportFormatName(format), why);
  std::abort();
}

void CheckHtml(const std::string& html) {
  const std::set<std::string>& allowed = cloudgap::HtmlReportElements();
  for (const std::string& element : cloudgap::HtmlElements(html)) {
    if (!allowed.count(element)) Fail(ReportFormat::kHtml, ("element <" + element + ">").c_str());
  }
  for (const char* bad : {"href=\"javascript", "href=\"data", "href=\"vbscript"}) {
    if (html.find(bad) != std::string::npos) Fail(ReportFormat::kHtml, bad);
  }
}

void CheckCsv(ReportFormat format, const std::string& csv) {
  std::string error;
  const cloudgap::CsvTable rows = cloudgap::ParseCsv(csv.substr(3), &error);  // After the BOM.
  if (!error.empty()) Fail(format, error.c_str());
  for (const auto& row : rows) {
    if (row.size() != rows[0].size()) Fail(format, "rows of different lengths");
    for (const std::string& cell : row) {
      const size_t first = cell.find_first_not_of(' ');
      const bool formula = first != std::string::npos &&
                           std::string("=+-@\t\r\n").find(cell[first]) != std::string::npos;
      if (formula) {
        Fail(format, ("a cell starts a formula: " + cell.substr(0, 40)).c_str());
      }
    }
  }
}

void Render(const cloudgap::Catalog& catalog, const cloudgap::Assessment& a, ReportFormat format) {
  const std::string bytes = cloudgap::RenderReport(catalog, a, format).bytes;
  if (bytes.empty()) Fail(format, "empty");
  const bool is_json = format == ReportFormat::kJson ||
                       format == ReportFormat::kOscalAssessmentResults ||
                       format == ReportFormat::kOscalPoam || format == ReportFormat::kOscalCatalog;
  if (is_json && nlohmann::json::parse(bytes, nullptr, false).is_discarded()) {
    Fail(format, "not valid JSON");
  }
  if (format == ReportFormat::kHtml) CheckHtml(bytes);
  if (format == ReportFormat::kCsv || format == ReportFormat::kSoa) CheckCsv(format, bytes);
  if (format == ReportFormat::kMarkdown && !cloudgap::MarkdownTableProblems(bytes).empty()) {
    Fail(format, "a table row lost or gained a column");
  }
}

// Splits `text` at NUL bytes into the fields of a sample assessment.
cloudgap::Assessment Poured(const cloudgap::Catalog& catalog, std::string_view text) {
  cloudgap::Assessment a =
      cloudgap::SampleAssessment(catalog, cloudgap::AssessmentMode::kFull, "2024-05-31T09:30:00Z");
  size_t at = 0;
  auto next = [&]() {
    const size_t end = text.find('\0', at);
    const size_t length = end == std::string_view::npos ? std::string_view::npos : end - at;
    std::string field(text.substr(at, length));
    at = end == std::string_view::npos ? text.size() : end + 1;
    return field;
  };
  a.profile.organisation = next();
  for (size_t i = 0; i < catalog.controls.size() && at < text.size(); ++i) {
    cloudgap::ControlRecord& r = a.controls[catalog.controls[i].id];
    r.notes = next();
    r.owner = next();
    r.evidence.push_back({next(), next()});
    if (i % 7 == 3) {
      r.not_applicable = true;
      r.justification = next();
    }
  }
  return a;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  const std::string_view rest(reinterpret_cast<const char*>(data) + 1, size - 1);
  const cloudgap::Catalog& catalog = cloudgap::BuiltinCatalog();
  const ReportFormat format = cloudgap::kReportFormats[(data[0] >> 1) % 8];
  if (data[0] & 1) {
    Render(catalog, Poured(catalog, rest), format);
  } else if (auto loaded = cloudgap::LoadAssessmentDocument(catalog, rest); loaded.assessment) {
    Render(catalog, *loaded.assessment, format);
  }
  return 0;
}
