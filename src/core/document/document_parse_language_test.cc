// A broken assessment file, opened in German and French (issue 17): the
// parser's reasons and their "<pointer>: " framing are in the visitor's
// language, with the pointers, the values quoted from the file and the
// format's own words (yes, partly, na, csc) as in English.
#include <gtest/gtest.h>

#include <functional>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "core/catalog/catalog_loader.h"
#include "core/document/assessment.h"
#include "core/document/document_json.h"
#include "core/document/document_migration.h"
#include "core/testing/shipped_language.h"

namespace cloudgap {
namespace {

using nlohmann::json;

// A valid document for the built-in catalog, changed by `edit`.
std::string Broken(const std::function<void(json&)>& edit) {
  Profile profile;
  profile.services = {true, false, true};
  json doc = json::parse(SerializeAssessmentDocument(
      NewAssessment(BuiltinCatalog(), profile, "2024-03-01T12:00:00Z")));
  edit(doc);
  return doc.dump(2);
}

const std::string& FirstQuestion() {
  static const std::string id = BuiltinCatalog().controls.at(0).questions.at(0).id;
  return id;
}

struct Case {
  const char* name;
  std::string text;
  std::string english, german, french;  // The first problem, as ToString gives it.
};

std::vector<Case> Cases() {
  const std::string q = FirstQuestion();
  return {
      {"a wrong answer value", Broken([&](json& d) { d["answers"][q] = "maybe"; }),
       "/answers/" + q + ": 'maybe' is not an answer (expected yes, partly, no, dont_know, na)",
       "/answers/" + q +
           ": 'maybe' ist keine Antwort (erwartet wird yes, partly, no, dont_know, na)",
       "/answers/" + q +
           "\u00a0: 'maybe' n’est pas une réponse (attendu\u00a0: yes, partly, no, dont_know, na)"},
      {"an unknown field", Broken([](json& d) { d["profile"]["titel"] = "Acme"; }),
       "/profile/titel: unknown field 'titel'", "/profile/titel: unbekanntes Feld 'titel'",
       "/profile/titel\u00a0: champ inconnu 'titel'"},
      {"a wrong type", Broken([](json& d) { d["profile"]["target_maturity"] = "3"; }),
       "/profile/target_maturity: expected a whole number, not a string",
       "/profile/target_maturity: erwartet wird eine ganze Zahl, nicht eine Zeichenkette",
       "/profile/target_maturity\u00a0: attendu\u00a0: un nombre entier, pas une chaîne de "
       "caractères"},
      {"a wrong role", Broken([](json& d) { d["profile"]["role"] = "cso"; }),
       "/profile/role: 'cso' is not a role (expected csc, csp or both)",
       "/profile/role: 'cso' ist keine Rolle (erwartet wird csc, csp oder both)",
       "/profile/role\u00a0: 'cso' n’est pas un rôle (attendu\u00a0: csc, csp ou both)"},
      {"a missing field", Broken([](json& d) { d["profile"].erase("role"); }),
       "/profile/role: missing (this field is required)",
       "/profile/role: fehlt (dieses Feld ist Pflicht)",
       "/profile/role\u00a0: manquant (ce champ est obligatoire)"},
      {"a value out of range", Broken([](json& d) { d["profile"]["target_maturity"] = 9; }),
       "/profile/target_maturity: must be between 1 and 5, not 9",
       "/profile/target_maturity: muss zwischen 1 und 5 liegen, nicht 9",
       "/profile/target_maturity\u00a0: doit être compris entre 1 et 5, pas 9"},
      {"not an object", "[1, 2]", "(document): an assessment document is a JSON object, not a list",
       "(Dokument): ein Bewertungsdokument ist ein JSON-Objekt, nicht eine Liste",
       "(document)\u00a0: un document d’évaluation est un objet JSON, pas une liste"},
  };
}

// English words that none of the translations above has.
const char* const kEnglish[] = {" is ",  "expected", " not ",   "missing",    "unknown",
                                "field", "required", "between", "document is"};

ShippedLanguage Shipped(const std::string& tag) {
  ShippedLanguage shipped = LoadShippedLanguage(tag);
  EXPECT_EQ(shipped.problem, "") << tag;
  return shipped;
}

TEST(DocumentParseLanguage, EnglishIsAsItWas) {
  for (const Case& c : Cases()) {
    const DocumentParseResult parsed = LoadAssessmentDocument(BuiltinCatalog(), c.text);
    ASSERT_FALSE(parsed.errors.empty()) << c.name;
    EXPECT_EQ(parsed.errors[0].ToString(), c.english) << c.name;
    EXPECT_EQ(parsed.errors[0].ToString(EnglishMessages().json_words()), c.english) << c.name;
  }
}

TEST(DocumentParseLanguage, GermanAndFrenchSayWhatIsWrongInTheirWords) {
  for (const char* tag : {"de", "fr"}) {
    const ShippedLanguage shipped = Shipped(tag);
    ASSERT_TRUE(shipped.catalog.has_value()) << tag;
    for (const Case& c : Cases()) {
      const DocumentParseResult english = LoadAssessmentDocument(BuiltinCatalog(), c.text);
      const DocumentParseResult parsed =
          LoadAssessmentDocument(*shipped.catalog, c.text, shipped.words);
      ASSERT_EQ(parsed.errors.size(), english.errors.size()) << tag << ": " << c.name;
      EXPECT_FALSE(parsed.assessment.has_value());
      for (size_t i = 0; i < parsed.errors.size(); ++i) {
        EXPECT_EQ(parsed.errors[i].pointer, english.errors[i].pointer) << c.name;
        EXPECT_EQ(parsed.errors[i].problem, english.errors[i].problem) << c.name;
        EXPECT_NE(parsed.errors[i].message, english.errors[i].message) << c.name;
      }
      const std::string shown = parsed.errors[0].ToString(shipped.words.json_words());
      EXPECT_EQ(shown, std::string(tag) == "de" ? c.german : c.french) << tag << ": " << c.name;
      for (const char* word : kEnglish) {
        EXPECT_EQ(shown.find(word), std::string::npos) << tag << ": " << shown;
      }
    }
  }
}

// The parser alone takes the words too, and a control's framing is worded.
TEST(DocumentParseLanguage, TheParserAndTheFramingOfAControl) {
  const ShippedLanguage german = Shipped("de");
  const DocumentParseResult parsed = ParseAssessmentDocument(
      BuiltinCatalog(), Broken([](json& d) { d["controls"]["99.9"] = json::object(); }),
      german.words);
  ASSERT_EQ(parsed.errors.size(), 1u);
  EXPECT_EQ(
      parsed.errors[0].ToString(german.words.json_words()),
      "/controls/99.9: keine Maßnahme '99.9' im Katalog iso27017 " + BuiltinCatalog().version);
  const JsonError in_control{"/controls/12.4.1/owner", "zu lang", InputProblem::kTooLong, "12.4.1"};
  EXPECT_EQ(in_control.ToString(german.words.json_words()),
            "Maßnahme 12.4.1 bei /controls/12.4.1/owner: zu lang");
  EXPECT_EQ(in_control.ToString(), "control 12.4.1 at /controls/12.4.1/owner: zu lang");
  const JsonError whole_control{"", "zu lang", InputProblem::kTooLong, "12.4.1"};
  EXPECT_EQ(whole_control.ToString(german.words.json_words()), "Maßnahme 12.4.1: zu lang");
}

}  // namespace
}  // namespace cloudgap
