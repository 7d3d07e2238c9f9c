#include "core/document/assessment_edit.h"

#include <gtest/gtest.h>

#include <functional>
#include <string>
#include <vector>

#include "core/catalog/catalog_loader.h"
#include "core/testing/test_catalog.h"
#include "core/text/input_limits.h"

namespace cloudgap {
namespace {

constexpr char kLater[] = "2024-03-02T08:00:00Z";

class AssessmentEditTest : public ::testing::Test {
 protected:
  const Catalog& catalog_ = TestCatalog();
  Assessment a_ = NewAssessment(TestCatalog(), TestProfile(), kTestNow);
};

TEST_F(AssessmentEditTest, SetAnswerStoresAndStampsTime) {
  ASSERT_TRUE(SetAnswer(catalog_, &a_, "5.1.1-q1", Answer::kYes, "", kLater).ok());
  EXPECT_EQ(a_.AnswerTo("5.1.1-q1"), Answer::kYes);
  EXPECT_EQ(a_.updated_at, kLater);
  EXPECT_EQ(a_.created_at, kTestNow);
}

TEST_F(AssessmentEditTest, ReapplyingTheSameAnswerDoesNotTouchTheTime) {
  ASSERT_TRUE(SetAnswer(catalog_, &a_, "5.1.1-q1", Answer::kYes, "", kLater).ok());
  ASSERT_TRUE(SetAnswer(catalog_, &a_, "5.1.1-q1", Answer::kYes, "", "2025-01-01T00:00:00Z").ok());
  EXPECT_EQ(a_.updated_at, kLater);
}

TEST_F(AssessmentEditTest, NotApplicableNeedsAJustification) {
  EditResult r = SetAnswer(catalog_, &a_, "5.1.1-q1", Answer::kNotApplicable, "  ", kLater);
  EXPECT_FALSE(r.ok());
  EXPECT_NE(r.error.find("justification"), std::string::npos);
  EXPECT_EQ(a_.AnswerTo("5.1.1-q1"), Answer::kUnanswered);
  EXPECT_EQ(a_.updated_at, kTestNow);
  ASSERT_TRUE(SetAnswer(catalog_, &a_, "5.1.1-q1", Answer::kNotApplicable, "No SaaS", kLater).ok());
  EXPECT_EQ(a_.answers.at("5.1.1-q1").justification, "No SaaS");
}

TEST_F(AssessmentEditTest, OtherAnswersDropTheJustification) {
  ASSERT_TRUE(SetAnswer(catalog_, &a_, "5.1.1-q1", Answer::kNotApplicable, "why", kLater).ok());
  ASSERT_TRUE(SetAnswer(catalog_, &a_, "5.1.1-q1", Answer::kNo, "ignored", kLater).ok());
  EXPECT_EQ(a_.answers.at("5.1.1-q1").justification, "");
}

TEST_F(AssessmentEditTest, UnansweredClears) {
  ASSERT_TRUE(SetAnswer(catalog_, &a_, "5.1.1-quick", Answer::kPartly, "", kLater).ok());
  ASSERT_TRUE(SetAnswer(catalog_, &a_, "5.1.1-quick", Answer::kUnanswered, "", kLater).ok());
  EXPECT_TRUE(a_.answers.empty());
}

TEST_F(AssessmentEditTest, RejectsUnknownIdsAndBadTimes) {
  EXPECT_FALSE(SetAnswer(catalog_, &a_, "5.1.1-q9", Answer::kYes, "", kLater).ok());
  EXPECT_FALSE(SetAnswer(catalog_, &a_, "5.1.1-q1", Answer::kYes, "", "yesterday").ok());
  EXPECT_FALSE(SetControlNotes(catalog_, &a_, "99.9.9", "x", kLater).ok());
  EXPECT_EQ(a_, NewAssessment(catalog_, TestProfile(), kTestNow));
}

TEST_F(AssessmentEditTest, ControlNotApplicable) {
  EXPECT_FALSE(SetControlNotApplicable(catalog_, &a_, "6.1.1", true, "", kLater).ok());
  ASSERT_TRUE(
      SetControlNotApplicable(catalog_, &a_, "6.1.1", true, "Handled by group", kLater).ok());
  EXPECT_TRUE(a_.RecordFor("6.1.1")->not_applicable);
  ASSERT_TRUE(SetControlNotApplicable(catalog_, &a_, "6.1.1", false, "kept?", kLater).ok());
  EXPECT_EQ(a_.RecordFor("6.1.1"), nullptr);  // Nothing left to record.
}

TEST_F(AssessmentEditTest, ControlFields) {
  ASSERT_TRUE(SetControlNotes(catalog_, &a_, "12.4.1", "Central SIEM planned", kLater).ok());
  ASSERT_TRUE(SetControlOwner(catalog_, &a_, "12.4.1", "Ops lead", kLater).ok());
  ASSERT_TRUE(SetControlDueDate(catalog_, &a_, "12.4.1", "2024-06-30", kLater).ok());
  EXPECT_FALSE(SetControlDueDate(catalog_, &a_, "12.4.1", "2024-06-31", kLater).ok());
  ASSERT_TRUE(SetControlMaturity(catalog_, &a_, "12.4.1", 2, kLater).ok());
  EXPECT_FALSE(SetControlMaturity(catalog_, &a_, "12.4.1", 6, kLater).ok());
  ASSERT_TRUE(SetControlTarget(catalog_, &a_, "12.4.1", 4, kLater).ok());
  EXPECT_FALSE(SetControlTarget(catalog_, &a_, "12.4.1", -1, kLater).ok());
  EXPECT_FALSE(SetControlEvidence(catalog_, &a_, "12.4.1", {{" ", ""}}, kLater).ok());
  ASSERT_TRUE(
      SetControlEvidence(catalog_, &a_, "12.4.1", {{"Policy", "https://x/p"}}, kLater).ok());
  const ControlRecord* r = a_.RecordFor("12.4.1");
  ASSERT_NE(r, nullptr);
  EXPECT_EQ(r->notes, "Central SIEM planned");
  EXPECT_EQ(r->owner, "Ops lead");
  EXPECT_EQ(r->due_date, "2024-06-30");
  EXPECT_EQ(r->maturity, 2);
  EXPECT_EQ(r->target, 4);
  ASSERT_EQ(r->evidence.size(), 1u);
  ASSERT_TRUE(SetControlMaturity(catalog_, &a_, "12.4.1", std::nullopt, kLater).ok());
  EXPECT_FALSE(a_.RecordFor("12.4.1")->maturity.has_value());
}

// The app must never write a document it would refuse to open (input_limits.h).
TEST_F(AssessmentEditTest, TextAndEvidenceKeepToTheDocumentLimits) {
  const std::string longest(kMaxTextFieldChars, 'x');
  const std::string too_long = longest + "y";
  std::string accented;  // Counted in characters, not bytes.
  for (size_t i = 0; i < kMaxTextFieldChars; ++i) accented += "\xc3\xa9";
  EXPECT_TRUE(SetControlNotes(catalog_, &a_, "12.4.1", accented, kLater).ok());
  EXPECT_TRUE(SetControlNotes(catalog_, &a_, "12.4.1", longest, kLater).ok());
  EXPECT_FALSE(SetControlNotes(catalog_, &a_, "12.4.1", too_long, kLater).ok());
  EXPECT_FALSE(SetControlOwner(catalog_, &a_, "12.4.1", too_long, kLater).ok());
  EXPECT_FALSE(SetControlEvidence(catalog_, &a_, "12.4.1", {{"x", too_long}}, kLater).ok());
  EXPECT_FALSE(SetControlEvidence(catalog_, &a_, "12.4.1",
                                  std::vector<EvidenceRef>(kMaxEvidenceItems + 1, {"x", ""}),
                                  kLater)
                   .ok());
  EXPECT_FALSE(SetControlNotApplicable(catalog_, &a_, "6.1.1", true, too_long, kLater).ok());
  Profile profile = a_.profile;
  profile.organisation = too_long;
  EXPECT_FALSE(SetProfile(&a_, profile, kLater).ok());
  EXPECT_EQ(a_.RecordFor("12.4.1")->notes, longest);
}

TEST_F(AssessmentEditTest, ProfileIsValidated) {
  Profile p = TestProfile();
  p.services = {false, false, false};
  EXPECT_FALSE(SetProfile(&a_, p, kLater).ok());
  p = TestProfile();
  p.target_maturity = 0;
  EXPECT_FALSE(SetProfile(&a_, p, kLater).ok());
  p = TestProfile();
  p.capacity_days_per_month = 0;
  EXPECT_FALSE(SetProfile(&a_, p, kLater).ok());
  p = TestProfile();
  p.organisation = "Acme";
  p.mode = AssessmentMode::kQuick;
  ASSERT_TRUE(SetProfile(&a_, p, kLater).ok());
  EXPECT_EQ(a_.profile, p);
  EXPECT_EQ(a_.updated_at, kLater);
}

// Every edit says whether it changed the document (the app recomputes and saves
// on that alone, ui/session.h): yes when it did, no when it re-applied what was
// there or failed, each against a copy and compare of the whole document.
TEST(AssessmentEditChanged, EveryEditSaysWhetherTheDocumentChanged) {
  const Catalog& catalog = BuiltinCatalog();
  ASSERT_FALSE(catalog.management_steps.empty());
  const std::string control = catalog.controls.at(0).id;
  const std::string question = catalog.controls.at(0).questions.at(0).id;
  const std::string step = catalog.management_steps.at(0).id;
  using Edit = std::function<EditResult(Assessment*)>;
  struct Case {
    const char* name;
    Edit edit;
  };
  Profile quick = TestProfile();
  quick.mode = AssessmentMode::kQuick;
  const std::vector<Case> changing = {
      {"answer",
       [&](Assessment* a) { return SetAnswer(catalog, a, question, Answer::kYes, "", kLater); }},
      {"answer cleared",
       [&](Assessment* a) {
         return SetAnswer(catalog, a, question, Answer::kUnanswered, "", kLater);
       }},
      {"not applicable",
       [&](Assessment* a) {
         return SetControlNotApplicable(catalog, a, control, true, "why", kLater);
       }},
      {"applicable again",
       [&](Assessment* a) {
         return SetControlNotApplicable(catalog, a, control, false, "", kLater);
       }},
      {"step done", [&](Assessment* a) { return SetStepDone(catalog, a, step, true, kLater); }},
      {"step undone", [&](Assessment* a) { return SetStepDone(catalog, a, step, false, kLater); }},
      {"notes", [&](Assessment* a) { return SetControlNotes(catalog, a, control, "n", kLater); }},
      {"evidence",
       [&](Assessment* a) {
         return SetControlEvidence(catalog, a, control, {{"Policy", ""}}, kLater);
       }},
      {"owner", [&](Assessment* a) { return SetControlOwner(catalog, a, control, "o", kLater); }},
      {"due date",
       [&](Assessment* a) { return SetControlDueDate(catalog, a, control, "2024-06-30", kLater); }},
      {"status",
       [&](Assessment* a) {
         return SetControlWorkStatus(catalog, a, control, WorkStatus::kInProgress, kLater);
       }},
      {"reviewer",
       [&](Assessment* a) { return SetControlReviewer(catalog, a, control, "r", kLater); }},
      {"maturity",
       [&](Assessment* a) { return SetControlMaturity(catalog, a, control, 2, kLater); }},
      {"target", [&](Assessment* a) { return SetControlTarget(catalog, a, control, 4, kLater); }},
      {"profile", [&](Assessment* a) { return SetProfile(a, quick, kLater); }},
  };
  Assessment document = NewAssessment(catalog, TestProfile(), kTestNow);
  for (const Case& c : changing) {
    SCOPED_TRACE(c.name);
    const Assessment before = document;
    const EditResult first = c.edit(&document);
    ASSERT_TRUE(first.ok()) << first.error;
    EXPECT_TRUE(first.changed);
    EXPECT_NE(document, before);
    const Assessment after = document;
    const EditResult again = c.edit(&document);
    ASSERT_TRUE(again.ok()) << again.error;
    EXPECT_FALSE(again.changed);
    EXPECT_EQ(document, after);
  }
  const std::vector<Case> failing = {
      {"unknown question",
       [&](Assessment* a) { return SetAnswer(catalog, a, "0.0.0-q1", Answer::kYes, "", kLater); }},
      {"bad time", [&](Assessment* a) { return SetControlNotes(catalog, a, control, "m", "now"); }},
      {"unknown step",
       [&](Assessment* a) { return SetStepDone(catalog, a, "no-step", true, kLater); }},
      {"bad profile",
       [&](Assessment* a) {
         Profile p = quick;
         p.target_maturity = 0;
         return SetProfile(a, p, kLater);
       }},
  };
  for (const Case& c : failing) {
    SCOPED_TRACE(c.name);
    const Assessment before = document;
    const EditResult result = c.edit(&document);
    EXPECT_FALSE(result.ok());
    EXPECT_FALSE(result.changed);
    EXPECT_EQ(document, before);
  }
}

}  // namespace
}  // namespace cloudgap
