#include "core/engine/trend.h"

#include <gtest/gtest.h>

#include "core/catalog/catalog_loader.h"
#include "core/document/sample_assessment.h"
#include "core/engine/scoring.h"
#include "core/testing/test_catalog.h"

namespace cloudgap {
namespace {

TrendSource Source(const std::string& id, const std::string& organisation,
                   const std::string& updated_at, int answers_changed_to_no = 0,
                   RoleScope role = RoleScope::kCustomer) {
  Assessment a = SampleAssessment(BuiltinCatalog(), AssessmentMode::kFull, kTestNow);
  a.profile.organisation = organisation;
  a.profile.role = role;
  a.updated_at = updated_at;
  int changed = 0;
  for (auto& [question, answer] : a.answers) {
    if (changed == answers_changed_to_no) break;
    if (answer.answer == Answer::kYes) {
      answer.answer = Answer::kNo;
      ++changed;
    }
  }
  return {id, "entry " + id, std::move(a)};
}

TEST(Trend, OrganisationKeyFoldsCaseSpacesAndPunctuation) {
  Profile p;
  p.organisation = "  ACME   Ltd. ";
  Profile q;
  q.organisation = "Acme Ltd";
  EXPECT_EQ(OrganisationKey(p), "acme ltd");
  EXPECT_EQ(OrganisationKey(p), OrganisationKey(q));
  q.organisation = "Acme Holding";
  EXPECT_NE(OrganisationKey(p), OrganisationKey(q));
  q.organisation = " .. ";
  EXPECT_EQ(OrganisationKey(q), "");
  q.organisation = "Société Générale";
  EXPECT_EQ(OrganisationKey(q), "soci\xc3\xa9t\xc3\xa9 g\xc3\xa9n\xc3\xa9rale");
}

TEST(Trend, PointsAreOneOrganisationsAssessmentsOldestFirst) {
  const Catalog& catalog = BuiltinCatalog();
  const std::vector<TrendSource> sources = {
      Source("a1", "Acme Ltd", "2026-03-01T00:00:00Z", 0),
      Source("a2", "ACME ltd.", "2025-03-01T00:00:00Z", 20),
      Source("a3", "Other plc", "2025-06-01T00:00:00Z", 0),
      Source("a4", "Acme Ltd", "2025-09-01T00:00:00Z", 10),
  };
  const std::vector<Trend> trends = BuildTrends(catalog, sources, "acme ltd");
  ASSERT_EQ(trends.size(), 1u);
  const Trend& t = trends[0];
  EXPECT_EQ(t.organisation, "Acme Ltd");
  ASSERT_EQ(t.points.size(), 3u);
  EXPECT_EQ(t.points[0].id, "a2");
  EXPECT_EQ(t.points[1].id, "a4");
  EXPECT_EQ(t.points[2].id, "a1");
  EXPECT_EQ(t.points[0].date, "2025-03-01");
  for (size_t i = 0; i < 3; ++i) {
    const Evaluation e = Evaluate(catalog, sources[i == 0 ? 1 : i == 1 ? 3 : 0].assessment);
    EXPECT_EQ(t.points[i].score, e.overall.score) << i;
    EXPECT_EQ(t.points[i].readiness, e.overall.readiness) << i;
    ASSERT_EQ(t.points[i].clauses.size(), catalog.clauses.size());
    EXPECT_EQ(t.points[i].clauses[0], e.clauses[0].score);
  }
  EXPECT_LT(*t.points[0].score, *t.points[1].score);
  EXPECT_LT(*t.points[1].score, *t.points[2].score);
  EXPECT_TRUE(BuildTrends(catalog, sources, "").empty()) << "no organisation, no trend";
  EXPECT_TRUE(BuildTrends(catalog, sources, "nobody").empty());
}

TEST(Trend, EachScopeIsATrendOfItsOwn) {
  const std::vector<TrendSource> sources = {
      Source("a1", "Acme", "2026-01-01T00:00:00Z"),
      Source("a2", "Acme", "2026-02-01T00:00:00Z", 0, RoleScope::kProvider),
      Source("a3", "Acme", "2026-03-01T00:00:00Z"),
  };
  const std::vector<Trend> trends = BuildTrends(BuiltinCatalog(), sources, "acme");
  ASSERT_EQ(trends.size(), 2u);
  size_t points = 0;
  for (const Trend& t : trends) {
    points += t.points.size();
    for (const TrendPoint& p : t.points) {
      const TrendSource& s = p.id == "a1" ? sources[0] : p.id == "a2" ? sources[1] : sources[2];
      EXPECT_NE(t.scope.find(RoleScopeLabel(s.assessment.profile.role)), std::string::npos);
    }
  }
  EXPECT_EQ(points, 3u);
}

}  // namespace
}  // namespace cloudgap
