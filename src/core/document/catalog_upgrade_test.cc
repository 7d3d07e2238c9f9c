#include "core/document/catalog_upgrade.h"

#include <gtest/gtest.h>

#include <regex>
#include <set>

#include "core/catalog/catalog_index.h"
#include "core/catalog/catalog_loader.h"
#include "core/document/document_json.h"
#include "core/document/document_migration.h"
#include "core/testing/fixtures.h"
#include "core/testing/shipped_language.h"
#include "core/testing/test_catalog.h"
#include "core/testing/test_source_dir.h"

namespace cloudgap {
namespace {

using nlohmann::json;

// The test catalog as version 2.0.0, which retired two questions of 1.0.0.
Catalog UpgradedCatalog() {
  Catalog c = TestCatalog();
  c.version = "2.0.0";
  c.earlier_versions = {"1.0.0"};
  c.retired_questions = {{"5.1.1-q9", "Was the old policy question answered?", {"5.1.1-q1"}},
                         {"12.4.1-q9", "Was the old logging question answered?", {}}};
  return c;
}

json OldDocument(const Catalog& c) {
  Assessment a = NewAssessment(c, TestProfile(), kTestNow);
  a.answers["5.1.1-q1"] = {Answer::kYes, ""};
  a.answers["12.4.1-q1"] = {Answer::kPartly, ""};
  json doc = json::parse(SerializeAssessmentDocument(a));
  doc["catalog"]["version"] = "1.0.0";
  doc["answers"]["5.1.1-q9"] = "no";
  doc["answers"]["12.4.1-q9"] = "na";
  doc["na_justifications"]["12.4.1-q9"] = "No logs here";
  return doc;
}

// What DescribeUpgrade says of `doc` upgraded to `c`, in `words`' language.
std::vector<std::string> DescribeUpgradeOf(const Catalog& c, json doc,
                                           const MessageCatalog& words = EnglishMessages()) {
  return DescribeUpgrade(c, *UpgradeToCatalog(c, &doc), words);
}

// The language as shipped; the test stops when its files do not load.
ShippedLanguage Shipped(const std::string& tag) {
  ShippedLanguage shipped = LoadShippedLanguage(tag);
  EXPECT_EQ(shipped.problem, "") << tag;
  return shipped;
}

// What a line says that is the same in every language: question ids
// ("10.1.1-q3", "CLD.9.5.1-quick-csc"), versions and counts, in order; the
// questions' words (quoted as the language quotes) are left out.
std::vector<std::string> Figures(const std::string& line) {
  static const std::regex quoted("\".*?\"|„.*?“|«.*?»");
  static const std::regex figure(R"((?:CLD\.)?[0-9][0-9.]*(?:-[a-z0-9]+)*)");
  const std::string bare = std::regex_replace(line, quoted, "");
  std::vector<std::string> out;
  for (std::sregex_iterator it(bare.begin(), bare.end(), figure), end; it != end; ++it) {
    out.push_back(it->str());
  }
  return out;
}

TEST(CatalogUpgrade, DropsRetiredAnswersAndKeepsTheRest) {
  const Catalog c = UpgradedCatalog();
  json doc = OldDocument(c);
  std::optional<CatalogUpgrade> upgrade = UpgradeToCatalog(c, &doc);
  ASSERT_TRUE(upgrade.has_value());
  EXPECT_EQ(upgrade->from_version, "1.0.0");
  EXPECT_EQ(upgrade->kept, 2);
  ASSERT_EQ(upgrade->dropped.size(), 2u);
  EXPECT_EQ(upgrade->dropped[0].question_id, "12.4.1-q9");  // Document order: by id.
  EXPECT_EQ(upgrade->dropped[0].answer, "na");
  EXPECT_EQ(upgrade->dropped[1].question_id, "5.1.1-q9");
  EXPECT_EQ(upgrade->dropped[1].successors, std::vector<std::string>{"5.1.1-q1"});
  EXPECT_FALSE(doc["answers"].contains("5.1.1-q9"));
  EXPECT_FALSE(doc["na_justifications"].contains("12.4.1-q9"));
  EXPECT_EQ(doc["answers"]["5.1.1-q1"], "yes");
  EXPECT_EQ(doc["catalog"]["version"], "2.0.0");
  EXPECT_EQ(doc["catalog"]["sha256"], c.sha256);
}

TEST(CatalogUpgrade, DescribesWhatChanged) {
  const Catalog c = UpgradedCatalog();
  EXPECT_EQ(
      DescribeUpgradeOf(c, OldDocument(c)),
      (std::vector<std::string>{
          "made with catalog iso27017 1.0.0 and opened with 2.0.0: 2 answers kept, 2 dropped "
          "because their question is no longer asked; questions new in this version start "
          "unanswered",
          "dropped 12.4.1-q9 (answered na): \"Was the old logging question answered?\"; no "
          "longer asked",
          "dropped 5.1.1-q9 (answered no): \"Was the old policy question answered?\"; now asked "
          "as 5.1.1-q1 \"Is 5.1.1-q1 done?\""}));
}

// "1 answer kept", "0 answers kept".
TEST(CatalogUpgrade, CountsInTheSingularAndThePlural) {
  const Catalog c = UpgradedCatalog();
  json doc = OldDocument(c);
  doc["answers"].erase("12.4.1-q1");
  EXPECT_EQ(DescribeUpgradeOf(c, doc)[0],
            "made with catalog iso27017 1.0.0 and opened with 2.0.0: 1 answer kept, 2 dropped "
            "because their question is no longer asked; questions new in this version start "
            "unanswered");
  doc = OldDocument(c);
  doc["answers"].erase("12.4.1-q1");
  doc["answers"].erase("5.1.1-q1");
  EXPECT_NE(DescribeUpgradeOf(c, doc)[0].find(": 0 answers kept, 2 dropped"), std::string::npos);
}

// Three successors read "a, b and c".
TEST(CatalogUpgrade, NamesSeveralSuccessorsAsAList) {
  Catalog c = UpgradedCatalog();
  c.retired_questions[0].successors = {"5.1.1-q1", "5.1.1-q2", "5.1.1-q3"};
  const std::vector<std::string> lines = DescribeUpgradeOf(c, OldDocument(c));
  ASSERT_EQ(lines.size(), 3u);
  EXPECT_EQ(lines[2],
            "dropped 5.1.1-q9 (answered no): \"Was the old policy question answered?\"; now asked "
            "as 5.1.1-q1 \"Is 5.1.1-q1 done?\", 5.1.1-q2 \"Is 5.1.1-q2 done?\" and 5.1.1-q3 \"Is "
            "5.1.1-q3 done?\"");
}

// German words, the ids and counts of the English; the answers as the
// catalog labels them (here a catalog with German labels), the questions'
// words as it has them.
TEST(CatalogUpgrade, DescribesWhatChangedInGerman) {
  Catalog c = UpgradedCatalog();
  for (AnswerLevel& level : c.answer_scale) {
    if (level.value == "no") level.label = "Nein";
    if (level.value == "na") level.label = "Nicht anwendbar";
  }
  const ShippedLanguage german = Shipped("de");
  EXPECT_EQ(
      DescribeUpgradeOf(c, OldDocument(c), german.words),
      (std::vector<std::string>{
          "mit Katalog iso27017 1.0.0 erstellt und mit 2.0.0 geöffnet: 2 Antworten übernommen, "
          "2 entfernt, weil ihre Frage nicht mehr gestellt wird; neue Fragen dieser Version sind "
          "noch unbeantwortet",
          "Antwort auf 12.4.1-q9 „Was the old logging question answered?“ entfernt (war: Nicht "
          "anwendbar); die Frage wird nicht mehr gestellt",
          "Antwort auf 5.1.1-q9 „Was the old policy question answered?“ entfernt (war: Nein); die "
          "Frage wurde ersetzt durch 5.1.1-q1 „Is 5.1.1-q1 done?“"}));
  // Without the old question's words, with several successors: "a, b und c".
  c.retired_questions[0].text.clear();
  c.retired_questions[0].successors = {"5.1.1-q1", "5.1.1-q2", "5.1.1-q3"};
  EXPECT_EQ(DescribeUpgradeOf(c, OldDocument(c), german.words)[2],
            "Antwort auf 5.1.1-q9 entfernt (war: Nein); die Frage wurde ersetzt durch 5.1.1-q1 "
            "„Is 5.1.1-q1 done?“, 5.1.1-q2 „Is 5.1.1-q2 done?“ und 5.1.1-q3 „Is 5.1.1-q3 done?“");
  json whole = OldDocument(c);
  whole["answers"].erase("5.1.1-q9");
  whole["answers"].erase("12.4.1-q9");
  EXPECT_EQ(DescribeUpgradeOf(c, whole, german.words),
            std::vector<std::string>{
                "mit Katalog iso27017 1.0.0 erstellt und mit 2.0.0 geöffnet: alle 2 Antworten "
                "übernommen; neue Fragen dieser Version sind noch unbeantwortet"});
}

// The shipped catalog opening a 1.0.0 document, as the app and the CLI do in
// German and French: a line for each of the English's, with its ids and counts,
// the answers and the successors' questions in the language, no English left.
TEST(CatalogUpgrade, TheShippedLanguagesSayWhatChangedInTheirWords) {
  std::string text;
  ASSERT_TRUE(ReadSourceFile("tests/catalog/assessment-catalog-1.0.json", &text));
  const DocumentParseResult english = LoadAssessmentDocument(BuiltinCatalog(), text);
  ASSERT_TRUE(english.catalog_upgrade.has_value());
  ASSERT_GT(english.catalog_changes.size(), 10u);
  EXPECT_EQ(DescribeUpgrade(BuiltinCatalog(), *english.catalog_upgrade), english.catalog_changes);
  struct Expected {
    const char* tag;
    const char* summary_start;  // Follows "It was" as the app shows it.
    const char* partly;         // The catalog's label of "partly".
  };
  for (const Expected& language :
       {Expected{"de", "mit Katalog iso27017 1.0.0 erstellt und mit ", "(war: Teilweise)"},
        Expected{"fr", "créée avec le catalogue iso27017 1.0.0 et ouverte avec la version ",
                 "(c’était\u00a0: Partiellement)"}}) {
    const ShippedLanguage shipped = Shipped(language.tag);
    ASSERT_TRUE(shipped.catalog.has_value());
    const Catalog& catalog = *shipped.catalog;
    const DocumentParseResult loaded = LoadAssessmentDocument(catalog, text, shipped.words);
    ASSERT_TRUE(loaded.assessment.has_value()) << language.tag;
    EXPECT_EQ(loaded.assessment->answers, english.assessment->answers) << language.tag;
    const std::vector<std::string>& lines = loaded.catalog_changes;
    ASSERT_EQ(lines.size(), english.catalog_changes.size()) << language.tag;
    EXPECT_EQ(lines, DescribeUpgrade(catalog, *loaded.catalog_upgrade, shipped.words));
    EXPECT_EQ(loaded.warnings.back(), lines.front()) << language.tag;
    EXPECT_EQ(lines[0].rfind(language.summary_start, 0), 0u) << lines[0];
    for (size_t i = 0; i < lines.size(); ++i) {
      const std::string& line = lines[i];
      EXPECT_EQ(Figures(line), Figures(english.catalog_changes[i]))
          << language.tag << ": " << line << "\n"
          << english.catalog_changes[i];
      for (const char* word :
           {"made with", "kept", "dropped", "answered", "asked", " and ", "partly", "unanswered"}) {
        EXPECT_FALSE(Contains(line, word)) << language.tag << ": '" << word << "' in " << line;
      }
    }
    // The answer in the catalog's words; a successor's question as the catalog asks it.
    const std::string& first = lines[1];
    EXPECT_TRUE(Contains(first, language.partly)) << first;
    const Question* successor =
        CatalogIndex(catalog).FindQuestion(english.catalog_upgrade->dropped[0].successors[0]);
    ASSERT_NE(successor, nullptr);
    EXPECT_TRUE(Contains(first, successor->text)) << first;
    EXPECT_NE(successor->text, CatalogIndex(BuiltinCatalog()).FindQuestion(successor->id)->text);
  }
}

// A catalog reference of the wrong shape is not an earlier version (the parser
// then says what is wrong with it); it never throws.
TEST(CatalogUpgrade, AMisshapenCatalogReferenceIsNotAnEarlierVersion) {
  const Catalog c = UpgradedCatalog();
  for (const json& reference :
       {json{{"id", 5}, {"version", "1.0.0"}}, json{{"id", "iso27017"}, {"version", 1}},
        json{{"version", "1.0.0"}}, json::array({"iso27017", "1.0.0"})}) {
    json doc = OldDocument(c);
    doc["catalog"] = reference;
    EXPECT_FALSE(MadeWithEarlierVersion(c, doc)) << reference.dump();
    EXPECT_FALSE(UpgradeToCatalog(c, &doc).has_value()) << reference.dump();
  }
}

TEST(CatalogUpgrade, LeavesOtherDocumentsAlone) {
  const Catalog c = UpgradedCatalog();
  json current = OldDocument(c);
  current["catalog"]["version"] = "2.0.0";
  json copy = current;
  EXPECT_FALSE(UpgradeToCatalog(c, &current).has_value());
  EXPECT_EQ(current, copy);
  json unknown = OldDocument(c);
  unknown["catalog"]["version"] = "0.9.0";
  EXPECT_FALSE(UpgradeToCatalog(c, &unknown).has_value());
  json other = OldDocument(c);
  other["catalog"]["id"] = "nist-800-53";
  EXPECT_FALSE(UpgradeToCatalog(c, &other).has_value());
  json not_object = json::array();
  EXPECT_FALSE(UpgradeToCatalog(c, &not_object).has_value());
}

// The parser judges the shape of answers later; the upgrade only leaves alone
// what is not an object of answers, and drops nothing from it.
TEST(CatalogUpgrade, AnswersMissingOrNotAnObjectAreLeftAsTheyAre) {
  const Catalog c = UpgradedCatalog();
  json none = OldDocument(c);
  none.erase("answers");
  std::optional<CatalogUpgrade> upgrade = UpgradeToCatalog(c, &none);
  ASSERT_TRUE(upgrade.has_value());
  EXPECT_EQ(upgrade->kept, 0);
  EXPECT_TRUE(upgrade->dropped.empty());
  EXPECT_FALSE(none.contains("answers"));

  json list = OldDocument(c);
  list["answers"] = json::array({"5.1.1-q9", "no"});
  upgrade = UpgradeToCatalog(c, &list);
  ASSERT_TRUE(upgrade.has_value());
  EXPECT_EQ(upgrade->kept, 0);
  EXPECT_TRUE(upgrade->dropped.empty());
  EXPECT_EQ(list["answers"], json::array({"5.1.1-q9", "no"}));

  // The same for the justifications.
  json no_reasons = OldDocument(c);
  no_reasons.erase("na_justifications");
  upgrade = UpgradeToCatalog(c, &no_reasons);
  ASSERT_TRUE(upgrade.has_value());
  EXPECT_EQ(upgrade->dropped.size(), 2u);
  EXPECT_FALSE(no_reasons.contains("na_justifications"));
  json reasons_list = OldDocument(c);
  reasons_list["na_justifications"] = json::array({"12.4.1-q9"});
  ASSERT_TRUE(UpgradeToCatalog(c, &reasons_list).has_value());
  EXPECT_EQ(reasons_list["na_justifications"], json::array({"12.4.1-q9"}));
}

TEST(CatalogUpgrade, LoadingAnOldDocumentOpensItWithTheList) {
  const Catalog c = UpgradedCatalog();
  DocumentParseResult result = LoadAssessmentDocument(c, OldDocument(c).dump());
  ASSERT_TRUE(result.assessment.has_value());
  EXPECT_EQ(result.assessment->catalog_version, "2.0.0");
  EXPECT_EQ(result.assessment->AnswerTo("5.1.1-q1"), Answer::kYes);
  EXPECT_EQ(result.assessment->answers.count("5.1.1-q9"), 0u);
  ASSERT_EQ(result.warnings.size(), 1u);
  EXPECT_NE(result.warnings[0].find("2 dropped"), std::string::npos) << result.warnings[0];
  ASSERT_EQ(result.catalog_changes.size(), 3u);
  EXPECT_EQ(result.catalog_changes[0], result.warnings[0]);
  EXPECT_EQ(result.catalog_changes[2].rfind("dropped 5.1.1-q9", 0), 0u);
  // An unknown older version is still refused, as before.
  json unknown = OldDocument(c);
  unknown["catalog"]["version"] = "0.9.0";
  DocumentParseResult refused = LoadAssessmentDocument(c, unknown.dump());
  EXPECT_FALSE(refused.assessment.has_value());
}

TEST(CatalogUpgrade, TheShippedCatalogOpensVersionOneDocuments) {
  const Catalog& c = BuiltinCatalog();
  ASSERT_EQ(c.earlier_versions, (std::vector<std::string>{"1.0.0", "2.0.0"}));
  // The built-in copy leaves the old words out (cmake/minify_json.py); the list
  // names the successors' words instead, and every retired question has one.
  for (const RetiredQuestion& q : c.retired_questions) {
    EXPECT_TRUE(q.text.empty()) << q.id;
    EXPECT_FALSE(q.successors.empty()) << q.id;
  }
  std::string text;
  ASSERT_TRUE(ReadSourceFile("tests/catalog/assessment-catalog-1.0.json", &text));
  const json old = json::parse(text);
  DocumentParseResult result = LoadAssessmentDocument(c, text);
  ASSERT_TRUE(result.assessment.has_value());
  const CatalogIndex index(c);
  std::set<std::string> retired;
  for (const RetiredQuestion& q : c.retired_questions) retired.insert(q.id);
  int kept = 0, dropped = 0;
  for (const auto& [id, answer] : old["answers"].items()) {
    if (index.FindQuestion(id)) {
      // Still asked: the same practice, so the same answer.
      EXPECT_EQ(AnswerName(result.assessment->AnswerTo(id)), answer.get<std::string>()) << id;
      ++kept;
    } else {
      EXPECT_TRUE(retired.count(id)) << id << " vanished without being listed as retired";
      ++dropped;
    }
  }
  EXPECT_EQ(kept + dropped, static_cast<int>(old["answers"].size()));
  EXPECT_EQ(result.catalog_changes.size(), static_cast<size_t>(dropped) + 1);
  EXPECT_GT(kept, 150);
}

// 2.1.0 changed no question: a 2.0.0 document keeps every answer, notes and
// records, and says so in one line.
TEST(CatalogUpgrade, TheShippedCatalogOpensVersionTwoDocumentsWhole) {
  const Catalog& c = BuiltinCatalog();
  std::string text;
  ASSERT_TRUE(ReadSourceFile("tests/catalog/assessment-catalog-2.0.json", &text));
  const json old = json::parse(text);
  ASSERT_EQ(old["catalog"]["version"], "2.0.0");
  DocumentParseResult result = LoadAssessmentDocument(c, text);
  ASSERT_TRUE(result.assessment.has_value());
  EXPECT_EQ(result.assessment->catalog_version, c.version);
  for (const auto& [id, answer] : old["answers"].items()) {
    EXPECT_EQ(AnswerName(result.assessment->AnswerTo(id)), answer.get<std::string>()) << id;
  }
  EXPECT_EQ(result.assessment->controls.size(), old["controls"].size());
  ASSERT_EQ(result.catalog_changes.size(), 1u);
  EXPECT_EQ(result.catalog_changes[0],
            "made with catalog iso27017 2.0.0 and opened with " + c.version + ": all " +
                std::to_string(old["answers"].size()) +
                " answers kept; questions new in this version start unanswered");
}

}  // namespace
}  // namespace cloudgap
