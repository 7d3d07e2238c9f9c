// Evidence dates, a control's status and reviewer, and the close-out check on
// the results screen, through the UI over the fake platform.
#include <gtest/gtest.h>
#include <imgui.h>

#include "core/engine/closeout.h"
#include "ui/app_ui_fixture.h"

namespace cloudgap::ui {
namespace {

class CloseoutUiTest : public AppUiFixture {
 protected:
  CloseoutUiTest() : AppUiFixture(3200) {}

  // A full assessment at its first control, its first question answered "yes".
  void StartAndAnswerYes() {
    Frame();
    ASSERT_TRUE(Click("Start full assessment"));
    ASSERT_TRUE(Click("Continue to the questions"));
    Press('Y');
    ASSERT_EQ(app_.session().assessment().answers.size(), 1u);
  }
  const std::string& FirstControl() const {
    const Session& s = app_.session();
    return s.catalog().controls[s.scoped_controls()[0]].id;
  }
  const ControlRecord& Record() const {
    const ControlRecord* r = app_.session().assessment().RecordFor(FirstControl());
    static const ControlRecord kNone;
    return r ? *r : kNone;
  }
};

TEST_F(CloseoutUiTest, EvidenceDatesAreSavedOnlyAsDatesAndExpiryCapsReadiness) {
  StartAndAnswerYes();
  ASSERT_TRUE(Click("Add evidence"));
  ASSERT_EQ(Record().evidence.size(), 1u);
  ASSERT_TRUE(Click("##date"));
  Type("2025-0");  // Not yet a date: a draft, not saved.
  EXPECT_EQ(Record().evidence[0].date, "");
  Type("6-30");
  EXPECT_EQ(Record().evidence[0].date, "2025-06-30");
  ASSERT_TRUE(Click("##review_by"));
  Type("2025-12-31");  // Before the document's day (the fake clock's 2026-01-01).
  EXPECT_EQ(Record().evidence[0].review_by, "2025-12-31");
  const Evaluation& e = app_.session().evaluation();
  const size_t index = app_.session().scoped_controls()[0];
  EXPECT_EQ(e.controls[index].expired_evidence, 1);
}

TEST_F(CloseoutUiTest, StatusAndReviewerAreSetByAPersonOrFollowTheAnswers) {
  StartAndAnswerYes();
  ASSERT_TRUE(Click("Reviewed##status-reviewed"));
  EXPECT_EQ(Record().status, WorkStatus::kReviewed);
  ASSERT_TRUE(Click("##reviewer"));
  Type("Internal audit");
  EXPECT_EQ(Record().reviewer, "Internal audit");
  ASSERT_TRUE(Click("From the answers##status"));
  EXPECT_FALSE(Record().status);
}

TEST_F(CloseoutUiTest, TheResultsListWhatAnAuditorWouldQueryAndLeadToTheControl) {
  StartAndAnswerYes();
  ASSERT_TRUE(Click("Results"));
  const std::string findings = "Findings (1)###closeout-findings";
  ASSERT_TRUE(ui_.items().Find(findings) != nullptr);
  const std::vector<CloseoutFinding>& shown = app_.results_state().closeout;
  ASSERT_EQ(shown.size(), 1u);
  EXPECT_EQ(shown[0].kind, CloseoutKind::kYesWithoutEvidence);
  EXPECT_EQ(shown[0].control_id, FirstControl());
  ASSERT_TRUE(Click("Go to " + FirstControl() + "##closeout"));
  EXPECT_EQ(app_.screen(), Screen::kQuestionnaire);
  EXPECT_EQ(app_.current_control(), 0u);
  ASSERT_TRUE(Click("Add evidence"));
  ASSERT_TRUE(Click("Results"));
  EXPECT_TRUE(app_.results_state().closeout.empty()) << "checked again for the new revision";
}

}  // namespace
}  // namespace cloudgap::ui
