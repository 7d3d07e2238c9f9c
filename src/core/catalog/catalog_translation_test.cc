// A catalog in another language: every text replaced, nothing else; and every
// way a translation is refused or partly used.
#include "core/catalog/catalog_translation.h"

#include <gtest/gtest.h>

#include <functional>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "core/catalog/catalog_loader.h"
#include "core/catalog/catalog_text.h"
#include "core/text/input_limits.h"

namespace cloudgap {
namespace {

using nlohmann::json;

// Every text of `catalog` as ForEachCatalogText names it, in order.
std::vector<std::pair<std::string, std::string>> Texts(Catalog catalog) {
  std::vector<std::pair<std::string, std::string>> out;
  ForEachCatalogText(catalog,
                     [&](const std::string& p, std::string& t) { out.emplace_back(p, t); });
  return out;
}

// A translation of the built-in catalog into "xx": each text with a marker in front.
json Marked(bool with_english = true) {
  json texts = json::object();
  for (const auto& [pointer, english] : Texts(BuiltinCatalog())) {
    texts[pointer] =
        with_english ? json{{"en", english}, {"text", "XX " + english}} : json("XX " + english);
  }
  return {{"format", kCatalogTranslationFormat},
          {"language", "xx"},
          {"catalog", {{"id", "iso27017"}, {"version", BuiltinCatalog().version}}},
          {"texts", texts}};
}

std::string FirstError(const CatalogTranslation& t) {
  return t.errors.empty() ? "" : t.errors.front().pointer + ": " + t.errors.front().message;
}

// The catalog without its words: what makes it the same catalog to the engine.
json Skeleton(Catalog catalog) {
  ForEachCatalogText(catalog, [](const std::string&, std::string& t) { t = "-"; });
  json out = json::array();
  for (const Control& c : catalog.controls) {
    json questions = json::array();
    for (const Question& q : c.questions) questions.push_back({q.id, q.one_practice, q.replaces});
    for (const Question& q : c.quick_questions) questions.push_back({q.id, q.replaces});
    out.push_back({c.id, c.label, c.clause, c.depends_on, c.informed_by, c.nist_800_53r5,
                   c.risk_weight, c.effort.min, c.effort.max, c.evidence.size(), c.actions.size(),
                   questions});
  }
  for (const ManagementStep& s : catalog.management_steps) out.push_back({s.id, s.depends_on});
  for (const AnswerLevel& a : catalog.answer_scale) out.push_back({a.value, a.credit});
  out.push_back({catalog.id, catalog.version, catalog.sha256, catalog.earlier_versions});
  return out;
}

TEST(CatalogTranslation, EveryTextIsReplacedAndNothingElse) {
  for (bool with_english : {true, false}) {
    const CatalogTranslation t = TranslateCatalog(BuiltinCatalog(), Marked(with_english).dump());
    ASSERT_TRUE(t.catalog) << FirstError(t);
    EXPECT_EQ(t.language, "xx");
    EXPECT_TRUE(t.untranslated.empty()) << t.untranslated.front();
    const auto before = Texts(BuiltinCatalog());
    const auto after = Texts(*t.catalog);
    ASSERT_EQ(after.size(), before.size());
    EXPECT_EQ(t.translated, before.size());
    for (size_t i = 0; i < before.size(); ++i) {
      EXPECT_EQ(after[i].first, before[i].first);
      EXPECT_EQ(after[i].second, "XX " + before[i].second) << after[i].first;
    }
    EXPECT_EQ(Skeleton(*t.catalog), Skeleton(BuiltinCatalog()));
    EXPECT_EQ(t.catalog->sha256, BuiltinCatalog().sha256);
  }
}

TEST(CatalogTranslation, CoversEveryWordOfTheQuestionnaireAndTheRoadmap) {
  // Spot checks that the walk reaches each kind of text, by its place in the file.
  const auto texts = Texts(BuiltinCatalog());
  auto has = [&](const std::string& pointer) {
    for (const auto& [p, t] : texts) {
      if (p == pointer) return true;
    }
    return false;
  };
  for (const char* pointer :
       {"/title", "/answer_scale/0/label", "/maturity_scale/5/description", "/clauses/0/summary",
        "/controls/0/title", "/controls/0/iso27002_2022/0/title", "/controls/0/objective",
        "/controls/0/csc", "/controls/0/csp", "/controls/0/questions/0/text",
        "/controls/0/quick_questions/0/text", "/controls/0/maturity/5", "/controls/0/evidence/0",
        "/controls/0/risk/rationale", "/controls/0/actions/0/text", "/management_steps/0/title",
        "/management_steps/0/evidence/0", "/management_steps/0/actions/0",
        "/management_steps/0/cloud_extension/summary"}) {
    EXPECT_TRUE(has(pointer)) << pointer;
  }
}

TEST(CatalogTranslation, FillsACatalogWhoseTextIsElsewhere) {
  const Catalog& structure = BuiltinCatalogStructure();
  ASSERT_FALSE(structure.text_complete());
  const CatalogTranslation t = TranslateCatalog(structure, Marked(false).dump());
  ASSERT_TRUE(t.catalog) << FirstError(t);
  EXPECT_TRUE(t.catalog->text_complete());
  EXPECT_TRUE(t.untranslated.empty());
  EXPECT_EQ(t.catalog->controls[0].objective, "XX " + BuiltinCatalog().controls[0].objective);
  EXPECT_EQ(t.catalog->sha256, BuiltinCatalog().sha256);

  // One placeholder left unfilled: the catalog still needs its text file.
  json partial = Marked(false);
  partial["texts"].erase("/controls/0/objective");
  const CatalogTranslation p = TranslateCatalog(structure, partial.dump());
  ASSERT_TRUE(p.catalog) << FirstError(p);
  EXPECT_FALSE(p.catalog->text_complete());
  EXPECT_EQ(p.untranslated, std::vector<std::string>{"/controls/0/objective"});
}

TEST(CatalogTranslation, StaleAndMissingTextsStayEnglishAndAreListed) {
  json doc = Marked();
  doc["texts"]["/controls/1/title"]["en"] = "What the title said before";
  doc["texts"].erase("/controls/2/csc");
  doc["texts"]["/controls/3/objective"]["text"] = " ";
  const CatalogTranslation t = TranslateCatalog(BuiltinCatalog(), doc.dump());
  ASSERT_TRUE(t.catalog) << FirstError(t);
  EXPECT_EQ(t.untranslated, (std::vector<std::string>{"/controls/1/title", "/controls/2/csc",
                                                      "/controls/3/objective"}));
  EXPECT_EQ(t.catalog->controls[1].title, BuiltinCatalog().controls[1].title);
  EXPECT_EQ(t.catalog->controls[2].customer_guidance,
            BuiltinCatalog().controls[2].customer_guidance);
  EXPECT_EQ(t.translated, Texts(BuiltinCatalog()).size() - 3);
}

TEST(CatalogTranslation, EvidenceMayBeNamedByItsText) {
  json doc = Marked(false);
  doc["texts"].erase("/controls/0/evidence/0");
  doc["texts"]["/controls/0/evidence/0/text"] = "Nachweis";
  const CatalogTranslation t = TranslateCatalog(BuiltinCatalog(), doc.dump());
  ASSERT_TRUE(t.catalog) << FirstError(t);
  EXPECT_EQ(t.catalog->controls[0].evidence[0].text, "Nachweis");
  EXPECT_TRUE(t.untranslated.empty());
}

TEST(CatalogTranslation, RefusesWhatIsNotATranslationOfThisCatalog) {
  struct Case {
    const char* what;
    std::function<void(json&)> change;
    const char* error;
  };
  const Case cases[] = {
      {"format", [](json& d) { d["format"] = "cloudgap-catalog-text/1"; },
       "not a catalog translation: the format is 'cloudgap-catalog-text/1'"},
      {"language", [](json& d) { d["language"] = "DE"; },
       "the language is not a lower-case language tag"},
      {"catalog", [](json& d) { d["catalog"]["id"] = "iso27018"; },
       "a translation of catalog 'iso27018', not of 'iso27017'"},
      {"an id", [](json& d) { d["texts"]["/controls/0/id"] = "6.1.1"; },
       "names no text of the catalog"},
      {"a weight", [](json& d) { d["texts"]["/controls/0/questions/0/weight"] = "2"; },
       "names no text of the catalog"},
      {"a blank text",
       [](json& d) { d["texts"]["/controls/0/questions/0/inherited_text"] = "Geerbt"; },
       "names no text of the catalog"},
      {"a number", [](json& d) { d["texts"]["/title"] = 7; }, "expected a string"},
      {"an entry without text",
       [](json& d) {
         d["texts"]["/title"] = {{"en", "x"}};
       },
       "missing"},
      {"an unknown member", [](json& d) { d["translator"] = "someone"; }, "unknown field"},
  };
  for (const Case& c : cases) {
    json doc = Marked();
    c.change(doc);
    const CatalogTranslation t = TranslateCatalog(BuiltinCatalog(), doc.dump());
    EXPECT_FALSE(t.catalog) << c.what;
    EXPECT_EQ(t.problem, InputProblem::kBadValue) << c.what;
    EXPECT_NE(FirstError(t).find(c.error), std::string::npos) << c.what << ": " << FirstError(t);
  }
}

TEST(CatalogTranslation, RefusesWhatCannotBeRead) {
  const CatalogTranslation broken = TranslateCatalog(BuiltinCatalog(), "{\"format\": ");
  EXPECT_FALSE(broken.catalog);
  EXPECT_EQ(broken.problem, InputProblem::kNotJson);
  EXPECT_NE(FirstError(broken).find("the translation: "), std::string::npos);

  const CatalogTranslation huge =
      TranslateCatalog(BuiltinCatalog(), std::string(kMaxCatalogBytes + 1, ' '));
  EXPECT_EQ(huge.problem, InputProblem::kTooLarge);
  EXPECT_NE(FirstError(huge).find("bytes, over the limit of"), std::string::npos);
}

}  // namespace
}  // namespace cloudgap
