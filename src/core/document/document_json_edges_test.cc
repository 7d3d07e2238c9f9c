// The document parser at its edges: how much of a value a message quotes, the
// catalog fingerprint's exact length, a field too long to keep, and the fields
// it cannot do without. Each case sits where a one-character change to the
// parser would change what it says (docs/testing.md, mutation testing).
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

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
  for (const DocumentError& e : ParseAssessmentDocument(TestCatalog(), doc.dump()).errors) {
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

}  // namespace
}  // namespace cloudgap
