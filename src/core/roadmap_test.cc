#include "core/roadmap.h"

#include <gtest/gtest.h>

#include "core/scoring.h"
#include "core/test_catalog.h"

namespace cloudgap {
namespace {

std::vector<std::string> Ids(const Roadmap& r) {
  std::vector<std::string> ids;
  for (const RoadmapItem& item : r.items) ids.push_back(item.control_id);
  return ids;
}

Roadmap RoadmapFor(const Assessment& a) {
  return BuildRoadmap(TestCatalog(), a, Evaluate(TestCatalog(), a));
}

Assessment AllNo() {
  Assessment a = NewAssessment(TestCatalog(), TestProfile(), kTestNow);
  AnswerAllAsked(TestCatalog(), Answer::kNo, &a);
  return a;
}

TEST(EffortDays, MidpointScaledByGapRoundedUp) {
  const Catalog& c = TestCatalog();
  EXPECT_EQ(EffortDays(c.controls[1], 3, 3), 10);  // (6 + 14) / 2 x 3/3.
  EXPECT_EQ(EffortDays(c.controls[1], 1, 3), 4);   // 10 x 1/3 = 3.3 -> 4.
  EXPECT_EQ(EffortDays(c.controls[2], 1, 5), 1);   // At least one day.
  EXPECT_EQ(EffortDays(c.controls[2], 0, 3), 0);
}

TEST(Roadmap, AllNoRanksQuickWinsFirstAndRespectsDependencies) {
  Roadmap r = RoadmapFor(AllNo());
  // 5.1.1: quick win (3 days). CLD.6.3.1 must precede 6.1.1 (quick, 2 days) and
  // 12.4.1; CLD.12.4.5 (quick, 4 days) waits for 12.4.1.
  EXPECT_EQ(Ids(r), (std::vector<std::string>{"5.1.1", "CLD.6.3.1", "6.1.1", "12.4.1",
                                              "CLD.12.4.5"}));
  EXPECT_TRUE(r.items[0].quick_win);
  EXPECT_FALSE(r.items[1].quick_win);
  EXPECT_EQ(r.items[1].effort_days, 10);
  EXPECT_EQ(r.items[2].depends_on, std::vector<std::string>{"CLD.6.3.1"});
  EXPECT_EQ(r.items[1].unblocks, (std::vector<std::string>{"6.1.1", "12.4.1"}));
  for (size_t i = 0; i < r.items.size(); ++i) EXPECT_EQ(r.items[i].rank, static_cast<int>(i) + 1);
  EXPECT_TRUE(r.assess_first.empty());
}

TEST(Roadmap, PhasesFollowCapacity) {
  Roadmap r = RoadmapFor(AllNo());  // 10 person-days a month; efforts 3, 10, 2, 15, 4.
  std::vector<Phase> phases;
  for (const RoadmapItem& item : r.items) phases.push_back(item.phase);
  EXPECT_EQ(phases, (std::vector<Phase>{Phase::kDays0To30, Phase::kDays31To90, Phase::kDays31To90,
                                        Phase::kDays31To90, Phase::kDays91To180}));
  EXPECT_EQ(r.items.back().finished_after_days, 34);
  EXPECT_EQ(r.projection[1].items, 3);
  EXPECT_EQ(r.projection[1].effort_days, 27);
  Assessment slow = AllNo();
  slow.profile.capacity_days_per_month = 1;
  for (const RoadmapItem& item : RoadmapFor(slow).items) {
    if (item.rank > 1) {
      EXPECT_EQ(item.phase, Phase::kLater);
    }
  }
}

TEST(Roadmap, ProjectionCountsFinishedItemsAtTarget) {
  Roadmap r = RoadmapFor(AllNo());  // Weights 3, 5, 2, 4, 4 = 18; target 3 counts as 60.
  EXPECT_DOUBLE_EQ(*r.current_score, 0);
  EXPECT_DOUBLE_EQ(*r.projection[0].score, 3 * 60 / 18.0);
  EXPECT_DOUBLE_EQ(*r.projection[1].score, 14 * 60 / 18.0);
  EXPECT_DOUBLE_EQ(*r.projection[2].score, 60);
  EXPECT_DOUBLE_EQ(*r.projection[3].score, 60);
}

TEST(Roadmap, ReasonLine) {
  Roadmap r = RoadmapFor(AllNo());
  EXPECT_EQ(r.items[0].reason,
            "Quick win: risk 3/5, gap 3 (maturity 0 to 3), about 3 person-days.");
  EXPECT_EQ(r.items[1].reason,
            "Risk 5/5, gap 3 (maturity 0 to 3), about 10 person-days; unblocks 6.1.1, 12.4.1.");
  EXPECT_EQ(r.items[3].reason,
            "Risk 4/5, gap 3 (maturity 0 to 3), about 15 person-days; after CLD.6.3.1; unblocks "
            "CLD.12.4.5.");
}

TEST(Roadmap, UnansweredControlsAreAssessFirstNotGaps) {
  Assessment a = NewAssessment(TestCatalog(), TestProfile(), kTestNow);
  a.answers["CLD.12.4.5-q1"] = {Answer::kNo, ""};
  a.answers["CLD.12.4.5-q2"] = {Answer::kDontKnow, ""};
  Roadmap r = RoadmapFor(a);
  ASSERT_EQ(Ids(r), std::vector<std::string>{"CLD.12.4.5"});
  EXPECT_EQ(r.assess_first, (std::vector<size_t>{0, 1, 2, 3}));
  EXPECT_EQ(r.items[0].unassessed_dependencies, std::vector<std::string>{"12.4.1"});
  EXPECT_NE(r.items[0].reason.find("assess 12.4.1 too"), std::string::npos) << r.items[0].reason;
  EXPECT_NE(r.items[0].reason.find("check 1 \"don't know\" answer"), std::string::npos);
}

TEST(Roadmap, DependenciesWithoutAGapAreSatisfied) {
  Assessment a = AllNo();
  AnswerAllAsked(TestCatalog(), Answer::kNo, &a);
  a.answers["CLD.6.3.1-q1"] = {Answer::kYes, ""};
  a.answers["CLD.6.3.1-q3"] = {Answer::kYes, ""};
  Roadmap r = RoadmapFor(a);
  EXPECT_EQ(Ids(r), (std::vector<std::string>{"5.1.1", "6.1.1", "12.4.1", "CLD.12.4.5"}));
  EXPECT_TRUE(r.items[1].depends_on.empty());
}

TEST(Roadmap, OwnerAndDueDateComeAlong) {
  Assessment a = AllNo();
  a.controls["12.4.1"].owner = "Ops";
  a.controls["12.4.1"].due_date = "2024-12-31";
  Roadmap r = RoadmapFor(a);
  EXPECT_EQ(r.items[3].owner, "Ops");
  EXPECT_EQ(r.items[3].due_date, "2024-12-31");
}

TEST(Roadmap, NoScoreNoProjection) {
  Roadmap r = RoadmapFor(NewAssessment(TestCatalog(), TestProfile(), kTestNow));
  EXPECT_TRUE(r.items.empty());
  EXPECT_FALSE(r.current_score);
  for (const PhaseProjection& p : r.projection) EXPECT_FALSE(p.score);
  EXPECT_EQ(r.assess_first.size(), 5u);
}

}  // namespace
}  // namespace cloudgap
