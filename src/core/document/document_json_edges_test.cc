// The document parser at its edges: how much of a value a message quotes, the
// catalog fingerprint's exact length, a field too long to keep, and the fields
// it cannot do without. Each case sits where a one-character change to the
// parser would change what it says (docs/testing.md, mutation testing).
#include <gtest/gtest.h>

#include <cctype>
#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <vector>

#include "core/catalog/catalog_loader.h"
#include "core/document/document_json.h"
#include "core/testing/test_catalog.h"
#include "core/text/input_limits.h"

namespace cloudgap {
namespace {

using nlohmann::json;

json ValidDocument() {
  const Assessment a = NewAssessment(TestCatalog(), TestProfile(), "2024-03-01T12:00:00Z");
  return json::parse(SerializeAssessmentDocument(a));
}

std::vector<std::string> Errors(const json& doc) {
  std::vector<std::string> out;
  for (const JsonError& e : ParseAssessmentDocument(TestCatalog(), doc.dump()).errors) {
    out.push_back(e.ToString());
  }
  return out;
}

TEST(DocumentLimits, TheValidDocumentParses) {
  EXPECT_TRUE(Errors(ValidDocument()).empty());
}

// Messages quote at most 60 bytes of what the file holds.
TEST(DocumentLimits, MessagesQuoteSixtyBytesOfAValue) {
  for (size_t length : {59, 60, 61, 62}) {
    json doc = ValidDocument();
    const std::string key(length, 'k');
    doc["profile"][key] = 1;
    const std::string quoted = length <= 60 ? key : std::string(60, 'k') + "...";
    EXPECT_EQ(Errors(doc),
              std::vector<std::string>{"/profile/" + key + ": unknown field '" + quoted + "'"})
        << length;
  }
}

// The catalog fingerprint is exactly 64 lowercase hex digits: shorter or
// longer hex is refused like any other text.
TEST(DocumentLimits, TheCatalogFingerprintHasExactlySixtyFourDigits) {
  for (size_t length : {1, 63, 65, 128}) {
    json doc = ValidDocument();
    doc["catalog"]["sha256"] = std::string(length, 'a');
    EXPECT_EQ(Errors(doc),
              std::vector<std::string>{"/catalog/sha256: expected 64 lowercase hexadecimal digits"})
        << length;
  }
}

// A field over the limit is reported once, and not read on: a timestamp that
// long is not also called a bad timestamp.
TEST(DocumentLimits, AFieldOverTheLimitIsReportedOnce) {
  json doc = ValidDocument();
  doc["created_at"] = std::string(kMaxTextFieldChars + 1, '9');
  EXPECT_EQ(Errors(doc),
            std::vector<std::string>{"/created_at: is " + std::to_string(kMaxTextFieldChars + 1) +
                                     " characters long; CloudGap keeps at most " +
                                     std::to_string(kMaxTextFieldChars) + " in a field"});
  // At the limit the length is fine, and the value is judged as a timestamp.
  doc["created_at"] = std::string(kMaxTextFieldChars, '9');
  const std::vector<std::string> at_limit = Errors(doc);
  ASSERT_EQ(at_limit.size(), 1u);
  EXPECT_NE(at_limit[0].find("is not an ISO-8601 UTC timestamp"), std::string::npos) << at_limit[0];
}

// A number of the wrong kind is reported as such and not also as out of range.
TEST(DocumentLimits, ADecimalWhereAWholeNumberGoesIsReportedOnce) {
  json doc = ValidDocument();
  doc["profile"]["target_maturity"] = 9.5;
  EXPECT_EQ(Errors(doc), std::vector<std::string>{
                             "/profile/target_maturity: expected a whole number, not a decimal "
                             "number"});
  doc["profile"]["target_maturity"] = 9;
  EXPECT_EQ(Errors(doc),
            std::vector<std::string>{"/profile/target_maturity: must be between 1 and 5, not 9"});
}

// The fields every document has. Without format or catalog nothing else is
// read: past a wrong one, every other message is noise.
TEST(DocumentRequired, EachMissingFieldIsNamed) {
  struct Case {
    const char* pointer;  // Removed from a valid document.
    std::vector<std::string> errors;
  };
  // Each document also has an unknown field, reported only when the parser
  // reads past format and catalog (the catalog's own fields come before it).
  const std::string unknown = "/unknown: unknown field 'unknown'";
  const Case kCases[] = {
      {"/format", {"/format: missing (this field is required)"}},
      {"/catalog", {"/catalog: missing (this field is required)"}},
      {"/catalog/id", {"/catalog/id: missing (this field is required)", unknown}},
      {"/catalog/version", {"/catalog/version: missing (this field is required)", unknown}},
      {"/catalog/sha256", {"/catalog/sha256: missing (this field is required)", unknown}},
      {"/created_at", {unknown, "/created_at: missing (this field is required)"}},
      {"/updated_at", {unknown, "/updated_at: missing (this field is required)"}},
      {"/profile", {unknown, "/profile: missing (this field is required)"}},
  };
  for (const Case& c : kCases) {
    json doc = ValidDocument();
    const json::json_pointer pointer(c.pointer);
    doc[pointer.parent_pointer()].erase(pointer.back());
    doc["unknown"] = 1;
    EXPECT_EQ(Errors(doc), c.errors) << c.pointer;
  }
}

TEST(DocumentRequired, AFormatOrCatalogOfTheWrongTypeStopsTheReading) {
  json doc = ValidDocument();
  doc["unknown"] = 1;
  doc["format"] = 1;
  EXPECT_EQ(Errors(doc),
            std::vector<std::string>{"/format: expected a string, not a whole number"});
  doc = ValidDocument();
  doc["unknown"] = 1;
  doc["catalog"] = "iso27017";
  EXPECT_EQ(Errors(doc), std::vector<std::string>{"/catalog: expected an object, not a string"});
}

// One change to a valid document, and every message it must give, in order.
struct Edit {
  const char* name;
  void (*apply)(json& doc);
  std::vector<std::string> errors;
};

// Each is a rule of docs/assessment-format.md that a parser could drop or
// bend without another test noticing.
const Edit kEdits[] = {
    {"profile not an object",
     [](json& d) { d["profile"] = "csc"; },
     {"/profile: expected an object, not a string"}},
    {"role missing",
     [](json& d) { d["profile"].erase("role"); },
     {"/profile/role: missing (this field is required)"}},
    {"role unknown",
     [](json& d) { d["profile"]["role"] = "cso"; },
     {"/profile/role: 'cso' is not a role (expected csc, csp or both)"}},
    {"mode missing",
     [](json& d) { d["profile"].erase("mode"); },
     {"/profile/mode: missing (this field is required)"}},
    {"services missing",
     [](json& d) { d["profile"].erase("services"); },
     {"/profile/services: missing (this field is required)"}},
    {"services not a list",
     [](json& d) { d["profile"]["services"] = "iaas"; },
     {"/profile/services: expected a list, not a string"}},
    {"service not a string",
     [](json& d) {
       d["profile"]["services"] = json::array({1, "iaas"});
     },
     {"/profile/services/0: expected a string, not a whole number"}},
    {"service twice",
     [](json& d) {
       d["profile"]["services"] = json::array({"iaas", "iaas"});
     },
     {"/profile/services/1: 'iaas' is listed twice"}},
    {"answer to an unknown question",
     [](json& d) { d["answers"]["9.9.9-q1"] = "yes"; },
     {"/answers/9.9.9-q1: no question '9.9.9-q1' in catalog iso27017 0.0.1-test"}},
    {"justification of an unknown question",
     [](json& d) { d["na_justifications"]["9.9.9-q1"] = "n/a"; },
     {"/na_justifications/9.9.9-q1: no question '9.9.9-q1' in catalog iso27017 0.0.1-test"}},
    {"justification not a string",
     [](json& d) {
       d["answers"]["5.1.1-q1"] = "na";
       d["na_justifications"]["5.1.1-q1"] = 7;
     },
     {"/na_justifications/5.1.1-q1: expected a string, not a whole number",
      "/answers/5.1.1-q1: 'na' needs a justification at /na_justifications/5.1.1-q1 (it goes into "
      "the Statement of Applicability)"}},
    {"justification for an answer that is not na",
     [](json& d) {
       d["answers"]["5.1.1-q1"] = "yes";
       d["na_justifications"]["5.1.1-q1"] = "n/a";
     },
     {"/na_justifications/5.1.1-q1: a justification is kept only for an answer of 'na'; this "
      "question's answer is 'yes'"}},
    {"unknown control",
     [](json& d) { d["controls"]["9.9.9"] = json::object(); },
     {"/controls/9.9.9: no control '9.9.9' in catalog iso27017 0.0.1-test"}},
    {"unknown control, its record not read on",
     [](json& d) {
       d["controls"]["9.9.9"] = {{"notes", 5}, {"maturity", 9}};
     },
     {"/controls/9.9.9: no control '9.9.9' in catalog iso27017 0.0.1-test"}},
    {"justification for an unanswered question",
     [](json& d) { d["na_justifications"]["5.1.1-q1"] = "n/a"; },
     {"/na_justifications/5.1.1-q1: a justification is kept only for an answer of 'na'; this "
      "question's answer is 'unanswered'"}},
    {"control not an object",
     [](json& d) { d["controls"]["6.1.1"] = 5; },
     {"/controls/6.1.1: expected an object, not a whole number"}},
    {"evidence not an object",
     [](json& d) { d["controls"]["6.1.1"]["evidence"] = {"x"}; },
     {"/controls/6.1.1/evidence/0: expected an object, not a string"}},
    {"evidence one over the limit",
     [](json& d) {
       d["controls"]["6.1.1"]["evidence"] =
           json::array_t(kMaxEvidenceItems + 1, json{{"text", "policy"}});
     },
     {"/controls/6.1.1/evidence: lists " + std::to_string(kMaxEvidenceItems + 1) +
      " evidence references; CloudGap keeps at most " + std::to_string(kMaxEvidenceItems) +
      " for a control"}},
    {"evidence at the limit",
     [](json& d) {
       d["controls"]["6.1.1"]["evidence"] =
           json::array_t(kMaxEvidenceItems, json{{"text", "policy"}});
     },
     {}},
    {"steps_done not a list",
     [](json& d) { d["steps_done"] = "MS.1"; },
     {"/steps_done: expected a list, not a string"}},
    {"step not a string",
     [](json& d) { d["steps_done"] = json::array({1}); },
     {"/steps_done/0: expected a string, not a whole number"}},
    {"unknown step",
     [](json& d) { d["steps_done"] = json::array({"MS.1"}); },
     {"/steps_done/0: no management-system step 'MS.1' in catalog iso27017 0.0.1-test"}},
    {"a catalog of another id stops the reading",
     [](json& d) {
       d["catalog"]["id"] = "iso27002";
       d["unknown"] = 1;
     },
     {"/catalog/id: this assessment is for catalog 'iso27002', but CloudGap uses 'iso27017'"}},
};

class DocumentEdit : public ::testing::TestWithParam<Edit> {};

TEST_P(DocumentEdit, GivesExactlyItsMessages) {
  json doc = ValidDocument();
  GetParam().apply(doc);
  EXPECT_EQ(Errors(doc), GetParam().errors);
}

INSTANTIATE_TEST_SUITE_P(Rules, DocumentEdit, ::testing::ValuesIn(kEdits),
                         [](const ::testing::TestParamInfo<Edit>& param) {
                           std::string name = param.param.name;
                           for (char& c : name)
                             c = std::isalnum(static_cast<unsigned char>(c)) ? c : '_';
                           return name;
                         });

// The built-in catalog has management-system steps: each is kept once.
TEST(DocumentSteps, KnownStepsAreKeptAndAStepTwiceIsRefused) {
  const Catalog& catalog = BuiltinCatalog();
  json doc = json::parse(
      SerializeAssessmentDocument(NewAssessment(catalog, TestProfile(), "2024-03-01T12:00:00Z")));
  doc["steps_done"] = json::array({"MS.2", "MS.1"});
  DocumentParseResult ok = ParseAssessmentDocument(catalog, doc.dump());
  ASSERT_TRUE(ok.assessment) << (ok.errors.empty() ? "" : ok.errors[0].ToString());
  EXPECT_EQ(ok.assessment->steps_done, (std::set<std::string>{"MS.1", "MS.2"}));
  doc["steps_done"] = json::array({"MS.1", "MS.1"});
  DocumentParseResult twice = ParseAssessmentDocument(catalog, doc.dump());
  ASSERT_EQ(twice.errors.size(), 1u);
  EXPECT_EQ(twice.errors[0].ToString(), "/steps_done/1: 'MS.1' is listed twice");
  doc["steps_done"] = json::array({"MS.1", "MS.99"});
  DocumentParseResult unknown = ParseAssessmentDocument(catalog, doc.dump());
  ASSERT_EQ(unknown.errors.size(), 1u);
  EXPECT_EQ(
      unknown.errors[0].ToString(),
      "/steps_done/1: no management-system step 'MS.99' in catalog iso27017 " + catalog.version);
}

// Without "isms" or the older "has_isms", a profile has no ISMS yet.
TEST(DocumentProfile, IsmsDefaultsToNoneAndHasIsmsStillReads) {
  json doc = ValidDocument();
  doc["profile"].erase("isms");
  DocumentParseResult parsed = ParseAssessmentDocument(TestCatalog(), doc.dump());
  ASSERT_TRUE(parsed.assessment);
  EXPECT_EQ(parsed.assessment->profile.isms, IsmsState::kNone);
  doc["profile"]["has_isms"] = true;
  parsed = ParseAssessmentDocument(TestCatalog(), doc.dump());
  ASSERT_TRUE(parsed.assessment);
  EXPECT_EQ(parsed.assessment->profile.isms, IsmsState::kCertified);
}

// The warning for another catalog version names both fingerprints' first 12 digits.
TEST(DocumentCatalog, AnotherVersionIsAWarningWithBothFingerprints) {
  const Catalog& catalog = BuiltinCatalog();  // A real fingerprint: its digits differ.
  json doc = json::parse(
      SerializeAssessmentDocument(NewAssessment(catalog, TestProfile(), "2024-03-01T12:00:00Z")));
  doc["catalog"]["version"] = "0.0.0";
  doc["catalog"]["sha256"] = "0123456789ab" + std::string(52, 'c');
  DocumentParseResult parsed = ParseAssessmentDocument(catalog, doc.dump());
  ASSERT_TRUE(parsed.assessment);
  ASSERT_FALSE(parsed.warnings.empty());
  EXPECT_EQ(parsed.warnings[0],
            "the assessment was made with catalog iso27017 0.0.0 (sha256 "
            "0123456789ab); CloudGap now uses " +
                catalog.version + " (sha256 " + catalog.sha256.substr(0, 12) +
                "). Answers are matched by question id.");
  EXPECT_NE(catalog.sha256.substr(0, 12), catalog.sha256.substr(1, 12));
}

}  // namespace
}  // namespace cloudgap
