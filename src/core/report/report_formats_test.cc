// Tests of report.h (formats, names, file names) and of what the Markdown, HTML
// and CSV reports say. OSCAL has oscal_test.cc; hostile text, report_hostile_test.cc.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "core/catalog/catalog_loader.h"
#include "core/document/sample_assessment.h"
#include "core/engine/audit_plan.h"
#include "core/engine/engine_version.h"
#include "core/engine/quick_summary.h"
#include "core/engine/scoring.h"
#include "core/engine/wording.h"
#include "core/report/report.h"
#include "core/report/report_html.h"
#include "core/report/report_json.h"
#include "core/report/report_markdown.h"
#include "core/testing/fixtures.h"
#include "core/testing/report_test_util.h"
#include "core/testing/test_catalog.h"

namespace cloudgap {
namespace {

std::string Render(ReportFormat format, const Assessment& a = ExampleAssessment()) {
  return RenderReport(TestCatalog(), a, format).bytes;
}

TEST(ReportFormat, NamesRoundTrip) {
  const char* names[] = {"json", "md",       "html",       "csv",
                         "soa",  "oscal-ar", "oscal-poam", "oscal-catalog"};
  size_t i = 0;
  for (ReportFormat format : kReportFormats) {
    EXPECT_EQ(ReportFormatName(format), std::string(names[i++]));
    EXPECT_EQ(ParseReportFormat(ReportFormatName(format)), format);
    EXPECT_STRNE(ReportFormatLabel(format), "");
  }
  EXPECT_EQ(i, 8u);
  for (const char* bad : {"", "JSON", "pdf", "oscal", "markdown", "html "}) {
    EXPECT_FALSE(ParseReportFormat(bad)) << bad;
  }
}

TEST(ReportFormat, MimeTypesAndExtensions) {
  struct Case {
    ReportFormat format;
    const char* mime;
    const char* extension;
  };
  for (const Case& c : {Case{ReportFormat::kJson, "application/json", "json"},
                        Case{ReportFormat::kMarkdown, "text/markdown;charset=utf-8", "md"},
                        Case{ReportFormat::kHtml, "text/html;charset=utf-8", "html"},
                        Case{ReportFormat::kCsv, "text/csv;charset=utf-8", "csv"},
                        Case{ReportFormat::kSoa, "text/csv;charset=utf-8", "csv"},
                        Case{ReportFormat::kOscalPoam, "application/json", "json"}}) {
    const RenderedReport report = RenderReport(TestCatalog(), ExampleAssessment(), c.format);
    EXPECT_EQ(report.mime_type, c.mime);
    EXPECT_EQ(report.file_extension, c.extension);
    EXPECT_FALSE(report.bytes.empty());
  }
}

TEST(ReportFileName, IsAsciiSlugAndDate) {
  Assessment a = ExampleAssessment();
  EXPECT_EQ(ReportFileName(a, ReportFormat::kHtml), "cloudgap-acme-ltd-2024-05-03.html");
  EXPECT_EQ(ReportFileName(a, ReportFormat::kMarkdown), "cloudgap-acme-ltd-2024-05-03.md");
  EXPECT_EQ(ReportFileName(a, ReportFormat::kJson), "cloudgap-acme-ltd-2024-05-03-report.json");
  EXPECT_EQ(ReportFileName(a, ReportFormat::kCsv), "cloudgap-acme-ltd-2024-05-03-findings.csv");
  EXPECT_EQ(ReportFileName(a, ReportFormat::kSoa), "cloudgap-acme-ltd-2024-05-03-soa.csv");
  EXPECT_EQ(ReportFileName(a, ReportFormat::kOscalAssessmentResults),
            "cloudgap-acme-ltd-2024-05-03-oscal-ar.json");
  EXPECT_EQ(ReportFileName(a, ReportFormat::kOscalPoam),
            "cloudgap-acme-ltd-2024-05-03-oscal-poam.json");
  a.catalog_version = "1.0.0";
  EXPECT_EQ(ReportFileName(a, ReportFormat::kOscalCatalog),
            "cloudgap-catalog-iso27017-1.0.0-oscal.json");

  a.profile.organisation =
      "Soci\xC3\xA9t\xC3\xA9 G\xC3\xA9n\xC3\xA9rale & Fr\xC3\xBC"
      "chte Stra\xC3\x9F"
      "e";
  EXPECT_EQ(ReportFileName(a, ReportFormat::kHtml),
            "cloudgap-societe-generale-fruchte-strasse-2024-05-03.html");
  a.profile.organisation = "../../etc/passwd <script>";
  EXPECT_EQ(ReportFileName(a, ReportFormat::kHtml), "cloudgap-etc-passwd-script-2024-05-03.html");
  for (const char* nothing : {"", "   ", "\xF0\x9F\x98\x80\xE2\x80\xAE", "\xD7\xA9\xD7\x9C"}) {
    a.profile.organisation = nothing;
    EXPECT_EQ(ReportFileName(a, ReportFormat::kSoa), "cloudgap-assessment-2024-05-03-soa.csv");
  }
  a.profile.organisation = std::string(300, 'x');
  EXPECT_EQ(ReportFileName(a, ReportFormat::kHtml),
            "cloudgap-" + std::string(40, 'x') + "-2024-05-03.html");
}

TEST(RenderReport, SameBytesAsTheRenderersAndEveryTime) {
  const Assessment a = ExampleAssessment();
  EXPECT_EQ(Render(ReportFormat::kJson), RenderJsonReport(TestCatalog(), a));
  EXPECT_EQ(Render(ReportFormat::kMarkdown), RenderMarkdownReport(TestCatalog(), a));
  for (ReportFormat format : kReportFormats) {
    EXPECT_EQ(Render(format), Render(format)) << ReportFormatName(format);
  }
}

TEST(RenderReport, EveryFormatNamesTheEngineAndTheCatalogHash) {
  for (ReportFormat format : kReportFormats) {
    const std::string bytes = Render(format);
    EXPECT_TRUE(Contains(bytes, TestCatalog().sha256)) << ReportFormatName(format);
    EXPECT_TRUE(Contains(bytes, EngineVersion())) << ReportFormatName(format);
  }
}

TEST(RenderReport, TheBuiltInCatalogRendersInEveryFormat) {
  const Catalog& catalog = BuiltinCatalog();
  for (AssessmentMode mode : {AssessmentMode::kQuick, AssessmentMode::kFull}) {
    const Assessment a = SampleAssessment(catalog, mode, kTestNow);
    for (ReportFormat format : kReportFormats) {
      const std::string bytes = RenderReport(catalog, a, format).bytes;
      EXPECT_GT(bytes.size(), 1000u) << ReportFormatName(format);
      if (format != ReportFormat::kMarkdown && format != ReportFormat::kHtml &&
          format != ReportFormat::kCsv && format != ReportFormat::kSoa) {
        EXPECT_TRUE(nlohmann::json::accept(bytes)) << ReportFormatName(format);
      }
    }
  }
}

// A quick scan's few answers give the audit estimate as a range, in every
// report that has the estimate; a full assessment's report gives the months.
TEST(RenderReport, AQuickScanGivesTheAuditEstimateAsARange) {
  const Catalog& catalog = BuiltinCatalog();
  for (AssessmentMode mode : {AssessmentMode::kQuick, AssessmentMode::kFull}) {
    const Assessment a = SampleAssessment(catalog, mode, kTestNow);
    const Evaluation e = Evaluate(catalog, a);
    const AuditRange range = EstimateAuditRange(catalog, a, e);
    ASSERT_TRUE(range.earliest.available);
    const std::string words = AuditMonthsWords(range);
    const bool quick = mode == AssessmentMode::kQuick;
    for (ReportFormat format : {ReportFormat::kMarkdown, ReportFormat::kHtml}) {
      const std::string bytes = RenderReport(catalog, a, format).bytes;
      EXPECT_EQ(Contains(bytes, std::string(kQuickScanRangeLead) + words), quick)
          << ReportFormatName(format);
    }
    const nlohmann::json audit =
        nlohmann::json::parse(RenderReport(catalog, a, ReportFormat::kJson).bytes)["audit"];
    ASSERT_EQ(audit.contains("range"), quick);
    if (!quick) continue;
    EXPECT_EQ(audit["range"]["words"], words);
    EXPECT_EQ(audit["range"]["stage1_months"][0], range.earliest.stage1_month);
    EXPECT_EQ(audit["range"]["stage2_months"][1], range.latest.stage2_month);
    EXPECT_LE(range.earliest.stage2_month, range.latest.stage2_month);
  }
}

TEST(StatementOfApplicability, SaysWhyAndHowFarEachControlIs) {
  const Assessment a = ExampleAssessment();
  const Evaluation e = Evaluate(TestCatalog(), a);
  const std::vector<SoaEntry> soa = StatementOfApplicability(TestCatalog(), a, e);
  ASSERT_EQ(soa.size(), 6u);
  // 5.1.1, CLD.6.3.1, 6.1.1, 12.4.1, CLD.12.4.5, 12.1.2.
  EXPECT_EQ(soa[0].applicable, "Yes");
  EXPECT_EQ(soa[0].justification, std::string(kCloudGuidance) + "; 5.1.1-q2: No SaaS here");
  EXPECT_EQ(soa[0].implementation, "Implemented");
  EXPECT_EQ(soa[1].implementation, "Not implemented");
  EXPECT_EQ(soa[2].implementation, "Partially implemented");
  EXPECT_EQ(soa[4].applicable, "No");
  EXPECT_EQ(soa[4].justification, "No monitoring here");
  EXPECT_EQ(soa[4].implementation, "Not applicable");
  EXPECT_EQ(soa[5].applicable, "Not in scope");
  EXPECT_EQ(soa[5].implementation, "Not in scope");
  EXPECT_EQ(soa[5].justification,
            "ISO/IEC 27017 gives this control to the cloud service provider alone; it does not "
            "apply to a cloud service customer.");
  EXPECT_EQ(soa[1].justification, kCloudGuidance);
  Assessment unanswered = a;
  for (const char* q : {"12.4.1-q1", "12.4.1-q2", "12.4.1-q4"}) unanswered.answers.erase(q);
  EXPECT_EQ(
      StatementOfApplicability(TestCatalog(), unanswered, Evaluate(TestCatalog(), unanswered))[3]
          .implementation,
      "Not assessed");
}

TEST(StatementOfApplicability, ApplicableWithoutCloudGuidanceIsSaidSo) {
  // 5.1.1 applies to both parties, but 27017 guides only the provider here.
  Catalog catalog = TestCatalog();
  catalog.controls[0].guidance_for = {Role::kProvider};
  const Assessment a = ExampleAssessment();
  const std::vector<SoaEntry> soa = StatementOfApplicability(catalog, a, Evaluate(catalog, a));
  EXPECT_EQ(soa[0].applicable, "Yes");
  EXPECT_EQ(soa[0].justification, std::string(kBaselineOnly) + "; 5.1.1-q2: No SaaS here");
  // A control applying to the role but with no question asked of its service
  // models (a catalog the loader would refuse) says so rather than claiming 27017.
  catalog.controls[5].applies_to = {Role::kCustomer, Role::kProvider};
  const std::vector<SoaEntry> odd = StatementOfApplicability(catalog, a, Evaluate(catalog, a));
  EXPECT_EQ(odd[5].justification,
            "No question applies to a cloud service customer using IaaS, PaaS, SaaS.");
}

TEST(ReportFindings, SayWhoseGuidanceAndCarryTheMappings) {
  Catalog catalog = TestCatalog();
  catalog.controls[0].guidance_for = {Role::kProvider};  // The customer is on the baseline.
  const Assessment a = ExampleAssessment();
  const std::string md = RenderReport(catalog, a, ReportFormat::kMarkdown).bytes;
  EXPECT_NE(md.find(std::string("- ") + kBaselineOnly + "\n"), std::string::npos);
  EXPECT_NE(md.find(std::string("- ") + kCloudGuidance + "\n"), std::string::npos);
  EXPECT_NE(md.find("- NIST SP 800-53 Rev. 5 (via ISO/IEC 27001:2022): PL-1, PM-1\n"),
            std::string::npos);
  EXPECT_NE(md.find("5.23 Cloud services (CloudGap's judgement)"), std::string::npos);
  EXPECT_NE(md.find(kSoaScope), std::string::npos);
  const std::string html = RenderReport(catalog, a, ReportFormat::kHtml).bytes;
  EXPECT_NE(html.find("<dt>Applicability</dt>"), std::string::npos);
  EXPECT_NE(html.find("PL-1, PM-1 (via ISO/IEC 27001:2022)"), std::string::npos);
}

TEST(SoaCsv, OneRowPerControlWithTheStatement) {
  std::string error;
  const CsvTable rows = ParseCsv(Render(ReportFormat::kSoa).substr(3), &error);
  ASSERT_EQ(error, "");
  ASSERT_EQ(rows.size(), 7u);
  EXPECT_EQ(rows[0], (std::vector<std::string>{
                         "Control", "Title", "Applicable", "Justification", "Implementation status",
                         "ISO/IEC 27002:2022", "NIST SP 800-53 Rev. 5 (via ISO/IEC 27001:2022)",
                         "Maturity", "Target", "CloudGap version", "Catalog", "Catalog SHA-256"}));
  EXPECT_EQ(rows[1][0], "5.1.1");
  EXPECT_EQ(rows[1][2], "Yes");
  EXPECT_EQ(rows[1][3], std::string(kCloudGuidance) + "; 5.1.1-q2: No SaaS here");
  EXPECT_EQ(rows[1][4], "Implemented");
  EXPECT_EQ(rows[1][5], "5.1 Policies for information security");
  EXPECT_EQ(rows[1][6], "PL-1, PM-1");
  EXPECT_EQ(rows[2][5], "5.23 Cloud services (CloudGap's judgement)");
  EXPECT_EQ(rows[1][7], "5");
  EXPECT_EQ(rows[5][2], "No");
  EXPECT_EQ(rows[5][7], "");
  EXPECT_EQ(rows[6][2], "Not in scope");
  EXPECT_EQ(rows[6][11], TestCatalog().sha256);
}

TEST(FindingsCsv, OneRowPerControlWithRoadmapColumns) {
  const std::string csv = Render(ReportFormat::kCsv);
  ASSERT_EQ(csv.substr(0, 3), "\xEF\xBB\xBF");
  std::string error;
  const CsvTable rows = ParseCsv(csv.substr(3), &error);
  ASSERT_EQ(error, "");
  ASSERT_EQ(rows.size(), 7u);
  for (const auto& row : rows) EXPECT_EQ(row.size(), rows[0].size());
  const auto column = [&](const std::string& name) {
    for (size_t i = 0; i < rows[0].size(); ++i) {
      if (rows[0][i] == name) return i;
    }
    ADD_FAILURE() << "no column " << name;
    return size_t{0};
  };
  EXPECT_EQ(rows[2][column("Control")], "CLD.6.3.1");
  EXPECT_EQ(rows[2][column("Roadmap rank")], "1");
  EXPECT_EQ(rows[2][column("Phase")], "0-30 days");
  EXPECT_EQ(rows[2][column("Gap")], "3");
  EXPECT_EQ(rows[2][column("Actions")],
            "1. First step for CLD.6.3.1.\n2. Second step for CLD.6.3.1.");
  EXPECT_EQ(rows[4][column("Owner")], "Head of IT");
  EXPECT_EQ(rows[4][column("Due date")], "2024-09-30");
  EXPECT_EQ(rows[4][column("Evidence")],
            "Logging standard (https://intranet.example/logging); Script (javascript:alert(1))");
  EXPECT_EQ(rows[4][column("Depends on")], "CLD.6.3.1");
  EXPECT_EQ(rows[3][column("Maturity source")], "set by hand");
  EXPECT_EQ(rows[1][column("Roadmap rank")], "");  // 5.1.1 meets its target.
  EXPECT_EQ(rows[5][column("N/A justification")], "No monitoring here");
  EXPECT_EQ(rows[6][column("Status")], "not in scope for your role");
}

TEST(HtmlReport, IsOneSelfContainedPrintableDocument) {
  const std::string html = Render(ReportFormat::kHtml);
  EXPECT_EQ(html.rfind("<!DOCTYPE html>\n<html lang=\"en\">", 0), 0u);
  EXPECT_TRUE(Contains(html, "<meta charset=\"utf-8\">"));
  EXPECT_TRUE(Contains(html, "content=\"default-src 'none'; style-src 'sha256-"));
  EXPECT_TRUE(Contains(html, "@media print"));
  EXPECT_TRUE(Contains(html, "break-before:page"));
  EXPECT_TRUE(Contains(html, "<svg class=\"chart\""));
  for (const char* id : {"summary", "clauses", "findings", "roadmap", "soa", "method", "about"}) {
    EXPECT_TRUE(Contains(html, std::string("<section id=\"") + id + "\">")) << id;
  }
  EXPECT_FALSE(Contains(html, "<script"));
  EXPECT_FALSE(Contains(html, "src="));
  EXPECT_FALSE(Contains(html, "url("));
  EXPECT_FALSE(Contains(html, "@import"));
  EXPECT_EQ(html.find("<style>"), html.rfind("<style>"));
  EXPECT_TRUE(Contains(html, "<title>Test catalog self-assessment: Acme Ltd (2024-05-03)</title>"));
  EXPECT_TRUE(Contains(html, "CloudGap " + std::string(EngineVersion())));
}

TEST(HtmlReport, EvidenceLinksOnlyForWebAddresses) {
  const std::string html = Render(ReportFormat::kHtml);
  EXPECT_TRUE(Contains(html,
                       "<a href=\"https://intranet.example/logging\" rel=\"noopener noreferrer\" "
                       "target=\"_blank\">https://intranet.example/logging</a>"));
  EXPECT_TRUE(Contains(html, "Script: <span class=\"mono\">javascript:alert(1)</span>"));
  EXPECT_FALSE(Contains(html, "href=\"javascript"));
  EXPECT_EQ(HtmlEvidence({"t", "https://a.example/?x=1&y=\"2\""}),
            "t: <span class=\"mono\">https://a.example/?x=1&amp;y=&quot;2&quot;</span>");
  EXPECT_EQ(HtmlEvidence({"", "https://a.example/?x=1&y=2"}),
            "<a href=\"https://a.example/?x=1&amp;y=2\" rel=\"noopener noreferrer\" "
            "target=\"_blank\">https://a.example/?x=1&amp;y=2</a>");
}

TEST(HtmlReport, HasTheSameContentAsTheMarkdown) {
  const std::string html = Render(ReportFormat::kHtml);
  const std::string md = Render(ReportFormat::kMarkdown);
  for (const char* text :
       {"Executive summary", "Scores by clause", "Maturity by control", "Findings per control",
        "Roadmap", "Score projection", "Statement of Applicability", "How the score is calculated",
        "Engine and catalog", "First step for CLD.6.3.1.", "No monitoring here",
        "Partially implemented", "Top priorities"}) {
    EXPECT_TRUE(Contains(html, text)) << text;
    EXPECT_TRUE(Contains(md, text)) << text;
  }
}

TEST(MarkdownReport, TablesKeepTheirColumns) {
  EXPECT_EQ(MarkdownTableProblems(Render(ReportFormat::kMarkdown)), std::vector<std::string>{});
  const Catalog& catalog = BuiltinCatalog();
  const std::string md =
      RenderReport(catalog, SampleAssessment(catalog, AssessmentMode::kFull, kTestNow),
                   ReportFormat::kMarkdown)
          .bytes;
  EXPECT_EQ(MarkdownTableProblems(md), std::vector<std::string>{});
}

}  // namespace
}  // namespace cloudgap
