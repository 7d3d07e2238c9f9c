// The document parser at the edges of its own limits: how much of a value a
// message quotes, the catalog fingerprint's exact length, and a field too long
// to keep. Each case sits on a boundary a one-character change would move
// (docs/testing.md, mutation testing).
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

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
    EXPECT_EQ(Errors(doc), std::vector<std::string>{
                               "/catalog/sha256: expected 64 lowercase hexadecimal digits"})
        << length;
  }
}

// A field over the limit is reported once, and not read on: a timestamp that
// long is not also called a bad timestamp.
TEST(DocumentLimits, AFieldOverTheLimitIsReportedOnce) {
  json doc = ValidDocument();
  doc["created_at"] = std::string(kMaxTextFieldChars + 1, '9');
  EXPECT_EQ(Errors(doc), std::vector<std::string>{
                             "/created_at: is " + std::to_string(kMaxTextFieldChars + 1) +
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
  EXPECT_EQ(Errors(doc), std::vector<std::string>{
                             "/profile/target_maturity: must be between 1 and 5, not 9"});
}

}  // namespace
}  // namespace cloudgap
