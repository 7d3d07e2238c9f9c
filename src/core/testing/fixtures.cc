#include "core/testing/fixtures.h"

#include "core/testing/test_catalog.h"

namespace cloudgap {

Assessment ExampleAssessment() {
  Assessment a = NewAssessment(TestCatalog(), TestProfile(), kTestNow);
  a.profile.organisation = "Acme Ltd";
  a.updated_at = "2024-05-03T16:42:10Z";
  AnswerAllAsked(TestCatalog(), Answer::kNo, &a);
  a.answers["5.1.1-q1"] = {Answer::kYes, ""};
  a.answers["5.1.1-q2"] = {Answer::kNotApplicable, "No SaaS here"};
  a.controls["6.1.1"].maturity = 2;
  a.controls["12.4.1"].owner = "Head of IT";
  a.controls["12.4.1"].due_date = "2024-09-30";
  a.controls["12.4.1"].evidence = {{"Logging standard", "https://intranet.example/logging"},
                                   {"Script", "javascript:alert(1)"}};
  a.controls["CLD.12.4.5"].not_applicable = true;
  a.controls["CLD.12.4.5"].justification = "No monitoring here";
  return a;
}

Assessment ProviderAnsweringOnly1212(Answer q1, Answer q2) {
  Profile p = TestProfile();
  p.role = RoleScope::kProvider;
  Assessment a = NewAssessment(TestCatalog(), p, kTestNow);
  a.answers["12.1.2-q1"] = {q1, ""};
  a.answers["12.1.2-q2"] = {q2, ""};
  return a;
}

}  // namespace cloudgap
