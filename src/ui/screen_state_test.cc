// Switching assessments leaves nothing of one in the screens of the next
// (ui/screen_state.h): for each screen, state is made for one assessment, then
// another is started, tried or opened, and the state is checked to be gone.
#include "ui/screen_state.h"

#include <gtest/gtest.h>
#include <imgui.h>

#include "core/document/document_json.h"
#include "core/document/sample_assessment.h"
#include "ui/app_ui_fixture.h"

namespace cloudgap::ui {
namespace {

class ScreenStateTest : public AppUiFixture {
 protected:
  ScreenStateTest() : AppUiFixture(2400) {}

  void StartFullAssessmentAtQuestions() {
    Frame();
    ASSERT_TRUE(Click("Start full assessment"));
    ASSERT_TRUE(Click("Continue to the questions"));
    ASSERT_EQ(app_.screen(), Screen::kQuestionnaire);
  }
  void GoHome() { ASSERT_TRUE(Click("CloudGap##home")); }
  const std::string& ScopedControlId(size_t position) const {
    const Session& s = app_.session();
    return s.catalog().controls[s.scoped_controls()[position]].id;
  }
};

// The defect of issue 14: a due date typed in one assessment showed in the next.
TEST_F(ScreenStateTest, AStartedAssessmentHasNoQuestionnaireDraftsOfTheLast) {
  StartFullAssessmentAtQuestions();
  ASSERT_TRUE(Click("Next control"));
  const std::string control = ScopedControlId(1);
  ASSERT_TRUE(Click("##due"));
  Type("2030-01");  // Not yet a date: it stays a draft.
  ASSERT_TRUE(Click("This whole control does not apply to us"));
  const QuestionnaireState& q = app_.questionnaire_state();
  ASSERT_EQ(q.due_drafts.at(control), "2030-01");
  ASSERT_TRUE(q.control_na_pending);
  ASSERT_EQ(q.control, 1u);

  GoHome();
  ASSERT_TRUE(Click("Start full assessment"));
  EXPECT_TRUE(q.due_drafts.empty());
  EXPECT_FALSE(q.control_na_pending);
  EXPECT_TRUE(q.na_pending.empty());
  EXPECT_EQ(q.control, 0u);
  ASSERT_TRUE(Click("Continue to the questions"));
  ASSERT_TRUE(Click("Next control"));
  EXPECT_EQ(q.due_drafts.at(control), "");  // The new document's own (empty) due date.
  EXPECT_FALSE(app_.session().assessment().RecordFor(control));
}

TEST_F(ScreenStateTest, AnOpenedSampleHasNoQuestionnaireDraftsOfTheLast) {
  StartFullAssessmentAtQuestions();
  const QuestionnaireState& q = app_.questionnaire_state();
  ASSERT_TRUE(Click("N/A##" + app_.session().catalog().controls[0].questions[0].id));
  ASSERT_TRUE(Click("##justification"));
  ImGui::GetIO().AddInputCharactersUTF8("half a reas");
  ASSERT_FALSE(q.na_pending.empty());
  ASSERT_TRUE(Click("Next control"));
  GoHome();
  ASSERT_TRUE(Click("Try a sample"));
  EXPECT_TRUE(q.na_pending.empty());
  EXPECT_TRUE(q.na_drafts.empty());
  EXPECT_EQ(q.control, 0u);
}

TEST_F(ScreenStateTest, TheProfileScreenShowsTheNewDocumentsProfile) {
  Frame();
  ASSERT_TRUE(Click("Try a sample"));
  ASSERT_TRUE(Click("Profile"));
  const ProfileState& p = app_.profile_state();
  ASSERT_FALSE(p.draft.organisation.empty());  // The sample's.
  GoHome();
  ASSERT_TRUE(Click("Start quick scan"));
  EXPECT_EQ(p.draft.organisation, "");
  EXPECT_EQ(p.draft.mode, AssessmentMode::kQuick);
}

TEST_F(ScreenStateTest, TheResultsExplanationIsOfTheOpenDocument) {
  Frame();
  ASSERT_TRUE(Click("Try a sample"));
  ASSERT_EQ(app_.screen(), Screen::kResults);
  const std::string first = ScopedControlId(0);
  ASSERT_TRUE(Click("chart:heatmap/" + first));  // "Choose one to see why it scored as it did."
  ASSERT_EQ(app_.results_state().why_control, first);
  GoHome();
  ASSERT_TRUE(Click("Start full assessment"));
  EXPECT_EQ(app_.results_state().why_control, "");
}

// The heatmap's rows are kept from frame to frame, and made again for every
// new evaluation: of a change, and of another document.
TEST_F(ScreenStateTest, TheHeatmapShowsTheDocumentAsItIsNow) {
  Frame();
  ASSERT_TRUE(Click("Try a sample"));
  const std::string part = "chart:heatmap/" + ScopedControlId(0);
  const auto cells = [&]() -> std::string {
    Frame();
    for (const ItemRecord& item : ui_.items().LastFrame()) {
      if (item.label == part) return item.value;
    }
    return "(not drawn)";
  };
  const std::string sample = cells();
  ASSERT_NE(sample.find('\x1d'), std::string::npos) << sample;  // Maturity, then target.
  ASSERT_TRUE(Click("Roadmap"));
  ASSERT_TRUE(Click("5##roadmap-target"));
  ASSERT_TRUE(Click("Results"));
  const std::string at_five = cells();
  EXPECT_EQ(at_five.substr(at_five.find('\x1d') + 1), "5");
  GoHome();
  ASSERT_TRUE(Click("Start full assessment"));
  ASSERT_TRUE(Click("Results"));
  EXPECT_EQ(cells(), std::string("Not assessed\x1d") + std::to_string(Profile().target_maturity));
}

// The navigator's counts per clause are kept from frame to frame, and made
// again for every new evaluation.
TEST_F(ScreenStateTest, TheNavigatorCountsWhatIsDoneNow) {
  StartFullAssessmentAtQuestions();
  const Session& session = app_.session();
  const size_t first = session.scoped_controls()[0];
  const int clause = session.catalog().controls[first].clause;
  int in_clause = 0;
  for (size_t i : session.scoped_controls()) {
    in_clause += session.catalog().controls[i].clause == clause ? 1 : 0;
  }
  const auto& progress = app_.questionnaire_state().clause_progress;
  EXPECT_EQ(progress.at(clause), std::make_pair(0, in_clause));
  for (int i = 0; i < 20 && session.evaluation().controls[first].answers.unanswered > 0; ++i) {
    Press('Y');
  }
  ASSERT_EQ(session.evaluation().controls[first].answers.unanswered, 0);
  Frame();
  EXPECT_EQ(progress.at(clause), std::make_pair(1, in_clause));
}

TEST_F(ScreenStateTest, TheShareDialogForgetsThePassphraseTypedForAnotherDocument) {
  Frame();
  ASSERT_TRUE(Click("Try a sample"));
  ASSERT_TRUE(Click("Copy share link"));
  ASSERT_TRUE(Click("##share-passphrase"));
  Type("secret of the sample");
  ASSERT_TRUE(app_.share_dialog_state().open);
  ASSERT_EQ(app_.share_dialog_state().passphrase, "secret of the sample");
  // A file dropped onto the page replaces the document while the dialog is open.
  Assessment other =
      SampleAssessment(BuiltinCatalog(), AssessmentMode::kQuick, "2026-01-02T00:00:00Z");
  other.profile.organisation = "Other Ltd";
  fake_.files.Deliver({"other.json", SerializeAssessmentDocument(other)});
  Frame();
  ASSERT_EQ(app_.session().assessment().profile.organisation, "Other Ltd");
  EXPECT_FALSE(app_.share_dialog_state().open);
  EXPECT_EQ(app_.share_dialog_state().passphrase, "");
}

// Starting another assessment leaves the welcome screen: a rename begun there ends.
TEST_F(ScreenStateTest, ALibraryRenameInProgressEndsWhenTheDocumentIsReplaced) {
  Frame();
  ASSERT_TRUE(Click("Start quick scan"));
  ASSERT_TRUE(Click("Continue to the questions"));
  Press('Y');  // A change: the scan is kept, as "a1".
  fake_.clock.seconds += 1.0;
  Frame();
  GoHome();
  ASSERT_TRUE(Click("Rename##a1"));
  ASSERT_TRUE(Click("##rename-a1"));
  Type(" (draft)");
  ASSERT_EQ(app_.library_state().renaming_id, "a1");
  ASSERT_TRUE(Click("Start quick scan"));
  EXPECT_EQ(app_.library_state().renaming_id, "");
  EXPECT_EQ(app_.library_state().rename_draft, "");
}

}  // namespace
}  // namespace cloudgap::ui
