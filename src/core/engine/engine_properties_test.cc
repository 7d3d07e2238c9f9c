// The engine's promises, each checked as a property over several catalogs (the
// hand-made test catalog, generated ones, the real one) and profiles.
#include <gtest/gtest.h>

#include <algorithm>
#include <functional>
#include <map>

#include "core/catalog/catalog_loader.h"
#include "core/document/applicability.h"
#include "core/document/document_json.h"
#include "core/engine/roadmap.h"
#include "core/engine/scoring.h"
#include "core/report/report_json.h"
#include "core/report/report_markdown.h"
#include "core/testing/synthetic_catalog.h"
#include "core/testing/test_catalog.h"

namespace cloudgap {
namespace {

std::vector<const Catalog*> Catalogs() {
  static const Catalog* synthetic = new Catalog(MakeSyntheticCatalog({200, 7, 3, 30}));
  return {&TestCatalog(), synthetic, &BuiltinCatalog()};
}

std::vector<Profile> Profiles() {
  std::vector<Profile> out;
  for (RoleScope role : {RoleScope::kCustomer, RoleScope::kProvider, RoleScope::kBoth}) {
    for (AssessmentMode mode : {AssessmentMode::kQuick, AssessmentMode::kFull}) {
      for (std::array<bool, 3> services :
           {std::array<bool, 3>{true, true, true}, std::array<bool, 3>{true, false, false}}) {
        Profile p;
        p.role = role;
        p.mode = mode;
        p.services = services;
        out.push_back(p);
      }
    }
  }
  return out;
}

// Runs `check` for every catalog and profile, with a label for failures.
void ForEveryCatalogAndProfile(const std::function<void(const Catalog&, const Profile&)>& check) {
  for (const Catalog* catalog : Catalogs()) {
    int n = 0;
    for (const Profile& profile : Profiles()) {
      SCOPED_TRACE(catalog->id + " profile " + std::to_string(n++));
      check(*catalog, profile);
    }
  }
}

Assessment AllAnswered(const Catalog& catalog, const Profile& profile, Answer answer) {
  Assessment a = NewAssessment(catalog, profile, kTestNow);
  AnswerAllAsked(catalog, answer, &a);
  return a;
}

// A mixed assessment: counted answers at random, some N/A, some unanswered.
Assessment Mixed(const Catalog& catalog, const Profile& profile, std::uint64_t seed) {
  Assessment a = MakeSyntheticAssessment(catalog, profile, seed);
  SplitMix64 rng(seed ^ 0x5eed);
  for (auto it = a.answers.begin(); it != a.answers.end();) {
    const int roll = rng.Uniform(0, 9);
    if (roll == 0) {
      it = a.answers.erase(it);
      continue;
    }
    if (roll == 1) it->second = {Answer::kNotApplicable, "Not used"};
    ++it;
  }
  return a;
}

TEST(EngineProperties, AllYesGivesOneHundredAndAnEmptyRoadmap) {
  ForEveryCatalogAndProfile([](const Catalog& catalog, const Profile& profile) {
    Assessment a = AllAnswered(catalog, profile, Answer::kYes);
    Evaluation e = Evaluate(catalog, a);
    if (!e.overall.score) return;  // Nothing in scope for this profile.
    EXPECT_DOUBLE_EQ(*e.overall.score, 100);
    for (const ClauseResult& c : e.clauses) {
      if (c.score) {
        EXPECT_DOUBLE_EQ(*c.score, 100);
      }
    }
    EXPECT_EQ(e.overall.readiness, Readiness::kAuditReady);
    Roadmap r = BuildRoadmap(catalog, a, e);
    // Without an ISMS only the management-system steps are left, and none with a certified one.
    EXPECT_EQ(r.items.size(), catalog.management_steps.size());
    for (const RoadmapItem& item : r.items) EXPECT_TRUE(item.is_step()) << item.control_id;
    EXPECT_TRUE(r.assess_first.empty());
    a.profile.isms = IsmsState::kCertified;
    a.steps_done = {"MS.1", "MS.2", "MS.4"};  // The cloud extensions, done.
    if (!catalog.management_steps.empty()) {
      EXPECT_TRUE(BuildRoadmap(catalog, a, Evaluate(catalog, a)).items.empty());
    }
  });
}

TEST(EngineProperties, AllNoGivesZeroAndARoadmapOfEveryApplicableControl) {
  ForEveryCatalogAndProfile([](const Catalog& catalog, const Profile& profile) {
    Assessment a = AllAnswered(catalog, profile, Answer::kNo);
    Evaluation e = Evaluate(catalog, a);
    if (!e.overall.score) return;
    EXPECT_DOUBLE_EQ(*e.overall.score, 0);
    Roadmap r = BuildRoadmap(catalog, a, e);
    size_t applicable = 0, controls = 0;
    for (const ControlResult& c : e.controls) applicable += c.applicable() ? 1 : 0;
    for (const RoadmapItem& item : r.items) controls += item.is_step() ? 0 : 1;
    EXPECT_EQ(controls, applicable);
    EXPECT_GT(applicable, 0u);
  });
}

// Scores by control, plus the clause scores and overall, for comparison.
struct Scores {
  std::vector<std::optional<double>> controls, clauses;
  std::optional<double> overall;
};

Scores ScoresOf(const Evaluation& e) {
  Scores s;
  for (const ControlResult& c : e.controls) s.controls.push_back(c.score);
  for (const ClauseResult& c : e.clauses) s.clauses.push_back(c.score);
  s.overall = e.overall.score;
  return s;
}

void ExpectNotLower(const std::vector<std::optional<double>>& before,
                    const std::vector<std::optional<double>>& after, const std::string& what) {
  for (size_t i = 0; i < before.size(); ++i) {
    if (before[i]) {
      ASSERT_TRUE(after[i]) << what << " " << i;
      EXPECT_GE(*after[i], *before[i] - 1e-9) << what << " " << i;
    }
  }
}

TEST(EngineProperties, RaisingAnyAnswerNeverLowersAnyScore) {
  static const std::map<Answer, std::vector<Answer>> kHigher = {
      {Answer::kUnanswered, {Answer::kYes}},
      {Answer::kDontKnow, {Answer::kPartly, Answer::kYes}},
      {Answer::kNo, {Answer::kPartly, Answer::kYes}},
      {Answer::kPartly, {Answer::kYes}},
  };
  const Catalog synthetic = MakeSyntheticCatalog({40, 3, 3, 10});
  for (const Catalog* catalog : {&TestCatalog(), &synthetic, &BuiltinCatalog()}) {
    for (std::uint64_t seed = 1; seed <= 3; ++seed) {
      Profile profile;
      profile.role = RoleScope::kBoth;
      const Assessment base = Mixed(*catalog, profile, seed);
      const Scores before = ScoresOf(Evaluate(*catalog, base));
      for (const Control& control : catalog->controls) {
        ForEachAskedQuestion(profile, control, [&](const Question& q) {
          auto higher = kHigher.find(base.AnswerTo(q.id));
          if (higher == kHigher.end()) return;
          for (Answer raised : higher->second) {
            Assessment a = base;
            a.answers[q.id] = {raised, ""};
            const Scores after = ScoresOf(Evaluate(*catalog, a));
            SCOPED_TRACE(q.id + " raised to " + AnswerName(raised));
            ExpectNotLower(before.controls, after.controls, "control");
            ExpectNotLower(before.clauses, after.clauses, "clause");
            ExpectNotLower({before.overall}, {after.overall}, "overall");
          }
        });
      }
    }
  }
}

TEST(EngineProperties, MarkingAControlNotApplicableNeverChangesAnotherControlsScore) {
  for (const Catalog* catalog : Catalogs()) {
    Profile profile;
    profile.role = RoleScope::kBoth;
    const Assessment base = Mixed(*catalog, profile, 11);
    const Evaluation before = Evaluate(*catalog, base);
    for (size_t i = 0; i < catalog->controls.size(); ++i) {
      Assessment a = base;
      a.controls[catalog->controls[i].id].not_applicable = true;
      a.controls[catalog->controls[i].id].justification = "Out of our hands";
      const Evaluation after = Evaluate(*catalog, a);
      EXPECT_FALSE(after.controls[i].applicable());
      for (size_t j = 0; j < catalog->controls.size(); ++j) {
        if (j == i) continue;
        EXPECT_EQ(after.controls[j].score, before.controls[j].score) << i << " " << j;
        EXPECT_EQ(after.controls[j].maturity, before.controls[j].maturity) << i << " " << j;
        EXPECT_EQ(after.controls[j].gap, before.controls[j].gap) << i << " " << j;
      }
    }
  }
}

void ExpectDependenciesRespected(const Catalog& catalog, const Evaluation& e, const Roadmap& r) {
  std::map<std::string, const RoadmapItem*> by_id;
  for (const RoadmapItem& item : r.items) by_id[item.control_id] = &item;
  for (const RoadmapItem& item : r.items) {
    if (item.is_step()) continue;  // Steps' own order: audit_plan_test.cc.
    for (const std::string& dep : catalog.controls[item.control_index].depends_on) {
      const Control* dc = catalog.FindControl(dep);
      ASSERT_NE(dc, nullptr);
      const ControlResult& dr = e.controls[static_cast<size_t>(dc - catalog.controls.data())];
      auto found = by_id.find(dep);
      if (dr.applicable() && dr.gap > 0) {
        ASSERT_NE(found, by_id.end()) << dep << " has a gap but is not on the roadmap";
      }
      if (found == by_id.end()) continue;
      EXPECT_LT(found->second->rank, item.rank) << dep << " before " << item.control_id;
      EXPECT_LE(static_cast<int>(found->second->phase), static_cast<int>(item.phase));
    }
  }
}

TEST(EngineProperties, TheRoadmapRespectsEveryDependency) {
  const Catalog big = MakeSyntheticCatalog({2000, 5, 4, 200});
  for (const Catalog* catalog : {&TestCatalog(), &big, &BuiltinCatalog()}) {
    for (std::uint64_t seed = 1; seed <= 4; ++seed) {
      Profile profile;
      profile.role = seed % 2 ? RoleScope::kBoth : RoleScope::kCustomer;
      profile.capacity_days_per_month = static_cast<int>(seed * 7);
      const Assessment a = Mixed(*catalog, profile, seed);
      const Evaluation e = Evaluate(*catalog, a);
      const Roadmap r = BuildRoadmap(*catalog, a, e);
      SCOPED_TRACE(catalog->id + " seed " + std::to_string(seed));
      ExpectDependenciesRespected(*catalog, e, r);
      const Assessment none = AllAnswered(*catalog, profile, Answer::kNo);
      const Evaluation en = Evaluate(*catalog, none);
      ExpectDependenciesRespected(*catalog, en, BuildRoadmap(*catalog, none, en));
    }
  }
}

TEST(EngineProperties, TheSameInputGivesAByteIdenticalReport) {
  for (const Catalog* catalog : Catalogs()) {
    Profile profile;
    profile.role = RoleScope::kBoth;
    const Assessment a = Mixed(*catalog, profile, 5);
    const std::string json = RenderJsonReport(*catalog, a);
    const std::string md = RenderMarkdownReport(*catalog, a);
    // Through a save and a load, as the CLI and the web app do.
    DocumentParseResult reloaded =
        ParseAssessmentDocument(*catalog, SerializeAssessmentDocument(a));
    ASSERT_TRUE(reloaded.assessment) << reloaded.errors[0].ToString();
    EXPECT_EQ(RenderJsonReport(*catalog, *reloaded.assessment), json);
    EXPECT_EQ(RenderMarkdownReport(*catalog, *reloaded.assessment), md);
    EXPECT_EQ(RenderJsonReport(*catalog, a), json);
  }
}

TEST(EngineProperties, ClosingEveryRoadmapItemBringsTheProjectionToTheTarget) {
  for (const Catalog* catalog : Catalogs()) {
    for (std::uint64_t seed = 1; seed <= 3; ++seed) {
      Profile profile;
      profile.role = RoleScope::kBoth;
      profile.target_maturity = static_cast<int>(seed + 2);
      Assessment a = Mixed(*catalog, profile, seed);
      const Evaluation e = Evaluate(*catalog, a);
      const Roadmap r = BuildRoadmap(*catalog, a, e);
      ASSERT_FALSE(r.items.empty());
      // The target, worked out independently: every control with a gap counted at
      // its target's score, the others as they are.
      double sum = 0, weight = 0;
      for (size_t i = 0; i < catalog->controls.size(); ++i) {
        const ControlResult& c = e.controls[i];
        if (!c.applicable() || !c.score) continue;
        double s = c.gap > 0 ? std::max(*c.score, ScoreForMaturity(c.target)) : *c.score;
        sum += RiskWeightFor(catalog->controls[i], a.profile.role) * s;
        weight += RiskWeightFor(catalog->controls[i], a.profile.role);
      }
      EXPECT_NEAR(*r.projection.back().score, sum / weight, 1e-9);
      for (size_t p = 1; p < r.projection.size(); ++p) {
        EXPECT_GE(*r.projection[p].score, *r.projection[p - 1].score - 1e-9);
      }
      // Counted at target, a control has exactly the target maturity: no gap left.
      for (const RoadmapItem& item : r.items) {
        if (item.is_step()) {
          a.steps_done.insert(item.control_id);
          continue;
        }
        EXPECT_EQ(MaturityForScore(ScoreForMaturity(item.target)), item.target);
        a.controls[item.control_id].maturity = item.target;  // Close it.
      }
      const Evaluation closed = Evaluate(*catalog, a);
      EXPECT_EQ(closed.overall.controls_with_gap, 0);
      EXPECT_TRUE(BuildRoadmap(*catalog, a, closed).items.empty());
    }
    // From nothing, the projection ends exactly at the target's score.
    Profile profile;
    const Assessment none = AllAnswered(*catalog, profile, Answer::kNo);
    const Evaluation e = Evaluate(*catalog, none);
    if (!e.overall.score) continue;
    EXPECT_DOUBLE_EQ(*BuildRoadmap(*catalog, none, e).projection.back().score,
                     ScoreForMaturity(profile.target_maturity));
  }
}

}  // namespace
}  // namespace cloudgap
