#include "core/engine/readiness.h"

#include <gtest/gtest.h>

#include "core/engine/scoring.h"
#include "core/testing/enum_text_testing.h"
#include "core/testing/test_catalog.h"

namespace cloudgap {
namespace {

Assessment AllAnswered(Answer answer) {
  Assessment a = NewAssessment(TestCatalog(), TestProfile(), kTestNow);
  AnswerAllAsked(TestCatalog(), answer, &a);
  return a;
}

Readiness TierOf(const Assessment& a) {
  return Evaluate(TestCatalog(), a).overall.readiness;
}

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

// An evaluation of the test catalog built by hand: every control assessed at
// maturity 3 of target 3, weight 3, everything answered, and the overall score
// given; each case changes what it needs. AssessReadiness reads nothing else.
Evaluation ByHand(double score) {
  Evaluation e;
  e.controls.resize(TestCatalog().controls.size());
  for (ControlResult& r : e.controls) {
    r.status = ControlStatus::kAssessed;
    r.maturity = 3;
    r.target = 3;
    r.weight = 3;
  }
  e.overall.score = score;
  e.overall.answers.asked = 10;
  return e;
}

Evaluation Assessed(Evaluation e) {
  AssessReadiness(TestCatalog(), &e);
  return e;
}

TEST(Readiness, TierBoundariesOfThePrintedScore) {
  const struct {
    double score;
    Readiness tier;
  } kCases[] = {
      {0, Readiness::kEarlyStage},       {29.9, Readiness::kEarlyStage},
      {29.94, Readiness::kEarlyStage},   {29.95, Readiness::kSignificantGaps},  // Prints 30.0.
      {30, Readiness::kSignificantGaps}, {59.9, Readiness::kSignificantGaps},
      {60, Readiness::kClose},           {79.9, Readiness::kClose},
      {79.94, Readiness::kClose},        {79.95, Readiness::kAuditReady},  // Prints 80.0.
      {80, Readiness::kAuditReady},      {100, Readiness::kAuditReady},
  };
  for (const auto& c : kCases) {
    const Evaluation e = Assessed(ByHand(c.score));
    EXPECT_EQ(e.overall.readiness, c.tier) << c.score;
    ASSERT_EQ(e.overall.readiness_reasons.size(), 1u) << c.score;  // The score alone decided.
  }
  Evaluation none = ByHand(0);
  none.overall.score.reset();
  EXPECT_EQ(Assessed(none).overall.readiness_reasons,
            std::vector<std::string>{"No applicable question has been answered yet."});
}

// Evidence past its review-by date on an applicable control caps at close, and
// says where; on a control that is not applicable it changes nothing.
TEST(Readiness, ExpiredEvidenceCapsAtClose) {
  Evaluation e = ByHand(90);
  e.controls[0].expired_evidence = 1;
  const Evaluation capped = Assessed(e);
  EXPECT_EQ(capped.overall.readiness, Readiness::kClose);
  ASSERT_EQ(capped.overall.readiness_reasons.size(), 2u);
  EXPECT_EQ(capped.overall.readiness_reasons[1],
            "At most Close: evidence is past its review-by date on " +
                TestCatalog().controls[0].id + " " + TestCatalog().controls[0].title +
                ", which an auditor would not accept as current.");
  e.controls[0].status = ControlStatus::kNotApplicable;
  EXPECT_EQ(Assessed(e).overall.readiness, Readiness::kAuditReady);
  // Below close already: the cap changes nothing, and says nothing.
  Evaluation low = ByHand(40);
  low.controls[1].expired_evidence = 3;
  EXPECT_EQ(Assessed(low).overall.readiness_reasons.size(), 1u);
}

TEST(Readiness, TheHighRiskCapsAtTheirEdges) {
  // Maturity 1 of a weight-4 control caps at significant gaps; maturity 2 only at close.
  for (int maturity : {0, 1, 2}) {
    Evaluation e = ByHand(90);
    e.controls[0].weight = 4;
    e.controls[0].maturity = maturity;
    e.controls[0].gap = 3 - maturity;
    const Readiness want = maturity <= 1 ? Readiness::kSignificantGaps : Readiness::kClose;
    EXPECT_EQ(Assessed(e).overall.readiness, want) << maturity;
  }
  // Weight 3 is not high risk: no cap at any maturity.
  Evaluation low = ByHand(90);
  low.controls[0].maturity = 0;
  low.controls[0].gap = 3;
  EXPECT_EQ(Assessed(low).overall.readiness, Readiness::kAuditReady);
  // The first control of the catalog counts like any other (index 0 is not skipped).
  Evaluation first = ByHand(90);
  first.controls[0].weight = 5;
  first.controls[0].maturity = 1;
  first.controls[0].gap = 2;
  EXPECT_NE(Assessed(first).overall.readiness_reasons[1].find("5.1.1 Title of 5.1.1"),
            std::string::npos);
}

TEST(Readiness, ACapThatDoesNotLowerTheTierIsNotAReason) {
  Evaluation e = ByHand(70);         // Close from the score.
  e.overall.answers.unanswered = 1;  // Caps at close: nothing lower, so not listed.
  e.overall.answers.dont_know = 2;
  EXPECT_EQ(Assessed(e).overall.readiness_reasons.size(), 1u);
  Evaluation high = ByHand(85);
  high.overall.answers.unanswered = 1;
  const Evaluation capped = Assessed(high);
  EXPECT_EQ(capped.overall.readiness, Readiness::kClose);
  EXPECT_EQ(capped.overall.readiness_reasons.back(),
            "At most Close: 1 of 10 questions is unanswered.");
}

TEST(Readiness, AReasonNamesThreeControlsAndCountsTheRest) {
  auto names = [](size_t critical) {
    Evaluation e = ByHand(90);
    for (size_t i = 0; i < critical; ++i) {
      e.controls[i].weight = 4;
      e.controls[i].maturity = 0;
      e.controls[i].gap = 3;
    }
    return Assessed(e).overall.readiness_reasons[1];
  };
  EXPECT_EQ(names(2),
            "At most Significant gaps: high-risk controls at maturity 0 or 1: 5.1.1 Title of "
            "5.1.1, CLD.6.3.1 Title of CLD.6.3.1.");
  EXPECT_EQ(names(3),
            "At most Significant gaps: high-risk controls at maturity 0 or 1: 5.1.1 Title of "
            "5.1.1, CLD.6.3.1 Title of CLD.6.3.1, 6.1.1 Title of 6.1.1.");
  EXPECT_EQ(names(5),
            "At most Significant gaps: high-risk controls at maturity 0 or 1: 5.1.1 Title of "
            "5.1.1, CLD.6.3.1 Title of CLD.6.3.1, 6.1.1 Title of 6.1.1 and 2 more.");
}

// Each reason is also a value, for a screen to word in its own language; its
// English is ReadinessReasonText of that value, line for line.
TEST(Readiness, TheReasonsAreValuesAsWellAsWords) {
  using Rule = ReadinessReason::Rule;
  auto rules = [](const Evaluation& e) {
    std::vector<Rule> out;
    for (const ReadinessReason& r : e.overall.readiness_why) out.push_back(r.rule);
    return out;
  };
  Evaluation none = ByHand(0);
  none.overall.score.reset();
  EXPECT_EQ(rules(Assessed(none)), std::vector<Rule>{Rule::kNothingScored});
  EXPECT_EQ(Assessed(none).overall.readiness_why[0].tier, Readiness::kNotAssessed);

  Evaluation e = ByHand(85.25);
  e.controls[1].weight = 5;
  e.controls[1].maturity = 1;
  e.controls[1].gap = 2;
  e.controls[4].weight = 4;
  e.controls[4].maturity = 0;
  e.controls[4].gap = 3;
  e.overall.answers.unanswered = 2;  // Close: not lower than significant gaps, so not a reason.
  const Evaluation capped = Assessed(e);
  ASSERT_EQ(rules(capped), (std::vector<Rule>{Rule::kScore, Rule::kHighRiskAtMaturity0Or1}));
  const ReadinessReason& score = capped.overall.readiness_why[0];
  EXPECT_EQ(score.tier, Readiness::kAuditReady);
  EXPECT_EQ(score.score, 85.25);
  const ReadinessReason& critical = capped.overall.readiness_why[1];
  EXPECT_EQ(critical.tier, Readiness::kSignificantGaps);
  EXPECT_EQ(critical.controls, (std::vector<size_t>{1, 4}));

  Evaluation open = ByHand(90);
  open.overall.answers.unanswered = 3;
  open.overall.answers.asked = 12;
  const ReadinessReason unanswered = Assessed(open).overall.readiness_why.at(1);
  EXPECT_EQ(unanswered.rule, Rule::kUnanswered);
  EXPECT_EQ(unanswered.tier, Readiness::kClose);
  EXPECT_EQ(unanswered.count, 3);
  EXPECT_EQ(unanswered.asked, 12);

  Evaluation unsure = ByHand(90);
  unsure.overall.answers.dont_know = 4;
  const ReadinessReason dont_know = Assessed(unsure).overall.readiness_why.at(1);
  EXPECT_EQ(dont_know.rule, Rule::kDontKnow);
  EXPECT_EQ(dont_know.count, 4);

  Evaluation below = ByHand(90);
  below.controls[2].weight = 4;
  below.controls[2].gap = 1;
  below.controls[3].expired_evidence = 1;
  const Evaluation late = Assessed(below);
  ASSERT_EQ(rules(late), (std::vector<Rule>{Rule::kScore, Rule::kHighRiskBelowTarget}));
  EXPECT_EQ(late.overall.readiness_why[1].controls, std::vector<size_t>{2});
  below.controls[2].gap = 0;
  const ReadinessReason expired = Assessed(below).overall.readiness_why.at(1);
  EXPECT_EQ(expired.rule, Rule::kExpiredEvidence);
  EXPECT_EQ(expired.controls, std::vector<size_t>{3});

  for (const Evaluation& each : {capped, late, Assessed(open), Assessed(unsure), Assessed(none)}) {
    ASSERT_EQ(each.overall.readiness_reasons.size(), each.overall.readiness_why.size());
    for (size_t i = 0; i < each.overall.readiness_why.size(); ++i) {
      EXPECT_EQ(each.overall.readiness_reasons[i],
                ReadinessReasonText(TestCatalog(), each.overall.readiness_why[i]));
    }
  }
}

TEST(Readiness, NamesAndLabelsRoundTrip) {
  ExpectRoundTrip<kReadinessNames>();
  ExpectRoundTrip<kReadinessLabels>();
}

}  // namespace
}  // namespace cloudgap
