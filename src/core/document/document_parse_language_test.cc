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
#include "core/document/share_link.h"
#include "core/json/json_parse.h"
#include "core/testing/shipped_language.h"
#include "core/text/input_limits.h"

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

// The refusals before the parse: too large, not JSON (not UTF-8, a duplicate
// key, too deep, a syntax error), another kind of file, a migration's, an
// unknown catalog version. A syntax error is worded by CloudGap, in the
// language too (json_parse.h), with nlohmann/json's line and column.
struct Refusal {
  const char* name;
  std::string text;
  InputProblem problem;
  std::string english, german, french;
};

std::vector<Refusal> Refusals() {
  const std::string version = BuiltinCatalog().version;
  return {
      {"too large", std::string(kMaxDocumentBytes + 1, ' '), InputProblem::kTooLarge,
       "(document): it is just over 5 MB, and CloudGap opens assessment files of up to 5 MB",
       "(Dokument): sie ist knapp größer als 5\u00a0MB, und CloudGap öffnet Bewertungsdateien bis "
       "5\u00a0MB",
       "(document)\u00a0: il dépasse tout juste 5\u00a0Mo, alors que CloudGap ouvre les fichiers "
       "d’évaluation jusqu’à 5\u00a0Mo"},
      {"not UTF-8", "{\n  \"a\": \"caf\xe9\"}", InputProblem::kBadUtf8,
       "(document): line 2, column 12: not UTF-8 text (save the file as UTF-8)",
       "(Dokument): Zeile 2, Spalte 12: kein UTF-8-Text (speichern Sie die Datei als UTF-8)",
       "(document)\u00a0: ligne 2, colonne 12\u00a0: ce n’est pas du texte UTF-8 (enregistrez le "
       "fichier en UTF-8)"},
      {"a duplicate key", R"({"a": 1, "a": 2})", InputProblem::kDuplicateKey,
       "(document): duplicate key 'a'", "(Dokument): doppelter Schlüssel 'a'",
       "(document)\u00a0: clé en double 'a'"},
      {"too deep", std::string(65, '[') + std::string(65, ']'), InputProblem::kTooDeep,
       "(document): nested more than 64 levels deep (objects and lists inside each other)",
       "(Dokument): mehr als 64 Ebenen tief verschachtelt (Objekte und Listen ineinander)",
       "(document)\u00a0: imbriqué sur plus de 64 niveaux (objets et listes les uns dans les "
       "autres)"},
      {"not JSON", "id,title\n1,x\n", InputProblem::kNotJson,
       "(document): not valid JSON: line 1, column 1: unexpected text 'id'",
       "(Dokument): kein gültiges JSON: Zeile 1, Spalte 1: unerwarteter Text 'id'",
       "(document)\u00a0: JSON non valide\u00a0: ligne 1, colonne 1\u00a0: texte inattendu 'id'"},
      {"a report", R"({"report": "cloudgap-report/1", "assessment": {}})",
       InputProblem::kNotAnAssessment,
       "/report: this is a CloudGap report (cloudgap-report/1), not an assessment; open the "
       "assessment file it was made from",
       "/report: das ist ein CloudGap-Bericht (cloudgap-report/1), keine Bewertung; öffnen Sie "
       "die Bewertungsdatei, aus der er erstellt wurde",
       "/report\u00a0: c’est un rapport CloudGap (cloudgap-report/1), pas une évaluation\u00a0; "
       "ouvrez le fichier d’évaluation à partir duquel il a été produit"},
      {"OSCAL", R"({"assessment-results": {"uuid": "x", "metadata": {}}})",
       InputProblem::kNotAnAssessment,
       "(document): this is an OSCAL assessment-results document, not a CloudGap assessment; "
       "CloudGap can write OSCAL but opens only its own assessment files",
       "(Dokument): das ist ein OSCAL-Dokument (assessment-results), keine CloudGap-Bewertung; "
       "CloudGap kann OSCAL schreiben, öffnet aber nur seine eigenen Bewertungsdateien",
       "(document)\u00a0: c’est un document OSCAL (assessment-results), pas une évaluation "
       "CloudGap\u00a0; CloudGap sait écrire de l’OSCAL mais n’ouvre que ses propres fichiers "
       "d’évaluation"},
      {"another tool's file", R"({"name": "Jira export"})", InputProblem::kNotAnAssessment,
       "(document): this is not a CloudGap assessment: it has no \"format\" field (is it "
       "another tool's file?)",
       "(Dokument): das ist keine CloudGap-Bewertung: Ihr fehlt das Feld „format“ (ist es die "
       "Datei eines anderen Programms?)",
       "(document)\u00a0: ce n’est pas une évaluation CloudGap\u00a0: il n’y a pas de champ "
       "«\u00a0format\u00a0» (est-ce le fichier d’un autre outil\u00a0?)"},
      {"a v0 document with v1's field",
       R"({"format": "cloudgap-assessment/0", "na_justifications": {}})",
       InputProblem::kUnknownField,
       "/na_justifications: not a field of cloudgap-assessment/0 (justifications were kept with "
       "each answer)",
       "/na_justifications: kein Feld von cloudgap-assessment/0 (dort standen Begründungen bei "
       "jeder Antwort)",
       "/na_justifications\u00a0: n’est pas un champ de cloudgap-assessment/0 (les "
       "justifications y figuraient avec chaque réponse)"},
      {"a v0 answer's unknown field",
       R"({"format": "cloudgap-assessment/0", "answers": {"q1": {"answer": "yes", "note": "x"}}})",
       InputProblem::kUnknownField, "/answers/q1/note: unknown field 'note'",
       "/answers/q1/note: unbekanntes Feld 'note'", "/answers/q1/note\u00a0: champ inconnu 'note'"},
      {"a v0 answer without its answer",
       R"({"format": "cloudgap-assessment/0", "answers": {"q1": {"justification": "x"}}})",
       InputProblem::kMissingField, "/answers/q1/answer: missing (this field is required)",
       "/answers/q1/answer: fehlt (dieses Feld ist Pflicht)",
       "/answers/q1/answer\u00a0: manquant (ce champ est obligatoire)"},
      {"an unknown catalog version", Broken([](json& d) { d["catalog"]["version"] = "9.9.9"; }),
       InputProblem::kUnknownCatalog,
       "/catalog/version: this assessment was made with version 9.9.9 of catalog iso27017, which "
       "this CloudGap does not know (it has " +
           version + "); open it with the CloudGap that made it",
       "/catalog/version: diese Bewertung wurde mit Version 9.9.9 des Katalogs iso27017 erstellt, "
       "die diese CloudGap-Version nicht kennt (sie kennt " +
           version + "); öffnen Sie sie mit der CloudGap-Version, mit der sie erstellt wurde",
       "/catalog/version\u00a0: cette évaluation a été faite avec la version 9.9.9 du catalogue "
       "iso27017, que cette version de CloudGap ne connaît pas (elle connaît la version " +
           version + ")\u00a0; ouvrez-la avec la version de CloudGap qui l’a créée"},
  };
}

