#include "core/document/document_json.h"

#include <gtest/gtest.h>

#include "core/testing/test_catalog.h"
#include "core/text/input_limits.h"

namespace cloudgap {
namespace {

// Every field of the format set to something other than its default.
Assessment EveryField() {
  Profile p;
  p.organisation = "Acme \"Cloud\" | Ops\nTeam";
  p.role = RoleScope::kBoth;
  p.services = {true, false, true};
  p.isms = IsmsState::kInProgress;
  p.upstream_infrastructure = true;
  p.target_maturity = 4;
  p.capacity_days_per_month = 12;
  p.mode = AssessmentMode::kQuick;
  Assessment a = NewAssessment(TestCatalog(), p, "2024-03-01T12:00:00Z");
  a.updated_at = "2024-03-02T08:15:30.5Z";
  a.answers["5.1.1-q1"] = {Answer::kYes, ""};
  a.answers["5.1.1-q2"] = {Answer::kPartly, ""};
  a.answers["5.1.1-q3"] = {Answer::kNo, ""};
  a.answers["12.4.1-q1"] = {Answer::kDontKnow, ""};
  a.answers["12.4.1-q2"] = {Answer::kNotApplicable,
                            "Logs are kept by the provider; see contract §4"};
  a.answers["6.1.1-quick"] = {Answer::kYes, ""};
  ControlRecord& r = a.controls["12.4.1"];
  r.notes = "SIEM rollout\nin Q3";
  r.evidence = {{"Logging standard", "https://intranet/logging", "2024-01-15", "2025-01-15"},
                {"Only text", ""},
                {"", "link-only", "", "2024-12-31"}};
  r.owner = "Head of Ops";
  r.due_date = "2024-09-30";
  r.maturity = 2;
  r.target = 5;
  r.status = WorkStatus::kReviewed;
  r.reviewer = "Internal audit";
  ControlRecord& na = a.controls["CLD.12.4.5"];
  na.not_applicable = true;
  na.justification = "We run no monitored cloud services";
  a.controls["5.1.1"].maturity = 0;
  return a;
}

TEST(DocumentJson, RoundTripKeepsEveryField) {
  const Assessment original = EveryField();
  const std::string text = SerializeAssessmentDocument(original);
  DocumentParseResult parsed = ParseAssessmentDocument(TestCatalog(), text);
  ASSERT_TRUE(parsed.errors.empty()) << parsed.errors[0].ToString();
  EXPECT_TRUE(parsed.warnings.empty());
  ASSERT_TRUE(parsed.assessment);
  EXPECT_EQ(*parsed.assessment, original);
  EXPECT_EQ(SerializeAssessmentDocument(*parsed.assessment), text);
}

TEST(DocumentJson, CompactStyleRoundTripsToo) {
  const Assessment original = EveryField();
  const std::string compact = SerializeAssessmentDocument(original, JsonStyle::kCompact);
  EXPECT_EQ(compact.find('\n'), std::string::npos);
  DocumentParseResult parsed = ParseAssessmentDocument(TestCatalog(), compact);
  ASSERT_TRUE(parsed.assessment);
  EXPECT_EQ(*parsed.assessment, original);
}

constexpr char kCanonical[] = R"({
  "format": "cloudgap-assessment/1",
  "catalog": {
    "id": "iso27017",
    "version": "0.0.1-test",
    "sha256": "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
  },
  "created_at": "2024-03-01T12:00:00Z",
  "updated_at": "2024-03-01T12:00:00Z",
  "profile": {
    "organisation": "",
    "role": "csc",
    "services": [
      "iaas",
      "saas"
    ],
    "isms": "none",
    "target_maturity": 3,
    "capacity_days_per_month": 10,
    "mode": "full"
  },
  "answers": {
    "5.1.1-q1": "yes",
    "5.1.1-q2": "na"
  },
  "na_justifications": {
    "5.1.1-q2": "No SaaS in use"
  },
  "controls": {
    "6.1.1": {
      "owner": "CISO"
    }
  }
}
)";

