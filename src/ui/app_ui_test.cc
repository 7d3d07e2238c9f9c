#include "ui/app_ui.h"

#include <gtest/gtest.h>
#include <imgui.h>

#include <algorithm>
#include <set>
#include <string>
#include <utility>

#include "core/catalog/catalog_loader.h"
#include "core/document/applicability.h"
#include "core/testing/enum_text_testing.h"
#include "core/testing/test_source_dir.h"
#include "platform/fake_platform.h"
#include "ui/app_ui_fixture.h"
#include "ui/branding.h"
#include "ui/fonts.h"
#include "ui/headless_ui.h"

namespace cloudgap::ui {
namespace {

class AppUiTest : public AppUiFixture {
 protected:
  AppUiTest() : AppUiFixture(2000) {}

  const Control& CurrentControl() const {
    const Session& s = app_.session();
    return s.catalog().controls[s.scoped_controls()[app_.current_control()]];
  }
  std::vector<const Question*> AskedQuestions() const {
    std::vector<const Question*> asked;
    ForEachAskedQuestion(app_.session().assessment().profile, CurrentControl(),
                         [&](const Question& q) { asked.push_back(&q); });
    return asked;
  }
  Answer AnswerTo(const std::string& id) const { return app_.session().assessment().AnswerTo(id); }

