// The shipped translations (catalog/translations/*.json): complete, and a
// language never changes a score, a readiness tier or the roadmap.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <string>

#include "core/catalog/catalog_loader.h"
#include "core/catalog/catalog_translation.h"
#include "core/engine/roadmap.h"
#include "core/engine/scoring.h"
#include "core/testing/fixtures.h"
#include "core/testing/test_catalog.h"
#include "core/testing/test_source_dir.h"

namespace cloudgap {
namespace {

using nlohmann::json;

constexpr const char* kLanguages[] = {"de", "fr"};

// Everything the engine decides, without a word of the catalog in it.
json Decisions(const Catalog& catalog, const Assessment& a) {
  const Evaluation e = Evaluate(catalog, a);
  json out = json::array();
  for (const ControlResult& c : e.controls) {
    out.push_back({static_cast<int>(c.status), c.score.value_or(-1), c.maturity.value_or(-1), c.gap,
                   c.weight});
  }
  for (const ClauseResult& c : e.clauses) out.push_back({c.number, c.score.value_or(-1)});
  out.push_back(
      {e.overall.score.value_or(-1), e.overall.completion, static_cast<int>(e.overall.readiness)});
  for (const RoadmapItem& item : BuildRoadmap(catalog, a, e).items) {
    out.push_back({item.control_id, item.rank, static_cast<int>(item.phase), item.urgency,
                   item.urgent_for, item.finished_after_days, item.depends_on});
  }
  return out;
}

Assessment Answered(Answer answer, RoleScope role) {
  Profile p;
  p.role = role;
  Assessment a = NewAssessment(BuiltinCatalog(), p, kTestNow);
  AnswerAllAsked(BuiltinCatalog(), answer, &a);
  return a;
}

TEST(TranslatedCatalog, EachLanguageTranslatesEveryTextOfTheCatalog) {
  for (const char* language : kLanguages) {
    std::string text;
    ASSERT_TRUE(ReadSourceFile(std::string("catalog/translations/") + language + ".json", &text))
        << language;
    const CatalogTranslation t = TranslateCatalog(BuiltinCatalog(), text);
    ASSERT_TRUE(t.catalog) << language << ": " << t.errors.front().message;
    EXPECT_EQ(t.language, language);
    EXPECT_TRUE(t.untranslated.empty())
        << language << ": " << t.untranslated.size() << " texts in English, the first "
        << t.untranslated.front();
    EXPECT_GT(t.translated, 1500u) << language;
    EXPECT_NE(t.catalog->controls[0].objective, BuiltinCatalog().controls[0].objective);
  }
}

TEST(TranslatedCatalog, ALanguageNeverChangesAScoreOrTheRoadmap) {
  const Assessment assessments[] = {
      ExampleAssessment(),
      Answered(Answer::kNo, RoleScope::kBoth),
      Answered(Answer::kPartly, RoleScope::kCustomer),
      Answered(Answer::kYes, RoleScope::kProvider),
  };
  for (const char* language : kLanguages) {
    std::string text;
    ASSERT_TRUE(ReadSourceFile(std::string("catalog/translations/") + language + ".json", &text));
    const CatalogTranslation t = TranslateCatalog(BuiltinCatalog(), text);
    ASSERT_TRUE(t.catalog) << language;
    EXPECT_EQ(t.catalog->sha256, BuiltinCatalog().sha256);
    for (const Assessment& a : assessments) {
      EXPECT_EQ(Decisions(*t.catalog, a), Decisions(BuiltinCatalog(), a)) << language;
    }
  }
}

}  // namespace
}  // namespace cloudgap