TEST(DocumentJson, CanonicalTextComesBackByteForByte) {
  DocumentParseResult parsed = ParseAssessmentDocument(TestCatalog(), kCanonical);
  ASSERT_TRUE(parsed.assessment) << parsed.errors[0].ToString();
  EXPECT_EQ(SerializeAssessmentDocument(*parsed.assessment), kCanonical);
}

TEST(DocumentJson, OptionalPartsMayBeLeftOut) {
  DocumentParseResult parsed = ParseAssessmentDocument(TestCatalog(), R"({
    "format": "cloudgap-assessment/1",
    "catalog": {"id": "iso27017", "version": "0.0.1-test", "sha256": ""},
    "created_at": "2024-03-01T12:00:00Z", "updated_at": "2024-03-01T12:00:00Z",
    "profile": {"role": "csp", "services": ["paas"], "mode": "quick"}})");
  ASSERT_TRUE(parsed.assessment) << parsed.errors[0].ToString();
  EXPECT_EQ(parsed.assessment->profile.target_maturity, 3);
  EXPECT_EQ(parsed.assessment->profile.capacity_days_per_month, 10);
  EXPECT_EQ(parsed.warnings.size(), 1u);  // sha256 differs from the catalog's.
}

// The errors for `text` with one replacement made in kCanonical.
std::vector<std::string> ErrorsAfter(const std::string& from, const std::string& to) {
  std::string text = kCanonical;
  size_t at = text.find(from);
  EXPECT_NE(at, std::string::npos) << from;
  if (at != std::string::npos) text.replace(at, from.size(), to);
  DocumentParseResult parsed = ParseAssessmentDocument(TestCatalog(), text);
  EXPECT_FALSE(parsed.assessment);
  std::vector<std::string> out;
  for (const JsonError& e : parsed.errors) out.push_back(e.ToString());
  return out;
}

using Errors = std::vector<std::string>;

// One change to kCanonical and the one error it must bring.
struct Edit {
  const char* from;
  const char* to;
  const char* error;
};

template <size_t N>
void ExpectErrors(const Edit (&edits)[N]) {
  for (const Edit& edit : edits) {
    EXPECT_EQ(ErrorsAfter(edit.from, edit.to), Errors{edit.error}) << "after " << edit.to;
  }
}

TEST(DocumentJson, NamesTheFieldAndTheReason) {
  const Edit kEdits[] = {
      {"\"5.1.1-q1\": \"yes\"", "\"5.1.1-q1\": \"maybe\"",
       "/answers/5.1.1-q1: 'maybe' is not an answer (expected yes, partly, no, "
       "dont_know, na)"},
      {"\"5.1.1-q1\": \"yes\"", "\"5.1.1-q7\": \"yes\"",
       "/answers/5.1.1-q7: no question '5.1.1-q7' in catalog iso27017 0.0.1-test"},
      {"\"6.1.1\": {", "\"6.9.9\": {",
       "/controls/6.9.9: no control '6.9.9' in catalog iso27017 0.0.1-test"},
      {"\"role\": \"csc\"", "\"role\": \"cso\"",
       "/profile/role: 'cso' is not a role (expected csc, csp or both)"},
      {"\"target_maturity\": 3", "\"target_maturity\": 7",
       "/profile/target_maturity: must be between 1 and 5, not 7"},
      {"\"target_maturity\": 3", "\"target_maturity\": 3.5",
       "/profile/target_maturity: expected a whole number, not a decimal number"},
      {"\"capacity_days_per_month\": 10", "\"capacity_days_per_month\": 18446744073709551615",
       "/profile/capacity_days_per_month: must be between 1 and 10000, not "
       "18446744073709551615"},
      {"\"isms\": \"none\"", "\"has_isms\": \"no\"",
       "/profile/has_isms: expected true or false, not a string"},
      {"\"isms\": \"none\"", "\"isms\": \"maybe\"",
       "/profile/isms: 'maybe' is not an ISMS state (expected none, in_progress or "
       "certified)"},
      {"\"isms\": \"none\"", "\"upstream_infrastructure\": 1",
       "/profile/upstream_infrastructure: expected true or false, not a whole number"},
      {"\"owner\": \"CISO\"", "\"ownr\": \"CISO\"", "/controls/6.1.1/ownr: unknown field 'ownr'"},
      {"\"owner\": \"CISO\"", "\"due_date\": \"2024-02-30\"",
       "/controls/6.1.1/due_date: '2024-02-30' is not a date such as 2024-05-31"},
      {"\"owner\": \"CISO\"", "\"maturity\": 6",
       "/controls/6.1.1/maturity: must be between 0 and 5, not 6"},
      {"\"owner\": \"CISO\"", "\"evidence\": [{\"text\": \"\"}]",
       "/controls/6.1.1/evidence/0: evidence needs a text or a link"},
      {"\"owner\": \"CISO\"", "\"evidence\": [{\"text\": \"a\", \"review_by\": \"2024-13-01\"}]",
       "/controls/6.1.1/evidence/0/review_by: '2024-13-01' is not a date such as 2024-05-31"},
      {"\"owner\": \"CISO\"", "\"status\": \"done\"",
       "/controls/6.1.1/status: 'done' is not a status (not_started, in_progress, answered, "
       "reviewed)"},
      {"\"iaas\",", "\"iaas\", \"iaas\",", "/profile/services/1: 'iaas' is listed twice"},
      {"\"created_at\": \"2024-03-01T12:00:00Z\"", "\"created_at\": \"2024-03-01 12:00\"",
       "/created_at: '2024-03-01 12:00' is not an ISO-8601 UTC timestamp such as "
       "2024-05-31T09:30:00Z"},
      {"\"format\": \"cloudgap-assessment/1\",",
       "\"fmt\": 1, \"format\": \"cloudgap-assessment/1\",", "/fmt: unknown field 'fmt'"},
  };
  ExpectErrors(kEdits);
}

