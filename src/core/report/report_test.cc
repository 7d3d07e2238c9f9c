#include "core/report/report.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "core/engine/engine_version.h"
#include "core/report/report_json.h"
#include "core/report/report_markdown.h"
#include "core/testing/report_test_util.h"
#include "core/testing/test_catalog.h"

namespace cloudgap {
namespace {

using nlohmann::json;

Assessment Example() {
  Assessment a = NewAssessment(TestCatalog(), TestProfile(), kTestNow);
  AnswerAllAsked(TestCatalog(), Answer::kNo, &a);
  a.answers["5.1.1-q1"] = {Answer::kYes, ""};
  a.answers["5.1.1-q2"] = {Answer::kNotApplicable, "No SaaS | <b>bold</b>"};
  a.profile.organisation = "# Acme | <img src=x onerror=alert(1)>\n- evil";
  a.controls["12.4.1"].owner = "Ops | Team\n# lead";
  a.controls["12.4.1"].notes = "Plan:\n1. buy SIEM";
  a.controls["12.4.1"].evidence = {{"Policy [v2]", "javascript:alert(1)"}};
  a.controls["CLD.12.4.5"].not_applicable = true;
  a.controls["CLD.12.4.5"].justification = "No monitoring | here";
  return a;
}

TEST(JsonReport, HasTheFieldsLaterWorkReliesOn) {
  json r = json::parse(RenderJsonReport(TestCatalog(), Example()));
  EXPECT_EQ(r["report"], "cloudgap-report/1");
  EXPECT_EQ(r["engine"]["version"], EngineVersion());
  EXPECT_EQ(r["engine"]["catalog_version"], TestCatalog().version);
  EXPECT_EQ(r["engine"]["catalog_sha256"], TestCatalog().sha256);
  for (const char* key : {"score", "completion", "readiness"}) {
    EXPECT_TRUE(r["overall"].contains(key)) << key;
  }
  for (const json& c : r["clauses"]) {
    for (const char* key : {"clause", "title", "score"}) EXPECT_TRUE(c.contains(key)) << key;
  }
  ASSERT_EQ(r["controls"].size(), TestCatalog().controls.size());
  for (const json& c : r["controls"]) {
    for (const char* key : {"id", "applicable", "score", "maturity", "target", "gap"}) {
      EXPECT_TRUE(c.contains(key)) << key;
    }
  }
  ASSERT_FALSE(r["roadmap"].empty());
  for (const json& item : r["roadmap"]) {
    for (const char* key :
         {"control", "rank", "phase", "effort_days", "depends_on", "actions", "reason"}) {
      EXPECT_TRUE(item.contains(key)) << key;
    }
  }
  ASSERT_EQ(r["projection"].size(), 4u);
  EXPECT_TRUE(r["projection"][0].contains("score"));
}

// Evidence dates in every report for people and in the JSON, with whether
// the review-by date has passed on the document's day; none when unset.
TEST(Reports, EvidenceDatesAndWhetherTheyArePast) {
  Assessment a = Example();
  a.updated_at = "2024-06-10T00:00:00Z";
  a.controls["12.4.1"].evidence = {{"Policy v2", "", "2023-01-01", "2024-06-09"},
                                   {"Runbook", "", "", "2025-01-01"},
                                   {"Undated", ""}};
  const json r = json::parse(RenderJsonReport(TestCatalog(), a));
  const json* evidence = nullptr;
  for (const json& c : r["controls"]) {
    if (c["id"] == "12.4.1") evidence = &c["evidence"];
  }
  ASSERT_NE(evidence, nullptr);
  ASSERT_EQ(evidence->size(), 3u);
  EXPECT_EQ((*evidence)[0]["date"], "2023-01-01");
  EXPECT_EQ((*evidence)[0]["expired"], true);
  EXPECT_EQ((*evidence)[1]["expired"], false);
  EXPECT_FALSE((*evidence)[1].contains("date"));
  EXPECT_FALSE((*evidence)[2].contains("review_by"));
  EXPECT_FALSE((*evidence)[2].contains("expired"));
  const std::string md = RenderMarkdownReport(TestCatalog(), a);
  EXPECT_NE(md.find("- Evidence: Policy v2; dated 2023-01-01, review by 2024-06-09 (past it)\n"),
            std::string::npos);
  EXPECT_NE(md.find("- Evidence: Runbook; review by 2025-01-01\n"), std::string::npos);
  EXPECT_NE(md.find("- Evidence: Undated\n"), std::string::npos);
  const std::string html = RenderReport(TestCatalog(), a, ReportFormat::kHtml).bytes;
  EXPECT_NE(html.find("Policy v2; dated 2023-01-01, review by 2024-06-09 (past it)</li>"),
            std::string::npos);
}

// What a team recorded per control: who reviewed it, its status, and whose
// question packs answered it; written only when set.
TEST(Reports, ReviewAndWhoAnswered) {
  Assessment a = Example();
  a.controls["12.4.1"].status = WorkStatus::kReviewed;
  a.controls["12.4.1"].reviewer = "Dana";
  a.controls["12.4.1"].answered_by = {"Alice", "Bob"};
  a.controls["5.1.1"].reviewer = "Eve";
  const json r = json::parse(RenderJsonReport(TestCatalog(), a));
  for (const json& c : r["controls"]) {
    if (c["id"] == "12.4.1") {
      EXPECT_EQ(c["work_status"], "reviewed");
      EXPECT_EQ(c["reviewer"], "Dana");
      EXPECT_EQ(c["answered_by"], json::array({"Alice", "Bob"}));
    } else if (c["id"] == "5.1.1") {
      EXPECT_FALSE(c.contains("work_status"));
      EXPECT_EQ(c["reviewer"], "Eve");
    } else {
      EXPECT_FALSE(c.contains("reviewer") || c.contains("answered_by")) << c["id"];
    }
  }
  const std::string md = RenderMarkdownReport(TestCatalog(), a);
  EXPECT_NE(md.find("- Review: Reviewed by Dana\n- Answered by: Alice, Bob\n"), std::string::npos);
  EXPECT_NE(md.find("- Review: reviewer Eve\n"), std::string::npos);
  const std::string html = RenderReport(TestCatalog(), a, ReportFormat::kHtml).bytes;
  EXPECT_NE(html.find("Reviewed by Dana"), std::string::npos);
  EXPECT_NE(html.find("Alice, Bob"), std::string::npos);
}

TEST(JsonReport, ValuesMatchTheEvaluation) {
  json r = json::parse(RenderJsonReport(TestCatalog(), Example()));
  // 5.1.1: one yes, one N/A -> 100. Others no -> 0. CLD.12.4.5 N/A. Weights 3, 5, 2, 4.
  EXPECT_EQ(r["overall"]["score"], 21.4);  // 300 / 14 = 21.43
  EXPECT_EQ(r["controls"][0]["score"], 100);
  EXPECT_EQ(r["controls"][4]["applicable"], false);
  EXPECT_EQ(r["controls"][4]["status"], "not_applicable");
  EXPECT_EQ(r["controls"][4]["not_applicable_justification"], "No monitoring | here");
  EXPECT_TRUE(r["controls"][4]["score"].is_null());
  EXPECT_TRUE(r["controls"][4]["gap"].is_null());
  EXPECT_EQ(r["controls"][0]["not_applicable_questions"][0]["question"], "5.1.1-q2");
  EXPECT_EQ(r["controls"][5]["status"], "out_of_scope");
  EXPECT_EQ(r["roadmap"][0]["control"], "CLD.6.3.1");
  EXPECT_EQ(r["roadmap"][0]["rank"], 1);
  EXPECT_EQ(r["roadmap"][2]["depends_on"], json::array({"CLD.6.3.1"}));
  EXPECT_EQ(r["overall"]["readiness"], "early_stage");
}

TEST(JsonReport, SameInputSameBytes) {
  EXPECT_EQ(RenderJsonReport(TestCatalog(), Example()), RenderJsonReport(TestCatalog(), Example()));
}

TEST(MarkdownReport, StatesEngineAndCatalog) {
  const std::string md = RenderMarkdownReport(TestCatalog(), Example());
  EXPECT_NE(md.find(std::string("CloudGap ") + EngineVersion()), std::string::npos);
  EXPECT_NE(md.find(TestCatalog().sha256), std::string::npos);
  EXPECT_NE(md.find("## How the score is calculated"), std::string::npos);
  EXPECT_NE(md.find("## Statement of Applicability"), std::string::npos);
  EXPECT_NE(md.find("First step for CLD.6.3.1."), std::string::npos);
}

TEST(MarkdownReport, UserTextCannotBreakTheDocument) {
  const std::string md = RenderMarkdownReport(TestCatalog(), Example());
  EXPECT_EQ(md.find("<img"), std::string::npos);
  EXPECT_EQ(md.find("<b>"), std::string::npos);
  EXPECT_EQ(md.find("\n# lead"), std::string::npos);
  EXPECT_EQ(md.find("\n- evil"), std::string::npos);
  EXPECT_EQ(md.find("\n1. buy"), std::string::npos);
  EXPECT_NE(md.find("Ops \\| Team \\# lead"), std::string::npos);
  EXPECT_NE(md.find("No monitoring \\| here"), std::string::npos);
  // Every table row has the same number of unescaped pipes as its header.
  size_t start = 0;
  int columns = -1;
  while (start < md.size()) {
    size_t end = md.find('\n', start);
    std::string line = md.substr(start, end - start);
    start = end + 1;
    if (line.empty() || line[0] != '|') {
      columns = -1;
      continue;
    }
    const int pipes = MarkdownPipes(line);
    if (columns < 0) columns = pipes;
    EXPECT_EQ(pipes, columns) << line;
  }
}

TEST(MarkdownReport, SameInputSameBytes) {
  EXPECT_EQ(RenderMarkdownReport(TestCatalog(), Example()),
            RenderMarkdownReport(TestCatalog(), Example()));
}

}  // namespace
}  // namespace cloudgap
