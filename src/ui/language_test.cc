// The app in German and French (ui/language_choice.h, ui/tr.h): which language
// it picks, how a language's words arrive, and that a language changes words
// only, never an answer, a score or a saved document.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "core/catalog/catalog_embedded.h"
#include "core/catalog/catalog_loader.h"
#include "core/engine/readiness.h"
#include "core/testing/builtin_catalog_text.h"
#include "core/text/score_format.h"
#include "platform/fake_platform.h"
#include "ui/app_ui.h"
#include "ui/headless_ui.h"
#include "ui/language_choice.h"
#include "ui/languages.h"
#include "ui/tr.h"

namespace cloudgap::ui {
namespace {

std::string ReadLanguageFile(const std::string& name) {
  std::ifstream in(std::string(CLOUDGAP_TEST_LANGUAGE_DIR) + "/" + name, std::ios::binary);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

const UiLanguage& German() {
  return *FindUiLanguage("de");
}
const UiLanguage& French() {
  return *FindUiLanguage("fr");
}

// Serves the site's files as the build made them; English again after each test.
class LanguageTest : public ::testing::Test {
 protected:
  LanguageTest() {
    fake_.site_files.files[BuiltinCatalogStructure().text_file] =
        std::string(BuiltinCatalogTextJson());
    for (size_t i = 1; i < kUiLanguageCount; ++i) {
      for (const char* name : {kUiLanguages[i].messages_file, kUiLanguages[i].catalog_file}) {
        fake_.site_files.files[name] = ReadLanguageFile(name);
      }
    }
  }
  ~LanguageTest() override { SetUiMessages(MessageCatalog()); }

  FakePlatform fake_;
};

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

class LanguageUiTest : public LanguageTest {
 protected:
  void Frame() {
    ui_.Frame([this] { app_.Frame(); });
  }
  bool Click(const std::string& label) {
    return ui_.Click(label, [this] { app_.Frame(); });
  }
  // Delivers every download asked for and draws the frames that take them in.
  void Deliver() {
    while (fake_.site_files.RunPending() > 0) Frame();
    Frame();
  }

  HeadlessUi ui_{1280, 2400};
  AppUi app_{fake_.platform, BuiltinCatalogStructure()};
};

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
