// The shipped catalog: it loads, and its facts match the reference list of
// ISO/IEC 27017 controls (tests/catalog/iso27017-reference.json).
#include "core/catalog/catalog.h"

#include <gtest/gtest.h>

#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <string>

#include "core/catalog/catalog_embedded.h"
#include "core/catalog/catalog_graph.h"
#include "core/catalog/catalog_loader.h"
#include "core/testing/enum_text_testing.h"
#include "core/testing/test_source_dir.h"

namespace cloudgap {
namespace {

using nlohmann::json;

// The reference list (ids, titles, clauses, guidance roles, 27002:2022 mapping).
// Sets *error and returns null when it cannot be read.
json LoadReference(std::string* error) {
  const std::string path = "tests/catalog/iso27017-reference.json";
  std::string text;
  if (!ReadSourceFile(path, &text)) {
    *error = "cannot read the reference list $CLOUDGAP_SOURCE_DIR/" + path + " (source dir: '" +
             TestSourceDir() + "')";
    return nullptr;
  }
  json reference = json::parse(text, nullptr, /*allow_exceptions=*/false);
  if (reference.is_discarded() || !reference.contains("controls")) {
    *error = "the reference list " + path + " is not the expected JSON";
    return nullptr;
  }
  return reference;
}

std::vector<std::string> RoleNames(const std::vector<Role>& roles) {
  std::vector<std::string> names;
  for (Role r : roles) names.push_back(RoleName(r));
  return names;
}

TEST(BuiltinCatalogTest, LoadsWithoutErrors) {
  CatalogLoadResult result = LoadCatalog(EmbeddedCatalogJson());
  for (const JsonError& e : result.errors) ADD_FAILURE() << e.ToString();
  ASSERT_TRUE(result.catalog.has_value());
  EXPECT_EQ(result.catalog->id, "iso27017");
  EXPECT_EQ(result.catalog->sha256.size(), 64u);
  EXPECT_EQ(BuiltinCatalog().sha256, result.catalog->sha256);
  EXPECT_EQ(&BuiltinCatalog(), &BuiltinCatalog());  // Loaded once.
}

TEST(BuiltinCatalogTest, HasTheControlsOf27017) {
  const Catalog& catalog = BuiltinCatalog();
  int extended = 0, cloud = 0;
  for (const Control& c : catalog.controls) (c.kind == ControlKind::kCloud ? cloud : extended)++;
  EXPECT_EQ(extended, 37);
  EXPECT_EQ(cloud, 7);
  ASSERT_EQ(catalog.clauses.size(), 14u);
  for (int number = 5; number <= 18; ++number) {
    ASSERT_NE(catalog.FindClause(number), nullptr) << number;
  }
  for (const Control& c : catalog.controls) EXPECT_NE(c.clause, 17) << c.id;
}

TEST(BuiltinCatalogTest, MatchesTheReferenceList) {
  std::string error;
  json reference = LoadReference(&error);
  ASSERT_FALSE(reference.is_null()) << error;
  const Catalog& catalog = BuiltinCatalog();

  for (const json& clause : reference["clauses"]) {
    const Clause* c = catalog.FindClause(clause["clause"].get<int>());
    ASSERT_NE(c, nullptr) << clause.dump();
    EXPECT_EQ(c->title, clause["title"].get<std::string>());
  }
  std::set<std::string> reference_ids;
  for (const json& ref : reference["controls"]) {
    std::string id = ref["id"].get<std::string>();
    reference_ids.insert(id);
    const Control* c = catalog.FindControl(id);
    if (!c) {
      ADD_FAILURE() << "control " << id << " is missing from the catalog";
      continue;
    }
    SCOPED_TRACE("control " + id);
    EXPECT_EQ(c->label, id);
    EXPECT_EQ(c->title, ref["title"].get<std::string>());
    EXPECT_EQ(c->clause, ref["clause"].get<int>());
    EXPECT_EQ(c->kind == ControlKind::kCloud ? "cld" : "extended", ref["kind"].get<std::string>());
    EXPECT_EQ(RoleNames(c->guidance_for), ref["guidance_for"].get<std::vector<std::string>>());
    // The standard's own correspondence is exactly the reference's official one;
    // everything else is marked as CloudGap's judgement.
    std::vector<std::string> standard;
    for (const Mapping& m : c->iso27002_2022) {
      EXPECT_NE(m.basis, MappingBasis::kUnstated) << m.id;
      EXPECT_FALSE(m.title.empty()) << m.id;
      if (m.basis == MappingBasis::kStandard) standard.push_back(m.id);
    }
    if (ref["iso27002_2022_official"].get<bool>()) {
      EXPECT_EQ(standard, ref["iso27002_2022"].get<std::vector<std::string>>());
    } else {
      EXPECT_TRUE(standard.empty());
    }
    EXPECT_FALSE(c->nist_800_53r5.empty());
  }
  for (const Control& c : catalog.controls) {
    EXPECT_TRUE(reference_ids.count(c.id)) << "control " << c.id << " is not in the reference";
  }
}

// The loader enforces these; restated here as the product's promises about content.
TEST(BuiltinCatalogTest, EveryControlIsComplete) {
  for (const Control& c : BuiltinCatalog().controls) {
    SCOPED_TRACE("control " + c.id);
    for (Role role : c.guidance_for) EXPECT_TRUE(HasRole(c.applies_to, role)) << RoleName(role);
    EXPECT_FALSE(c.quick_questions.empty());
    EXPECT_GE(c.actions.size(), 3u);
    EXPECT_GE(c.evidence.size(), 3u);
    for (const std::string& level : c.maturity) EXPECT_FALSE(level.empty());
    EXPECT_FALSE(c.objective.empty());
    bool has_csc = false, has_csp = false;
    for (Role r : c.guidance_for) (r == Role::kCustomer ? has_csc : has_csp) = true;
    EXPECT_EQ(!c.customer_guidance.empty(), has_csc);
    EXPECT_EQ(!c.provider_guidance.empty(), has_csp);
    EXPECT_GE(c.risk_weight, 1);
    EXPECT_LE(c.risk_weight, 5);
    EXPECT_GE(c.effort.min, 1);
    EXPECT_LE(c.effort.min, c.effort.max);
  }
}

TEST(BuiltinCatalogTest, DependenciesAreAcyclic) {
  const Catalog& catalog = BuiltinCatalog();
  EXPECT_TRUE(FindDependencyCycles(catalog).empty());
  std::vector<const Control*> order = TopologicalOrder(catalog);
  ASSERT_EQ(order.size(), catalog.controls.size());
  std::map<std::string, size_t> position;
  for (size_t i = 0; i < order.size(); ++i) position[order[i]->id] = i;
  for (const Control& c : catalog.controls) {
    for (const std::string& dep : c.depends_on) {
      EXPECT_LT(position.at(dep), position.at(c.id)) << c.id << " depends on " << dep;
    }
  }
}

TEST(BuiltinCatalogTest, ScalesAreComplete) {
  const Catalog& catalog = BuiltinCatalog();
  std::map<std::string, double> credit;
  for (const AnswerLevel& a : catalog.answer_scale) credit[a.value] = a.credit;
  EXPECT_EQ(credit, (std::map<std::string, double>{
                        {"yes", 1}, {"partly", 0.5}, {"no", 0}, {"dont_know", 0}, {"na", 0}}));
  ASSERT_EQ(catalog.maturity_scale.size(), 6u);
  for (int i = 0; i < 6; ++i) EXPECT_EQ(catalog.maturity_scale[i].level, i);
}

TEST(CatalogTest, LookupsReturnNullWhenAbsent) {
  const Catalog& catalog = BuiltinCatalog();
  ASSERT_NE(catalog.FindControl("CLD.9.5.2"), nullptr);
  EXPECT_EQ(catalog.FindControl("CLD.9.5.2")->title, "Virtual machine hardening");
  EXPECT_EQ(catalog.FindControl("99.1.1"), nullptr);
  EXPECT_EQ(catalog.FindClause(4), nullptr);
}

TEST(CatalogTest, EnumNames) {
  EXPECT_STREQ(RoleName(Role::kCustomer), "csc");
  EXPECT_STREQ(RoleName(Role::kProvider), "csp");
  EXPECT_STREQ(ServiceModelName(ServiceModel::kPaas), "paas");
  EXPECT_STREQ(OwnerName(Owner::kShared), "shared");
  EXPECT_STREQ(MappingBasisName(MappingBasis::kUnstated), "");
  EXPECT_STREQ(MappingBasisName(MappingBasis::kJudgement), "judgement");
}

TEST(CatalogTest, EnumNamesRoundTrip) {
  ExpectRoundTrip<kRoleNames>();
  ExpectRoundTrip<kServiceModelNames>();
  ExpectRoundTrip<kControlKindNames>();
  ExpectRoundTrip<kOwnerNames>();
  ExpectRoundTrip<kMappingBasisNames>();
}

}  // namespace
}  // namespace cloudgap