TEST(DocumentParseLanguage, TheRefusalsBeforeTheParseAreInTheLanguageToo) {
  for (const Refusal& r : Refusals()) {
    const DocumentParseResult english = LoadAssessmentDocument(BuiltinCatalog(), r.text);
    ASSERT_EQ(english.errors.size(), 1u) << r.name;
    EXPECT_EQ(english.errors[0].ToString(), r.english) << r.name;
    EXPECT_EQ(english.errors[0].problem, r.problem) << r.name;
    for (const char* tag : {"de", "fr"}) {
      const ShippedLanguage shipped = Shipped(tag);
      ASSERT_TRUE(shipped.catalog.has_value()) << tag;
      const DocumentParseResult parsed =
          LoadAssessmentDocument(*shipped.catalog, r.text, shipped.words);
      ASSERT_EQ(parsed.errors.size(), 1u) << tag << ": " << r.name;
      EXPECT_FALSE(parsed.assessment.has_value()) << tag << ": " << r.name;
      EXPECT_EQ(parsed.errors[0].pointer, english.errors[0].pointer) << tag << ": " << r.name;
      EXPECT_EQ(parsed.errors[0].problem, r.problem) << tag << ": " << r.name;
      EXPECT_EQ(parsed.errors[0].ToString(shipped.words.json_words()),
                std::string(tag) == "de" ? r.german : r.french)
          << tag << ": " << r.name;
    }
  }
}

