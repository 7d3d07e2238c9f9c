#include "core/engine/roadmap.h"

#include <gtest/gtest.h>

#include <map>

#include "core/catalog/catalog_links.h"
#include "core/engine/scoring.h"
#include "core/testing/enum_text_testing.h"
#include "core/testing/fixtures.h"
#include "core/testing/test_catalog.h"

namespace cloudgap {
namespace {

std::vector<std::string> Ids(const Roadmap& r) {
  std::vector<std::string> ids;
  for (const RoadmapItem& item : r.items) ids.push_back(item.control_id);
  return ids;
}

std::vector<std::string> Reasons(const Roadmap& r) {
  std::vector<std::string> reasons;
  for (const RoadmapItem& item : r.items) reasons.push_back(item.reason);
  return reasons;
}

Roadmap RoadmapFor(const Assessment& a) {
  return BuildRoadmap(TestCatalog(), a, Evaluate(TestCatalog(), a));
}

// Every question of `catalog` asked of the test profile answered "no".
Roadmap AllNoRoadmap(const Catalog& catalog) {
  Assessment a = NewAssessment(catalog, TestProfile(), kTestNow);
  AnswerAllAsked(catalog, Answer::kNo, &a);
  return BuildRoadmap(catalog, a, Evaluate(catalog, a));
}

Assessment AllNo() {
  Assessment a = NewAssessment(TestCatalog(), TestProfile(), kTestNow);
  AnswerAllAsked(TestCatalog(), Answer::kNo, &a);
  return a;
}

// An evaluation shorter than its catalog (made before controls were added)
// plans the controls it has; a link to one past its end is neither an edge nor
// an unassessed dependency, as a link to no control is not.
TEST(Roadmap, LinksPastTheEndOfAShorterEvaluationAreLeftOut) {
  Catalog catalog = TestCatalog();
  const std::string last = catalog.controls.back().id;
  catalog.controls[0].depends_on = {last};
  catalog.controls[0].informed_by = {last};
  IndexLinks(&catalog);
  Assessment a = NewAssessment(catalog, TestProfile(), kTestNow);
  AnswerAllAsked(catalog, Answer::kNo, &a);
  Evaluation shorter = Evaluate(catalog, a);
  shorter.controls.pop_back();
  const Roadmap r = BuildRoadmap(catalog, a, shorter);
  bool found = false;
  for (const RoadmapItem& item : r.items) {
    EXPECT_NE(item.control_id, last);
    if (item.control_id != catalog.controls[0].id) continue;
    found = true;
    EXPECT_TRUE(item.depends_on.empty());
    EXPECT_TRUE(item.unassessed_dependencies.empty());
    EXPECT_TRUE(item.informed_by.empty());
  }
  EXPECT_TRUE(found);
}

TEST(EffortDays, MidpointScaledByGapRoundedUp) {
  const Catalog& c = TestCatalog();
  EXPECT_EQ(EffortDays(c.controls[1], RoleScope::kBoth, 3, 3), 10);  // (6 + 14) / 2 x 3/3.
  EXPECT_EQ(EffortDays(c.controls[1], RoleScope::kBoth, 1, 3), 4);   // 10 x 1/3 = 3.3 -> 4.
  EXPECT_EQ(EffortDays(c.controls[2], RoleScope::kBoth, 1, 5), 1);   // At least one day.
  EXPECT_EQ(EffortDays(c.controls[2], RoleScope::kBoth, 0, 3), 0);
  EXPECT_EQ(EffortDays(c.controls[1], RoleScope::kBoth, 1, 1), 10);  // Target 1: the whole way.
}

TEST(EffortDays, RoundsUpEvenJustAboveAWholeDay) {
  Control c = TestCatalog().controls[1];
  c.effort = {3, 4};  // Midpoint 3.5; a third of it (gap 1 of 3) is 7/6 days: 2.
  EXPECT_EQ(EffortDays(c, RoleScope::kBoth, 1, 3), 2);
}

TEST(EffortDays, TheRangeEndsForTheEstimateRange) {
  const Control& cld631 = TestCatalog().controls[1];  // 6 to 14 person-days.
  EXPECT_EQ(EffortDays(cld631, RoleScope::kBoth, 3, 3, EffortPoint::kMinimum), 6);
  EXPECT_EQ(EffortDays(cld631, RoleScope::kBoth, 3, 3, EffortPoint::kMaximum), 14);
  EXPECT_EQ(EffortDays(cld631, RoleScope::kBoth, 1, 3, EffortPoint::kMinimum), 2);  // 6 / 3.
  EXPECT_EQ(EffortDays(cld631, RoleScope::kBoth, 1, 3, EffortPoint::kMaximum), 5);  // 4.7 -> 5.
}

TEST(Roadmap, AllNoRanksByUrgencyBandAndRespectsDependencies) {
  Roadmap r = RoadmapFor(AllNo());
  // High band (4-5): CLD.6.3.1 (5), then 12.4.1 (4) which waits for it, then
  // CLD.12.4.5 (4, a quick win, but it waits for 12.4.1). Medium: 5.1.1 (3).
  // Lower: 6.1.1 (2), a quick win that no longer jumps the queue.
  EXPECT_EQ(Ids(r),
            (std::vector<std::string>{"CLD.6.3.1", "12.4.1", "CLD.12.4.5", "5.1.1", "6.1.1"}));
  EXPECT_FALSE(r.items[0].quick_win);
  EXPECT_EQ(r.items[0].effort_days, 10);
  EXPECT_TRUE(r.items[2].quick_win);
  EXPECT_EQ(r.items[4].depends_on, std::vector<std::string>{"CLD.6.3.1"});
  EXPECT_EQ(r.items[0].unblocks, (std::vector<std::string>{"12.4.1", "6.1.1"}));
  for (size_t i = 0; i < r.items.size(); ++i) EXPECT_EQ(r.items[i].rank, static_cast<int>(i) + 1);
  EXPECT_TRUE(r.assess_first.empty());
}

TEST(Roadmap, PhasesFollowCapacity) {
  Roadmap r = RoadmapFor(AllNo());  // 10 person-days a month; efforts 10, 15, 4, 3, 2.
  std::vector<Phase> phases;
  for (const RoadmapItem& item : r.items) phases.push_back(item.phase);
  // Finished after 10, 25, 29, 32, 34 person-days: months 1, 3, 3, 4, 4.
  EXPECT_EQ(phases, (std::vector<Phase>{Phase::kDays0To30, Phase::kDays31To90, Phase::kDays31To90,
                                        Phase::kDays91To180, Phase::kDays91To180}));
  EXPECT_EQ(r.items.back().finished_after_days, 34);
  EXPECT_EQ(r.projection[1].items, 2);
  EXPECT_EQ(r.projection[1].effort_days, 19);
  Assessment slow = AllNo();
  slow.profile.capacity_days_per_month = 1;
  for (const RoadmapItem& item : RoadmapFor(slow).items) {
    if (item.rank > 1) {
      EXPECT_EQ(item.phase, Phase::kLater);
    }
  }
}

TEST(Roadmap, PhaseEdgesAreInclusive) {
  // Finished after exactly 1, 3 and 6 months of capacity: still in that phase.
  Roadmap r = RoadmapFor(AllNo());
  Assessment a = AllNo();
  a.profile.capacity_days_per_month = 10;  // CLD.6.3.1 finishes on day 10 = 1 month.
  EXPECT_EQ(RoadmapFor(a).items[0].phase, Phase::kDays0To30);
  a.profile.capacity_days_per_month = 9;  // Day 10 is past 1 month of 9.
  EXPECT_EQ(RoadmapFor(a).items[0].phase, Phase::kDays31To90);
  a.profile.capacity_days_per_month =
      5;  // 12.4.1 finishes on day 25 <= 3 x 5 = 15? No: > 15, <= 30.
  EXPECT_EQ(RoadmapFor(a).items[1].phase, Phase::kDays91To180);
  a.profile.capacity_days_per_month = 2;  // Day 10 = 5 months: 91-180 (<= 12); day 25 > 12: later.
  EXPECT_EQ(RoadmapFor(a).items[0].phase, Phase::kDays91To180);
  EXPECT_EQ(RoadmapFor(a).items[1].phase, Phase::kLater);
  EXPECT_EQ(r.items[0].finished_after_days, 10);
}

// All three edges, each from both sides: at 10 person-days a month, an item
// done after exactly 10, 30 or 60 person-days (1, 3, 6 months) is still in its
// phase; one person-day more and it is in the next.
TEST(Roadmap, PhaseEdgesAtOneThreeAndSixMonthsOfCapacity) {
  Catalog c = TestCatalog();
  for (Control& control : c.controls) {
    if (control.id == "CLD.6.3.1") control.effort = {10, 10};   // Finishes on day 10.
    if (control.id == "12.4.1") control.effort = {20, 20};      // Day 30.
    if (control.id == "CLD.12.4.5") control.effort = {30, 30};  // Day 60.
  }
  Assessment a = NewAssessment(c, TestProfile(), kTestNow);
  AnswerAllAsked(c, Answer::kNo, &a);
  const auto phases = [&](int capacity) {
    a.profile.capacity_days_per_month = capacity;
    const Roadmap r = BuildRoadmap(c, a, Evaluate(c, a));
    EXPECT_EQ(Ids(r)[2], "CLD.12.4.5");
    EXPECT_EQ(r.items[2].finished_after_days, 60);
    return std::vector<Phase>{r.items[0].phase, r.items[1].phase, r.items[2].phase};
  };
  EXPECT_EQ(phases(10),
            (std::vector<Phase>{Phase::kDays0To30, Phase::kDays31To90, Phase::kDays91To180}));
  // One day later, each is past its edge.
  a.profile.capacity_days_per_month = 10;
  for (Control& control : c.controls) {
    if (control.id == "12.4.1") control.effort = {21, 21};  // Day 31.
    // CLD.12.4.5 keeps its 30 days: now day 61.
  }
  const Roadmap later = BuildRoadmap(c, a, Evaluate(c, a));
  EXPECT_EQ(later.items[1].phase, Phase::kDays91To180);
  EXPECT_EQ(later.items[2].phase, Phase::kLater);
}

// A capacity below one person-day a month is taken as one (no document holds
// one; a program could).
TEST(Roadmap, CapacityIsAtLeastOneDayAMonth) {
  Catalog c = TestCatalog();
  for (Control& control : c.controls) {
    if (control.id == "CLD.6.3.1") control.effort = {2, 2};  // First, done on day 2.
  }
  Assessment a = NewAssessment(c, TestProfile(), kTestNow);
  AnswerAllAsked(c, Answer::kNo, &a);
  a.profile.capacity_days_per_month = 1;
  const Roadmap one = BuildRoadmap(c, a, Evaluate(c, a));
  ASSERT_EQ(one.items[0].control_id, "CLD.6.3.1");
  EXPECT_EQ(one.items[0].phase, Phase::kDays31To90);  // Day 2 of one a month: month 2.
  a.profile.capacity_days_per_month = 0;
  const Roadmap zero = BuildRoadmap(c, a, Evaluate(c, a));
  ASSERT_EQ(one.items.size(), zero.items.size());
  for (size_t i = 0; i < one.items.size(); ++i) EXPECT_EQ(zero.items[i].phase, one.items[i].phase);
}

// Urgency passed on down a chain keeps naming its origin, even when that is
// the first control of the catalog.
TEST(Roadmap, InheritedUrgencyNamesItsOriginWhateverItsPlace) {
  Catalog c = TestCatalog();
  for (Control& control : c.controls) {
    control.risk_weight = 1;
    if (control.id == "5.1.1") control.risk_weight = 5, control.depends_on = {"12.4.1"};
  }
  const Roadmap r = AllNoRoadmap(c);
  ASSERT_EQ(Ids(r)[0], "CLD.6.3.1");  // 12.4.1 waits for it; 5.1.1 waits for 12.4.1.
  EXPECT_EQ(r.items[0].urgency, 5);
  EXPECT_EQ(r.items[0].urgent_for, "5.1.1");
  EXPECT_EQ(r.items[1].urgent_for, "5.1.1");
}

TEST(Roadmap, TheProjectionHasOneRowPerPhaseInOrder) {
  const Roadmap r = RoadmapFor(AllNo());
  EXPECT_EQ(r.projection[0].phase, Phase::kDays0To30);
  EXPECT_EQ(r.projection[1].phase, Phase::kDays31To90);
  EXPECT_EQ(r.projection[2].phase, Phase::kDays91To180);
  EXPECT_EQ(r.projection[3].phase, Phase::kLater);
}

// A provider with only 12.1.2 (risk weight 1) scored: a total weight of
// exactly 1 still projects.
TEST(Roadmap, AWeightOfOneStillProjects) {
  const Assessment a = ProviderAnsweringOnly1212(Answer::kNo, Answer::kNo);
  const Roadmap r = RoadmapFor(a);
  ASSERT_TRUE(r.projection[0].score);
  EXPECT_DOUBLE_EQ(*r.projection[0].score, 60);  // 12.1.2 done at target 3, within a month.
}

TEST(Roadmap, ProjectionCountsFinishedItemsAtTarget) {
  Roadmap r = RoadmapFor(AllNo());  // Weights 3, 5, 2, 4, 4 = 18; target 3 counts as 60.
  EXPECT_DOUBLE_EQ(*r.current_score, 0);
  EXPECT_DOUBLE_EQ(*r.projection[0].score, 5 * 60 / 18.0);
  EXPECT_DOUBLE_EQ(*r.projection[1].score, 13 * 60 / 18.0);
  EXPECT_DOUBLE_EQ(*r.projection[2].score, 60);
  EXPECT_DOUBLE_EQ(*r.projection[3].score, 60);
}

// Each item's gain is its share of the projection: weight x (target score -
// score) / total weight, and the gains add up to the last phase's projection.
TEST(Roadmap, EachItemSaysWhatItAddsToTheScore) {
  const Roadmap r = RoadmapFor(AllNo());  // Weights 3, 5, 2, 4, 4 = 18; target 3 counts as 60.
  double sum = 0;
  for (const RoadmapItem& item : r.items) {
    EXPECT_DOUBLE_EQ(item.score_gain, item.risk_weight * 60 / 18.0) << item.control_id;
    sum += item.score_gain;
  }
  EXPECT_NEAR(sum, *r.projection[3].score - *r.current_score, 1e-9);
  // Partly answered: a control already at 50 adds only the rest up to 60.
  Assessment a = NewAssessment(TestCatalog(), TestProfile(), kTestNow);
  AnswerAllAsked(TestCatalog(), Answer::kPartly, &a);
  const Roadmap partly = RoadmapFor(a);
  ASSERT_FALSE(partly.items.empty());
  for (const RoadmapItem& item : partly.items) {
    EXPECT_NEAR(item.score_gain, item.risk_weight * 10 / 18.0, 1e-9) << item.control_id;
  }
}

TEST(Roadmap, ReasonLine) {
  EXPECT_EQ(
      Reasons(RoadmapFor(AllNo())),
      (std::vector<std::string>{
          "High risk: risk 5/5, gap 3 (maturity 0 to 3), about 10 person-days; unblocks 12.4.1, "
          "6.1.1.",
          "High risk: risk 4/5, gap 3 (maturity 0 to 3), about 15 person-days; after CLD.6.3.1; "
          "unblocks CLD.12.4.5.",
          "High risk, quick win: risk 4/5, gap 3 (maturity 0 to 3), about 4 person-days; after "
          "12.4.1.",
          "Medium risk, quick win: risk 3/5, gap 3 (maturity 0 to 3), about 3 person-days.",
          "Lower risk, quick win: risk 2/5, gap 3 (maturity 0 to 3), about 2 person-days; after "
          "CLD.6.3.1."}));
}

// A reason names three controls (in roadmap order) and counts the rest: with 4 dependents,
// "and 1 more"; with exactly 3, all three and no count.
TEST(Roadmap, AReasonNamesThreeControlsAndCountsTheRest) {
  Catalog c = TestCatalog();
  for (Control& control : c.controls) {
    if (control.id == "5.1.1" || control.id == "CLD.12.4.5") control.depends_on = {"CLD.6.3.1"};
  }
  const Roadmap four = AllNoRoadmap(c);
  ASSERT_EQ(four.items[0].control_id, "CLD.6.3.1");
  EXPECT_NE(four.items[0].reason.find("; unblocks CLD.12.4.5, 12.4.1, 5.1.1 and 1 more."),
            std::string::npos)
      << four.items[0].reason;
  for (Control& control : c.controls) {
    if (control.id == "CLD.12.4.5") control.depends_on = {"12.4.1"};
  }
  const Roadmap three = AllNoRoadmap(c);
  EXPECT_NE(three.items[0].reason.find("; unblocks 12.4.1, 5.1.1, 6.1.1."), std::string::npos)
      << three.items[0].reason;
}

// RanksBefore's rules one at a time, each where the next rule would order the
// two items the other way. 5.1.1 and CLD.6.3.1 are both ready at the start.
TEST(Roadmap, EachRankingRuleDecidesBeforeTheNext) {
  // The order of the two on the roadmap; what depends on CLD.6.3.1 weighs 1,
  // so that it lends it no urgency.
  const auto first_two = [](Catalog c, int w511, int e511, int w631, int e631) {
    for (Control& control : c.controls) {
      control.risk_weight = 1;
      if (control.id == "5.1.1") control.risk_weight = w511, control.effort = {e511, e511};
      if (control.id == "CLD.6.3.1") control.risk_weight = w631, control.effort = {e631, e631};
    }
    std::vector<std::string> order;
    for (const std::string& id : Ids(AllNoRoadmap(c))) {
      if (id == "5.1.1" || id == "CLD.6.3.1") order.push_back(id);
    }
    return order;
  };
  using Ids2 = std::vector<std::string>;
  // Band, though the other has far more value per day.
  EXPECT_EQ(first_two(TestCatalog(), 3, 1, 4, 20), (Ids2{"CLD.6.3.1", "5.1.1"}));
  // Quick win within a band (4 x 3 / 5 days), though the other has more value
  // per day (5 x 3 / 6 days).
  EXPECT_EQ(first_two(TestCatalog(), 4, 5, 5, 6), (Ids2{"5.1.1", "CLD.6.3.1"}));
  // Value per day within band and quick-win class, against catalog order.
  EXPECT_EQ(first_two(TestCatalog(), 3, 20, 3, 10), (Ids2{"CLD.6.3.1", "5.1.1"}));
  // A tie in all of it: catalog order.
  EXPECT_EQ(first_two(TestCatalog(), 3, 10, 3, 10), (Ids2{"5.1.1", "CLD.6.3.1"}));
}

// The reason's words follow the numbers: "1 person-day", "1 \"don't know\"
// answer", and for steps, what they wait for and unblock.
TEST(Roadmap, ReasonsInTheSingularAndForSteps) {
  Catalog c = TestCatalog();
  for (Control& control : c.controls) {
    if (control.id == "6.1.1") control.effort = {1, 1};
  }
  ManagementStep scope;
  scope.id = "MS.1";
  scope.stage = 1;
  scope.weight = 4;
  scope.effort = {1, 1};
  ManagementStep risk = scope;
  risk.id = "MS.2";
  risk.effort = {5, 5};  // Five days: still a quick win.
  risk.depends_on = {"MS.1"};
  c.management_steps = {scope, risk};
  Assessment a = NewAssessment(c, TestProfile(), kTestNow);  // No ISMS: every step is planned.
  AnswerAllAsked(c, Answer::kNo, &a);
  a.answers["6.1.1-q1"] = {Answer::kDontKnow, ""};
  const Roadmap r = BuildRoadmap(c, a, Evaluate(c, a));
  std::map<std::string, std::string> reason;
  for (const RoadmapItem& item : r.items) reason[item.control_id] = item.reason;  // Or step id.
  EXPECT_EQ(reason["MS.1"],
            "High risk, quick win: certification step for the stage 1 audit, about 1 person-day; "
            "unblocks MS.2.");
  EXPECT_EQ(reason["MS.2"],
            "High risk, quick win: certification step for the stage 1 audit, about 5 person-days; "
            "after MS.1.");
  EXPECT_NE(reason["6.1.1"].find(", about 1 person-day; after CLD.6.3.1; check 1 \"don't know\" "
                                 "answer."),
            std::string::npos)
      << reason["6.1.1"];
  a.answers["6.1.1-q2"] = {Answer::kDontKnow, ""};
  const Roadmap two = BuildRoadmap(c, a, Evaluate(c, a));
  for (const RoadmapItem& item : two.items) {
    if (item.control_id == "6.1.1") {
      EXPECT_NE(item.reason.find("; check 2 \"don't know\" answers."), std::string::npos)
          << item.reason;
    }
  }
}

// A step not started ranks like a control at maturity 0 of 3 (gap 3): value per
// day = weight x 3 / days. A step of weight 3 and 10 days (0.9 a day) against
// 5.1.1 (weight 3) at 11 days (0.82) and at 8 days (1.125).
TEST(Roadmap, AStepRanksLikeAControlWithAGapOfThree) {
  const auto order = [](int control_days) {
    Catalog c = TestCatalog();
    for (Control& control : c.controls) {
      control.risk_weight = 1;
      if (control.id == "5.1.1")
        control.risk_weight = 3, control.effort = {control_days, control_days};
    }
    ManagementStep step;
    step.id = "MS.1";
    step.weight = 3;
    step.effort = {10, 10};
    c.management_steps = {step};
    Assessment a = NewAssessment(c, TestProfile(), kTestNow);
    AnswerAllAsked(c, Answer::kNo, &a);
    std::vector<std::string> two;
    for (const std::string& id : Ids(BuildRoadmap(c, a, Evaluate(c, a)))) {
      if (id == "5.1.1" || id == "MS.1") two.push_back(id);
    }
    return two;
  };
  EXPECT_EQ(order(11), (std::vector<std::string>{"MS.1", "5.1.1"}));
  EXPECT_EQ(order(8), (std::vector<std::string>{"5.1.1", "MS.1"}));
}

// The internal audit (after_controls) comes after every control on the
// roadmap, the first in catalog order included, whatever its own urgency.
TEST(Roadmap, TheInternalAuditComesAfterEveryControl) {
  Catalog c = TestCatalog();
  for (Control& control : c.controls) {
    if (control.id == "5.1.1") control.risk_weight = 1;  // First in the catalog, last in rank.
  }
  ManagementStep audit;
  audit.id = "MS.7";
  audit.weight = 5;
  audit.effort = {2, 2};
  audit.after_controls = true;
  c.management_steps = {audit};
  Assessment a = NewAssessment(c, TestProfile(), kTestNow);
  AnswerAllAsked(c, Answer::kNo, &a);
  const std::vector<std::string> ids = Ids(BuildRoadmap(c, a, Evaluate(c, a)));
  ASSERT_EQ(ids.size(), 6u);
  EXPECT_EQ(ids.back(), "MS.7");

  // It waits for the controls only: a slow, low-risk step that is not its
  // prerequisite still comes after it.
  ManagementStep slow;
  slow.id = "MS.1";
  slow.weight = 1;
  slow.effort = {20, 20};
  c.management_steps = {slow, audit};
  const std::vector<std::string> with_slow = Ids(BuildRoadmap(c, a, Evaluate(c, a)));
  ASSERT_EQ(with_slow.size(), 7u);
  EXPECT_EQ(with_slow[5], "MS.7");
  EXPECT_EQ(with_slow[6], "MS.1");
}

// A step whose prerequisites are done (a certified ISMS has them) waits for
// what they waited for, once, however many paths lead there.
TEST(Roadmap, ADoneStepPassesOnItsPrerequisitesOnce) {
  Catalog c = TestCatalog();
  ManagementStep base;
  base.effort = {2, 2};
  base.extension_effort = {1, 1};
  ManagementStep scope = base, left = base, right = base, soa = base;
  scope.id = "MS.1", scope.extension_summary = "Add the cloud services to the scope.";
  left.id = "MS.2", left.depends_on = {"MS.1"};    // Done when certified: not extended.
  right.id = "MS.3", right.depends_on = {"MS.1"};  // Likewise.
  soa.id = "MS.4", soa.depends_on = {"MS.2", "MS.3"};
  soa.extension_summary = "Add the 27017 controls to the SoA.";
  c.management_steps = {scope, left, right, soa};
  Assessment a = NewAssessment(c, TestProfile(), kTestNow);
  a.profile.isms = IsmsState::kCertified;
  AnswerAllAsked(c, Answer::kNo, &a);
  const Roadmap r = BuildRoadmap(c, a, Evaluate(c, a));
  bool found = false;
  for (const RoadmapItem& item : r.items) {
    if (item.control_id != "MS.4") continue;
    found = true;
    EXPECT_EQ(item.depends_on, std::vector<std::string>{"MS.1"});
  }
  EXPECT_TRUE(found);
}

// A dependency on a control the catalog lacks (a hand-made catalog; the loader
// refuses one) is passed over, as is a soft link to one.
TEST(Roadmap, ALinkToAMissingControlIsIgnored) {
  Catalog c = TestCatalog();
  c.controls[0].depends_on = {"99.9.9"};
  c.controls[0].informed_by = {"98.9.9"};
  const Roadmap r = AllNoRoadmap(c);
  for (const RoadmapItem& item : r.items) {
    if (item.control_id != "5.1.1") continue;
    EXPECT_TRUE(item.depends_on.empty());
    EXPECT_TRUE(item.informed_by.empty());
  }
  EXPECT_EQ(r.items.size(), 5u);
}

// A catalog where a low-weight control blocks a high-weight one.
Catalog BlockerCatalog() {
  Catalog c = TestCatalog();
  for (Control& control : c.controls) {
    if (control.id == "CLD.6.3.1") control.risk_weight = 2;  // Blocks 12.4.1 (4) and 6.1.1 (2).
  }
  return c;
}

TEST(Roadmap, ABlockerTakesTheUrgencyOfWhatItUnblocks) {
  const Catalog c = BlockerCatalog();
  Roadmap r = AllNoRoadmap(c);
  // CLD.6.3.1 (own weight 2) is needed by 12.4.1 (4), so it is high-urgency and
  // comes first, ahead of 5.1.1 (3) and the quick-win 6.1.1 (2).
  EXPECT_EQ(Ids(r),
            (std::vector<std::string>{"CLD.6.3.1", "12.4.1", "CLD.12.4.5", "5.1.1", "6.1.1"}));
  EXPECT_EQ(r.items[0].risk_weight, 2);
  EXPECT_EQ(r.items[0].urgency, 4);
  EXPECT_EQ(r.items[0].urgent_for, "12.4.1");
  EXPECT_EQ(r.items[1].urgent_for, "");
  EXPECT_EQ(r.items[0].reason,
            "High risk: needed first by 12.4.1 (risk 4/5), whose urgency it takes; own risk 2/5, "
            "gap 3 (maturity 0 to 3), about 10 person-days; unblocks 12.4.1, 6.1.1.");
}

// The first control of the catalog inherits too (every item is a root of the search).
TEST(Roadmap, TheFirstControlInheritsUrgency) {
  Catalog c = TestCatalog();
  for (Control& control : c.controls) {
    if (control.id == "5.1.1") control.risk_weight = 1;
    if (control.id == "12.4.1") control.depends_on = {"5.1.1"};  // Weight 4.
  }
  const Roadmap r = AllNoRoadmap(c);
  for (const RoadmapItem& item : r.items) {
    if (item.control_id != "5.1.1") continue;
    EXPECT_EQ(item.urgency, 4);
    EXPECT_EQ(item.urgent_for, "12.4.1");
  }
  EXPECT_EQ(Ids(r).front(), "5.1.1") << "a quick win that unblocks the high-risk 12.4.1";
}

TEST(Roadmap, UrgencyIsInheritedDownAChain) {
  Catalog c = TestCatalog();
  for (Control& control : c.controls) {
    if (control.id == "CLD.6.3.1") control.risk_weight = 1;
    if (control.id == "12.4.1") control.risk_weight = 1;
    if (control.id == "CLD.12.4.5")
      control.risk_weight = 5;  // Waits for 12.4.1, which waits for CLD.6.3.1.
  }
  Roadmap r = AllNoRoadmap(c);
  EXPECT_EQ(Ids(r),
            (std::vector<std::string>{"CLD.6.3.1", "12.4.1", "CLD.12.4.5", "5.1.1", "6.1.1"}));
  EXPECT_EQ(r.items[0].urgency, 5);
  EXPECT_EQ(r.items[0].urgent_for, "CLD.12.4.5");
  EXPECT_EQ(r.items[1].urgency, 5);
}

TEST(Roadmap, QuickWinsLeadOnlyWithinTheirBand) {
  // Same band: the quick win first. 5.1.1 (3, quick) and a weight-3 12.4.1.
  Catalog c = TestCatalog();
  for (Control& control : c.controls) {
    if (control.id == "12.4.1") control.risk_weight = 3;
    if (control.id == "CLD.12.4.5") control.risk_weight = 3;
    if (control.id == "CLD.6.3.1") control.risk_weight = 3;
  }
  Roadmap r = AllNoRoadmap(c);
  // Medium band: 5.1.1 (quick, 3 days) first; CLD.6.3.1 next (10 days; the
  // others wait for it); then 12.4.1 (15), then CLD.12.4.5 (quick, after 12.4.1).
  EXPECT_EQ(Ids(r),
            (std::vector<std::string>{"5.1.1", "CLD.6.3.1", "12.4.1", "CLD.12.4.5", "6.1.1"}));
}

TEST(Roadmap, QuickWinBoundaryIsFiveDays) {
  Catalog c = TestCatalog();
  for (Control& control : c.controls) {
    if (control.id == "5.1.1") control.effort = {5, 5};  // Gap 3 of 3: 5 days, a quick win.
    if (control.id == "6.1.1") control.effort = {6, 6};  // 6 days: not.
  }
  Roadmap r = AllNoRoadmap(c);
  int checked = 0;
  for (const RoadmapItem& item : r.items) {
    if (item.control_id == "5.1.1") {
      EXPECT_TRUE(item.quick_win);
      ++checked;
    }
    if (item.control_id == "6.1.1") {
      EXPECT_FALSE(item.quick_win);
      ++checked;
    }
  }
  EXPECT_EQ(checked, 2);
}

TEST(Roadmap, InformedByIsAdviceAndNeverDelays) {
  Catalog c = TestCatalog();
  for (Control& control : c.controls) {
    if (control.id == "CLD.6.3.1") control.informed_by = {"5.1.1", "6.1.1"};
  }
  Assessment a = NewAssessment(c, TestProfile(), kTestNow);
  AnswerAllAsked(c, Answer::kNo, &a);
  a.answers["6.1.1-q1"] = {Answer::kYes, ""};
  a.answers["6.1.1-q2"] = {Answer::kYes, ""};  // 6.1.1 has no gap: no advice needed.
  Roadmap r = BuildRoadmap(c, a, Evaluate(c, a));
  ASSERT_FALSE(r.items.empty());
  EXPECT_EQ(r.items[0].control_id, "CLD.6.3.1");  // Still first, though 5.1.1 is open.
  EXPECT_EQ(r.items[0].informed_by, std::vector<std::string>{"5.1.1"});
  EXPECT_TRUE(r.items[0].depends_on.empty());
  // A gap of one level is still open advice.
  a.answers["6.1.1-q2"] = {Answer::kPartly, ""};  // 75: maturity 3 ... target 4.
  a.controls["6.1.1"].target = 4;
  r = BuildRoadmap(c, a, Evaluate(c, a));
  EXPECT_EQ(r.items[0].informed_by, (std::vector<std::string>{"5.1.1", "6.1.1"}));
}

// In a hand-made catalog with a cycle (the loader refuses one) nothing is lost:
// the items that can never be ready come last, in catalog order.
TEST(Roadmap, ACycleLosesNoItem) {
  Catalog c = TestCatalog();
  for (Control& control : c.controls) {
    if (control.id == "5.1.1") control.depends_on = {"6.1.1"};
    if (control.id == "CLD.6.3.1") control.depends_on = {"5.1.1"};  // 6.1.1 waits for it.
  }
  EXPECT_EQ(Ids(AllNoRoadmap(c)),
            (std::vector<std::string>{"5.1.1", "CLD.6.3.1", "6.1.1", "12.4.1", "CLD.12.4.5"}));
}

// A step is to do or done: on the roadmap it is at 0 of 1, a gap of 1.
TEST(Roadmap, AStepIsAtZeroOfOne) {
  Catalog c = TestCatalog();
  ManagementStep scope;
  scope.id = "MS.1";
  scope.effort = {2, 2};
  c.management_steps = {scope};
  const Roadmap r = AllNoRoadmap(c);
  for (const RoadmapItem& item : r.items) {
    if (!item.is_step()) continue;
    EXPECT_EQ(item.maturity, 0);
    EXPECT_EQ(item.target, 1);
    EXPECT_EQ(item.gap, 1);
  }
}

TEST(Roadmap, RoleSpecificWeightEffortAndActions) {
  Catalog c = TestCatalog();
  for (Control& control : c.controls) {
    if (control.id != "5.1.1") continue;
    control.role_risk_weight[static_cast<size_t>(Role::kCustomer)] = 5;
    control.role_effort[static_cast<size_t>(Role::kCustomer)] = {20, 20};
    control.actions = {{"Customer step.", {Role::kCustomer}},
                       {"Provider step.", {Role::kProvider}},
                       {"Shared step.", {Role::kCustomer, Role::kProvider}}};
  }
  Assessment a = NewAssessment(c, TestProfile(), kTestNow);
  AnswerAllAsked(c, Answer::kNo, &a);
  Roadmap r = BuildRoadmap(c, a, Evaluate(c, a));
  const RoadmapItem* item = nullptr;
  for (const RoadmapItem& i : r.items) {
    if (i.control_id == "5.1.1") item = &i;
  }
  ASSERT_NE(item, nullptr);
  EXPECT_EQ(item->risk_weight, 5);
  EXPECT_EQ(item->effort_days, 20);
  EXPECT_EQ(item->actions, (std::vector<std::string_view>{"Customer step.", "Shared step."}));
  a.profile.role = RoleScope::kBoth;  // Both roles: the defaults and every action.
  Roadmap both = BuildRoadmap(c, a, Evaluate(c, a));
  for (const RoadmapItem& i : both.items) {
    if (i.control_id != "5.1.1") continue;
    EXPECT_EQ(i.risk_weight, 3);
    EXPECT_EQ(i.effort_days, 3);
    EXPECT_EQ(i.actions.size(), 3u);
  }
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
  EXPECT_EQ(Ids(r), (std::vector<std::string>{"12.4.1", "CLD.12.4.5", "5.1.1", "6.1.1"}));
  EXPECT_TRUE(r.items[0].depends_on.empty());
  EXPECT_TRUE(r.items[3].depends_on.empty());
}

TEST(Roadmap, OwnerAndDueDateComeAlong) {
  Assessment a = AllNo();
  a.controls["12.4.1"].owner = "Ops";
  a.controls["12.4.1"].due_date = "2024-12-31";
  Roadmap r = RoadmapFor(a);
  EXPECT_EQ(r.items[1].owner, "Ops");
  EXPECT_EQ(r.items[1].due_date, "2024-12-31");
}

TEST(Roadmap, NoScoreNoProjection) {
  Roadmap r = RoadmapFor(NewAssessment(TestCatalog(), TestProfile(), kTestNow));
  EXPECT_TRUE(r.items.empty());
  EXPECT_FALSE(r.current_score);
  for (const PhaseProjection& p : r.projection) EXPECT_FALSE(p.score);
  EXPECT_EQ(r.assess_first.size(), 5u);
}

TEST(Roadmap, BandAndPhaseLabelsRoundTrip) {
  ExpectRoundTrip<kUrgencyBandLabels>();
  ExpectRoundTrip<kPhaseLabels>();  // Counts from 1: TextOf searches it.
  EXPECT_STREQ(PhaseLabel(Phase::kDays0To30), "0-30 days");
  EXPECT_STREQ(PhaseLabel(Phase::kLater), "later");
  EXPECT_STREQ(PhaseLabel(static_cast<Phase>(0)), "");
  EXPECT_STREQ(UrgencyBandLabel(UrgencyBand::kMedium), "medium");
}

}  // namespace
}  // namespace cloudgap
