// The app in German and French (ui/language_choice.h, ui/tr.h): which language
// it picks, how a language's words arrive, and that a language changes words
// only, never an answer, a score or a saved document.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "core/catalog/catalog_loader.h"
#include "core/document/assessment.h"
#include "core/document/document_json.h"
#include "core/engine/readiness.h"
#include "core/testing/test_source_dir.h"
#include "core/text/score_format.h"
#include "ui/language_choice.h"
#include "ui/language_fixture.h"
#include "ui/languages.h"
#include "ui/tr.h"

namespace cloudgap::ui {
namespace {

const UiLanguage& German() {
  return *FindUiLanguage("de");
}
const UiLanguage& French() {
  return *FindUiLanguage("fr");
}

// Serves the site's files as the build made them; English again after each test.
class LanguageTest : public SiteLanguagesFixture {};

TEST(Languages, TheBrowsersFirstLanguageTheAppSpeaksWins) {
  EXPECT_EQ(LanguageForPreferences({"de-CH", "en"}).tag, std::string("de"));
  EXPECT_EQ(LanguageForPreferences({"FR-ca"}).tag, std::string("fr"));
  EXPECT_EQ(LanguageForPreferences({"ja", "fr", "de"}).tag, std::string("fr"));
  EXPECT_EQ(LanguageForPreferences({"ja", "pt_BR"}).tag, std::string("en"));
  EXPECT_EQ(LanguageForPreferences({}).tag, std::string("en"));
  EXPECT_EQ(FindUiLanguage("deu"), nullptr) << "a primary tag, not a prefix";
  EXPECT_EQ(FindUiLanguage(""), nullptr);
}

TEST(Languages, EveryLanguageHasBothFilesAndEnglishNeedsNone) {
  ASSERT_GE(kUiLanguageCount, 3u);
  EXPECT_EQ(&EnglishLanguage(), &kUiLanguages[0]);
  EXPECT_STREQ(EnglishLanguage().messages_file, "");
  for (size_t i = 1; i < kUiLanguageCount; ++i) {
    const MessageCatalogLoad load =
        LoadMessageCatalog(ReadLanguageFile(kUiLanguages[i].messages_file));
    EXPECT_EQ(load.problem, InputProblem::kNone) << kUiLanguages[i].tag;
    EXPECT_EQ(load.catalog.language(), kUiLanguages[i].tag);
    EXPECT_GT(load.catalog.size(), 100u);
  }
}

TEST_F(LanguageTest, FollowsTheBrowserAndSpeaksOnceTheWordsAreIn) {
  LanguageChoice choice(fake_.storage, fake_.site_files);
  choice.FollowBrowser({"de-DE", "en-US"});
  EXPECT_EQ(&choice.wanted(), &German());
  EXPECT_EQ(&choice.current(), &EnglishLanguage()) << "not before the words arrive";
  EXPECT_FALSE(choice.Apply());
  EXPECT_STREQ(Tr("Start quick scan"), "Start quick scan");
  ASSERT_EQ(fake_.site_files.RunPending(), 1);
  EXPECT_EQ(fake_.site_files.fetched, std::vector<std::string>{German().messages_file});
  EXPECT_STREQ(Tr("Start quick scan"), "Start quick scan") << "only between frames";
  EXPECT_TRUE(choice.Apply());
  EXPECT_EQ(&choice.current(), &German());
  EXPECT_STREQ(Tr("Start quick scan"), "Schnellcheck starten");
  EXPECT_EQ(Tr("Language: {language}", {{"language", "Deutsch"}}), "Sprache: Deutsch");
  EXPECT_FALSE(choice.picked());
  EXPECT_FALSE(fake_.storage.Read(kLanguageKey)) << "following the browser keeps nothing";
}

TEST_F(LanguageTest, APickIsKeptAndWinsOverTheBrowserNextTime) {
  {
    LanguageChoice choice(fake_.storage, fake_.site_files);
    choice.Choose("fr");
    fake_.site_files.RunPending();
    EXPECT_TRUE(choice.Apply());
    EXPECT_STREQ(Tr("Start quick scan"), "Lancer le diagnostic rapide");
  }
  EXPECT_EQ(fake_.storage.Read(kLanguageKey), std::optional<std::string>("fr"));
  SetUiMessages(MessageCatalog());
  LanguageChoice next(fake_.storage, fake_.site_files);
  next.FollowBrowser({"de"});
  EXPECT_EQ(&next.wanted(), &French());
  fake_.site_files.RunPending();
  EXPECT_TRUE(next.Apply());
  EXPECT_EQ(&next.current(), &French());
  next.Choose("en");  // English needs no download.
  EXPECT_TRUE(next.Apply());
  EXPECT_STREQ(Tr("Start quick scan"), "Start quick scan");
  EXPECT_EQ(fake_.storage.Read(kLanguageKey), std::optional<std::string>("en"));
}

TEST_F(LanguageTest, AFailedOrWrongDownloadSaysSoAndKeepsTheLanguageShown) {
  fake_.site_files.files.erase(German().messages_file);
  LanguageChoice choice(fake_.storage, fake_.site_files);
  choice.Choose("de");
  fake_.site_files.RunPending();
  EXPECT_FALSE(choice.Apply());
  EXPECT_EQ(&choice.current(), &EnglishLanguage());
  EXPECT_NE(choice.problem().find("The words for Deutsch could not be downloaded"),
            std::string::npos)
      << choice.problem();
  // French's file where German's should be: refused, not shown as German.
  fake_.site_files.files[German().messages_file] = ReadLanguageFile(French().messages_file);
  choice.Choose("de");
  EXPECT_TRUE(choice.problem().empty()) << "a new request clears the old problem";
  fake_.site_files.RunPending();
  EXPECT_FALSE(choice.Apply());
  EXPECT_NE(choice.problem().find("do not fit this version"), std::string::npos);
  choice.Choose("xx");
  EXPECT_EQ(&choice.wanted(), &German()) << "an unknown tag changes nothing";
}

TEST_F(LanguageTest, ALaterPickWinsOverAnEarlierOneStillOnItsWay) {
  LanguageChoice choice(fake_.storage, fake_.site_files);
  choice.Choose("de");
  choice.Choose("fr");
  fake_.site_files.RunPending();  // German's words arrive after French was picked.
  EXPECT_TRUE(choice.Apply());
  EXPECT_EQ(&choice.current(), &French());
  EXPECT_FALSE(choice.Apply());
}

// The readiness tier's reasons are the core's (ReadinessReasonText) in the language
// shown: in English as the reports say them, and in each language with its own numbers.
TEST_F(LanguageTest, TheReadinessReasonsSpeakTheLanguageWithItsNumbers) {
  const Catalog& catalog = BuiltinCatalog();
  ReadinessReason score;
  score.rule = ReadinessReason::Rule::kScore;
  score.tier = Readiness::kClose;
  score.score = 62.25;
  ReadinessReason critical;
  critical.rule = ReadinessReason::Rule::kHighRiskAtMaturity0Or1;
  critical.tier = Readiness::kSignificantGaps;
  critical.controls = {0, 1, 2, 3, 4};
  ReadinessReason unanswered;
  unanswered.rule = ReadinessReason::Rule::kUnanswered;
  unanswered.tier = Readiness::kClose;
  unanswered.count = 1;
  unanswered.asked = 1200;
  const auto shown = [&](const ReadinessReason& r) {
    return ReadinessReasonText(catalog, r, UiMessages());
  };
  for (const ReadinessReason& r : {score, critical}) {
    EXPECT_EQ(shown(r), ReadinessReasonText(catalog, r)) << "English";
  }
  EXPECT_EQ(shown(unanswered), "At most Close: 1 of 1,200 questions is unanswered.");

  LanguageChoice choice(fake_.storage, fake_.site_files);
  choice.Choose("de");
  fake_.site_files.RunPending();
  ASSERT_TRUE(choice.Apply());
  EXPECT_EQ(shown(score),
            "Die Gesamtpunktzahl 62,3 von 100 ergibt Fast bereit (ab 80 auditbereit, ab 60 fast "
            "bereit, ab 30 erhebliche Lücken).");
  const std::string named = shown(critical);
  EXPECT_EQ(named.rfind("Höchstens Erhebliche Lücken: ", 0), 0u) << named;
  EXPECT_NE(named.find(" und 2 weitere."), std::string::npos) << named;
  EXPECT_EQ(shown(unanswered), "Höchstens Fast bereit: 1 von 1.200 Fragen ist unbeantwortet.");
}

class LanguageUiTest : public LanguageAppFixture {};

TEST_F(LanguageUiTest, TheWelcomeScreenSpeaksTheBrowsersLanguage) {
  app_.SetBrowserLanguages({"de-AT", "en"});
  Frame();
  Deliver();
  EXPECT_NE(ui_.items().Find("Schnellcheck starten"), nullptr);
  EXPECT_NE(ui_.items().Find("Deutsch##language"), nullptr);
  EXPECT_NE(ui_.items().Find("Français##language"), nullptr);
  EXPECT_EQ(ui_.items().Find("Start quick scan"), nullptr);
  EXPECT_EQ(fake_.site_files.fetched, std::vector<std::string>{German().messages_file})
      << "the welcome screen needs none of the catalog's words";
}

// The web runner's small first-visit atlas holds the English welcome's letters;
// German words arriving before it is completed need the full one.
TEST_F(LanguageUiTest, AFirstVisitsSmallAtlasSufficesOnlyUntilAnotherLanguageArrives) {
  app_.SetBrowserLanguages({"de"});
  EXPECT_TRUE(app_.FirstVisitTextSuffices());
  Frame();
  EXPECT_TRUE(app_.FirstVisitTextSuffices());  // Its words are on their way.
  Deliver();
  EXPECT_NE(ui_.items().Find("Schnellcheck starten"), nullptr);
  EXPECT_FALSE(app_.FirstVisitTextSuffices());
}

TEST_F(LanguageUiTest, AClickOnTheWelcomeScreenPicksALanguageForGood) {
  app_.SetBrowserLanguages({"de"});
  Frame();
  Deliver();
  ASSERT_TRUE(Click("Français##language"));
  Deliver();
  EXPECT_EQ(app_.language().current().tag, std::string("fr"));
  EXPECT_NE(ui_.items().Find("Lancer le diagnostic rapide"), nullptr);
  EXPECT_EQ(fake_.storage.Read(kLanguageKey), std::optional<std::string>("fr"));
  EXPECT_NE(app_.WhereJson().find(R"("language":"fr")"), std::string::npos) << app_.WhereJson();
  ASSERT_TRUE(Click("English##language"));
  Frame();
  EXPECT_NE(ui_.items().Find("Start quick scan"), nullptr);
}

TEST_F(LanguageUiTest, TheProfileOffersTheLanguagesToo) {
  Frame();
  ASSERT_TRUE(Click("Start full assessment"));
  ASSERT_EQ(app_.screen(), Screen::kProfile);
  ASSERT_TRUE(Click("Deutsch##language"));
  Deliver();
  EXPECT_EQ(app_.language().current().tag, std::string("de"));
  EXPECT_NE(ui_.items().Find("Weiter zu den Fragen"), nullptr);
  EXPECT_EQ(app_.screen(), Screen::kProfile) << "a language changes no screen";
}

TEST_F(LanguageUiTest, TheCatalogSpeaksItTooAndNoScoreChanges) {
  Frame();
  ASSERT_TRUE(Click("Start quick scan"));
  ASSERT_TRUE(Click("Continue to the questions"));
  Deliver();
  const Catalog& english = app_.session().catalog();
  const std::string english_title = english.controls[0].title;
  ASSERT_EQ(english.controls[0].objective, BuiltinCatalog().controls[0].objective);
  ASSERT_TRUE(
      Click("No##" + english.controls[app_.session().scoped_controls()[0]].quick_questions[0].id));
  const std::optional<double> score = app_.session().evaluation().overall.score;
  const std::string document = app_.DocumentJson();
  const auto revision = app_.session().revision();

  app_.SetBrowserLanguages({"fr"});  // Only a pick would win over the browser.
  Frame();
  Deliver();
  EXPECT_EQ(app_.language().current().tag, std::string("fr"));
  EXPECT_EQ(&app_.session().catalog_language(), &French());
  const Catalog& french = app_.session().catalog();
  EXPECT_NE(french.controls[0].title, english_title);
  EXPECT_EQ(french.sha256, BuiltinCatalog().sha256);
  EXPECT_EQ(app_.session().evaluation().overall.score, score);
  EXPECT_EQ(app_.DocumentJson(), document) << "a language is not part of the document";
  EXPECT_EQ(app_.session().revision(), revision) << "nothing new to save";
  EXPECT_EQ(std::count(fake_.site_files.fetched.begin(), fake_.site_files.fetched.end(),
                       BuiltinCatalogStructure().text_file),
            1)
      << "English's words were fetched once, for the English screens only";
}

// What changed since an earlier catalog version is the core's words
// (DescribeUpgrade), worded where it is shown: a notice opened in English
// speaks German once German is shown, its summary and every line, and a file
// opened in German says so in German at once.
TEST_F(LanguageUiTest, TheCatalogsChangesSpeakTheLanguageShownNow) {
  std::string old;
  ASSERT_TRUE(ReadSourceFile("tests/catalog/assessment-catalog-1.0.json", &old));
  const auto shown = [this](const std::string& start) {
    std::vector<std::string> out;
    for (const ItemRecord& item : ui_.items().LastFrame()) {
      if (item.label.rfind(start, 0) == 0) out.push_back(item.label);
    }
    return out;
  };
  Frame();
  fake_.files.Deliver({"old.json", old});
  Frame();
  Deliver();
  ASSERT_EQ(shown("It was made with catalog iso27017 1.0.0 and opened with ").size(), 1u);
  ASSERT_EQ(shown("Answers no longer asked (").size(), 1u);

  app_.SetBrowserLanguages({"de"});
  Frame();
  Deliver();
  ASSERT_EQ(app_.language().current().tag, std::string("de"));
  EXPECT_EQ(shown("It was ").size(), 0u);
  const std::vector<std::string> summary =
      shown("Die Bewertung wurde mit Katalog iso27017 1.0.0 erstellt und mit ");
  ASSERT_EQ(summary.size(), 1u);
  EXPECT_NE(summary[0].find(" Antworten übernommen, "), std::string::npos) << summary[0];
  const std::vector<std::string> list = shown("Antworten auf nicht mehr gestellte Fragen (");
  ASSERT_EQ(list.size(), 1u);
  ASSERT_TRUE(Click(list[0]));
  Frame();
  const std::vector<std::string> lines = shown("Antwort auf ");
  EXPECT_GT(lines.size(), 10u);
  for (const std::string& line : lines) {
    EXPECT_NE(line.find("(war: Teilweise); die Frage wurde ersetzt durch "), std::string::npos)
        << line;
  }
  EXPECT_EQ(shown("dropped ").size(), 0u);

  // Opened in German: the note that says so is German too.
  fake_.files.Deliver({"old.json", old});
  Frame();
  Frame();
  const std::string& note = fake_.announcer.messages.back();
  EXPECT_NE(note.find("Hinweis: mit Katalog iso27017 1.0.0 erstellt und mit "), std::string::npos)
      << note;
  EXPECT_EQ(note.find("made with"), std::string::npos) << note;
}

// A broken file opened in German says what is wrong in German: the reader's
// reason and its "<pointer>: " framing, with the value and the pointer as
// written in the file (core/document/document_parse_language_test.cc has more).
TEST_F(LanguageUiTest, ABrokenFileSaysWhatIsWrongInTheLanguageShown) {
  nlohmann::json doc = nlohmann::json::parse(SerializeAssessmentDocument(
      NewAssessment(BuiltinCatalog(), Profile{}, "2024-03-01T12:00:00Z")));
  doc["profile"]["role"] = "cso";
  app_.SetBrowserLanguages({"de"});
  Frame();
  Deliver();
  ASSERT_EQ(app_.language().current().tag, std::string("de"));
  fake_.files.Deliver({"kaputt.json", doc.dump(2)});
  Frame();
  Frame();
  ASSERT_FALSE(fake_.announcer.messages.empty());
  const std::string& said = fake_.announcer.messages.back();
  EXPECT_NE(said.find("kaputt.json"), std::string::npos) << said;
  EXPECT_NE(said.find("/profile/role: 'cso' ist keine Rolle (erwartet wird csc, csp oder both)"),
            std::string::npos)
      << said;
  EXPECT_EQ(said.find("is not a role"), std::string::npos) << said;
  EXPECT_FALSE(app_.session().active()) << "nothing was opened";
}

// The results speak the language shown: the readiness reason and the overall
// score's explanation are the core's sentences in German, with German numbers.
TEST_F(LanguageUiTest, TheResultsExplainTheScoreInTheLanguageShown) {
  Frame();
  ASSERT_TRUE(Click("Try a sample"));
  ASSERT_EQ(app_.screen(), Screen::kResults);
  app_.SetBrowserLanguages({"de"});
  Frame();
  Deliver();
  ASSERT_EQ(app_.language().current().tag, std::string("de"));
  ASSERT_TRUE(Click("Wie die Gesamtpunktzahl entsteht"));
  Frame();
  const auto shown = [this](const std::string& start) {
    for (const ItemRecord& item : ui_.items().LastFrame()) {
      if (item.label.rfind(start, 0) == 0) return item.label;
    }
    return std::string();
  };
  const std::string reason = shown("Höchstens Erhebliche Lücken: ");
  EXPECT_NE(reason, "") << "the readiness reason in German";
  const std::string overall = shown("Gesamtpunktzahl ");
  EXPECT_NE(overall, "") << "the explanation in German";
  const Evaluation& e = app_.session().evaluation();
  EXPECT_NE(overall.find(FormatScore(*e.overall.score, "de")), std::string::npos) << overall;
  EXPECT_EQ(shown("At most "), "");
  EXPECT_EQ(shown("Overall score "), "");
}

}  // namespace
}  // namespace cloudgap::ui
