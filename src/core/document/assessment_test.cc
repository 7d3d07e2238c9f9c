#include "core/document/assessment.h"

#include <gtest/gtest.h>

#include "core/catalog/catalog_loader.h"
#include "core/document/applicability.h"
#include "core/testing/enum_text_testing.h"
#include "core/testing/test_catalog.h"

namespace cloudgap {
namespace {

TEST(Assessment, NamesRoundTrip) {
  for (Answer a :
       {Answer::kYes, Answer::kPartly, Answer::kNo, Answer::kDontKnow, Answer::kNotApplicable}) {
    EXPECT_EQ(ParseAnswer(AnswerName(a)), a);
  }
  EXPECT_FALSE(ParseAnswer("unanswered"));
  EXPECT_FALSE(ParseAnswer("maybe"));
  EXPECT_EQ(ParseRoleScope("both"), RoleScope::kBoth);
  EXPECT_FALSE(ParseRoleScope("cso"));
  EXPECT_EQ(ParseAssessmentMode("quick"), AssessmentMode::kQuick);
  EXPECT_EQ(ParseServiceModel("paas"), ServiceModel::kPaas);
  EXPECT_FALSE(ParseServiceModel("PaaS"));
  for (RoleScope r : {RoleScope::kCustomer, RoleScope::kProvider, RoleScope::kBoth}) {
    EXPECT_EQ(ParseRoleScope(RoleScopeName(r)), r);
  }
  for (AssessmentMode m : {AssessmentMode::kQuick, AssessmentMode::kFull}) {
    EXPECT_EQ(ParseAssessmentMode(AssessmentModeName(m)), m);
  }
  for (IsmsState s : {IsmsState::kNone, IsmsState::kInProgress, IsmsState::kCertified}) {
    EXPECT_EQ(ParseIsmsState(IsmsStateName(s)), s);
  }
  EXPECT_FALSE(ParseIsmsState("In_progress"));
}

TEST(Assessment, NameAndLabelTablesRoundTrip) {
  ExpectRoundTrip<kAnswerNames>();
  ExpectRoundTrip<kRoleScopeNames>();
  ExpectRoundTrip<kAssessmentModeNames>();
  ExpectRoundTrip<kIsmsStateNames>();
  ExpectRoundTrip<kIsmsStateLabels>();
  ExpectRoundTrip<kRoleScopeLabels>();
  ExpectRoundTrip<kServiceModelLabels>();
  EXPECT_STREQ(IsmsStateLabel(IsmsState::kInProgress), "ISMS being built");
  EXPECT_STREQ(RoleScopeLabel(RoleScope::kBoth), "cloud service customer and provider");
  EXPECT_STREQ(ServiceModelLabel(ServiceModel::kSaas), "SaaS");
}

TEST(Assessment, NewAssessmentRecordsCatalogAndTime) {
  Assessment a = NewAssessment(TestCatalog(), TestProfile(), kTestNow);
  EXPECT_EQ(a.catalog_id, "iso27017");
  EXPECT_EQ(a.catalog_version, TestCatalog().version);
  EXPECT_EQ(a.catalog_sha256, TestCatalog().sha256);
  EXPECT_EQ(a.created_at, kTestNow);
  EXPECT_EQ(a.updated_at, kTestNow);
  EXPECT_EQ(a.profile.target_maturity, 3);
  EXPECT_TRUE(a.answers.empty());
}

TEST(Assessment, LookupsDefaultWhenAbsent) {
  Assessment a = NewAssessment(TestCatalog(), TestProfile(), kTestNow);
  EXPECT_EQ(a.AnswerTo("5.1.1-q1"), Answer::kUnanswered);
  EXPECT_EQ(a.RecordFor("5.1.1"), nullptr);
  a.answers["5.1.1-q1"] = {Answer::kPartly, ""};
  EXPECT_EQ(a.AnswerTo("5.1.1-q1"), Answer::kPartly);
}

TEST(Assessment, IsBlank) {
  EXPECT_TRUE(IsBlank(""));
  EXPECT_TRUE(IsBlank(" \t\r\n"));
  EXPECT_FALSE(IsBlank(" x "));
}

TEST(Applicability, FiltersByRoleAndService) {
  const Catalog& c = TestCatalog();
  Profile p = TestProfile();                           // csc, all services, full.
  EXPECT_EQ(AskedQuestionCount(p, c.controls[0]), 2);  // 5.1.1 q1, q2 (saas).
  EXPECT_EQ(AskedQuestionCount(p, c.controls[5]), 0);  // 12.1.2 is for providers only.
  p.services = {true, false, false};                   // IaaS only.
  EXPECT_EQ(AskedQuestionCount(p, c.controls[0]), 1);
  EXPECT_EQ(AskedQuestionCount(p, c.controls[3]), 3);  // 12.4.1 q1, q2, q4 (iaas).
  p.role = RoleScope::kProvider;
  EXPECT_EQ(AskedQuestionCount(p, c.controls[3]), 1);
  EXPECT_EQ(AskedQuestionCount(p, c.controls[2]), 0);  // 6.1.1 is for customers only.
  p.role = RoleScope::kBoth;
  EXPECT_EQ(AskedQuestionCount(p, c.controls[3]), 4);
}

TEST(Applicability, QuickScanAsksOnlyTheQuickQuestion) {
  const Catalog& c = TestCatalog();
  Profile p = TestProfile();
  p.mode = AssessmentMode::kQuick;
  std::vector<std::string> asked;
  for (const Control& control : c.controls) {
    ForEachAskedQuestion(p, control, [&](const Question& q) { asked.push_back(q.id); });
  }
  EXPECT_EQ(asked, (std::vector<std::string>{"5.1.1-quick", "CLD.6.3.1-quick", "6.1.1-quick",
                                             "12.4.1-quick", "CLD.12.4.5-quick"}));
}

// The loader indexes every question's scope as bits, and the bits say what the
// lists say, for every role and set of service models.
TEST(Applicability, ScopeBitsAgreeWithTheLists) {
  const Catalog& catalog = BuiltinCatalog();
  int compared = 0;
  for (const Control& c : catalog.controls) {
    for (const std::vector<Question>* list : {&c.questions, &c.quick_questions}) {
      for (const Question& q : *list) {
        ASSERT_NE(q.role_bits, 0) << q.id;
        ASSERT_NE(q.service_bits, 0) << q.id;
        Question unindexed = q;
        unindexed.role_bits = unindexed.service_bits = 0;
        for (RoleScope role : {RoleScope::kCustomer, RoleScope::kProvider, RoleScope::kBoth}) {
          for (int mask = 0; mask < 8; ++mask) {
            Profile p;
            p.role = role;
            p.services = {(mask & 1) != 0, (mask & 2) != 0, (mask & 4) != 0};
            EXPECT_EQ(QuestionApplies(p, q), QuestionApplies(p, unindexed)) << q.id;
            ++compared;
          }
        }
      }
    }
  }
  EXPECT_GT(compared, 10000);
  // A question applies when one of its roles and one of its services match.
  Question q;
  q.roles = {Role::kProvider};
  q.services = {ServiceModel::kSaas};
  IndexScope(&q);
  Profile p;
  p.role = RoleScope::kProvider;
  p.services = {false, false, true};
  EXPECT_TRUE(QuestionApplies(p, q));
  p.services = {true, true, false};
  EXPECT_FALSE(QuestionApplies(p, q));
  p.services = {false, false, true};
  p.role = RoleScope::kCustomer;
  EXPECT_FALSE(QuestionApplies(p, q));
}

}  // namespace
}  // namespace cloudgap
