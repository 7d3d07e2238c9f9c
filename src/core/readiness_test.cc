#include "core/readiness.h"

#include <gtest/gtest.h>

#include "core/scoring.h"
#include "core/test_catalog.h"

namespace cloudgap {
namespace {

Assessment AllAnswered(Answer answer) {
  Assessment a = NewAssessment(TestCatalog(), TestProfile(), kTestNow);
  AnswerAllAsked(TestCatalog(), answer, &a);
  return a;
}

Readiness TierOf(const Assessment& a) { return Evaluate(TestCatalog(), a).overall.readiness; }

TEST(Readiness, FromTheScoreAlone) {
  EXPECT_EQ(TierOf(AllAnswered(Answer::kYes)), Readiness::kAuditReady);
  EXPECT_EQ(TierOf(AllAnswered(Answer::kNo)), Readiness::kEarlyStage);
  EXPECT_EQ(TierOf(NewAssessment(TestCatalog(), TestProfile(), kTestNow)), Readiness::kNotAssessed);
  // All "partly": score 50.
  EXPECT_EQ(TierOf(AllAnswered(Answer::kPartly)), Readiness::kSignificantGaps);
}

TEST(Readiness, AMissingCriticalControlCannotHideBehindTheAverage) {
  Assessment a = AllAnswered(Answer::kYes);
  a.answers["CLD.6.3.1-q1"] = {Answer::kNo, ""};  // Risk 5 control down to 0.
  a.answers["CLD.6.3.1-q3"] = {Answer::kNo, ""};
  Evaluation e = Evaluate(TestCatalog(), a);
  ASSERT_GE(*e.overall.score, 60);  // The average alone would say "close" or better.
  EXPECT_EQ(e.overall.readiness, Readiness::kSignificantGaps);
  ASSERT_GE(e.overall.readiness_reasons.size(), 2u);
  EXPECT_NE(e.overall.readiness_reasons[1].find("CLD.6.3.1"), std::string::npos);
}

TEST(Readiness, UnansweredOrDontKnowKeepsItFromAuditReady) {
  Assessment a = AllAnswered(Answer::kYes);
  a.answers.erase("6.1.1-q2");
  EXPECT_EQ(TierOf(a), Readiness::kClose);
  a = AllAnswered(Answer::kYes);
  a.answers["6.1.1-q2"] = {Answer::kDontKnow, ""};
  Evaluation e = Evaluate(TestCatalog(), a);
  EXPECT_EQ(e.overall.readiness, Readiness::kClose);
  EXPECT_NE(e.overall.readiness_reasons.back().find("don't know"), std::string::npos);
}

TEST(Readiness, HighRiskBelowTargetCapsAtClose) {
  Assessment a = AllAnswered(Answer::kYes);
  a.controls["12.4.1"].target = 5;
  a.controls["12.4.1"].maturity = 4;
  EXPECT_EQ(TierOf(a), Readiness::kClose);
  a.controls["12.4.1"].target = 3;  // A low-risk style gap elsewhere does not cap.
  a.controls["6.1.1"].maturity = 2;
  EXPECT_EQ(TierOf(a), Readiness::kAuditReady);
}

TEST(Readiness, NamesAndLabels) {
  EXPECT_STREQ(ReadinessName(Readiness::kAuditReady), "audit_ready");
  EXPECT_STREQ(ReadinessLabel(Readiness::kSignificantGaps), "Significant gaps");
}

}  // namespace
}  // namespace cloudgap
