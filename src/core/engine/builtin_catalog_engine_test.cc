// The engine on the catalog that ships (catalog/iso27017.json).
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "core/catalog/catalog_loader.h"
#include "core/document/document_json.h"
#include "core/engine/roadmap.h"
#include "core/engine/scoring.h"
#include "core/report/report_json.h"
#include "core/testing/test_catalog.h"
#include "core/testing/test_source_dir.h"

namespace cloudgap {
namespace {

// The shipped catalog answered `answer` throughout by an organisation in both
// roles, every service model, full assessment.
Assessment AllAnsweredByBoth(Answer answer) {
  Profile p;
  p.role = RoleScope::kBoth;
  Assessment a = NewAssessment(BuiltinCatalog(), p, kTestNow);
  AnswerAllAsked(BuiltinCatalog(), answer, &a);
  return a;
}

TEST(BuiltinCatalogEngine, QuickScanAsksOneQuestionPerControlRoleAndService) {
  const Catalog& catalog = BuiltinCatalog();
  Profile p;
  p.role = RoleScope::kCustomer;
  p.services = {false, false, true};  // SaaS only.
  p.mode = AssessmentMode::kQuick;
  Assessment a = NewAssessment(catalog, p, kTestNow);
  Evaluation e = Evaluate(catalog, a);
  int in_scope = 0;
  for (size_t i = 0; i < catalog.controls.size(); ++i) {
    const ControlResult& r = e.controls[i];
    if (r.status == ControlStatus::kOutOfScope) continue;
    ++in_scope;
    EXPECT_EQ(r.answers.asked, 1) << catalog.controls[i].id;
  }
  EXPECT_EQ(in_scope, 42);  // Not CLD.9.5.1 and CLD.13.1.4, which are the provider's alone.
}

TEST(BuiltinCatalogEngine, EveryControlIsInScopeForSomeRole) {
  const Catalog& catalog = BuiltinCatalog();
  const Assessment a = AllAnsweredByBoth(Answer::kPartly);
  Evaluation e = Evaluate(catalog, a);
  for (size_t i = 0; i < e.controls.size(); ++i) {
    EXPECT_EQ(e.controls[i].status, ControlStatus::kAssessed) << catalog.controls[i].id;
    EXPECT_DOUBLE_EQ(*e.controls[i].score, 50);
  }
}

TEST(BuiltinCatalogEngine, AllNoPutsTheResponsibilityMatrixBeforeWhatNeedsIt) {
  const Catalog& catalog = BuiltinCatalog();
  const Assessment a = AllAnsweredByBoth(Answer::kNo);
  Roadmap r = BuildRoadmap(catalog, a, Evaluate(catalog, a));
  // Every control, and the nine management-system steps of an organisation without an ISMS.
  ASSERT_EQ(r.items.size(), catalog.controls.size() + catalog.management_steps.size());
  int responsibility_rank = 0;
  for (const RoadmapItem& item : r.items) {
    if (item.control_id == "CLD.6.3.1") responsibility_rank = item.rank;
  }
  ASSERT_GT(responsibility_rank, 0);
  for (const RoadmapItem& item : r.items) {
    for (const std::string& dep : item.depends_on) {
      if (dep == "CLD.6.3.1") {
        EXPECT_GT(item.rank, responsibility_rank) << item.control_id;
      }
    }
  }
}

TEST(BuiltinCatalogEngine, FullDocumentRoundTripAndReport) {
  const Catalog& catalog = BuiltinCatalog();
  const Assessment a = AllAnsweredByBoth(Answer::kYes);
  const std::string text = SerializeAssessmentDocument(a);
  DocumentParseResult parsed = ParseAssessmentDocument(catalog, text);
  ASSERT_TRUE(parsed.assessment) << parsed.errors[0].ToString();
  EXPECT_TRUE(parsed.warnings.empty());
  EXPECT_EQ(*parsed.assessment, a);
  nlohmann::json report = nlohmann::json::parse(RenderJsonReport(catalog, a));
  EXPECT_EQ(report["overall"]["score"], 100);
  EXPECT_EQ(report["overall"]["completion"], 100);
  EXPECT_EQ(report["overall"]["readiness"], "audit_ready");
  EXPECT_EQ(report["controls"].size(), catalog.controls.size());
  EXPECT_EQ(report["clauses"].size(), catalog.clauses.size());
  EXPECT_EQ(report["engine"]["catalog_sha256"], catalog.sha256);
  // No control left to fix: only the nine management-system steps (no ISMS yet).
  ASSERT_EQ(report["roadmap"].size(), catalog.management_steps.size());
  EXPECT_EQ(report["roadmap"][0]["kind"], "management_step");
  EXPECT_EQ(report["audit"]["controls_ready_month"], 0);
  EXPECT_GT(report["audit"]["stage2_month"].get<int>(), report["audit"]["stage1_month"].get<int>());
}

TEST(BuiltinCatalogEngine, TheFormatDocumentationExampleIsValid) {
  std::string doc;
  ASSERT_TRUE(ReadSourceFile("docs/assessment-format.md", &doc));
  const size_t start = doc.find("```json\n");
  ASSERT_NE(start, std::string::npos);
  const size_t end = doc.find("```", start + 8);
  DocumentParseResult parsed =
      ParseAssessmentDocument(BuiltinCatalog(), doc.substr(start + 8, end - start - 8));
  ASSERT_TRUE(parsed.assessment) << parsed.errors[0].ToString();
  EXPECT_EQ(parsed.assessment->answers.at("12.4.1-q4").answer, Answer::kNotApplicable);
}

}  // namespace
}  // namespace cloudgap
