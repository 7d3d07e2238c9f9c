#include "core/explain.h"

#include <gtest/gtest.h>

#include "core/scoring.h"
#include "core/test_catalog.h"

namespace cloudgap {
namespace {

std::string Joined(const std::vector<std::string>& lines) {
  std::string out;
  for (const std::string& l : lines) out += l + "\n";
  return out;
}

bool Has(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

class ExplainTest : public ::testing::Test {
 protected:
  std::string Explain(size_t index) {
    return Joined(ExplainControl(TestCatalog(), a_, Evaluate(TestCatalog(), a_), index));
  }
  Assessment a_ = NewAssessment(TestCatalog(), TestProfile(), kTestNow);
};

TEST_F(ExplainTest, ShowsTheArithmetic) {
  a_.answers["12.4.1-q1"] = {Answer::kYes, ""};
  a_.answers["12.4.1-q2"] = {Answer::kPartly, ""};
  a_.answers["12.4.1-q4"] = {Answer::kDontKnow, ""};
  const std::string text = Explain(3);
  EXPECT_TRUE(Has(text, "12.4.1 Title of 12.4.1: score 50 of 100, maturity 2, target 3, gap 1."))
      << text;
  EXPECT_TRUE(Has(text, "Counted answers: 3 (yes 1 x 1, partly 1 x 0.5, no 0 x 0, don't know 1 x 0) = 1.5 points."))
      << text;
  EXPECT_TRUE(Has(text, "Score = 100 x 1.5 / 3 = 50.")) << text;
  EXPECT_TRUE(Has(text, "\"Don't know\" counts as not implemented: 1 answer")) << text;
  EXPECT_TRUE(Has(text, "from the score (0 at 0, 1 below 40, 2 from 40, 3 from 60")) << text;
  EXPECT_TRUE(Has(text, "Gap = target - maturity = 3 - 2 = 1")) << text;
  EXPECT_TRUE(Has(text, "Risk weight 4 of 5")) << text;
}

TEST_F(ExplainTest, SaysWhatWasLeftOut) {
  a_.answers["6.1.1-q1"] = {Answer::kYes, ""};
  a_.answers["6.1.1-q2"] = {Answer::kNotApplicable, "No PaaS"};
  EXPECT_TRUE(Has(Explain(2), "Left out of the score, not counted as failures: 1 question not "
                              "applicable, 0 unanswered."));
}

TEST_F(ExplainTest, ExplicitMaturity) {
  a_.answers["6.1.1-q1"] = {Answer::kYes, ""};
  a_.controls["6.1.1"].maturity = 2;
  a_.controls["6.1.1"].target = 4;
  const std::string text = Explain(2);
  EXPECT_TRUE(Has(text, "Maturity 2 of 5: set by hand (the answers alone would give 5).")) << text;
  EXPECT_TRUE(Has(text, "Target 4: set for this control.")) << text;
}

TEST_F(ExplainTest, StatusesWithoutAScore) {
  EXPECT_TRUE(Has(Explain(5), "not in scope for your role"));
  EXPECT_TRUE(Has(Explain(4), "not assessed yet"));
  a_.controls["6.1.1"].not_applicable = true;
  a_.controls["6.1.1"].justification = "Group does it";
  EXPECT_TRUE(Has(Explain(2), "not applicable (\"Group does it\")"));
  EXPECT_TRUE(ExplainControl(TestCatalog(), a_, Evaluate(TestCatalog(), a_), 99).empty());
}

TEST_F(ExplainTest, Overall) {
  AnswerAllAsked(TestCatalog(), Answer::kPartly, &a_);
  const std::string text = Joined(ExplainOverall(TestCatalog(), Evaluate(TestCatalog(), a_)));
  EXPECT_TRUE(Has(text, "Overall score 50 of 100: the risk-weighted mean of 5 scored controls"))
      << text;
  EXPECT_TRUE(Has(text, "Completion 100%: 11 of 11 questions answered")) << text;
  EXPECT_TRUE(Has(text, "1 not in scope for your role")) << text;
  EXPECT_TRUE(Has(text, "Readiness: Significant gaps.")) << text;
}

TEST(ScoringRules, UseTheCatalogCredits) {
  const std::string text = Joined(ScoringRules(TestCatalog()));
  EXPECT_TRUE(Has(text, "yes 1, partly 0.5, no 0, don't know 0")) << text;
}

}  // namespace
}  // namespace cloudgap
