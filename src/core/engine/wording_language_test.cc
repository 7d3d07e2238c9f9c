// The engine's sentences in the reader's language (the trailing `words` of
// wording.h, readiness.h, explain.h, quick_summary.h, roadmap_reason.h): German
// and French words with the same values as the English, and English as it was.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "core/catalog/catalog_loader.h"
#include "core/document/assessment_edit.h"
#include "core/document/sample_assessment.h"
#include "core/engine/compare.h"
#include "core/engine/explain.h"
#include "core/engine/quick_summary.h"
#include "core/engine/readiness.h"
#include "core/engine/roadmap.h"
#include "core/engine/roadmap_reason.h"
#include "core/engine/scoring.h"
#include "core/engine/wording.h"
#include "core/i18n/message_catalog.h"
#include "core/testing/fixtures.h"
#include "core/testing/synthetic_catalog.h"
#include "core/testing/test_source_dir.h"
#include "core/text/input_limits.h"
#include "core/text/score_format.h"

namespace cloudgap {
namespace {

MessageCatalog Shipped(const std::string& language) {
  std::string text;
  EXPECT_TRUE(ReadSourceFile("src/core/i18n/messages/" + language + ".json", &text));
  MessageCatalogLoad load = LoadMessageCatalog(text);
  EXPECT_TRUE(load.errors.empty()) << language;
  return load.catalog;
}

const MessageCatalog& German() {
  static const MessageCatalog kGerman = Shipped("de");
  return kGerman;
}
const MessageCatalog& French() {
  static const MessageCatalog kFrench = Shipped("fr");
  return kFrench;
}

struct Sample {
  const Catalog& catalog = BuiltinCatalog();
  Assessment assessment = SampleAssessment(catalog, AssessmentMode::kFull, "2026-12-01T10:00:00Z");
  Evaluation evaluation = Evaluate(catalog, assessment);
};

TEST(WordingLanguage, ReadinessReasonsKeepTheirValues) {
  const Catalog& catalog = BuiltinCatalog();
  ReadinessReason score;
  score.rule = ReadinessReason::Rule::kScore;
  score.tier = Readiness::kClose;
  score.score = 62.25;
  ReadinessReason unanswered;
  unanswered.rule = ReadinessReason::Rule::kUnanswered;
  unanswered.tier = Readiness::kClose;
  unanswered.count = 3;
  unanswered.asked = 40;
  EXPECT_EQ(ReadinessReasonText(catalog, score),
            "Overall score 62.3 of 100 gives Close (80+ audit-ready, 60+ close, 30+ significant "
            "gaps).");
  EXPECT_EQ(ReadinessReasonText(catalog, unanswered),
            "At most Close: 3 of 40 questions are unanswered.");
  EXPECT_EQ(ReadinessReasonText(catalog, score, German()),
            "Die Gesamtpunktzahl 62,3 von 100 ergibt Fast bereit (ab 80 auditbereit, ab 60 fast "
            "bereit, ab 30 erhebliche Lücken).");
  EXPECT_EQ(ReadinessReasonText(catalog, unanswered, German()),
            "Höchstens Fast bereit: 3 von 40 Fragen sind unbeantwortet.");
  const std::string french = ReadinessReasonText(catalog, unanswered, French());
  EXPECT_EQ(french.rfind("Au mieux Presque prêt", 0), 0u) << french;
  EXPECT_NE(french.find("3 questions sur 40"), std::string::npos) << french;
}

TEST(WordingLanguage, EffortWordsCountInTheLanguage) {
  EffortEstimate one;
  one.person_days = 1;
  one.items = 1;
  EffortEstimate many;
  many.person_days = 12;
  many.items = 3;
  many.months = 1.2;
  EXPECT_EQ(EffortWords(one, 10), "about 1 person-days over 1 controls");
  EXPECT_EQ(EffortWords(many, 10),
            "about 12 person-days over 3 controls, roughly 1.5 months at 10 person-days a month");
  EXPECT_EQ(EffortWords(one, 10, German()), "etwa 1 Personentag für 1 Maßnahme");
  EXPECT_EQ(EffortWords(many, 10, German()),
            "etwa 12 Personentage für 3 Maßnahmen, grob 1,5 Monate bei 10 Personentagen pro Monat");
  EXPECT_EQ(EffortWords(one, 10, French()), "environ 1 jour-homme pour 1 mesure");
  EXPECT_EQ(EffortWords(many, 10, French()),
            "environ 12 jours-homme pour 3 mesures, soit environ 1,5 mois à 10 jours-homme par "
            "mois");
}

// Every item's reason, translated: no English left, the same numbers in it.
TEST(WordingLanguage, RoadmapReasonsSpeakTheLanguage) {
  const Sample s;
  const Roadmap english = BuildRoadmap(s.catalog, s.assessment, s.evaluation);
  const Roadmap german =
      BuildRoadmap(s.catalog, s.assessment, s.evaluation, EffortPoint::kMidpoint, German());
  ASSERT_FALSE(english.items.empty());
  ASSERT_EQ(german.items.size(), english.items.size());
  for (size_t i = 0; i < german.items.size(); ++i) {
    const RoadmapItem& item = german.items[i];
    EXPECT_EQ(item.control_id, english.items[i].control_id) << "the same plan";
    const std::string& reason = item.reason;
    EXPECT_EQ(reason.find("risk"), std::string::npos) << reason;
    EXPECT_EQ(reason.find("person-day"), std::string::npos) << reason;
    EXPECT_NE(reason.find("Risiko"), std::string::npos) << reason;
    const std::string days = std::to_string(item.effort_days) +
                             (item.effort_days == 1 ? " Personentag" : " Personentage");
    EXPECT_NE(reason.find(days), std::string::npos) << reason;
    EXPECT_EQ(reason,
              RoadmapReason(s.catalog, s.assessment, s.evaluation, english.items[i], German()));
  }
  const std::string french =
      RoadmapReason(s.catalog, s.assessment, s.evaluation, english.items.front(), French());
  EXPECT_NE(french.find("jour"), std::string::npos) << french;
}

// English reasons are appended by hand, for speed: they must say what the
// messages say. A catalog with one message takes the messages' way. A generated
// catalog with some controls left unanswered reaches every clause of a reason.
TEST(WordingLanguage, EnglishRoadmapReasonsAreTheMessagesWords) {
  const MessageCatalogLoad load = LoadMessageCatalog(
      R"({"format": "cloudgap-messages/1", "language": "en", "messages": {"Yes": "Yes"}})");
  ASSERT_TRUE(load.errors.empty());
  ASSERT_EQ(load.catalog.size(), 1u);
  const Catalog generated = MakeSyntheticCatalog({300, 7, 3, 20});
  Profile both;
  both.role = RoleScope::kBoth;
  Assessment unanswered = MakeSyntheticAssessment(generated, both, 3);
  for (size_t i = 0; i < generated.controls.size(); i += 6) {
    for (const Question& q : generated.controls[i].questions) unanswered.answers.erase(q.id);
  }
  std::string every;
  const auto check = [&](const Catalog& catalog, const Assessment& a) {
    const Evaluation e = Evaluate(catalog, a);
    for (const RoadmapItem& item : BuildRoadmap(catalog, a, e).items) {
      EXPECT_EQ(RoadmapReason(catalog, a, e, item, load.catalog), item.reason);
      every += item.reason;
    }
  };
  check(generated, unanswered);
  for (const IsmsState isms : {IsmsState::kNone, IsmsState::kCertified}) {
    Sample s;
    s.assessment.profile.isms = isms;
    check(s.catalog, s.assessment);
  }
  for (const char* clause :
       {"needed first by", "quick win", "; after ", "; unblocks ", "; assess ",
        "\"don't know\" answer", "and 1 more", "certification step", "extending your ISMS"}) {
    EXPECT_TRUE(Contains(every, clause)) << clause;
  }
}

TEST(WordingLanguage, TheExplanationIsGermanWithTheSameScores) {
  const Sample s;
  const std::vector<std::string> english = ExplainOverall(s.catalog, s.evaluation);
  const std::vector<std::string> german = ExplainOverall(s.catalog, s.evaluation, German());
  ASSERT_EQ(german.size(), english.size());
  ASSERT_TRUE(s.evaluation.overall.score);
  const double score = *s.evaluation.overall.score;
  EXPECT_EQ(english[0].rfind("Overall score " + FormatScore(score) + " of 100", 0), 0u);
  EXPECT_EQ(german[0].rfind("Gesamtpunktzahl " + FormatScore(score, "de") + " von 100", 0), 0u)
      << german[0];
  for (const std::string& line : german) {
    EXPECT_EQ(line.find("score"), std::string::npos) << line;
    EXPECT_EQ(line.find("At most"), std::string::npos) << line;
  }
  // The reports' English reasons are the readiness reasons as worded here.
  for (size_t i = 0; i < s.evaluation.overall.readiness_why.size(); ++i) {
    EXPECT_EQ(english[english.size() - s.evaluation.overall.readiness_why.size() + i],
              s.evaluation.overall.readiness_reasons[i]);
  }
  const std::vector<std::string> control =
      ExplainControl(s.catalog, s.assessment, s.evaluation, 0, French());
  ASSERT_FALSE(control.empty());
  EXPECT_EQ(control[0].find("not in scope"), std::string::npos) << control[0];
  for (const std::string& rule : ScoringRules(s.catalog, German())) {
    EXPECT_EQ(rule.find("score"), std::string::npos) << rule;
  }
}

TEST(WordingLanguage, LabelsAndTheSummary) {
  const Sample s;
  EXPECT_STREQ(ReadinessLabel(Readiness::kClose), "Close");
  EXPECT_STREQ(ReadinessLabel(Readiness::kClose, German()), "Fast bereit");
  EXPECT_STREQ(ReadinessLabel(Readiness::kClose, French()), "Presque prêt");
  EXPECT_STREQ(ImplementationLabel(Implementation::kPartial, German()), "Teilweise umgesetzt");
  EXPECT_STREQ(ModeLabel(AssessmentMode::kQuick, French()), "diagnostic rapide");
  EXPECT_STREQ(RoleScopeWords(RoleScope::kProvider, German()), "Cloud-Anbieter");
  EXPECT_STREQ(IsmsStateWords(IsmsState::kNone), "no ISMS yet");
  EXPECT_EQ(OrganisationOrDefault(Profile{}, German()), "unbenannte Organisation");
  // The constants the tests and the data formats use are the English words.
  EXPECT_STREQ(SoaScope(), kSoaScope);
  EXPECT_STRNE(SoaScope(German()), kSoaScope);
  const AuditRange range = EstimateAuditRange(s.catalog, s.assessment, s.evaluation, French());
  EXPECT_EQ(QuickScanRangeWords(range),
            kQuickScanRangeLead + AuditMonthsWords(range) + kQuickScanRangeTail);
  EXPECT_TRUE(Contains(QuickScanRangeWords(range, French()), "fourchette"));
  EXPECT_EQ(range.earliest.stage1_reason.rfind("l’étape 1 au mois ", 0), 0u)
      << range.earliest.stage1_reason;
  EvidenceRef evidence;
  evidence.date = "2024-01-15";
  evidence.review_by = "2025-01-15";
  EXPECT_EQ(EvidenceDates(evidence, "2026-01-01"),
            "dated 2024-01-15, review by 2025-01-15 (past it)");
  EXPECT_EQ(EvidenceDates(evidence, "2026-01-01", German()),
            "vom 15.01.2024, zu prüfen bis 15.01.2025 (überschritten)");

  Assessment quick = SampleAssessment(s.catalog, AssessmentMode::kQuick, "2026-12-01T10:00:00Z");
  const Evaluation e = Evaluate(s.catalog, quick);
  const Roadmap roadmap = BuildRoadmap(s.catalog, quick, e);
  const std::string english = QuickScanSummary(s.catalog, quick, e, roadmap);
  const std::string german = QuickScanSummary(s.catalog, quick, e, roadmap, German());
  EXPECT_TRUE(Contains(english, "Readiness: "));
  EXPECT_TRUE(Contains(german, "Zertifizierungsreife: ")) << german;
  EXPECT_TRUE(Contains(german, "Warum: Höchstens") || Contains(german, "Warum: Die Gesamt"))
      << german;
  for (const char* english_words : {"Readiness", "Why:", "person-days", "Top gaps", "quick scan"}) {
    EXPECT_FALSE(Contains(german, english_words)) << english_words << "\n" << german;
  }
}

// The same checks as ProfileError, so the same problem is named in every language.
TEST(WordingLanguage, ProfileErrorsAreTheDocumentsInEnglish) {
  std::vector<Profile> wrong(4);
  wrong[0].organisation = std::string(kMaxTextFieldChars + 1, 'x');
  wrong[1].services = {false, false, false};
  wrong[2].target_maturity = 7;
  wrong[3].capacity_days_per_month = 0;
  for (const Profile& profile : wrong) {
    ASSERT_NE(ProfileError(profile), "");
    EXPECT_EQ(ProfileErrorWords(profile), ProfileError(profile));
    EXPECT_NE(ProfileErrorWords(profile, German()), ProfileError(profile));
  }
  EXPECT_EQ(ProfileErrorWords(wrong[2], French()),
            "le niveau de maturité cible doit être compris entre 1 et 5, et non 7");
  EXPECT_EQ(ProfileErrorWords(Profile{}, German()), "");
}

// A comparison keeps the file's names; people read them as words.
TEST(WordingLanguage, ProfileChangesInWords) {
  Assessment before = ExampleAssessment();
  Assessment after = before;
  after.profile.role = RoleScope::kProvider;
  after.profile.services = {true, false, true};
  after.profile.isms = IsmsState::kCertified;
  const Comparison c = Compare(BuiltinCatalog(), before, after);
  std::vector<std::string> english, german;
  for (const ProfileChange& p : c.profile) {
    english.push_back(ProfileChangeWords(p));
    german.push_back(ProfileChangeWords(p, German()));
  }
  ASSERT_EQ(english.size(), 3u);
  EXPECT_EQ(english[0], "Role: cloud service customer → cloud service provider");
  EXPECT_EQ(english[1], "Service models: IaaS, PaaS, SaaS → IaaS, SaaS");
  EXPECT_EQ(german[0], "Rolle: Cloud-Kunde → Cloud-Anbieter");
  EXPECT_EQ(german[2], "ISO/IEC 27001: noch kein ISMS → zertifiziertes ISMS");
}

}  // namespace
}  // namespace cloudgap