  void StartQuickScanAtQuestions() {
    Frame();
    ASSERT_TRUE(Click("Start quick scan"));
    ASSERT_TRUE(Click("Continue to the questions"));
    ASSERT_EQ(app_.screen(), Screen::kQuestionnaire);
  }
};

// The web app's first frame must not wait for the catalog (ui/catalog_source.h).
TEST(AppUiStartTest, AFirstVisitDrawsTheWelcomeScreenWithoutTheCatalog) {
  HeadlessUi ui(1280, 2000);
  FakePlatform fake;
  int loads = 0;
  AppUi app(fake.platform, CatalogSource([&]() -> const Catalog& {
              ++loads;
              return BuiltinCatalog();
            }));
  const auto frame = [&] { app.Frame(); };
  for (int i = 0; i < 3; ++i) ui.Frame(frame);
  EXPECT_EQ(app.screen(), Screen::kWelcome);
  EXPECT_NE(ui.items().Find("Start full assessment"), nullptr);
  EXPECT_FALSE(app.catalog_loaded());
  app.PrepareCatalog();
  EXPECT_TRUE(app.catalog_loaded());
  ASSERT_TRUE(ui.Click("Start full assessment", frame));
  EXPECT_EQ(app.screen(), Screen::kProfile);
  EXPECT_EQ(loads, 1);
}

// Whether the web runner may rasterise fewer glyphs before the first frame.
TEST(AppUiStartTest, OnlyAFirstVisitWithoutALinkShowsOnlyTheAppsOwnWords) {
  FakePlatform fresh;
  AppUi first_visit(fresh.platform, BuiltinCatalog());
  EXPECT_TRUE(first_visit.FirstFrameShowsOnlyOwnText());

  FakePlatform kept;
  kept.storage.Write(std::string(kStoragePrefix) + "index", "{}");
  EXPECT_FALSE(AppUi(kept.platform, BuiltinCatalog()).FirstFrameShowsOnlyOwnText());

  FakePlatform linked;
  linked.location.fragment = "s=v1.abc";
  EXPECT_FALSE(AppUi(linked.platform, BuiltinCatalog()).FirstFrameShowsOnlyOwnText());

  HeadlessUi ui(1280, 800);
  ui.Frame([&] { first_visit.Frame(); });
  EXPECT_FALSE(first_visit.FirstFrameShowsOnlyOwnText());  // Asked before the first frame only.
}

// Vertices of a first visit's first frame, with the first-frame atlas or the
// full one. With no fallback glyph a missing character draws nothing, so equal
// counts mean the first frame found every glyph it needed in the smaller atlas.
int FirstFrameVertices(bool first_frame_atlas, bool storage_available,
                       const FirstFrameText* host_text = nullptr) {
  HeadlessUi ui(1280, 800);
  FakePlatform fake;
  fake.storage.available = storage_available;
  AppUi app(fake.platform, BuiltinCatalog());
  EXPECT_TRUE(app.FirstFrameShowsOnlyOwnText());
  const FirstFrameText text = host_text ? *host_text : AppUi::FirstVisitText();
  const Fonts& fonts = first_frame_atlas ? LoadFonts(1.0f, &text) : LoadFonts(1.0f);
  EXPECT_TRUE(ImGui::GetIO().Fonts->Build());
  for (ImFont* font : {fonts.body, fonts.strong, fonts.heading, fonts.title}) {
    font->FallbackGlyph = nullptr;
  }
  ui.Frame([&] { app.Frame(); });
  return ImGui::GetDrawData()->TotalVtxCount;
}

TEST(AppUiStartTest, AFirstVisitsFirstFrameNeedsNoGlyphTheFirstFrameAtlasLacks) {
  for (bool storage : {true, false}) {
    const int full = FirstFrameVertices(false, storage);
    EXPECT_GT(full, 1000);
    EXPECT_EQ(FirstFrameVertices(true, storage), full) << "storage available: " << storage;
  }
  // The check itself: a host's name with a letter the atlas was not given.
  Branding zurich;
  zurich.product_name = "Z\u00fcrich Cloud";
  SetBranding(zurich);
  const int full = FirstFrameVertices(false, true);
  FirstFrameText without_u = AppUi::FirstVisitText();
  for (std::string* text : {&without_u.any_size, &without_u.large}) {
    text->replace(text->find("Z\u00fcrich"), 7, "Zurich");
  }
  EXPECT_LT(FirstFrameVertices(true, true, &without_u), full);
  EXPECT_EQ(FirstFrameVertices(true, true), full);
  SetBranding(Branding());
}

// The point of the first-frame atlas: far fewer glyphs, above all at the large
// sizes, whose glyphs cost the most pixels each.
TEST(AppUiStartTest, AFirstVisitsAtlasHoldsFewGlyphsAndTheLargeSizesOnlyTheWelcomesWords) {
  HeadlessUi ui(1280, 800);
  ImFontAtlas* atlas = ImGui::GetIO().Fonts;
  const FirstFrameText text = AppUi::FirstVisitText();
  const Fonts& first = LoadFonts(1.0f, &text);
  ASSERT_TRUE(atlas->Build());
  const int first_body = first.body->Glyphs.Size, first_title = first.title->Glyphs.Size;
  const int first_heading = first.heading->Glyphs.Size;
  const int first_pixels = atlas->TexWidth * atlas->TexHeight;
  const Fonts& full = LoadFonts(1.0f);
  ASSERT_TRUE(atlas->Build());
  EXPECT_LT(first_body * 2, full.body->Glyphs.Size);
  EXPECT_LT(first_heading * 4, full.heading->Glyphs.Size);
  EXPECT_LT(first_title * 6, full.title->Glyphs.Size);
  EXPECT_LT(first_pixels * 3, atlas->TexWidth * atlas->TexHeight);
  LoadFonts(1.0f);
}

TEST_F(AppUiTest, WelcomeOffersBothModesAndNoDocumentYet) {
  Frame();
  EXPECT_EQ(app_.screen(), Screen::kWelcome);
  EXPECT_NE(ui_.items().Find("Start quick scan"), nullptr);
  EXPECT_NE(ui_.items().Find("Start full assessment"), nullptr);
  EXPECT_EQ(app_.DocumentJson(), "{}");
}

TEST_F(AppUiTest, StartingAScanOpensTheProfileAndAnnouncesIt) {
  Frame();
  ASSERT_TRUE(Click("Start quick scan"));
  EXPECT_EQ(app_.screen(), Screen::kProfile);
  EXPECT_EQ(fake_.announcer.messages.back(), "Profile screen");
  EXPECT_EQ(app_.session().assessment().profile.mode, AssessmentMode::kQuick);
  EXPECT_NE(app_.DocumentJson().find("\"mode\":\"quick\""), std::string::npos);
}

TEST_F(AppUiTest, ProfileChangesApplyAtOnce) {
  Frame();
  ASSERT_TRUE(Click("Start full assessment"));
  ASSERT_TRUE(Click("Cloud provider"));
  EXPECT_EQ(app_.session().assessment().profile.role, RoleScope::kProvider);
  ASSERT_TRUE(Click("PaaS (platform)"));
  EXPECT_FALSE(app_.session().assessment().profile.services[1]);
}

TEST_F(AppUiTest, AProviderCanSayItRunsOnAnotherProvidersInfrastructure) {
  Frame();
  ASSERT_TRUE(Click("Start full assessment"));
  Frame();
  // A customer is not asked: the question is about the provider's own layers.
  EXPECT_EQ(ui_.items().Find("We run on another provider's infrastructure"), nullptr);
  ASSERT_TRUE(Click("Cloud provider"));
  ASSERT_TRUE(Click("We run on another provider's infrastructure"));
  EXPECT_TRUE(app_.session().assessment().profile.upstream_infrastructure);
  EXPECT_NE(app_.DocumentJson().find("\"upstream_infrastructure\":true"), std::string::npos);
}

TEST_F(AppUiTest, OpeningAnAssessmentOfAnEarlierCatalogListsWhatChanged) {
  StartQuickScanAtQuestions();
  std::string old;
  ASSERT_TRUE(ReadSourceFile("tests/catalog/assessment-catalog-1.0.json", &old));
  fake_.files.Deliver({"old.json", old});
  Frame();
  Frame();
  EXPECT_NE(fake_.announcer.messages.back().find("made with catalog iso27017 1.0.0"),
            std::string::npos)
      << fake_.announcer.messages.back();
  EXPECT_LT(fake_.announcer.messages.back().size(), 400u);  // The list is on screen, not read out.
  EXPECT_EQ(app_.session().assessment().catalog_version, BuiltinCatalog().version);
  bool listed = false;
  for (const ItemRecord& item : ui_.items().LastFrame()) {
    listed = listed || item.label.rfind("Answers no longer asked (", 0) == 0;
  }
  EXPECT_TRUE(listed);
  ASSERT_TRUE(Click("Got it"));
  Frame();
  EXPECT_EQ(ui_.items().Find("Got it"), nullptr);
}

TEST_F(AppUiTest, AnswerButtonsRecordAndToggle) {
  StartQuickScanAtQuestions();
  const Question* q = AskedQuestions().at(0);
  ASSERT_TRUE(Click("Partly##" + q->id));
  EXPECT_EQ(AnswerTo(q->id), Answer::kPartly);
  ASSERT_TRUE(Click("Partly##" + q->id));
  EXPECT_EQ(AnswerTo(q->id), Answer::kUnanswered);
}

TEST_F(AppUiTest, NotApplicableWaitsForAJustification) {
  StartQuickScanAtQuestions();
  const Question* q = AskedQuestions().at(0);
  ASSERT_TRUE(Click("N/A##" + q->id));
  EXPECT_EQ(AnswerTo(q->id), Answer::kUnanswered);  // Not recorded without a reason.
  ASSERT_TRUE(Click("##justification"));
  Type("We run no servers of our own — SaaS only");
  EXPECT_EQ(AnswerTo(q->id), Answer::kNotApplicable);
  EXPECT_EQ(app_.session().assessment().answers.at(q->id).justification,
            "We run no servers of our own — SaaS only");
}

TEST_F(AppUiTest, KeyboardAloneAnswersAndMovesBetweenControls) {
  StartQuickScanAtQuestions();
  const std::string first = AskedQuestions().at(0)->id;
  Press('N');
  EXPECT_EQ(AnswerTo(first), Answer::kNo);
  Press(ImGuiKey_PageDown);  // HeadlessUi maps ImGuiKey_X to key index X.
  EXPECT_EQ(app_.current_control(), 1u);
  const std::string second = AskedQuestions().at(0)->id;
  Press('Y');
  EXPECT_EQ(AnswerTo(second), Answer::kYes);
  Press(ImGuiKey_PageUp);
  EXPECT_EQ(app_.current_control(), 0u);
}

TEST_F(AppUiTest, TheLetterKeysCanBeTurnedOffForGood) {
  StartQuickScanAtQuestions();
  const std::string first = AskedQuestions().at(0)->id;
  ASSERT_TRUE(Click("Letter keys answer and move (Y, P, N, D, J, K)###letter-keys"));
  EXPECT_EQ(fake_.storage.Read(kLetterKeysKey), std::optional<std::string>("off"));
  Press('N');
  EXPECT_EQ(AnswerTo(first), Answer::kUnanswered)
      << "a letter typed by speech input answers nothing";
  Press(ImGuiKey_PageDown);
  EXPECT_EQ(app_.current_control(), 1u) << "Page Down is no letter: it still moves";

  // The pick is kept: the next visit starts with the keys off.
  AppUi again(fake_.platform, BuiltinCatalog());
  const auto draw = [&] { again.Frame(); };
  for (int i = 0; i < 3; ++i) ui_.Frame(draw);
  if (again.screen() == Screen::kWelcome) {
    ASSERT_TRUE(ui_.Click("Start quick scan", draw));
    ASSERT_TRUE(ui_.Click("Continue to the questions", draw));
  }
  ASSERT_EQ(again.screen(), Screen::kQuestionnaire);
  const std::string asked = again.session()
                                .catalog()
                                .controls[again.session().scoped_controls()[0]]
                                .quick_questions[0]
                                .id;
  const ItemRecord* box =
      ui_.items().Find("Letter keys answer and move (Y, P, N, D, J, K)###letter-keys");
  ASSERT_NE(box, nullptr);
  EXPECT_EQ(box->checked, 0);
  ui_.PressKey('N', draw);
  EXPECT_EQ(again.session().assessment().answers.count(asked), 0u);
}

TEST_F(AppUiTest, QuickScanEndsInASummaryThatCanBeCopied) {
  StartQuickScanAtQuestions();
  const size_t controls = app_.session().scoped_controls().size();
  for (size_t i = 0; i < controls; ++i) {
    // One quick question per role and service model where the practice differs:
    // answering one moves the focus to the next.
    const size_t asked = AskedQuestions().size();
    for (size_t k = 0; k < asked; ++k) Press(i % 3 == 0 ? 'N' : 'Y');
    if (i + 1 < controls) Press(ImGuiKey_PageDown);
  }
  EXPECT_DOUBLE_EQ(app_.session().evaluation().overall.completion, 100.0);
  ASSERT_TRUE(Click("See the results"));
  EXPECT_EQ(app_.screen(), Screen::kQuickResult);
  ASSERT_TRUE(Click("Copy summary"));
  EXPECT_NE(fake_.clipboard.text.find("Top gaps to close first"), std::string::npos);
}

TEST_F(AppUiTest, SampleShowsResultsAndRoadmap) {
  Frame();
  ASSERT_TRUE(Click("Try a sample"));
  EXPECT_EQ(app_.screen(), Screen::kResults);
  Frame();
  EXPECT_NE(ui_.items().Find("chart:overall"), nullptr);
  ASSERT_TRUE(Click("Roadmap"));
  EXPECT_EQ(app_.screen(), Screen::kRoadmap);
  const int capacity = app_.session().assessment().profile.capacity_days_per_month;
  ASSERT_TRUE(Click("5##roadmap-target"));
  EXPECT_EQ(app_.session().assessment().profile.target_maturity, 5);
  EXPECT_EQ(app_.session().assessment().profile.capacity_days_per_month, capacity);
}

// The display's background is the renderer's clear (app/web_runner.cc): a
// window painting it again costs SwiftShader a blended pass over every pixel,
// a third of the GPU's work per frame (BENCHMARKS.md).
size_t TrianglesCoveringTheDisplay() {
  const ImDrawData& data = *ImGui::GetDrawData();
  size_t covering = 0;
  for (int n = 0; n < data.CmdListsCount; ++n) {
    const ImDrawList& list = *data.CmdLists[n];
    for (int i = 0; i + 2 < list.IdxBuffer.Size; i += 3) {
      ImVec2 lo(1e9f, 1e9f), hi(-1e9f, -1e9f);
      for (int k = 0; k < 3; ++k) {
        const ImVec2 p = list.VtxBuffer[list.IdxBuffer[i + k]].pos;
        lo = ImVec2(std::min(lo.x, p.x), std::min(lo.y, p.y));
        hi = ImVec2(std::max(hi.x, p.x), std::max(hi.y, p.y));
      }
      if (lo.x <= data.DisplayPos.x && lo.y <= data.DisplayPos.y &&
          hi.x >= data.DisplayPos.x + data.DisplaySize.x &&
          hi.y >= data.DisplayPos.y + data.DisplaySize.y) {
        ++covering;
      }
    }
  }
  return covering;
}

TEST_F(AppUiTest, NoScreenPaintsTheWholeDisplayOverTheClear) {
  Frame();
  EXPECT_GT(ImGui::GetDrawData()->TotalVtxCount, 0);
  EXPECT_EQ(TrianglesCoveringTheDisplay(), 0u) << "welcome";
  ASSERT_TRUE(Click("Try a sample"));
  for (const char* screen : {"Results", "Questions", "Roadmap"}) {
    ASSERT_TRUE(Click(screen));
    Frame();
    EXPECT_EQ(TrianglesCoveringTheDisplay(), 0u) << screen;
  }
}

TEST_F(AppUiTest, CapacityIsAWholeNumberTypedOrStepped) {
  Frame();
  ASSERT_TRUE(Click("Try a sample"));
  ASSERT_TRUE(Click("Roadmap"));
  const auto capacity = [this] {
    return app_.session().assessment().profile.capacity_days_per_month;
  };
  const int before = capacity();
  ASSERT_TRUE(Click("+"));
  EXPECT_EQ(capacity(), before + 1);
  ASSERT_TRUE(Click("-"));
  ASSERT_TRUE(Click("-"));
  EXPECT_EQ(capacity(), before - 1);
  ASSERT_TRUE(Click("##value"));  // The cursor lands after the digits.
  Type("7");
  EXPECT_EQ(capacity(), (before - 1) * 10 + 7);
  Type(".5");  // Not a whole number: nothing changes.
  EXPECT_EQ(capacity(), (before - 1) * 10 + 7);
}

TEST_F(AppUiTest, TheAuditChecklistTicksOffManagementStepsAndMovesTheEstimate) {
  Frame();
  ASSERT_TRUE(Click("Start full assessment"));
  for (const auto& [label, state] : {std::pair{"No ISMS yet", IsmsState::kNone},
                                     std::pair{"Certified ISMS", IsmsState::kCertified}}) {
    ASSERT_TRUE(Click(label));
    EXPECT_EQ(app_.session().assessment().profile.isms, state) << label;
  }
  ASSERT_TRUE(Click("Roadmap"));
  ASSERT_TRUE(Click("Audit readiness checklist"));
  EXPECT_EQ(app_.screen(), Screen::kAudit);
  auto steps_on_roadmap = [this] {
    int steps = 0;
    for (const RoadmapItem& item : app_.session().roadmap().items) steps += item.is_step();
    return steps;
  };
  EXPECT_EQ(steps_on_roadmap(), 3);  // The cloud extensions of scope, risk assessment and SoA.
  const std::string label =
      "MS.1  " + app_.session().catalog().management_steps[0].title + "###done";
  ASSERT_TRUE(Click(label));
  EXPECT_EQ(app_.session().assessment().steps_done, std::set<std::string>{"MS.1"});
  EXPECT_EQ(steps_on_roadmap(), 2);
  EXPECT_NE(app_.DocumentJson().find("\"steps_done\":[\"MS.1\"]"), std::string::npos);
  ASSERT_TRUE(Click(label));  // And back.
  EXPECT_TRUE(app_.session().assessment().steps_done.empty());
}

TEST_F(AppUiTest, OpeningABrokenFileSaysWhyAndKeepsTheCurrentWork) {
  StartQuickScanAtQuestions();
  const std::string before = app_.DocumentJson();
  fake_.files.Deliver({"broken.json", "{\"format\": \"cloudgap-assessment/1\", \"answers\": 7"});
  Frame();
  EXPECT_EQ(app_.DocumentJson(), before);
  EXPECT_NE(fake_.announcer.messages.back().find("Could not open broken.json"), std::string::npos);
}

TEST_F(AppUiTest, PhoneWidthKeepsEveryWidgetOnScreen) {
  ui_.SetDisplaySize(360, 1800);  // Phone width; tall enough to need no scrolling.
  Frame();
  ASSERT_TRUE(Click("Try a sample"));
  // The tabs, then the audit checklist (from the roadmap), whose long tick-box
  // labels are wrapped to fit.
  for (const char* tab :
       {"Profile", "Questions", "Results", "Roadmap", "Audit readiness checklist"}) {
    ASSERT_TRUE(Click(tab)) << tab;
    Frame();
    int labelled = 0;
    for (const ItemRecord& item : ui_.items().LastFrame()) {
      if (item.label.empty() || !item.visible) continue;
      ++labelled;
      EXPECT_GE(item.x, -0.5f) << tab << ": " << item.label;
      EXPECT_LE(item.x + item.w, 360.5f) << tab << ": " << item.label;
    }
    EXPECT_GE(labelled, 3) << tab;
  }
}

TEST(Screens, NamesAndTitlesRoundTrip) {
  ExpectRoundTrip<kScreenNames>();
  ExpectRoundTrip<kScreenTitles>();
  EXPECT_STREQ(ScreenName(Screen::kQuickResult), "quick_result");
  EXPECT_STREQ(ScreenTitle(Screen::kAudit), "Time to audit");
}

}  // namespace
}  // namespace cloudgap::ui
