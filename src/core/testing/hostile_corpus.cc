#include "core/testing/hostile_corpus.h"

#include "core/testing/test_catalog.h"

namespace cloudgap {

const std::vector<std::string>& Payloads() {
  static const std::vector<std::string> payloads = {
      "<script>alert(1)</script>",
      "\"><img src=x onerror=alert(1)>",
      "'><svg onload=alert(1)>",
      "=HYPERLINK(\"http://x\")",
      "+cmd|' /C calc'!A0",
      "-2+3",
      "@SUM(1)",
      "\t=1",
      "\r=1",
      "\n=1",
      "| col | break",
      "\n# heading",
      "- list\n1. item",
      "]]>",
      "javascript:alert(1)",
      "[link](javascript:alert(1)) `code` **bold** <b>b</b> &amp; &#x3C;script&#x3E;",
      std::string(5000, 'x') + " " + std::string(2000, '|'),
      std::string("ctl\x01\x02\x08\x0b\x0c\x1b\x7f end"),
      "\xE2\x80\xAE"
      "evil\xE2\x80\xAD \xE2\x81\xA6isolate",  // RLO, LRO, LRI.
      "emoji \xF0\x9F\x98\x80\xF0\x9F\x91\xA9\xE2\x80\x8D\xF0\x9F\x92\xBB \xC3\xA9\xC3\x9F",
      "  leading and trailing  \n\n",
      "\xE2\x80\xA8line\xE2\x80\xA9separators\xC2\xA0\xEF\xBB\xBF",
      "bad utf-8 \xFF\xC0\xAF",
  };
  return payloads;
}

Assessment Hostile(const Catalog& catalog, const std::string& payload) {
  Profile profile;
  profile.role = RoleScope::kBoth;
  Assessment a = NewAssessment(catalog, profile, kTestNow);
  AnswerAllAsked(catalog, Answer::kPartly, &a);
  a.profile.organisation = payload;
  for (size_t i = 0; i < catalog.controls.size(); ++i) {
    const Control& c = catalog.controls[i];
    if (i == 0) {
      a.controls[c.id].not_applicable = true;
      a.controls[c.id].justification = payload;
      continue;
    }
    if (i == 1) a.answers[c.questions[0].id] = {Answer::kNotApplicable, payload};
    if (i == 2) a.answers[c.questions[0].id] = {Answer::kDontKnow, ""};
    ControlRecord& r = a.controls[c.id];
    r.notes = payload;
    r.owner = payload;
    r.evidence = {{payload, payload}, {"x", "javascript:alert(1)"}, {"", "data:text/html,<b>"}};
    r.due_date = "2024-09-30";
    if (i % 3 == 0) r.maturity = static_cast<int>(i % 6);
  }
  return a;
}

}  // namespace cloudgap