// The rest of the parser's messages, each from one change to kCanonical, word
// for word (tests/messages/every_message_tested.py checks none is missing).
TEST(DocumentJson, EveryOtherMessageWordForWord) {
  const Edit kEdits[] = {
      {"\"sha256\": \"aaaa", "\"sha256\": \"AAAA",
       "/catalog/sha256: expected 64 lowercase hexadecimal digits"},
      {"\"iaas\",", "\"xaas\",",
       "/profile/services/0: 'xaas' is not a service model (expected iaas, paas or "
       "saas)"},
      {"\"iaas\",\n      \"saas\"", "",
       "/profile/services: list at least one service model (iaas, paas, saas)"},
      {"\"5.1.1-q1\": \"yes\"", "\"5.1.1-q1\": 1",
       "/answers/5.1.1-q1: expected an answer as a string (expected yes, partly, no, "
       "dont_know, na), not a whole number"},
      {"\"owner\": \"CISO\"", "\"justification\": \"Not used\"",
       "/controls/6.1.1/justification: a justification is kept only when "
       "not_applicable is true"},
      {"\"owner\": \"CISO\"", "\"owner\": \"CISO\", \"maturity\": -1",
       "/controls/6.1.1/maturity: must be between 0 and 5, not -1"},
      {"\"owner\": \"CISO\"", "\"target\": 6",
       "/controls/6.1.1/target: must be between 0 and 5, not 6"},
      {"\"owner\": \"CISO\"", "\"target\": -1",
       "/controls/6.1.1/target: must be between 0 and 5, not -1"},
      {",\n    \"mode\": \"full\"", "", "/profile/mode: missing (this field is required)"},
      {"\"mode\": \"full\"", "\"mode\": \"fast\"",
       "/profile/mode: 'fast' is not a mode (expected quick or full)"},
      {"\"controls\": {", "\"steps_done\": [\"MS.1\"],\n  \"controls\": {",
       "/steps_done/0: no management-system step 'MS.1' in catalog iso27017 "
       "0.0.1-test"},
  };
  ExpectErrors(kEdits);

  std::string evidence = "\"evidence\": [";
  for (size_t i = 0; i <= kMaxEvidenceItems; ++i) {
    evidence += std::string(i ? "," : "") + "{\"text\": \"e\"}";
  }
  EXPECT_EQ(ErrorsAfter("\"owner\": \"CISO\"", evidence + "]"),
            Errors{"/controls/6.1.1/evidence: lists 101 evidence references; CloudGap keeps at "
                   "most 100 for a control"});

  DocumentParseResult list = ParseAssessmentDocument(TestCatalog(), "[]");
  ASSERT_EQ(list.errors.size(), 1u);
  EXPECT_EQ(list.errors[0].ToString(),
            "(document): an assessment document is a JSON object, not a list");
}

