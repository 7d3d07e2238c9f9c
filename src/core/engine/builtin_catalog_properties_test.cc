// What the shipped catalog promises every profile, checked over every role and
// every combination of service models: applicability follows ISO/IEC 27017,
// the quick scan asks nothing the full assessment would not, greenfield
// roadmaps put urgent work first, and the dependency graph is sound.
#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "core/catalog/catalog_graph.h"
#include "core/catalog/catalog_lint.h"
#include "core/catalog/catalog_loader.h"
#include "core/document/applicability.h"
#include "core/engine/readiness.h"
#include "core/engine/roadmap.h"
#include "core/engine/scoring.h"
#include "core/engine/wording.h"
#include "core/testing/test_catalog.h"

namespace cloudgap {
namespace {

struct ProfileCase {
  RoleScope role;
  std::array<bool, 3> services;
  std::string Name() const {
    std::string name = RoleScopeName(role);
    for (ServiceModel s : {ServiceModel::kIaas, ServiceModel::kPaas, ServiceModel::kSaas}) {
      if (services[static_cast<size_t>(s)]) name += std::string("_") + ServiceModelName(s);
    }
    return name;
  }
};

// 3 roles x 7 non-empty sets of service models.
std::vector<ProfileCase> AllProfiles() {
  std::vector<ProfileCase> cases;
  for (RoleScope role : {RoleScope::kCustomer, RoleScope::kProvider, RoleScope::kBoth}) {
    for (int mask = 1; mask < 8; ++mask) {
      cases.push_back({role, {(mask & 1) != 0, (mask & 2) != 0, (mask & 4) != 0}});
    }
  }
  return cases;
}

Profile MakeProfile(const ProfileCase& c, AssessmentMode mode) {
  Profile p;
  p.role = c.role;
  p.services = c.services;
  p.mode = mode;
  p.capacity_days_per_month = 20;
  return p;
}

std::vector<Role> RolesOf(RoleScope scope) {
  switch (scope) {
    case RoleScope::kCustomer: return {Role::kCustomer};
    case RoleScope::kProvider: return {Role::kProvider};
    case RoleScope::kBoth: return {Role::kCustomer, Role::kProvider};
  }
  return {};
}

// The roadmap of the shipped catalog answered `answer` throughout by profile
// `c` in a full assessment.
Roadmap FullRoadmap(const ProfileCase& c, Answer answer, IsmsState isms = IsmsState::kNone) {
  Profile p = MakeProfile(c, AssessmentMode::kFull);
  p.isms = isms;
  Assessment a = NewAssessment(BuiltinCatalog(), p, kTestNow);
  AnswerAllAsked(BuiltinCatalog(), answer, &a);
  return BuildRoadmap(BuiltinCatalog(), a, Evaluate(BuiltinCatalog(), a));
}

// Each roadmap item's rank, by control or step id.
std::map<std::string, int> RankById(const Roadmap& r) {
  std::map<std::string, int> rank;
  for (const RoadmapItem& item : r.items) rank[item.control_id] = item.rank;
  return rank;
}

// Administrator MFA in the first five; backups, patching, logging and public
// exposure in the first third; nothing less urgent ahead of something urgent.
void ExpectUrgentWorkFirst(const Roadmap& r) {
  std::map<std::string, int> rank = RankById(r);
  const int third = static_cast<int>(r.items.size() + 2) / 3;
  ASSERT_TRUE(rank.count("9.2.3"));
  EXPECT_LE(rank["9.2.3"], 5) << "administrator MFA";
  for (const char* id : {"12.3.1", "12.6.1", "12.4.1", "9.4.1", "13.1.3"}) {
    ASSERT_TRUE(rank.count(id)) << id;
    EXPECT_LE(rank[id], third) << id << " (backups, patching, logging, public exposure)";
  }
  // No lower-risk item ahead of a high-risk one unless a high-risk item waits for it.
  bool lower_seen = false;
  for (const RoadmapItem& item : r.items) {
    const bool high = item.urgency >= kHighRiskWeight;
    if (!high) lower_seen = true;
    EXPECT_FALSE(high && lower_seen) << item.control_id << " comes after a lower-urgency item";
    if (item.risk_weight < kHighRiskWeight && high) {
      EXPECT_FALSE(item.urgent_for.empty()) << item.control_id;
    }
  }
}

class EveryProfile : public testing::TestWithParam<ProfileCase> {};

TEST_P(EveryProfile, ControlsForBothPartiesAreNeverOutOfScope) {
  const Catalog& catalog = BuiltinCatalog();
  const Assessment a =
      NewAssessment(catalog, MakeProfile(GetParam(), AssessmentMode::kFull), kTestNow);
  const Evaluation e = Evaluate(catalog, a);
  const std::vector<SoaEntry> soa = StatementOfApplicability(catalog, a, e);
  for (size_t i = 0; i < catalog.controls.size(); ++i) {
    const Control& c = catalog.controls[i];
    const bool applies = ControlAppliesToProfile(a.profile, c);
    EXPECT_EQ(e.controls[i].status != ControlStatus::kOutOfScope, applies) << c.id;
    if (applies) {
      EXPECT_EQ(soa[i].applicable, "Yes") << c.id;
      const bool guided = HasGuidanceForProfile(a.profile, c);
      EXPECT_EQ(soa[i].justification, guided ? kCloudGuidance : kBaselineOnly) << c.id;
    } else {
      // Only what 27017 gives to one party alone may be out of scope for the other.
      EXPECT_EQ(c.applies_to, std::vector<Role>{Role::kProvider}) << c.id;
      EXPECT_EQ(a.profile.role, RoleScope::kCustomer) << c.id;
    }
  }
}

TEST_P(EveryProfile, EveryControlInScopeHasTwoQuestionsPerRole) {
  const Catalog& catalog = BuiltinCatalog();
  const Profile p = MakeProfile(GetParam(), AssessmentMode::kFull);
  for (const Control& c : catalog.controls) {
    for (Role role : RolesOf(p.role)) {
      if (!HasRole(c.applies_to, role)) continue;
      int asked = 0;
      ForEachAskedQuestion(p, c, [&](const Question& q) { asked += HasRole(q.roles, role); });
      EXPECT_GE(asked, 2) << c.id << " " << RoleName(role);
    }
  }
}

TEST_P(EveryProfile, QuickScanAsksNothingOutsideTheFullAssessment) {
  const Catalog& catalog = BuiltinCatalog();
  const Profile full = MakeProfile(GetParam(), AssessmentMode::kFull);
  const Profile quick = MakeProfile(GetParam(), AssessmentMode::kQuick);
  for (const Control& c : catalog.controls) {
    const int full_count = AskedQuestionCount(full, c);
    const int quick_count = AskedQuestionCount(quick, c);
    EXPECT_EQ(quick_count > 0, full_count > 0) << c.id;
    // Per role and service of the profile, one quick question at most, and
    // only where that role and service get full questions too.
    for (Role role : RolesOf(full.role)) {
      for (ServiceModel s : {ServiceModel::kIaas, ServiceModel::kPaas, ServiceModel::kSaas}) {
        if (!ProfileHasService(full, s)) continue;
        int quick_for = 0, full_for = 0;
        for (const Question& q : c.quick_questions) {
          quick_for += HasRole(q.roles, role) && HasService(q.services, s);
        }
        for (const Question& q : c.questions) {
          full_for += HasRole(q.roles, role) && HasService(q.services, s);
        }
        EXPECT_LE(quick_for, 1) << c.id;
        if (quick_for > 0) {
          EXPECT_GT(full_for, 0) << c.id;
        }
      }
    }
  }
}

// Whatever the state of the ISMS: its steps share the roadmap with the controls.
TEST_P(EveryProfile, GreenfieldRoadmapPutsUrgentWorkFirst) {
  for (IsmsState isms : {IsmsState::kNone, IsmsState::kInProgress, IsmsState::kCertified}) {
    SCOPED_TRACE(IsmsStateLabel(isms));
    ExpectUrgentWorkFirst(FullRoadmap(GetParam(), Answer::kNo, isms));
  }
}

TEST_P(EveryProfile, RoadmapRespectsEveryHardDependency) {
  const Catalog& catalog = BuiltinCatalog();
  const Roadmap r = FullRoadmap(GetParam(), Answer::kPartly);
  std::map<std::string, int> rank = RankById(r);
  for (const RoadmapItem& item : r.items) {
    if (item.is_step()) continue;  // Steps: audit_plan_test.cc.
    for (const std::string& dep : catalog.FindControl(item.control_id)->depends_on) {
      if (rank.count(dep)) {
        EXPECT_LT(rank[dep], item.rank) << item.control_id << " after " << dep;
      }
    }
  }
}

TEST_P(EveryProfile, ASingleRoleGetsOnlyItsOwnActions) {
  const ProfileCase& c = GetParam();
  if (c.role == RoleScope::kBoth) GTEST_SKIP() << "both roles get every action";
  const Catalog& catalog = BuiltinCatalog();
  const Role role = RolesOf(c.role)[0];
  for (const RoadmapItem& item : FullRoadmap(c, Answer::kNo).items) {
    if (item.is_step()) continue;
    const Control* control = catalog.FindControl(item.control_id);
    EXPECT_GE(item.actions.size(), 2u) << item.control_id;
    for (std::string_view text : item.actions) {
      bool for_role = false;
      for (const Action& action : control->actions) {
        if (action.text == text) for_role = HasRole(action.roles, role);
      }
      EXPECT_TRUE(for_role) << item.control_id << ": " << text;
    }
  }
}

INSTANTIATE_TEST_SUITE_P(BuiltinCatalog, EveryProfile, testing::ValuesIn(AllProfiles()),
                         [](const testing::TestParamInfo<ProfileCase>& param) {
                           return param.param.Name();
                         });

TEST(BuiltinCatalogGraph, NoCycleAndNoCrossRoleHardEdge) {
  const Catalog& catalog = BuiltinCatalog();
  EXPECT_TRUE(FindDependencyCycles(catalog).empty());
  for (const Control& c : catalog.controls) {
    for (const std::string& dep : c.depends_on) {
      const Control* d = catalog.FindControl(dep);
      ASSERT_NE(d, nullptr) << dep;
      for (Role role : c.applies_to)
        EXPECT_TRUE(HasRole(d->applies_to, role)) << c.id << " -> " << dep;
    }
  }
}

TEST(BuiltinCatalogGraph, GovernanceNoLongerBlocksTechnicalSafeguards) {
  // The review found 5.1.1 a prerequisite of 43 controls; hard edges are now
  // only where the work truly cannot start before.
  const Catalog& catalog = BuiltinCatalog();
  for (const Control& c : catalog.controls) {
    for (const char* governance : {"5.1.1", "6.1.1", "18.1.1"}) {
      EXPECT_EQ(std::count(c.depends_on.begin(), c.depends_on.end(), governance), 0)
          << c.id << " hard-depends on " << governance;
    }
  }
  for (const char* urgent : {"9.2.3", "9.4.1", "9.2.4", "12.4.1", "9.1.2", "12.3.1", "12.6.1"}) {
    EXPECT_TRUE(catalog.FindControl(urgent)->depends_on.empty()) << urgent;
  }
}

TEST(BuiltinCatalogWeights, AboutAQuarterAreHighRiskAndSegregationLeads) {
  const Catalog& catalog = BuiltinCatalog();
  for (RoleScope role : {RoleScope::kCustomer, RoleScope::kProvider}) {
    Profile p;
    p.role = role;
    int applicable = 0, high = 0;
    for (const Control& c : catalog.controls) {
      if (!ControlAppliesToProfile(p, c)) continue;
      ++applicable;
      high += RiskWeightFor(c, role) >= kHighRiskWeight;
    }
    EXPECT_GE(high * 100, applicable * 18) << RoleScopeName(role);
    EXPECT_LE(high * 100, applicable * 30) << RoleScopeName(role);
  }
  EXPECT_EQ(RiskWeightFor(*catalog.FindControl("CLD.9.5.1"), RoleScope::kProvider), 5);
}

TEST(BuiltinCatalogContent, PassesTheContentLint) {
  for (const LintFinding& f : LintCatalog(BuiltinCatalog())) {
    ADD_FAILURE() << LintKindName(f.kind) << " " << f.where << ": " << f.message;
  }
}

TEST(BuiltinCatalogContent, LayeredProvidersAreAskedTheInheritedForm) {
  const Catalog& catalog = BuiltinCatalog();
  Profile layered;
  layered.role = RoleScope::kProvider;
  layered.upstream_infrastructure = true;
  Profile own = layered;
  own.upstream_infrastructure = false;
  int inherited = 0;
  for (const Control& c : catalog.controls) {
    ForEachAskedQuestion(layered, c, [&](const Question& q) {
      if (q.inherited_text.empty()) return;
      ++inherited;
      EXPECT_EQ(QuestionText(layered, q), q.inherited_text);
      EXPECT_EQ(QuestionText(own, q), q.text);
    });
  }
  // The physical and virtualisation layers the review named: CLD.13.1.4,
  // 11.2.7, CLD.9.5.1, CLD.9.5.2, 12.4.4.
  EXPECT_GE(inherited, 8);
  for (const char* id : {"CLD.13.1.4", "11.2.7", "CLD.9.5.1", "CLD.9.5.2", "12.4.4"}) {
    const Control* c = catalog.FindControl(id);
    bool any = false;
    for (const Question& q : c->questions) any = any || !q.inherited_text.empty();
    EXPECT_TRUE(any) << id;
  }
}

}  // namespace
}  // namespace cloudgap