// Every way a syntax error is worded, in German and French: what was found
// (the end, a character, a control character, a word) and what was expected.
TEST(DocumentParseLanguage, ASyntaxErrorHasNoEnglishLeft) {
  const std::string n = "\u00a0";
  const struct {
    const char* text;
    std::string german, french;
  } kCases[] = {
      {R"({"a": 1,})",
       "Zeile 1, Spalte 9: unerwartetes Zeichen '}'; erwartet wird ein Schlüssel in doppelten "
       "Anführungszeichen",
       "ligne 1, colonne 9" + n + ": caractère inattendu '}'" + n + "; attendu" + n +
           ": une clé entre guillemets doubles"},
      {R"({"a" 1})", "Zeile 1, Spalte 6: unerwartetes Zeichen '1'; erwartet wird ':'",
       "ligne 1, colonne 6" + n + ": caractère inattendu '1'" + n + "; attendu" + n + ": ':'"},
      {"[1,]", "Zeile 1, Spalte 4: unerwartetes Zeichen ']'; erwartet wird ein Wert",
       "ligne 1, colonne 4" + n + ": caractère inattendu ']'" + n + "; attendu" + n +
           ": une valeur"},
      {"[1 2]", "Zeile 1, Spalte 4: unerwartetes Zeichen '2'; erwartet wird ',' oder ']'",
       "ligne 1, colonne 4" + n + ": caractère inattendu '2'" + n + "; attendu" + n +
           ": ',' ou ']'"},
      {R"({"a": 1)", "Zeile 1, Spalte 8: unerwartetes Ende des Textes; erwartet wird ',' oder '}'",
       "ligne 1, colonne 8" + n + ": fin du texte inattendue" + n + "; attendu" + n +
           ": ',' ou '}'"},
      {"{} x", "Zeile 1, Spalte 4: unerwartetes Zeichen 'x'; erwartet wird das Ende des Textes",
       "ligne 1, colonne 4" + n + ": caractère inattendu 'x'" + n + "; attendu" + n +
           ": la fin du texte"},
      {"\"abc", "Zeile 1, Spalte 5: unerwartetes Ende des Textes",
       "ligne 1, colonne 5" + n + ": fin du texte inattendue"},
      {"{\"a\": \"x\ny\"}", "Zeile 1, Spalte 9: unerwartetes Zeichen U+000A",
       "ligne 1, colonne 9" + n + ": caractère inattendu U+000A"},
      {"{\n  \"a\": tru }", "Zeile 2, Spalte 11: unerwarteter Text 'tru'",
       "ligne 2, colonne 11" + n + ": texte inattendu 'tru'"},
  };
  const ShippedLanguage german = Shipped("de"), french = Shipped("fr");
  for (const auto& c : kCases) {
    const JsonParseResult parsed = ParseJson(c.text);
    ASSERT_EQ(parsed.problem, InputProblem::kNotJson) << c.text;
    EXPECT_EQ(JsonProblemMessage(parsed, german.words.json_words()),
              "kein gültiges JSON: " + c.german)
        << c.text;
    EXPECT_EQ(JsonProblemMessage(parsed, french.words.json_words()),
              "JSON non valide" + n + ": " + c.french)
        << c.text;
    for (const char* word : {"unexpected", "expected", "end of", "character", "text "}) {
      EXPECT_EQ(c.german.find(word), std::string::npos) << c.german;
      EXPECT_EQ(c.french.find(word), std::string::npos) << c.french;
    }
  }
}

TEST(DocumentParseLanguage, SizesAreWrittenAsTheLanguageWritesThem) {
  const ShippedLanguage german = Shipped("de"), french = Shipped("fr");
  EXPECT_EQ(TooLargeMessage(6 * 1024 * 1024, german.words),
            "sie ist 6,0\u00a0MB groß, und CloudGap öffnet Bewertungsdateien bis 5\u00a0MB");
  EXPECT_EQ(TooLargeMessage(6 * 1024 * 1024, french.words),
            "il pèse 6,0\u00a0Mo, alors que CloudGap ouvre les fichiers d’évaluation jusqu’à "
            "5\u00a0Mo");
  EXPECT_EQ(DescribeSize(512, german.words), "512\u00a0Bytes");
  EXPECT_EQ(DescribeSize(512, french.words), "512\u00a0octets");
  EXPECT_EQ(DescribeSize(2048, french.words), "2\u00a0ko");
  EXPECT_EQ(DescribeSize(12 * 1024 * 1024 + 300 * 1024, german.words), "12,3\u00a0MB");
}

// A share link's refusals, one sentence each, say what to do in the language.
TEST(DocumentParseLanguage, AShareLinksRefusalsAreInTheLanguage) {
  const ShippedLanguage german = Shipped("de"), french = Shipped("fr");
  EXPECT_EQ(ShareLinkErrorMessage(ShareLinkError::kDamaged, german.words),
            "Der Link ist beschädigt: Einige seiner Zeichen wurden verändert. Fordern Sie ihn "
            "erneut an.");
  EXPECT_EQ(ShareLinkErrorMessage(ShareLinkError::kWrongPassphraseOrDamaged, french.words),
            "Le lien est endommagé ou la phrase secrète est erronée.");
  EXPECT_EQ(ShareLinkErrorMessage(ShareLinkError::kIncomplete, french.words),
            "Le lien est incomplet\u00a0: une partie manque, peut-être coupée lors de l’envoi. "
            "Redemandez-le, ou copiez le lien en entier.");
  for (ShareLinkError error :
       {ShareLinkError::kIncomplete, ShareLinkError::kDamaged, ShareLinkError::kNewer,
        ShareLinkError::kTooLong, ShareLinkError::kWrongPassphraseOrDamaged}) {
    const std::string english = ShareLinkErrorMessage(error);
    EXPECT_EQ(english.rfind("The link ", 0), 0u) << english;
    for (const ShippedLanguage* shipped : {&german, &french}) {
      const std::string worded = ShareLinkErrorMessage(error, shipped->words);
      EXPECT_NE(worded, english);
      EXPECT_EQ(worded.find("link"), std::string::npos) << worded;
    }
  }
  EXPECT_EQ(ShareLinkErrorMessage(ShareLinkError::kNotALink, german.words), "");
}

}  // namespace
}  // namespace cloudgap
