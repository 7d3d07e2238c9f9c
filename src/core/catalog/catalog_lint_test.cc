#include "core/catalog/catalog_lint.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "core/testing/enum_text_testing.h"
#include "core/testing/shipped_language.h"
#include "core/testing/test_catalog.h"

namespace cloudgap {
namespace {

std::vector<std::string> Wheres(const std::vector<LintFinding>& findings, LintKind kind) {
  std::vector<std::string> out;
  for (const LintFinding& f : findings) {
    if (f.kind == kind) out.push_back(f.where);
  }
  return out;
}

// The test catalog with every question worded apart ("Is q1 done?" would make
// every pair of questions look alike).
Catalog Distinct() {
  Catalog c = TestCatalog();
  int n = 0;
  for (Control& control : c.controls) {
    for (std::vector<Question>* list : {&control.questions, &control.quick_questions}) {
      for (Question& q : *list) {
        ++n;
        q.text = "Is there practice" + std::to_string(n) + "?";
      }
    }
  }
  return c;
}

TEST(CatalogLint, AndOrIsAWordNotALetterSequence) {
  for (const char* text :
       {"Are logs kept and reviewed?", "Is it encrypted OR hashed?",
        "Keys, tokens, and/or passwords", "Keys, tokens or"}) {  // The last word counts too.
    EXPECT_TRUE(JoinsWithAndOr(text)) << text;
  }
  for (const char* text : {"Is the standard for vendor operations kept?", ""}) {
    EXPECT_FALSE(JoinsWithAndOr(text)) << text;
  }
}

TEST(CatalogLint, SimilarityOfContentWords) {
  EXPECT_DOUBLE_EQ(ContentSimilarity("Are logs reviewed?", "Are the logs reviewed?"), 1.0);
  // Stems fold: "reviewing logs" and "logs reviewed" share both words.
  EXPECT_DOUBLE_EQ(ContentSimilarity("Do you review logs?", "Are logs reviewed?"), 1.0);
  EXPECT_DOUBLE_EQ(ContentSimilarity("Is MFA required?", "Are backups tested?"), 0.0);
  EXPECT_DOUBLE_EQ(ContentSimilarity("Is it?", "Are backups tested?"), 0.0);  // No content words.
  // Two of four words in common.
  EXPECT_DOUBLE_EQ(ContentSimilarity("backups tested offsite", "backups tested weekly"), 0.5);
  // Suffixes come off words of at least four letters besides the suffix.
  EXPECT_DOUBLE_EQ(ContentSimilarity("tests", "test"), 1.0);
  EXPECT_DOUBLE_EQ(ContentSimilarity("keys", "key"), 0.0);  // "key" keeps its "s"-less form.
}

TEST(CatalogLint, FlagsEachKindAndNothingElse) {
  Catalog c = Distinct();
  EXPECT_TRUE(LintCatalog(c).empty());
  c.controls[0].questions[0].text = "Is a policy written and approved?";
  c.controls[0].quick_questions[0].inherited_text = "Confirmed from the audit report or the SOC 2?";
  c.controls[1].questions[0].text = "Are administrator sign-ins logged centrally?";
  c.controls[3].questions[0].text =
      "Are administrator sign-ins centrally logged?";  // Same role: csc.
  c.controls[1].questions[1].text = "Are provider staff sign-ins logged centrally?";  // csp only.
  c.controls[1].iso27002_2022[0].basis = MappingBasis::kUnstated;
  const std::vector<LintFinding> findings = LintCatalog(c);
  EXPECT_EQ(Wheres(findings, LintKind::kTwoPractices),
            (std::vector<std::string>{"5.1.1-q1", "5.1.1-quick"}));
  EXPECT_EQ(Wheres(findings, LintKind::kNearDuplicate),
            std::vector<std::string>{"CLD.6.3.1-q1 ~ 12.4.1-q1"});
  EXPECT_EQ(Wheres(findings, LintKind::kNoProvenance),
            std::vector<std::string>{"CLD.6.3.1 iso27002_2022 5.23"});
  // Marked as one practice, the conjunction is accepted.
  c.controls[0].questions[0].one_practice = true;
  c.controls[0].quick_questions[0].one_practice = true;
  EXPECT_TRUE(Wheres(LintCatalog(c), LintKind::kTwoPractices).empty());
}

// A conjunction, two near-identical questions and a mapping without a basis.
Catalog WithOneFindingOfEachKind() {
  Catalog c = Distinct();
  c.controls[0].questions[0].text = "Is a policy written and approved?";
  c.controls[1].questions[0].text = "alpha beta gamma delta";
  c.controls[3].questions[0].text = "alpha beta gamma omega sigma";
  c.controls[1].iso27002_2022[0].basis = MappingBasis::kUnstated;
  return c;
}

// What each finding says, word for word: an author acts on the message.
TEST(CatalogLint, EachFindingSaysWhatToDo) {
  const Catalog c = WithOneFindingOfEachKind();
  std::vector<std::string> messages;
  for (const LintFinding& f : LintCatalog(c)) messages.push_back(f.where + ": " + f.message);
  EXPECT_EQ(messages,
            (std::vector<std::string>{
                "5.1.1-q1: joins two things with \"and\"/\"or\": split it, or mark it one_practice "
                "if they are parts of one practice: \"Is a policy written and approved?\"",
                "CLD.6.3.1-q1 ~ 12.4.1-q1: the two questions ask nearly the same (50% of their "
                "words in common): ask it once, in its home control",
                "CLD.6.3.1 iso27002_2022 5.23: no basis: say whether it is the standard's own "
                "correspondence (\"standard\") or CloudGap's judgement (\"judgement\")"}));
}

// An author reads the findings in the language of --language, the catalog's
// own text, ids and keywords (one_practice, standard) as written.
TEST(CatalogLint, EachFindingSaysWhatToDoInTheLanguage) {
  const Catalog c = WithOneFindingOfEachKind();
  const ShippedLanguage german = LoadShippedLanguage("de"), french = LoadShippedLanguage("fr");
  std::vector<std::string> messages;
  for (const ShippedLanguage* shipped : {&german, &french}) {
    const std::vector<LintFinding> findings = LintCatalog(c, shipped->words.json_words());
    EXPECT_EQ(Wheres(findings, LintKind::kNearDuplicate),
              Wheres(LintCatalog(c), LintKind::kNearDuplicate));
    for (const LintFinding& f : findings) messages.push_back(f.message);
  }
  EXPECT_EQ(messages,
            (std::vector<std::string>{
                "verbindet zwei Dinge mit „and“/„or“: teilen Sie die Frage auf, oder markieren Sie "
                "sie als one_practice, wenn beides Teil einer einzigen Praxis ist: „Is a policy "
                "written and approved?“",
                "die beiden Fragen fragen fast dasselbe (50\u00a0% ihrer Wörter gemeinsam): "
                "stellen Sie sie nur einmal, in der Maßnahme, zu der sie gehört",
                "keine Grundlage: geben Sie an, ob es die Zuordnung der Norm selbst („standard“) "
                "oder die Einschätzung von CloudGap („judgement“) ist",
                "relie deux choses par «\u00a0and\u00a0»/«\u00a0or\u00a0»\u00a0: scindez la "
                "question, ou marquez-la one_practice si ce sont les parties d’une même "
                "pratique\u00a0: «\u00a0Is a policy written and approved?\u00a0»",
                "les deux questions demandent presque la même chose (50\u00a0% de mots en "
                "commun)\u00a0: posez-la une seule fois, dans la mesure dont elle relève",
                "aucun fondement\u00a0: indiquez s’il s’agit de la correspondance établie par la "
                "norme elle-même («\u00a0standard\u00a0») ou de l’appréciation de CloudGap "
                "(«\u00a0judgement\u00a0»)"}));
}

// Every pair is compared: the first question of the catalog, and neighbours in
// catalog order that belong to different controls.
TEST(CatalogLint, ComparesEveryPairOfControls) {
  Catalog c = Distinct();
  c.controls[0].questions[0].text = "Are backups restored in a yearly test?";  // 5.1.1-q1
  c.controls[3].questions[1].text = "Are backups restored in a yearly test?";  // 12.4.1-q2
  c.controls[1].questions[2].text = "Is the key vault access reviewed?";       // CLD.6.3.1-q3
  c.controls[2].questions[0].text = "Is the key vault access reviewed?";       // 6.1.1-q1
  EXPECT_EQ(Wheres(LintCatalog(c), LintKind::kNearDuplicate),
            (std::vector<std::string>{"5.1.1-q1 ~ 12.4.1-q2", "CLD.6.3.1-q3 ~ 6.1.1-q1"}));
}

TEST(CatalogLint, ASameQuestionIsAHundredPercent) {
  Catalog c = Distinct();
  c.controls[1].questions[0].text = "Are administrator sign-ins logged centrally?";
  c.controls[3].questions[0].text = "Are administrator sign-ins logged centrally?";
  const std::vector<LintFinding> findings = LintCatalog(c);
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_NE(findings[0].message.find("(100% of their words in common)"), std::string::npos)
      << findings[0].message;
}

TEST(CatalogLint, SimilarQuestionsOfOneControlAreNotDuplicates) {
  Catalog c = Distinct();
  c.controls[3].questions[0].text = "Are administrator sign-ins logged centrally?";
  c.controls[3].questions[1].text = "Are administrator sign-ins centrally logged?";
  EXPECT_TRUE(LintCatalog(c).empty());
}

TEST(CatalogLint, ThresholdIsInclusive) {
  Catalog c = Distinct();
  // Content words {alpha, beta, gamma} vs {alpha, beta, delta, epsilon}: 2 / 5 = 0.4, not flagged.
  c.controls[1].questions[0].text = "alpha beta gamma";
  c.controls[3].questions[0].text = "alpha beta delta epsilon";
  EXPECT_TRUE(LintCatalog(c).empty());
  // {alpha, beta, gamma, delta} vs {alpha, beta, gamma, omega, sigma}: 3 / 6 = 0.5, flagged.
  c.controls[1].questions[0].text = "alpha beta gamma delta";
  c.controls[3].questions[0].text = "alpha beta gamma omega sigma";
  EXPECT_EQ(LintCatalog(c).size(), 1u);
  // Exactly at the threshold: 9 words in common of 20 (9 + 5 and 9 + 6).
  c.controls[1].questions[0].text =
      "apple banana cherry damson elder figtree grape hazel iris kiwi lemon mango nutmeg olive";
  c.controls[3].questions[0].text =
      "apple banana cherry damson elder figtree grape hazel iris papaya quince raisin sorrel "
      "tomato umbel";
  ASSERT_DOUBLE_EQ(
      ContentSimilarity(c.controls[1].questions[0].text, c.controls[3].questions[0].text),
      kNearDuplicateSimilarity);
  EXPECT_EQ(LintCatalog(c).size(), 1u);
  EXPECT_GE(0.5, kNearDuplicateSimilarity);
  EXPECT_LT(0.4, kNearDuplicateSimilarity);
}

TEST(CatalogLint, KindNamesRoundTrip) {
  EXPECT_STREQ(LintKindName(LintKind::kNoProvenance), "no-provenance");
  ExpectRoundTrip<kLintKindNames>();
}

}  // namespace
}  // namespace cloudgap
