#include "core/engine/compare.h"

#include <gtest/gtest.h>

#include "core/catalog/catalog_loader.h"
#include "core/document/sample_assessment.h"
#include "core/testing/synthetic_catalog.h"
#include "core/testing/test_catalog.h"

namespace cloudgap {
namespace {

Assessment Sample() {
  return SampleAssessment(BuiltinCatalog(), AssessmentMode::kFull, kTestNow);
}

// The sample with `changes` answers changed at random (any answer, or none),
// a control marked not applicable and the capacity doubled, from `seed`.
Assessment Changed(std::uint64_t seed, int changes) {
  const Catalog& catalog = BuiltinCatalog();
  Assessment a = Sample();
  SplitMix64 rng(seed);
  const Answer answers[] = {Answer::kYes, Answer::kPartly, Answer::kNo, Answer::kDontKnow,
                            Answer::kUnanswered};
  for (int i = 0; i < changes; ++i) {
    const Control& c = catalog.controls[static_cast<size_t>(
        rng.Uniform(0, static_cast<int>(catalog.controls.size()) - 1))];
    const Question& q =
        c.questions[static_cast<size_t>(rng.Uniform(0, static_cast<int>(c.questions.size()) - 1))];
    const Answer answer = answers[rng.Uniform(0, 4)];
    if (answer == Answer::kUnanswered) {
      a.answers.erase(q.id);
    } else {
      a.answers[q.id] = {answer, ""};
    }
  }
  a.controls[catalog.controls[static_cast<size_t>(rng.Uniform(0, 40))].id].not_applicable = true;
  a.profile.capacity_days_per_month *= 2;
  return a;
}

template <typename T>
Change<T> Swapped(const Change<T>& c) {
  return {c.after, c.before};
}

void ExpectSwapped(const std::vector<ControlChange>& x, const std::vector<ControlChange>& y) {
  ASSERT_EQ(x.size(), y.size());
  for (size_t i = 0; i < x.size(); ++i) {
    EXPECT_EQ(x[i].control_id, y[i].control_id);
    EXPECT_EQ(x[i].status.before, y[i].status.after) << x[i].control_id;
    EXPECT_EQ(x[i].score.before, y[i].score.after) << x[i].control_id;
    EXPECT_EQ(x[i].maturity.before, y[i].maturity.after) << x[i].control_id;
    EXPECT_EQ(x[i].maturity.after, y[i].maturity.before) << x[i].control_id;
  }
}

TEST(Compare, AnAssessmentWithItselfIsEmpty) {
  const Catalog& catalog = BuiltinCatalog();
  for (const Assessment& a :
       {Sample(), SampleAssessment(catalog, AssessmentMode::kQuick, kTestNow), Changed(7, 30)}) {
    const Comparison c = Compare(catalog, a, a);
    EXPECT_TRUE(c.empty());
    EXPECT_TRUE(c.answers.empty());
    EXPECT_EQ(c.score.before, c.score.after);
  }
}

// Compare(b, a) is Compare(a, b) with every pair swapped, for many changes.
TEST(Compare, IsAntisymmetric) {
  const Catalog& catalog = BuiltinCatalog();
  const Assessment base = Sample();
  int nonempty = 0;
  for (std::uint64_t seed = 1; seed <= 25; ++seed) {
    const Assessment other = Changed(seed, static_cast<int>(seed) * 4);
    const Comparison ab = Compare(catalog, base, other);
    const Comparison ba = Compare(catalog, other, base);
    nonempty += !ab.empty();
    EXPECT_EQ(ab.empty(), ba.empty());
    EXPECT_EQ(ab.score.before, ba.score.after);
    EXPECT_EQ(ab.readiness.before, ba.readiness.after);
    ExpectSwapped(ab.improved, ba.regressed);
    ExpectSwapped(ab.regressed, ba.improved);
    ExpectSwapped(ab.now_applicable, ba.no_longer_applicable);
    ExpectSwapped(ab.no_longer_applicable, ba.now_applicable);
    ExpectSwapped(ab.now_assessed, ba.no_longer_assessed);
    ExpectSwapped(ab.no_longer_assessed, ba.now_assessed);
    ASSERT_EQ(ab.answers.size(), ba.answers.size());
    for (size_t i = 0; i < ab.answers.size(); ++i) {
      EXPECT_EQ(ab.answers[i].question_id, ba.answers[i].question_id);
      EXPECT_EQ(ab.answers[i].answer.before, ba.answers[i].answer.after);
    }
    ASSERT_EQ(ab.clauses.size(), ba.clauses.size());
    for (size_t i = 0; i < ab.clauses.size(); ++i) {
      EXPECT_EQ(ab.clauses[i].score.before, ba.clauses[i].score.after);
    }
    EXPECT_EQ(ab.roadmap_closed, ba.roadmap_new);
    EXPECT_EQ(ab.roadmap_new, ba.roadmap_closed);
    ASSERT_EQ(ab.profile.size(), 1u);  // The doubled capacity.
    EXPECT_EQ(ab.profile[0].field, "capacity");
    EXPECT_EQ(ab.profile[0].value.before, ba.profile[0].value.after);
  }
  EXPECT_EQ(nonempty, 25);
}

TEST(Compare, SaysWhatOneAnswerChanged) {
  const Catalog& catalog = BuiltinCatalog();
  Assessment before = Sample();
  AnswerAllAsked(catalog, Answer::kNo, &before);
  Assessment after = before;
  after.answers["9.2.3-q1"] = {Answer::kYes, ""};
  const Comparison c = Compare(catalog, before, after);
  ASSERT_EQ(c.answers.size(), 1u);
  EXPECT_EQ(c.answers[0].question_id, "9.2.3-q1");
  EXPECT_EQ(c.answers[0].control_id, "9.2.3");
  EXPECT_EQ(c.answers[0].answer.before, Answer::kNo);
  EXPECT_EQ(c.answers[0].answer.after, Answer::kYes);
  ASSERT_EQ(c.improved.size(), 1u);
  EXPECT_EQ(c.improved[0].control_id, "9.2.3");
  EXPECT_LT(*c.improved[0].score.before, *c.improved[0].score.after);
  EXPECT_TRUE(c.regressed.empty());
  EXPECT_LT(*c.score.before, *c.score.after);
  ASSERT_EQ(c.clauses.size(), 1u);
  EXPECT_EQ(c.clauses[0].number, 9);
  EXPECT_TRUE(c.roadmap_closed.empty());  // One yes does not close administrator MFA.
  EXPECT_FALSE(c.empty());
}

TEST(Compare, ControlsMovingInAndOutOfScopeAndOfAssessment) {
  const Catalog& catalog = BuiltinCatalog();
  Assessment before = Sample();
  AnswerAllAsked(catalog, Answer::kYes, &before);
  Assessment after = before;
  after.controls["12.4.1"].not_applicable = true;
  for (const Question& q : catalog.FindControl("12.3.1")->questions) after.answers.erase(q.id);
  const Comparison c = Compare(catalog, before, after);
  ASSERT_EQ(c.no_longer_applicable.size(), 1u);
  EXPECT_EQ(c.no_longer_applicable[0].control_id, "12.4.1");
  EXPECT_EQ(c.no_longer_applicable[0].status.after, ControlStatus::kNotApplicable);
  ASSERT_EQ(c.no_longer_assessed.size(), 1u);
  EXPECT_EQ(c.no_longer_assessed[0].control_id, "12.3.1");
  EXPECT_FALSE(c.no_longer_assessed[0].maturity.after.has_value());
  EXPECT_TRUE(c.improved.empty());
  EXPECT_TRUE(c.regressed.empty());
}

TEST(Compare, RoadmapItemsClosedAndNew) {
  const Catalog& catalog = BuiltinCatalog();
  Assessment before = Sample();
  AnswerAllAsked(catalog, Answer::kNo, &before);
  Assessment after = before;
  for (const Question& q : catalog.FindControl("9.2.3")->questions) {
    after.answers[q.id] = {Answer::kYes, ""};
  }
  Comparison c = Compare(catalog, before, after);
  EXPECT_EQ(c.roadmap_closed, std::vector<std::string>{"9.2.3"});
  EXPECT_TRUE(c.roadmap_new.empty());
  c = Compare(catalog, after, before);
  EXPECT_EQ(c.roadmap_new, std::vector<std::string>{"9.2.3"});
}

}  // namespace
}  // namespace cloudgap
