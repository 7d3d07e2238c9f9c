#include "core/engine/closeout.h"

#include <gtest/gtest.h>

#include "core/engine/scoring.h"
#include "core/testing/enum_text_testing.h"
#include "core/testing/test_catalog.h"

namespace cloudgap {
namespace {

// The test catalog, a customer with every service: 5.1.1 answered yes twice.
Assessment Base() {
  Assessment a = NewAssessment(TestCatalog(), TestProfile(), kTestNow);
  a.answers["5.1.1-q1"] = {Answer::kYes, ""};
  a.answers["5.1.1-q2"] = {Answer::kYes, ""};
  return a;
}

std::vector<CloseoutFinding> Check(const Assessment& a) {
  return CloseoutCheck(TestCatalog(), a, Evaluate(TestCatalog(), a));
}

std::vector<std::pair<CloseoutKind, std::string>> Kinds(const std::vector<CloseoutFinding>& f) {
  std::vector<std::pair<CloseoutKind, std::string>> out;
  for (const CloseoutFinding& x : f) out.push_back({x.kind, x.control_id});
  return out;
}

using K = CloseoutKind;

TEST(Closeout, YesWithoutEvidenceUntilEvidenceIsListed) {
  Assessment a = Base();
  const std::vector<CloseoutFinding> before = Check(a);
  ASSERT_EQ(Kinds(before), (decltype(Kinds(before)){{K::kYesWithoutEvidence, "5.1.1"}}));
  EXPECT_EQ(before[0].detail,
            "2 answers are \"yes\" with no evidence listed: name the document or record that "
            "shows it.");
  a.controls["5.1.1"].evidence = {{"Policy v3", ""}};
  EXPECT_TRUE(Check(a).empty());
  // Not applicable as a whole: nothing to evidence.
  a.controls["5.1.1"] = {};
  a.controls["5.1.1"].not_applicable = true;
  a.controls["5.1.1"].justification = "We hold no information in any cloud service at all.";
  EXPECT_TRUE(Check(a).empty());
}

TEST(Closeout, JustificationsShorterThanASentence) {
  EXPECT_TRUE(IsShortJustification(""));
  EXPECT_TRUE(IsShortJustification("  no   PaaS used \n"));
  EXPECT_FALSE(IsShortJustification("We use no PaaS."));
  Assessment a = Base();
  a.controls["5.1.1"].evidence = {{"Policy v3", ""}};
  a.answers["6.1.1-q2"] = {Answer::kNotApplicable, "No PaaS"};
  a.controls["12.4.1"].not_applicable = true;
  a.controls["12.4.1"].justification = "n/a";
  const std::vector<CloseoutFinding> f = Check(a);
  ASSERT_EQ(Kinds(f), (decltype(Kinds(f)){{K::kShortJustification, "6.1.1"},
                                          {K::kShortJustification, "12.4.1"}}));
  EXPECT_EQ(f[0].detail,
            "6.1.1-q2 is not applicable because \"No PaaS\": say why in a sentence an auditor "
            "can check.");
  a.answers["6.1.1-q2"].justification = "We use no platform services at all.";
  a.controls["12.4.1"].justification = "Logging is run by our provider, see contract 4.2.";
  EXPECT_TRUE(Check(a).empty());
}

TEST(Closeout, OwnersWithoutDueDatesAndExpiredEvidence) {
  Assessment a = Base();
  a.updated_at = "2024-06-10T00:00:00Z";
  a.controls["5.1.1"].evidence = {{"Policy v3", "", "2023-01-01", "2024-06-09"}};
  a.controls["6.1.1"].owner = "CISO";
  const std::vector<CloseoutFinding> f = Check(a);
  ASSERT_EQ(Kinds(f), (decltype(Kinds(f)){{K::kExpiredEvidence, "5.1.1"},
                                          {K::kOwnerWithoutDueDate, "6.1.1"}}));
  EXPECT_EQ(f[0].detail, "1 evidence item is past the review-by date: review it, or replace it.");
  EXPECT_EQ(f[1].detail, "CISO owns it but has no due date.");
  a.controls["6.1.1"].due_date = "2024-12-31";
  a.controls["5.1.1"].evidence[0].review_by = "2024-06-10";
  EXPECT_TRUE(Check(a).empty());
}

TEST(Closeout, WorkStatusIsWhatAPersonSetElseWhatTheAnswersSay) {
  const Assessment a = Base();
  const Evaluation e = Evaluate(TestCatalog(), a);
  ControlResult none;
  none.answers.asked = 2;
  none.answers.unanswered = 2;
  EXPECT_EQ(WorkStatusOf(nullptr, none), WorkStatus::kNotStarted);
  ControlResult some = none;
  some.answers.unanswered = 1;
  some.answers.yes = 1;
  EXPECT_EQ(WorkStatusOf(nullptr, some), WorkStatus::kInProgress);
  EXPECT_EQ(WorkStatusOf(nullptr, e.controls[0]), WorkStatus::kAnswered);  // 5.1.1: both yes.
  ControlRecord reviewed;
  reviewed.status = WorkStatus::kReviewed;
  EXPECT_EQ(WorkStatusOf(&reviewed, none), WorkStatus::kReviewed);
  EXPECT_EQ(WorkStatusOf(&reviewed, e.controls[0]), WorkStatus::kReviewed);
  const ControlRecord unset;
  EXPECT_EQ(WorkStatusOf(&unset, none), WorkStatus::kNotStarted)
      << "a record without a status follows the answers";
  ExpectRoundTrip<kCloseoutKindNames>();
  ExpectRoundTrip<kWorkStatusNames>();
  EXPECT_STREQ(WorkStatusLabel(WorkStatus::kInProgress), "In progress");
}

}  // namespace
}  // namespace cloudgap
