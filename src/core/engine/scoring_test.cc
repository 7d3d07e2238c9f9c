#include "core/engine/scoring.h"

#include <gtest/gtest.h>

#include "core/engine/roadmap.h"
#include "core/engine/wording.h"
#include "core/testing/enum_text_testing.h"
#include "core/testing/fixtures.h"
#include "core/testing/test_catalog.h"
#include "core/text/score_format.h"

namespace cloudgap {
namespace {

// Control indices in TestCatalog().
constexpr size_t k511 = 0, kCld631 = 1, k611 = 2, k1241 = 3, kCld1245 = 4, k1212 = 5;

// The worked example of docs/scoring.md, on the test catalog (customer, all services).
Assessment WorkedExample() {
  Assessment a = NewAssessment(TestCatalog(), TestProfile(), kTestNow);
  a.answers["5.1.1-q1"] = {Answer::kYes, ""};
  a.answers["5.1.1-q2"] = {Answer::kPartly, ""};
  a.answers["CLD.6.3.1-q1"] = {Answer::kNo, ""};
  a.answers["CLD.6.3.1-q3"] = {Answer::kDontKnow, ""};
  a.answers["6.1.1-q1"] = {Answer::kYes, ""};
  a.answers["6.1.1-q2"] = {Answer::kNotApplicable, "No PaaS"};
  a.answers["12.4.1-q1"] = {Answer::kYes, ""};
  a.answers["12.4.1-q2"] = {Answer::kPartly, ""};
  a.answers["12.1.2-q1"] = {Answer::kNo, ""};  // Not asked of a customer: ignored.
  return a;
}

TEST(MaturityForScore, BandsAndInverse) {
  EXPECT_EQ(MaturityForScore(0), 0);
  EXPECT_EQ(MaturityForScore(0.1), 1);
  EXPECT_EQ(MaturityForScore(39.9), 1);
  EXPECT_EQ(MaturityForScore(40), 2);
  EXPECT_EQ(MaturityForScore(100.0 * 3 / 5), 3);
  EXPECT_EQ(MaturityForScore(79.99), 3);
  EXPECT_EQ(MaturityForScore(80), 4);
  EXPECT_EQ(MaturityForScore(99.9), 4);
  EXPECT_EQ(MaturityForScore(100), 5);
  for (int level = 0; level <= 5; ++level) {
    EXPECT_EQ(MaturityForScore(ScoreForMaturity(level)), level);
  }
  for (double s = 0; s <= 100; s += 0.5) EXPECT_LE(MaturityForScore(s), MaturityForScore(s + 0.5));
}

// Every band edge from both sides, including just under each (a score of 59.5
// is maturity 2: the band starts at 60, not at 59).
TEST(MaturityForScore, EachEdgeFromBothSides) {
  const struct {
    double score;
    int level;
  } kEdges[] = {{0, 0},  {1e-6, 1}, {19.5, 1}, {39.5, 1}, {40, 2},   {40.5, 2}, {59.5, 2},
                {60, 3}, {60.5, 3}, {79.5, 3}, {80, 4},   {80.5, 4}, {99.5, 4}, {100, 5}};
  for (const auto& edge : kEdges) EXPECT_EQ(MaturityForScore(edge.score), edge.level) << edge.score;
  // Out-of-range levels are clamped, not extrapolated.
  EXPECT_DOUBLE_EQ(ScoreForMaturity(6), 100);
  EXPECT_DOUBLE_EQ(ScoreForMaturity(-1), 0);
}

TEST(Scoring, WorkedExampleControls) {
  Evaluation e = Evaluate(TestCatalog(), WorkedExample());
  const ControlResult& c511 = e.controls[k511];
  EXPECT_EQ(c511.status, ControlStatus::kAssessed);
  EXPECT_DOUBLE_EQ(*c511.score, 75);
  EXPECT_EQ(c511.maturity, 3);
  EXPECT_EQ(c511.gap, 0);

  const ControlResult& c631 = e.controls[kCld631];
  EXPECT_DOUBLE_EQ(*c631.score, 0);
  EXPECT_EQ(c631.answers.dont_know, 1);
  EXPECT_EQ(c631.maturity, 0);
  EXPECT_EQ(c631.gap, 3);

  const ControlResult& c611 = e.controls[k611];  // One yes, one N/A: N/A is left out.
  EXPECT_DOUBLE_EQ(*c611.score, 100);
  EXPECT_EQ(c611.answers.na, 1);
  EXPECT_EQ(c611.maturity, 5);

  const ControlResult& c1241 = e.controls[k1241];  // Unanswered q4 is left out.
  EXPECT_DOUBLE_EQ(*c1241.score, 75);
  EXPECT_EQ(c1241.answers.unanswered, 1);

  EXPECT_EQ(e.controls[kCld1245].status, ControlStatus::kNotAssessed);
  EXPECT_FALSE(e.controls[kCld1245].score);
  EXPECT_EQ(e.controls[kCld1245].gap, 0);
  EXPECT_EQ(e.controls[k1212].status, ControlStatus::kOutOfScope);
  EXPECT_FALSE(e.controls[k1212].applicable());
}

TEST(Scoring, WorkedExampleClausesAndOverall) {
  Evaluation e = Evaluate(TestCatalog(), WorkedExample());
  EXPECT_DOUBLE_EQ(*e.clauses[0].score, 75);                       // Clause 5.
  EXPECT_DOUBLE_EQ(*e.clauses[1].score, (5 * 0 + 2 * 100) / 7.0);  // Clause 6.
  EXPECT_DOUBLE_EQ(*e.clauses[2].score, 75);                       // Clause 12: only 12.4.1 scored.
  EXPECT_EQ(e.clauses[2].applicable_controls, 2);
  EXPECT_EQ(e.clauses[2].scored_controls, 1);
  EXPECT_DOUBLE_EQ(*e.overall.score, (3 * 75 + 5 * 0 + 2 * 100 + 4 * 75) / 14.0);
  EXPECT_DOUBLE_EQ(e.overall.completion, 100.0 * 8 / 11);
  EXPECT_EQ(e.overall.answers.dont_know, 1);
  EXPECT_EQ(e.overall.controls_with_gap, 1);
  EXPECT_EQ(e.overall.controls_by_status[static_cast<size_t>(ControlStatus::kOutOfScope)], 1);
  EXPECT_EQ(e.overall.controls_by_status[static_cast<size_t>(ControlStatus::kNotAssessed)], 1);
}

TEST(Scoring, TheNumbersOfTheDocsWorkedExample) {  // docs/scoring.md, section 9.
  const Assessment a = WorkedExample();
  const Evaluation e = Evaluate(TestCatalog(), a);
  EXPECT_EQ(FormatScore(*e.overall.score), "51.8");
  EXPECT_EQ(e.overall.readiness, Readiness::kSignificantGaps);
  const Roadmap r = BuildRoadmap(TestCatalog(), a, e);
  ASSERT_EQ(r.items.size(), 1u);
  EXPECT_EQ(r.items[0].control_id, "CLD.6.3.1");
  EXPECT_EQ(FormatScore(*r.projection.back().score), "73.2");
}

TEST(Scoring, NothingAnswered) {
  Evaluation e = Evaluate(TestCatalog(), NewAssessment(TestCatalog(), TestProfile(), kTestNow));
  EXPECT_FALSE(e.overall.score);
  EXPECT_DOUBLE_EQ(e.overall.completion, 0);
  EXPECT_EQ(e.overall.readiness, Readiness::kNotAssessed);
  for (const ClauseResult& c : e.clauses) EXPECT_FALSE(c.score);
}

TEST(Scoring, NotApplicableControlIsExcludedNotFailed) {
  Assessment a = WorkedExample();
  a.controls["CLD.6.3.1"] = ControlRecord{};
  a.controls["CLD.6.3.1"].not_applicable = true;
  a.controls["CLD.6.3.1"].justification = "Not a cloud user";
  Evaluation e = Evaluate(TestCatalog(), a);
  EXPECT_EQ(e.controls[kCld631].status, ControlStatus::kNotApplicable);
  EXPECT_FALSE(e.controls[kCld631].score);
  EXPECT_DOUBLE_EQ(*e.overall.score, (3 * 75 + 2 * 100 + 4 * 75) / 9.0);
}

TEST(Scoring, AllQuestionsNotApplicableMakesTheControlNotApplicable) {
  Assessment a = WorkedExample();
  a.answers["6.1.1-q1"] = {Answer::kNotApplicable, "x"};
  Evaluation e = Evaluate(TestCatalog(), a);
  EXPECT_EQ(e.controls[k611].status, ControlStatus::kNotApplicable);
  EXPECT_FALSE(e.controls[k611].marked_not_applicable);
}

TEST(Scoring, ExplicitMaturityAndTargetOverride) {
  Assessment a = WorkedExample();
  a.controls["5.1.1"].maturity = 1;
  a.controls["5.1.1"].target = 4;
  a.controls["CLD.12.4.5"].maturity = 2;  // Assessed by hand, no answers.
  Evaluation e = Evaluate(TestCatalog(), a);
  EXPECT_DOUBLE_EQ(*e.controls[k511].score, 75);  // The score stays the answers'.
  EXPECT_EQ(e.controls[k511].derived_maturity, 3);
  EXPECT_EQ(e.controls[k511].maturity, 1);
  EXPECT_TRUE(e.controls[k511].maturity_explicit);
  EXPECT_EQ(e.controls[k511].target, 4);
  EXPECT_EQ(e.controls[k511].gap, 3);
  EXPECT_EQ(e.controls[kCld1245].status, ControlStatus::kAssessed);
  EXPECT_FALSE(e.controls[kCld1245].score);
  EXPECT_EQ(e.controls[kCld1245].gap, 1);
}

TEST(Scoring, GapIsNeverNegative) {
  Assessment a = WorkedExample();
  a.controls["6.1.1"].target = 1;
  EXPECT_EQ(Evaluate(TestCatalog(), a).controls[k611].gap, 0);
}

TEST(Scoring, QuickScanScoresOnlyQuickQuestions) {
  Assessment a = WorkedExample();
  a.profile.mode = AssessmentMode::kQuick;
  a.answers["12.4.1-quick"] = {Answer::kPartly, ""};
  Evaluation e = Evaluate(TestCatalog(), a);
  EXPECT_DOUBLE_EQ(*e.controls[k1241].score, 50);
  EXPECT_EQ(e.controls[k511].status, ControlStatus::kNotAssessed);
  EXPECT_EQ(e.overall.answers.asked, 5);
}

TEST(Scoring, CreditsComeFromTheCatalogScale) {
  Catalog c = TestCatalog();
  c.answer_scale[1].credit = 0.25;  // partly
  Assessment a = WorkedExample();
  EXPECT_DOUBLE_EQ(*Evaluate(c, a).controls[k511].score, 62.5);
  c.answer_scale.clear();  // Falls back to the standard scale.
  EXPECT_DOUBLE_EQ(*Evaluate(c, a).controls[k511].score, 75);
}

// A gap of exactly one level counts as a control with a gap.
TEST(Scoring, AGapOfOneLevelIsAGap) {
  Assessment a = WorkedExample();
  a.controls["5.1.1"].target = 4;  // Maturity 3 (score 75).
  Evaluation e = Evaluate(TestCatalog(), a);
  EXPECT_EQ(e.controls[k511].gap, 1);
  a.controls["5.1.1"].target = 3;
  EXPECT_EQ(e.overall.controls_with_gap, Evaluate(TestCatalog(), a).overall.controls_with_gap + 1);
}

// A provider who answered only 12.1.2 (risk weight 1): the clause and the
// overall score rest on a total weight of exactly 1, and still exist.
TEST(Scoring, AWeightOfOneIsEnoughForAScore) {
  const Assessment a = ProviderAnsweringOnly1212(Answer::kYes, Answer::kPartly);
  Evaluation e = Evaluate(TestCatalog(), a);
  EXPECT_DOUBLE_EQ(e.overall.weight, 1);
  ASSERT_TRUE(e.overall.score);
  EXPECT_DOUBLE_EQ(*e.overall.score, 75);
  const ClauseResult& clause12 = e.clauses.back();
  ASSERT_EQ(clause12.number, 12);
  EXPECT_DOUBLE_EQ(clause12.weight, 1);
  ASSERT_TRUE(clause12.score);
  EXPECT_DOUBLE_EQ(*clause12.score, 75);
}

// One question asked and not answered: 0% complete (100% is only for nothing asked).
TEST(Scoring, CompletionOfASingleQuestion) {
  Catalog c = TestCatalog();
  c.controls.erase(c.controls.begin(), c.controls.begin() + k1212);
  c.controls[0].questions.resize(1);  // 12.1.2-q1, for providers.
  Profile p = TestProfile();
  p.role = RoleScope::kProvider;
  Assessment a = NewAssessment(c, p, kTestNow);
  EXPECT_EQ(Evaluate(c, a).overall.answers.asked, 1);
  EXPECT_DOUBLE_EQ(Evaluate(c, a).overall.completion, 0);
  a.answers["12.1.2-q1"] = {Answer::kNo, ""};
  EXPECT_DOUBLE_EQ(Evaluate(c, a).overall.completion, 100);
  p.role = RoleScope::kCustomer;  // Nothing asked: complete by definition.
  EXPECT_DOUBLE_EQ(Evaluate(c, NewAssessment(c, p, kTestNow)).overall.completion, 100);
}

// Evidence whose review-by date is before the document's day counts as
// expired; on the day itself, or with no date, it is current.
TEST(Scoring, EvidencePastItsReviewByDateOnTheDocumentsDay) {
  Assessment a = WorkedExample();
  a.updated_at = "2024-06-15T23:59:59Z";  // The day is the first ten characters.
  a.controls["12.4.1"].evidence = {{"Old", "", "2023-01-01", "2024-06-14"},
                                   {"Due today", "", "", "2024-06-15"},
                                   {"Undated", ""},
                                   {"Also old", "", "", "2020-01-01"}};
  a.controls["5.1.1"].evidence = {{"Fine", "", "", "2030-01-01"}};
  const Evaluation e = Evaluate(TestCatalog(), a);
  EXPECT_EQ(e.controls[k1241].expired_evidence, 2);
  EXPECT_EQ(e.controls[k511].expired_evidence, 0);
  EXPECT_EQ(e.controls[k611].expired_evidence, 0);
  EXPECT_TRUE(EvidenceExpired({"x", "", "", "2024-06-09"}, "2024-06-10"));
  EXPECT_FALSE(EvidenceExpired({"x", "", "", "2024-06-10"}, "2024-06-10"));
  EXPECT_FALSE(EvidenceExpired({"x", ""}, "2024-06-10"));
}

TEST(Scoring, StatusNamesAndWordingLabelsRoundTrip) {
  ExpectRoundTrip<kControlStatusNames>();
  ExpectRoundTrip<kControlStatusLabels>();
  ExpectRoundTrip<kImplementationLabels>();
  ExpectRoundTrip<kAnswerLabels>();
  ExpectRoundTrip<kModeLabels>();
  EXPECT_STREQ(ControlStatusName(ControlStatus::kNotApplicable), "not_applicable");
  EXPECT_STREQ(ControlStatusLabel(ControlStatus::kNotAssessed), "assess first");
  EXPECT_STREQ(ImplementationLabel(Implementation::kPartial), "Partially implemented");
  EXPECT_STREQ(ModeLabel(AssessmentMode::kFull), "full assessment");
}

}  // namespace
}  // namespace cloudgap
