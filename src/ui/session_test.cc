// The session recomputes and counts a revision (what the autosave watches) for
// an edit that changed the document, and for nothing else; the roadmap it hands
// out and the controls in scope are always those of the document as it is.
#include "ui/session.h"

#include <gtest/gtest.h>

#include <string>

#include "core/catalog/catalog_loader.h"
#include "core/engine/roadmap.h"
#include "core/engine/scoring.h"
#include "core/testing/test_catalog.h"
#include "platform/fake_platform.h"

namespace cloudgap::ui {
namespace {

class SessionTest : public ::testing::Test {
 protected:
  SessionTest() : session_(BuiltinCatalog(), clock_) { session_.Start(TestProfile()); }

  const std::string& Question() const { return BuiltinCatalog().controls.at(0).questions.at(0).id; }

  FakeClock clock_;
  Session session_;
};

TEST_F(SessionTest, AnEditThatChangesTheDocumentIsARevisionAndRescores) {
  const auto revision = session_.revision();
  const double completion = session_.evaluation().overall.completion;
  ASSERT_TRUE(session_.Answer(Question(), Answer::kYes, "").ok());
  EXPECT_EQ(session_.revision(), revision + 1);
  EXPECT_GT(session_.evaluation().overall.completion, completion);
}

TEST_F(SessionTest, AnEditThatChangesNothingIsNoRevision) {
  ASSERT_TRUE(session_.Answer(Question(), Answer::kYes, "").ok());
  const auto revision = session_.revision();
  clock_.now = "2026-01-02T00:00:00Z";
  ASSERT_TRUE(session_.Answer(Question(), Answer::kYes, "").ok());
  EXPECT_FALSE(session_.SetNotes("0.0.0", "x").ok());
  EXPECT_EQ(session_.revision(), revision);
  EXPECT_EQ(session_.assessment().updated_at, "2026-01-01T00:00:00Z");
}

TEST_F(SessionTest, ReplacingTheDocumentIsARevisionOnlyWhenItDiffers) {
  ASSERT_TRUE(session_.Answer(Question(), Answer::kYes, "").ok());
  Assessment same = session_.assessment();
  const auto revision = session_.revision();
  session_.ReplaceDocument(same);
  EXPECT_EQ(session_.revision(), revision);
  Assessment other = same;
  other.answers.clear();
  session_.ReplaceDocument(other);
  EXPECT_EQ(session_.revision(), revision + 1);
  EXPECT_EQ(session_.evaluation().overall.completion, 0);
}

// What a screen sees of a roadmap: each item's place, control and urgency.
std::vector<std::string> Plan(const Roadmap& roadmap) {
  std::vector<std::string> plan;
  for (const RoadmapItem& item : roadmap.items) {
    plan.push_back(std::to_string(item.rank) + " " + item.control_id + " " +
                   std::to_string(item.urgency) + " " + std::to_string(item.gap));
  }
  return plan;
}

std::vector<std::string> FreshPlan(const Assessment& a) {
  return Plan(BuildRoadmap(BuiltinCatalog(), a, Evaluate(BuiltinCatalog(), a)));
}

TEST_F(SessionTest, TheRoadmapIsAlwaysTheOneOfTheDocumentAsItIs) {
  const Roadmap& held = session_.roadmap();
  const auto& controls = BuiltinCatalog().controls;
  for (size_t i = 0; i < controls.size(); i += 3) {
    const Answer answer = i % 2 == 0 ? Answer::kNo : Answer::kYes;
    ASSERT_TRUE(session_.Answer(controls[i].questions.at(0).id, answer, "").ok());
    if (i % 9 == 0) {
      EXPECT_EQ(Plan(session_.roadmap()), FreshPlan(session_.assessment())) << i;
    }
  }
  Profile profile = session_.assessment().profile;
  profile.target_maturity = 5;
  ASSERT_TRUE(session_.SetProfile(profile).ok());
  const std::vector<std::string> plan = Plan(session_.roadmap());
  EXPECT_EQ(plan, FreshPlan(session_.assessment()));
  EXPECT_FALSE(plan.empty());
  // A reference taken before the edits is the session's roadmap, not a copy.
  EXPECT_EQ(&held, &session_.roadmap());
}

TEST_F(SessionTest, TheControlsInScopeFollowTheProfile) {
  const std::vector<size_t> as_customer = session_.scoped_controls();
  Profile provider = session_.assessment().profile;
  provider.role = RoleScope::kProvider;
  ASSERT_TRUE(session_.SetProfile(provider).ok());
  FakeClock clock;
  Session fresh(BuiltinCatalog(), clock);
  fresh.Start(provider);
  EXPECT_EQ(session_.scoped_controls(), fresh.scoped_controls());
  EXPECT_NE(session_.scoped_controls(), as_customer);
  // Answers leave the scope alone.
  ASSERT_TRUE(session_.Answer(Question(), Answer::kNo, "").ok());
  EXPECT_EQ(session_.scoped_controls(), fresh.scoped_controls());
}

TEST_F(SessionTest, TheEvaluationRevisionGrowsWithEveryNewEvaluation) {
  const auto before = session_.evaluation_revision();
  ASSERT_TRUE(session_.Answer(Question(), Answer::kYes, "").ok());
  EXPECT_EQ(session_.evaluation_revision(), before + 1);
  ASSERT_TRUE(session_.Answer(Question(), Answer::kYes, "").ok());
  EXPECT_EQ(session_.evaluation_revision(), before + 1);
  session_.Close();
  EXPECT_EQ(session_.evaluation_revision(), before + 2);
  session_.Start(TestProfile());
  EXPECT_EQ(session_.evaluation_revision(), before + 3);
}

}  // namespace
}  // namespace cloudgap::ui