// A wrong format stops the parse: what follows was written for another format,
// so its fields are not judged (one error, not one per field).
TEST(DocumentJson, AWrongFormatIsTheOnlyError) {
  std::string text = kCanonical;
  text.replace(text.find("cloudgap-assessment/1"), 21, "something-else");
  text.replace(text.find("\"csc\""), 5, "\"cso\"");
  DocumentParseResult parsed = ParseAssessmentDocument(TestCatalog(), text);
  ASSERT_EQ(parsed.errors.size(), 1u);
  EXPECT_EQ(parsed.errors[0].pointer, "/format");
}

TEST(DocumentJson, TargetZeroIsAValidTarget) {
  std::string text = kCanonical;
  text.replace(text.find("\"owner\": \"CISO\""), 15, "\"target\": 0, \"maturity\": 0");
  DocumentParseResult parsed = ParseAssessmentDocument(TestCatalog(), text);
  ASSERT_TRUE(parsed.assessment) << parsed.errors[0].ToString();
  EXPECT_EQ(parsed.assessment->controls.at("6.1.1").target, 0);
  EXPECT_EQ(parsed.assessment->controls.at("6.1.1").maturity, 0);
}

// The limit is in characters, not bytes: 20,000 two-byte characters fit.
TEST(DocumentJson, TextFieldsHoldUpToTheLimitInCharacters) {
  std::string e_acute;
  for (size_t i = 0; i < kMaxTextFieldChars; ++i) e_acute += "\xC3\xA9";
  std::string text = kCanonical;
  text.replace(text.find("\"CISO\""), 6, "\"" + e_acute + "\"");
  DocumentParseResult at_limit = ParseAssessmentDocument(TestCatalog(), text);
  ASSERT_TRUE(at_limit.assessment) << at_limit.errors[0].ToString();
  EXPECT_EQ(at_limit.assessment->controls.at("6.1.1").owner, e_acute);

  EXPECT_EQ(ErrorsAfter("\"CISO\"", "\"" + e_acute + "\xC3\xA9\""),
            Errors{"/controls/6.1.1/owner: is 20001 characters long; CloudGap keeps at most 20000 "
                   "in a field"});
}

// A pointer longer than 120 bytes is cut, at a character boundary, with dots.
TEST(DocumentJson, ALongPointerIsCutInTheMessage) {
  const std::string key(200, 'k');
  const std::string printed = JsonError("/answers/" + key, "no question").ToString();
  EXPECT_EQ(printed, "/answers/" + std::string(120 - 9, 'k') + "...: no question");
  std::string two_byte = "/answers/" + std::string(110, 'k');
  for (int i = 0; i < 10; ++i) two_byte += "\xC3\xA9";  // Byte 120 is inside a character.
  EXPECT_EQ(JsonError(two_byte, "x").ToString(), "/answers/" + std::string(110, 'k') + "...: x");
  EXPECT_EQ(JsonError("", "x").ToString(), "(document): x");
}

TEST(DocumentJson, AnOlderDocumentsIsmsFlagBecomesAState) {
  for (const auto& [flag, state] :
       {std::pair{"true", IsmsState::kCertified}, std::pair{"false", IsmsState::kNone}}) {
    std::string text = kCanonical;
    text.replace(text.find("\"isms\": \"none\""), 14, std::string("\"has_isms\": ") + flag);
    DocumentParseResult parsed = ParseAssessmentDocument(TestCatalog(), text);
    ASSERT_TRUE(parsed.assessment) << flag;
    EXPECT_EQ(parsed.assessment->profile.isms, state) << flag;
  }
}

