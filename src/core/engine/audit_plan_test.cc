#include "core/engine/audit_plan.h"

#include <gtest/gtest.h>

#include <map>
#include <string>

#include "core/catalog/catalog_loader.h"
#include "core/engine/management_steps.h"
#include "core/engine/scoring.h"
#include "core/testing/test_catalog.h"

namespace cloudgap {
namespace {

Assessment Answered(Answer answer, IsmsState isms, int capacity = 20) {
  const Catalog& catalog = BuiltinCatalog();
  Profile p;
  p.role = RoleScope::kCustomer;
  p.isms = isms;
  p.capacity_days_per_month = capacity;
  Assessment a = NewAssessment(catalog, p, kTestNow);
  AnswerAllAsked(catalog, answer, &a);
  return a;
}

Roadmap RoadmapFor(const Assessment& a) {
  return BuildRoadmap(BuiltinCatalog(), a, Evaluate(BuiltinCatalog(), a));
}

std::vector<std::string> StepIds(const Roadmap& r) {
  std::vector<std::string> ids;
  for (const RoadmapItem& item : r.items) {
    if (item.is_step()) ids.push_back(item.control_id);
  }
  return ids;
}

TEST(AuditPlan, WithoutAnIsmsEveryStepIsOnTheRoadmapInDependencyOrder) {
  const Catalog& catalog = BuiltinCatalog();
  ASSERT_EQ(catalog.management_steps.size(), 9u);
  const Roadmap none = RoadmapFor(Answered(Answer::kPartly, IsmsState::kNone));
  const Roadmap certified = RoadmapFor(Answered(Answer::kPartly, IsmsState::kCertified));
  EXPECT_EQ(StepIds(none).size(), 9u);
  // A certified ISMS extends scope, risk assessment and SoA for the cloud, and nothing else.
  EXPECT_EQ(StepIds(certified), (std::vector<std::string>{"MS.1", "MS.2", "MS.4"}));
  EXPECT_NE(StepIds(none), StepIds(certified));
  // The SoA extension waits for the risk assessment extension, through the
  // treatment plan the certified ISMS already has.
  for (const RoadmapItem& item : certified.items) {
    if (item.control_id == "MS.4") {
      EXPECT_EQ(item.depends_on, std::vector<std::string>{"MS.2"});
    }
  }
  std::map<std::string, int> rank;
  int last_control = 0;
  for (const RoadmapItem& item : none.items) {
    rank[item.control_id] = item.rank;
    if (!item.is_step()) last_control = item.rank;
  }
  for (const ManagementStep& step : catalog.management_steps) {
    for (const std::string& dep : step.depends_on) {
      EXPECT_LT(rank.at(dep), rank.at(step.id)) << step.id << " after " << dep;
    }
    if (step.after_controls) {
      EXPECT_GT(rank.at(step.id), last_control) << step.id;
    }
  }
  // Steps are said to be certification steps, with their stage.
  for (const RoadmapItem& item : none.items) {
    if (!item.is_step()) continue;
    EXPECT_NE(item.reason.find("certification step for the stage " + std::to_string(item.stage) +
                               " audit"),
              std::string::npos)
        << item.reason;
  }
}

TEST(AuditPlan, ACertifiedIsmsExtendsItsStepsForTheCloudAtTheirSmallerEffort) {
  const Roadmap r = RoadmapFor(Answered(Answer::kPartly, IsmsState::kCertified));
  for (const RoadmapItem& item : r.items) {
    if (!item.is_step()) continue;
    const ManagementStep& step = BuiltinCatalog().management_steps[item.step_index];
    const int mid = (step.extension_effort.min + step.extension_effort.max + 1) / 2;
    EXPECT_EQ(item.effort_days, mid) << step.id;
    EXPECT_EQ(std::vector<std::string>(item.actions.begin(), item.actions.end()),
              step.extension_actions)
        << step.id;
    EXPECT_NE(item.reason.find("extending your ISMS for the cloud"), std::string::npos);
  }
}

TEST(AuditPlan, StepsRecordedAsDoneLeaveTheRoadmap) {
  Assessment a = Answered(Answer::kPartly, IsmsState::kInProgress);
  a.steps_done = {"MS.1", "MS.5"};
  const std::vector<std::string> ids = StepIds(RoadmapFor(a));
  EXPECT_EQ(ids.size(), 7u);
  for (const std::string& id : ids) EXPECT_TRUE(id != "MS.1" && id != "MS.5") << id;
  // MS.2 depended on MS.1, now done: it no longer names it.
  for (const RoadmapItem& item : RoadmapFor(a).items) {
    if (item.control_id == "MS.2") {
      EXPECT_TRUE(item.depends_on.empty());
    }
  }
}

TEST(AuditPlan, StepsDoNotPassTheInternalAuditsOrderOnAsUrgency) {
  const Roadmap r = RoadmapFor(Answered(Answer::kNo, IsmsState::kNone));
  for (const RoadmapItem& item : r.items) {
    if (item.is_step()) continue;
    EXPECT_TRUE(item.urgent_for.rfind("MS.", 0) != 0) << item.control_id;
    for (const std::string& id : item.unblocks) EXPECT_NE(id, "MS.7") << item.control_id;
  }
}

TEST(AuditPlan, TheEstimateFollowsTheRules) {
  const Catalog& catalog = BuiltinCatalog();
  const Assessment a = Answered(Answer::kNo, IsmsState::kNone);
  const Evaluation e = Evaluate(catalog, a);
  const Roadmap r = BuildRoadmap(catalog, a, e);
  const AuditEstimate estimate = EstimateAudit(catalog, e, r);
  ASSERT_TRUE(estimate.available);
  int last_stage1 = 0, last_control = 0, last_stage2 = 0;
  for (const RoadmapItem& item : r.items) {
    const int month = MonthForDays(item.finished_after_days, 20);
    if (!item.is_step()) last_control = month;
    if (item.is_step() && item.stage == 1) last_stage1 = month;
    if (item.is_step() && item.stage == 2) last_stage2 = month;
  }
  EXPECT_EQ(estimate.stage1_month, last_stage1);
  EXPECT_EQ(estimate.controls_ready_month, last_control);
  EXPECT_EQ(estimate.stage2_month,
            std::max({last_control + kRecordMonths, last_stage2, last_stage1 + 1}));
  EXPECT_EQ(
      estimate.stage2_reason,
      "stage 2 in month " + std::to_string(estimate.stage2_month) + ": the last control (" +
          [&] {
            std::string id;
            for (const RoadmapItem& item : r.items) {
              if (!item.is_step()) id = item.control_id;
            }
            return id;
          }() +
          ") reaches its target in month " + std::to_string(last_control) +
          ", then 3 months of operating records; internal audit and management review "
          "done by month " +
          std::to_string(last_stage2));
  EXPECT_EQ(estimate.stage1_reason.rfind("stage 1 in month " + std::to_string(last_stage1) +
                                             ": the documentation is ready once MS.",
                                         0),
            0u)
      << estimate.stage1_reason;
}

TEST(AuditPlan, MonthsCoverWholeCapacity) {
  EXPECT_EQ(MonthForDays(0, 20), 1);
  EXPECT_EQ(MonthForDays(1, 20), 1);
  EXPECT_EQ(MonthForDays(20, 20), 1);
  EXPECT_EQ(MonthForDays(21, 20), 2);
  EXPECT_EQ(MonthForDays(40, 20), 2);
  EXPECT_EQ(MonthForDays(41, 0), 41);  // A capacity of 0 is taken as 1.
}

TEST(AuditPlan, DoublingTheCapacityNeverDelaysTheAudit) {
  const Catalog& catalog = BuiltinCatalog();
  for (IsmsState isms : {IsmsState::kNone, IsmsState::kInProgress, IsmsState::kCertified}) {
    for (Answer answer : {Answer::kNo, Answer::kPartly}) {
      for (int capacity : {1, 3, 7, 10, 20, 45, 100}) {
        const Assessment slow = Answered(answer, isms, capacity);
        const Assessment fast = Answered(answer, isms, capacity * 2);
        const AuditEstimate s = EstimateAudit(catalog, Evaluate(catalog, slow), RoadmapFor(slow));
        const AuditEstimate f = EstimateAudit(catalog, Evaluate(catalog, fast), RoadmapFor(fast));
        EXPECT_LE(f.stage1_month, s.stage1_month) << capacity;
        EXPECT_LE(f.stage2_month, s.stage2_month) << capacity;
      }
    }
  }
}

TEST(AuditPlan, AnIsmsBringsTheAuditForward) {
  const Catalog& catalog = BuiltinCatalog();
  const Assessment none = Answered(Answer::kPartly, IsmsState::kNone);
  const Assessment certified = Answered(Answer::kPartly, IsmsState::kCertified);
  const AuditEstimate n = EstimateAudit(catalog, Evaluate(catalog, none), RoadmapFor(none));
  const AuditEstimate c =
      EstimateAudit(catalog, Evaluate(catalog, certified), RoadmapFor(certified));
  EXPECT_LT(c.stage1_month, n.stage1_month);
  EXPECT_LE(c.stage2_month, n.stage2_month);
}

TEST(AuditPlan, NothingLeftMeansStageOneNowAndStageTwoAMonthLater) {
  const Catalog& catalog = BuiltinCatalog();
  Assessment a = Answered(Answer::kYes, IsmsState::kCertified);
  a.steps_done = {"MS.1", "MS.2", "MS.4"};
  const Roadmap r = RoadmapFor(a);
  ASSERT_TRUE(r.items.empty());
  const AuditEstimate e = EstimateAudit(catalog, Evaluate(catalog, a), r);
  EXPECT_EQ(e.stage1_month, 1);
  EXPECT_EQ(e.stage2_month, 2);
  EXPECT_EQ(e.stage1_reason,
            "stage 1 in month 1: the documentation a stage 1 audit reviews is already in place");
  EXPECT_EQ(e.stage2_reason,
            "stage 2 in month 2: a month after stage 1, with every control already at its target");
}

TEST(AuditPlan, ACatalogWithoutStepsHasNoEstimate) {
  const Assessment a = NewAssessment(TestCatalog(), TestProfile(), kTestNow);
  const Evaluation e = Evaluate(TestCatalog(), a);
  EXPECT_FALSE(EstimateAudit(TestCatalog(), e, BuildRoadmap(TestCatalog(), a, e)).available);
  EXPECT_TRUE(AuditChecklist(TestCatalog(), a, e).empty());
}

TEST(AuditPlan, UnassessedControlsAreSaidToMoveTheEstimate) {
  const Catalog& catalog = BuiltinCatalog();
  Assessment a = Answered(Answer::kNo, IsmsState::kNone);
  a.answers.clear();
  a.answers["9.2.3-q1"] = {Answer::kNo, ""};
  const Evaluation e = Evaluate(catalog, a);
  const AuditEstimate estimate = EstimateAudit(catalog, e, BuildRoadmap(catalog, a, e));
  EXPECT_EQ(estimate.not_assessed, 41);  // 42 apply to a customer; one is assessed.
  EXPECT_NE(estimate.stage2_reason.find("(41 controls not assessed yet, so this may move later)"),
            std::string::npos)
      << estimate.stage2_reason;
}

TEST(AuditPlan, TheQuickScanRangeSpansTheEffortRanges) {
  const Catalog& catalog = BuiltinCatalog();
  Assessment a = Answered(Answer::kNo, IsmsState::kNone);
  a.profile.mode = AssessmentMode::kQuick;
  AnswerAllAsked(catalog, Answer::kNo, &a);
  const AuditRange range = EstimateAuditRange(catalog, a, Evaluate(catalog, a));
  EXPECT_LT(range.earliest.stage1_month, range.latest.stage1_month);
  EXPECT_LT(range.earliest.stage2_month, range.latest.stage2_month);
  const Evaluation e = Evaluate(catalog, a);
  const AuditEstimate mid = EstimateAudit(catalog, e, BuildRoadmap(catalog, a, e));
  EXPECT_LE(range.earliest.stage2_month, mid.stage2_month);
  EXPECT_GE(range.latest.stage2_month, mid.stage2_month);
}

TEST(AuditPlan, TheChecklistListsWhatAnAuditorAsksPerStageWithItsStatus) {
  const Catalog& catalog = BuiltinCatalog();
  Assessment a = Answered(Answer::kYes, IsmsState::kInProgress);
  for (const char* q : {"9.2.3-q1", "9.2.3-q2", "9.2.3-q7"}) a.answers[q] = {Answer::kNo, ""};
  a.steps_done = {"MS.1"};
  const Evaluation e = Evaluate(catalog, a);
  const std::vector<ChecklistEntry> list = AuditChecklist(catalog, a, e);
  ASSERT_FALSE(list.empty());
  int previous_stage = 1;
  std::map<std::string, std::string> status;
  for (const ChecklistEntry& entry : list) {
    EXPECT_GE(entry.stage, previous_stage);  // Stage 1 first.
    previous_stage = entry.stage;
    EXPECT_FALSE(entry.evidence.empty());
    status[entry.source] = entry.status;
  }
  EXPECT_EQ(status["MS.1"], "Done");
  EXPECT_EQ(status["MS.2"], "To do");
  EXPECT_EQ(status["12.3.1"], "Implemented");
  EXPECT_EQ(status["9.2.3"], "Partially implemented");
  EXPECT_EQ(status.count("CLD.9.5.1"), 0u);  // Not for a customer.
  // A customer is asked for a customer's evidence: 12.3.1's general items and
  // its customer items, none of the provider's backup specification.
  std::vector<std::string> evidence_of_123;
  for (const ChecklistEntry& entry : list) {
    if (entry.source == "12.3.1") evidence_of_123.push_back(entry.evidence);
  }
  const Control& backup = *catalog.FindControl("12.3.1");
  std::vector<std::string> expected;
  for (const Evidence& item : backup.evidence) {
    if (HasRole(item.roles, Role::kCustomer)) expected.push_back(item.text);
  }
  EXPECT_EQ(evidence_of_123, expected);
  EXPECT_LT(expected.size(), backup.evidence.size());
}

TEST(AuditPlan, EachRoleIsAskedForItsOwnEvidence) {
  const Catalog& catalog = BuiltinCatalog();
  for (RoleScope role : {RoleScope::kCustomer, RoleScope::kProvider, RoleScope::kBoth}) {
    Assessment a = Answered(Answer::kPartly, IsmsState::kNone);
    a.profile.role = role;
    AnswerAllAsked(catalog, Answer::kPartly, &a);
    size_t control_items = 0, led = 0;
    for (const ChecklistEntry& entry : AuditChecklist(catalog, a, Evaluate(catalog, a))) {
      if (entry.source.rfind("MS.", 0) == 0) continue;
      ++control_items;
      const bool one_party = entry.evidence.rfind("For customers: ", 0) == 0 ||
                             entry.evidence.rfind("For providers: ", 0) == 0;
      led += one_party;
      const Control& c = *catalog.FindControl(entry.source);
      bool found = false;
      for (const Evidence& item : c.evidence) {
        const bool for_role =
            role == RoleScope::kBoth ||
            HasRole(item.roles, role == RoleScope::kCustomer ? Role::kCustomer : Role::kProvider);
        found =
            found || (for_role && entry.evidence.find(item.text.substr(1)) != std::string::npos);
      }
      EXPECT_TRUE(found) << RoleScopeName(role) << " " << entry.source << ": " << entry.evidence;
    }
    EXPECT_GT(control_items, 0u);
    // Only a profile of both roles needs to be told whose an item is.
    if (role == RoleScope::kBoth) {
      EXPECT_GT(led, 0u);
    } else {
      EXPECT_EQ(led, 0u) << RoleScopeName(role);
    }
  }
}

}  // namespace
}  // namespace cloudgap
