#include "core/engine/quick_summary.h"

#include <gtest/gtest.h>

#include "core/catalog/catalog_loader.h"
#include "core/document/applicability.h"
#include "core/document/sample_assessment.h"
#include "core/engine/audit_plan.h"
#include "core/engine/scoring.h"

namespace cloudgap {
namespace {

Assessment QuickScan(Answer answer) {
  const Catalog& catalog = BuiltinCatalog();
  Profile profile;
  profile.mode = AssessmentMode::kQuick;
  profile.organisation = "Acme | <b>Corp</b>";
  Assessment a = NewAssessment(catalog, profile, "2026-01-01T00:00:00Z");
  for (const Control& c : catalog.controls) {
    ForEachAskedQuestion(profile, c, [&](const Question& q) { a.answers[q.id].answer = answer; });
  }
  return a;
}

TEST(QuickSummaryTest, AllNoListsFiveGapsAndTheEffortToCloseThemAll) {
  const Catalog& catalog = BuiltinCatalog();
  const Assessment a = QuickScan(Answer::kNo);
  const Evaluation e = Evaluate(catalog, a);
  const Roadmap r = BuildRoadmap(catalog, a, e);
  ASSERT_GE(r.items.size(), 5u);
  EXPECT_EQ(TopGaps(r).size(), 5u);
  const RoadmapItem* first_control = nullptr;
  int sum = 0;  // Controls only: the certification steps are said apart.
  for (const RoadmapItem& item : r.items) {
    if (item.is_step()) continue;
    if (!first_control) first_control = &item;
    sum += item.effort_days;
  }
  EXPECT_EQ(TopGaps(r)[0], first_control);
  for (const RoadmapItem* item : TopGaps(r)) EXPECT_FALSE(item->is_step());
  const EffortEstimate effort = EstimateEffort(r);
  EXPECT_EQ(effort.person_days, sum);
  EXPECT_DOUBLE_EQ(effort.months, static_cast<double>(sum) / a.profile.capacity_days_per_month);

  const std::string text = QuickScanSummary(catalog, a, e, r);
  EXPECT_NE(text.find("Acme | <b>Corp</b>"), std::string::npos);  // Plain text: kept verbatim.
  EXPECT_NE(text.find("Readiness: Early stage"), std::string::npos);
  EXPECT_NE(text.find("Top gaps to close first:\n1. "), std::string::npos);
  EXPECT_NE(text.find("5. "), std::string::npos);
  EXPECT_EQ(text.find("6. "), std::string::npos);
  EXPECT_NE(text.find(std::to_string(sum) + " person-days"), std::string::npos);
  const AuditRange audit = EstimateAuditRange(catalog, a, e);
  EXPECT_LE(audit.earliest.stage2_month, audit.latest.stage2_month);
  EXPECT_LT(audit.earliest.stage2_month, audit.latest.stage2_month);  // Wide effort ranges.
  EXPECT_NE(text.find("Certification audit (ISO/IEC 27001 with ISO/IEC 27017, no ISMS yet): "
                      "stage 1 between month " +
                      std::to_string(audit.earliest.stage1_month) + " and month " +
                      std::to_string(audit.latest.stage1_month) + ", stage 2 between month " +
                      std::to_string(audit.earliest.stage2_month) + " and month " +
                      std::to_string(audit.latest.stage2_month)),
            std::string::npos)
      << text;
}

TEST(QuickSummaryTest, EffortAndAuditWordsRoundMonthsUpAndSayOneMonthOnce) {
  EffortEstimate effort;
  effort.person_days = 61;
  effort.items = 7;
  effort.months = 3.05;  // Rounded up to the half month: 3.5, never down to 3.
  EXPECT_EQ(EffortWords(effort, 20),
            "about 61 person-days over 7 controls, roughly 3.5 months at 20 person-days a month");
  effort.months = 0;
  EXPECT_EQ(EffortWords(effort, 20), "about 61 person-days over 7 controls");

  AuditRange audit;
  audit.earliest.stage1_month = 4;
  audit.latest.stage1_month = 4;
  audit.earliest.stage2_month = 9;
  audit.latest.stage2_month = 12;
  EXPECT_EQ(AuditMonthsWords(audit), "stage 1 in month 4, stage 2 between month 9 and month 12");
}

TEST(QuickSummaryTest, AllYesSaysThereAreNoGaps) {
  const Catalog& catalog = BuiltinCatalog();
  const Assessment a = QuickScan(Answer::kYes);
  const Evaluation e = Evaluate(catalog, a);
  const Roadmap r = BuildRoadmap(catalog, a, e);
  EXPECT_TRUE(TopGaps(r).empty());
  EXPECT_EQ(EstimateEffort(r).person_days, 0);
  const std::string text = QuickScanSummary(catalog, a, e, r);
  EXPECT_NE(text.find("No gaps against the target maturity of 3."), std::string::npos);
  EXPECT_NE(text.find("score 100 of 100"), std::string::npos);
}

TEST(QuickSummaryTest, SameInputSameText) {
  const Catalog& catalog = BuiltinCatalog();
  const Assessment a = QuickScan(Answer::kPartly);
  const Evaluation e = Evaluate(catalog, a);
  const Roadmap r = BuildRoadmap(catalog, a, e);
  EXPECT_EQ(QuickScanSummary(catalog, a, e, r), QuickScanSummary(catalog, a, e, r));
}

TEST(SampleAssessmentTest, IsDeterministicValidAndMixed) {
  const Catalog& catalog = BuiltinCatalog();
  const Assessment a = SampleAssessment(catalog, AssessmentMode::kFull, "2026-01-01T00:00:00Z");
  EXPECT_TRUE(a == SampleAssessment(catalog, AssessmentMode::kFull, "2026-01-01T00:00:00Z"));
  const Evaluation e = Evaluate(catalog, a);
  ASSERT_TRUE(e.overall.score.has_value());
  EXPECT_GT(*e.overall.score, 20.0);
  EXPECT_LT(*e.overall.score, 90.0);
  EXPECT_DOUBLE_EQ(e.overall.completion, 100.0);
  EXPECT_FALSE(BuildRoadmap(catalog, a, e).items.empty());
}

}  // namespace
}  // namespace cloudgap