TEST(DocumentJson, NotApplicableNeedsAJustification) {
  const Edit kEdits[] = {
      {"\"5.1.1-q2\": \"No SaaS in use\"", "\"5.1.1-q2\": \" \"",
       "/answers/5.1.1-q2: 'na' needs a justification at /na_justifications/5.1.1-q2 "
       "(it goes into the Statement of Applicability)"},
      {"\"5.1.1-q2\": \"na\"", "\"5.1.1-q2\": \"no\"",
       "/na_justifications/5.1.1-q2: a justification is kept only for an answer of "
       "'na'; this question's answer is 'no'"},
      {"\"owner\": \"CISO\"", "\"not_applicable\": true",
       "/controls/6.1.1/justification: a control marked not applicable needs a "
       "justification (it goes into the Statement of Applicability)"},
  };
  ExpectErrors(kEdits);
}

TEST(DocumentJson, RefusesOtherCatalogsAndNewerFormats) {
  const Edit kEdits[] = {
      {"\"id\": \"iso27017\"", "\"id\": \"iso27001\"",
       "/catalog/id: this assessment is for catalog 'iso27001', but CloudGap uses "
       "'iso27017'"},
      {"cloudgap-assessment/1", "cloudgap-assessment/2",
       "/format: 'cloudgap-assessment/2' was written by a newer CloudGap; this version "
       "reads cloudgap-assessment/1"},
      {"cloudgap-assessment/1", "something-else",
       "/format: 'something-else' is not a CloudGap assessment (expected "
       "cloudgap-assessment/1)"},
  };
  ExpectErrors(kEdits);
}

TEST(DocumentJson, OtherCatalogVersionIsAWarningNotAnError) {
  std::string text = kCanonical;
  text.replace(text.find("0.0.1-test"), 10, "0.0.0-old");
  DocumentParseResult parsed = ParseAssessmentDocument(TestCatalog(), text);
  ASSERT_TRUE(parsed.assessment);
  ASSERT_EQ(parsed.warnings.size(), 1u);
  EXPECT_EQ(parsed.warnings[0],
            "the assessment was made with catalog iso27017 0.0.0-old (sha256 aaaaaaaaaaaa); "
            "CloudGap now uses 0.0.1-test (sha256 " +
                TestCatalog().sha256.substr(0, 12) + "). Answers are matched by question id.");
  EXPECT_EQ(parsed.assessment->catalog_version, "0.0.0-old");  // As recorded.
}

TEST(DocumentJson, BadJsonAndWrongShapesNeverThrow) {
  for (const char* text : {"", "[]", "null", "{", "{\"format\": 1}", "{\"a\":1,\"a\":2}",
                           "{\"format\": \"cloudgap-assessment/1\"}",
                           "{\"format\": \"cloudgap-assessment/1\", \"catalog\": []}"}) {
    DocumentParseResult parsed = ParseAssessmentDocument(TestCatalog(), text);
    EXPECT_FALSE(parsed.assessment) << text;
    EXPECT_FALSE(parsed.errors.empty()) << text;
  }
  DocumentParseResult parsed = ParseAssessmentDocument(TestCatalog(), "{\"format\": ");
  EXPECT_EQ(parsed.errors[0].pointer, "");
  EXPECT_EQ(parsed.errors[0].ToString().rfind("(document): not valid JSON: ", 0), 0u)
      << parsed.errors[0].ToString();
}

TEST(DocumentJson, ListsManyProblemsButNotEndlessly) {
  std::string text = kCanonical;
  std::string answers;
  for (int i = 0; i < 200; ++i) answers += "\"bogus-" + std::to_string(i) + "\": \"yes\", ";
  text.replace(text.find("\"5.1.1-q1\""), 0, answers);
  DocumentParseResult parsed = ParseAssessmentDocument(TestCatalog(), text);
  EXPECT_EQ(parsed.errors.size(), 51u);
  EXPECT_EQ(parsed.errors.back().ToString(),
            "(document): too many problems; only the first 50 are listed");
}

TEST(DocumentJson, InvalidUtf8InUserTextDoesNotThrowOnWrite) {
  Assessment a = EveryField();
  a.profile.organisation = "bad \xff byte";
  EXPECT_NE(SerializeAssessmentDocument(a).find("bad "), std::string::npos);
}

}  // namespace
}  // namespace cloudgap
