#include "core/engine/explain.h"

#include <gtest/gtest.h>

#include "core/engine/scoring.h"
#include "core/testing/fixtures.h"
#include "core/testing/test_catalog.h"

namespace cloudgap {
namespace {

std::string Joined(const std::vector<std::string>& lines) {
  std::string out;
  for (const std::string& l : lines) out += l + "\n";
  return out;
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
  EXPECT_TRUE(
      Contains(text, "12.4.1 Title of 12.4.1: score 50 of 100, maturity 2, target 3, gap 1."))
      << text;
  EXPECT_TRUE(Contains(
      text,
      "Counted answers: 3 (yes 1 x 1, partly 1 x 0.5, no 0 x 0, don't know 1 x 0) = 1.5 points."))
      << text;
  EXPECT_TRUE(Contains(text, "Score = 100 x 1.5 / 3 = 50.")) << text;
  EXPECT_TRUE(Contains(text, "\"Don't know\" counts as not implemented: 1 answer")) << text;
  EXPECT_TRUE(Contains(text, "from the score (0 at 0, 1 below 40, 2 from 40, 3 from 60")) << text;
  EXPECT_TRUE(Contains(text, "Gap = target - maturity = 3 - 2 = 1")) << text;
  EXPECT_TRUE(Contains(text, "Risk weight 4 of 5")) << text;
}

TEST_F(ExplainTest, SaysWhatWasLeftOut) {
  a_.answers["6.1.1-q1"] = {Answer::kYes, ""};
  a_.answers["6.1.1-q2"] = {Answer::kNotApplicable, "No PaaS"};
  EXPECT_TRUE(Contains(Explain(2),
                       "Left out of the score, not counted as failures: 1 question not "
                       "applicable, 0 unanswered."));
}

TEST_F(ExplainTest, ExplicitMaturity) {
  a_.answers["6.1.1-q1"] = {Answer::kYes, ""};
  a_.controls["6.1.1"].maturity = 2;
  a_.controls["6.1.1"].target = 4;
  const std::string text = Explain(2);
  EXPECT_TRUE(Contains(text, "Maturity 2 of 5: set by hand (the answers alone would give 5)."))
      << text;
  EXPECT_TRUE(Contains(text, "Target 4: set for this control.")) << text;
}

TEST_F(ExplainTest, StatusesWithoutAScore) {
  EXPECT_TRUE(Contains(Explain(5), "not in scope for your role"));
  EXPECT_TRUE(Contains(Explain(4), "not assessed yet"));
  a_.controls["6.1.1"].not_applicable = true;
  a_.controls["6.1.1"].justification = "Group does it";
  EXPECT_TRUE(Contains(Explain(2), "not applicable (\"Group does it\")"));
  EXPECT_TRUE(ExplainControl(TestCatalog(), a_, Evaluate(TestCatalog(), a_), 99).empty());
}

TEST_F(ExplainTest, Overall) {
  AnswerAllAsked(TestCatalog(), Answer::kPartly, &a_);
  const std::string text = Joined(ExplainOverall(TestCatalog(), Evaluate(TestCatalog(), a_)));
  EXPECT_TRUE(
      Contains(text, "Overall score 50 of 100: the risk-weighted mean of 5 scored controls"))
      << text;
  EXPECT_TRUE(Contains(text, "Completion 100%: 11 of 11 questions answered")) << text;
  EXPECT_TRUE(Contains(text, "1 not in scope for your role")) << text;
  EXPECT_TRUE(Contains(text, "Readiness: Significant gaps.")) << text;
}

// The profile in words: the services chosen, in order, and the mode.
TEST_F(ExplainTest, NamesTheProfileAsChosen) {
  a_.profile.services = {true, false, true};
  EXPECT_EQ(ExplainControl(TestCatalog(), a_, Evaluate(TestCatalog(), a_), 5),
            std::vector<std::string>{"12.1.2 Title of 12.1.2: not in scope for your role. None of "
                                     "its questions is asked of a cloud service customer (IaaS, "
                                     "SaaS, full assessment). It is left out of every score."});
  a_.profile.services = {false, true, false};
  a_.profile.mode = AssessmentMode::kQuick;
  EXPECT_TRUE(Contains(Explain(5), "asked of a cloud service customer (PaaS, quick scan)."))
      << Explain(5);
}

// Lines that only appear when there is something to say, and their wording
// when there is.
TEST_F(ExplainTest, OnlyWhatApplies) {
  a_.answers["6.1.1-q1"] = {Answer::kYes, ""};
  a_.answers["6.1.1-q2"] = {Answer::kYes, ""};
  EXPECT_EQ(
      ExplainControl(TestCatalog(), a_, Evaluate(TestCatalog(), a_), 2),
      (std::vector<std::string>{
          "6.1.1 Title of 6.1.1: score 100 of 100, maturity 5, target 3, gap 0.",
          "Questions asked of a cloud service customer (IaaS, PaaS, SaaS, full assessment): 2.",
          "Counted answers: 2 (yes 2 x 1, partly 0 x 0.5, no 0 x 0, don't know 0 x 0) = 2 "
          "points.",
          "Score = 100 x 2 / 2 = 100.",
          "Maturity 5 of 5: from the score (0 at 0, 1 below 40, 2 from 40, 3 from 60, 4 from "
          "80, 5 at 100).",
          "Target 3: your profile's target.", "No gap: maturity 5 meets target 3.",
          "Risk weight 2 of 5: in the clause and overall scores this control counts 2 times "
          "as much as a weight-1 control."}));
  a_.answers.erase("6.1.1-q2");  // One unanswered, none not applicable.
  EXPECT_TRUE(Contains(Explain(2),
                       "Left out of the score, not counted as failures: 0 questions not "
                       "applicable, 1 unanswered."))
      << Explain(2);
}

TEST_F(ExplainTest, EveryQuestionNotApplicable) {
  a_.answers["6.1.1-q1"] = {Answer::kNotApplicable, "Not used"};
  a_.answers["6.1.1-q2"] = {Answer::kNotApplicable, "Not used"};
  a_.controls["6.1.1"].owner = "CISO";  // A record, but the control is not marked.
  EXPECT_EQ(ExplainControl(TestCatalog(), a_, Evaluate(TestCatalog(), a_), 2),
            std::vector<std::string>{"6.1.1 Title of 6.1.1: not applicable, every question asked "
                                     "was answered not applicable. It is left out of every score "
                                     "and is not counted as a failure."});
}

TEST_F(ExplainTest, AnIndexOutsideTheCatalogOrTheEvaluationExplainsNothing) {
  const Evaluation e = Evaluate(TestCatalog(), a_);
  EXPECT_TRUE(ExplainControl(TestCatalog(), a_, e, TestCatalog().controls.size()).empty());
  Evaluation shorter = e;
  shorter.controls.pop_back();
  EXPECT_TRUE(ExplainControl(TestCatalog(), a_, shorter, shorter.controls.size()).empty());
  EXPECT_FALSE(ExplainControl(TestCatalog(), a_, e, shorter.controls.size()).empty());
  Evaluation longer = e;  // An evaluation of another catalog: the catalog's end counts too.
  longer.controls.push_back(e.controls.back());
  EXPECT_TRUE(ExplainControl(TestCatalog(), a_, longer, TestCatalog().controls.size()).empty());
}

// Only controls with a score count in "the mean of N scored controls"; the
// "don't know" line appears when there is one.
TEST_F(ExplainTest, OverallCountsScoredControlsOnly) {
  a_.answers["5.1.1-q1"] = {Answer::kYes, ""};
  a_.answers["6.1.1-q1"] = {Answer::kNo, ""};
  std::string text = Joined(ExplainOverall(TestCatalog(), Evaluate(TestCatalog(), a_)));
  EXPECT_TRUE(Contains(text, "the risk-weighted mean of 2 scored controls")) << text;
  EXPECT_FALSE(Contains(text, "Don't know")) << text;
  a_.answers["12.4.1-q1"] = {Answer::kDontKnow, ""};
  text = Joined(ExplainOverall(TestCatalog(), Evaluate(TestCatalog(), a_)));
  EXPECT_TRUE(Contains(text, "\"Don't know\": 1 answer, counted as not implemented.")) << text;
}

TEST(ScoringRules, UseTheCatalogCredits) {
  const std::string text = Joined(ScoringRules(TestCatalog()));
  EXPECT_TRUE(Contains(text, "yes 1, partly 0.5, no 0, don't know 0")) << text;
}

}  // namespace
}  // namespace cloudgap
