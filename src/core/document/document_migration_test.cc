#include "core/document/document_migration.h"

#include <gtest/gtest.h>

#include "core/testing/test_catalog.h"

namespace cloudgap {
namespace {

constexpr char kHeader[] = R"("catalog": {"id": "iso27017", "version": "0.0.1-test",
    "sha256": "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"},
  "created_at": "2024-03-01T12:00:00Z", "updated_at": "2024-03-02T09:00:00Z",
  "profile": {"organisation": "Acme", "role": "csc", "services": ["iaas", "saas"], "mode": "full"})";

std::string Doc(const std::string& format, const std::string& rest) {
  return "{\"format\": \"" + format + "\", " + kHeader + (rest.empty() ? "" : ", " + rest) + "}";
}

std::string FirstError(const DocumentParseResult& r) {
  return r.errors.empty() ? "" : r.errors[0].ToString();
}

// --- cloudgap-assessment/0 -> /1: answers carried their justification inline. ---

TEST(DocumentMigration, V0AnswersWithInlineJustificationsBecomeV1) {
  const std::string v0 = Doc("cloudgap-assessment/0", R"(
    "answers": {"5.1.1-q1": {"answer": "yes", "justification": ""},
                "5.1.1-q2": {"answer": "na", "justification": "No SaaS in use"},
                "12.4.1-q1": {"answer": "partly"}},
    "controls": {"6.1.1": {"owner": "CISO"}})");
  DocumentParseResult r = LoadAssessmentDocument(TestCatalog(), v0);
  ASSERT_TRUE(r.assessment) << FirstError(r);
  const Assessment& a = *r.assessment;
  EXPECT_EQ(a.AnswerTo("5.1.1-q1"), Answer::kYes);
  EXPECT_EQ(a.AnswerTo("12.4.1-q1"), Answer::kPartly);
  EXPECT_EQ(a.answers.at("5.1.1-q2").answer, Answer::kNotApplicable);
  EXPECT_EQ(a.answers.at("5.1.1-q2").justification, "No SaaS in use");
  EXPECT_EQ(a.RecordFor("6.1.1")->owner, "CISO");
  EXPECT_EQ(a.profile.organisation, "Acme");
  EXPECT_EQ(a.updated_at, "2024-03-02T09:00:00Z");
  ASSERT_EQ(r.warnings.size(), 1u);
  EXPECT_NE(r.warnings[0].find("cloudgap-assessment/0 -> cloudgap-assessment/1"),
            std::string::npos);
}

TEST(DocumentMigration, V0MigrationNamesWhatItCannotCarryOver) {
  DocumentParseResult missing = LoadAssessmentDocument(
      TestCatalog(),
      Doc("cloudgap-assessment/0", R"("answers": {"5.1.1-q1": {"justification": "x"}})"));
  EXPECT_EQ(FirstError(missing), "/answers/5.1.1-q1/answer: missing (this field is required)");
  DocumentParseResult unknown = LoadAssessmentDocument(
      TestCatalog(),
      Doc("cloudgap-assessment/0", R"("answers": {"5.1.1-q1": {"answer": "yes", "why": "x"}})"));
  EXPECT_EQ(FirstError(unknown), "/answers/5.1.1-q1/why: unknown field 'why'");
  // A v0 "na" without its reason is refused exactly as a v1 one would be.
  DocumentParseResult no_reason = LoadAssessmentDocument(
      TestCatalog(), Doc("cloudgap-assessment/0", R"("answers": {"5.1.1-q2": {"answer": "na"}})"));
  EXPECT_EQ(FirstError(no_reason),
            "/answers/5.1.1-q2: 'na' needs a justification at /na_justifications/5.1.1-q2 (it goes "
            "into the Statement of Applicability)");
}

TEST(DocumentMigration, CurrentDocumentsPassThroughUnchanged) {
  const std::string v1 = Doc(kAssessmentFormat, R"("answers": {"5.1.1-q1": "yes"})");
  MigrationResult m = MigrateAssessmentDocument(v1);
  EXPECT_TRUE(m.steps.empty());
  EXPECT_FALSE(m.error);
  EXPECT_EQ(m.json, v1);
  DocumentParseResult r = LoadAssessmentDocument(TestCatalog(), v1);
  ASSERT_TRUE(r.assessment) << FirstError(r);
  EXPECT_TRUE(r.warnings.empty());
}

// --- Refusals, each naming what is wrong. ---

TEST(DocumentMigration, RefusesNewerFormats) {
  DocumentParseResult r = LoadAssessmentDocument(TestCatalog(), Doc("cloudgap-assessment/7", ""));
  EXPECT_EQ(FirstError(r),
            "/format: 'cloudgap-assessment/7' was written by a newer CloudGap; this "
            "version reads cloudgap-assessment/1");
}

TEST(DocumentMigration, RefusesUnknownCatalogVersions) {
  std::string text = Doc(kAssessmentFormat, "");
  text.replace(text.find("0.0.1-test"), 10, "0.9.0");
  DocumentParseResult r = LoadAssessmentDocument(TestCatalog(), text);
  EXPECT_FALSE(r.assessment);
  EXPECT_EQ(FirstError(r),
            "/catalog/version: this assessment was made with version 0.9.0 of "
            "catalog iso27017, which this CloudGap does not know (it has "
            "0.0.1-test); open it with the CloudGap that made it");
}

TEST(DocumentMigration, RecognisesFilesOfOtherKinds) {
  EXPECT_EQ(FirstError(LoadAssessmentDocument(
                TestCatalog(), R"({"report": "cloudgap-report/1", "assessment": {}})")),
            "/report: this is a CloudGap report (cloudgap-report/1), not an assessment; open the "
            "assessment file it was made from");
  EXPECT_EQ(FirstError(LoadAssessmentDocument(TestCatalog(), R"({"format": "cloudgap-report/2"})")),
            "/format: this is a CloudGap report (cloudgap-report/2), not an assessment; open the "
            "assessment file it was made from");
  EXPECT_EQ(FirstError(LoadAssessmentDocument(
                TestCatalog(), R"({"assessment-results": {"uuid": "x", "metadata": {}}})")),
            "(document): this is an OSCAL assessment-results document, not a CloudGap assessment; "
            "CloudGap can write OSCAL but opens only its own assessment files");
  EXPECT_EQ(FirstError(LoadAssessmentDocument(TestCatalog(), R"({"name": "Jira export"})")),
            "(document): this is not a CloudGap assessment: it has no \"format\" field (is it "
            "another tool's file?)");
  EXPECT_EQ(FirstError(LoadAssessmentDocument(TestCatalog(), "id,title\n1,x\n"))
                .rfind("(document): not valid JSON: ", 0),
            0u);
}

TEST(DocumentMigration, RefusesTooLargeDocumentsBeforeParsing) {
  std::string text(kMaxDocumentBytes + 1, ' ');
  DocumentParseResult r = LoadAssessmentDocument(TestCatalog(), text);
  EXPECT_EQ(FirstError(r),
            "(document): it is just over 5 MB, and CloudGap opens assessment files of up to 5 MB");
  EXPECT_EQ(TooLargeMessage(6 * 1024 * 1024),
            "it is 6.0 MB, and CloudGap opens assessment files of up to 5 MB");
  EXPECT_EQ(DescribeSize(512), "512 bytes");
  EXPECT_EQ(DescribeSize(2048), "2 kB");
  EXPECT_EQ(DescribeSize(12 * 1024 * 1024 + 300 * 1024), "12.3 MB");
}

TEST(DocumentMigration, NeverThrowsOnOddInput) {
  for (const char* text : {"", "[]", "null", "{", "\"x\"", "{\"format\": 1}",
                           "{\"format\": \"cloudgap-assessment/0\"}",
                           "{\"format\": \"cloudgap-assessment/0\", \"answers\": []}",
                           "{\"format\": \"cloudgap-assessment/0\", \"answers\": {\"a\": 1}}",
                           "{\"format\": \"cloudgap-assessment/0\", \"na_justifications\": {}}"}) {
    DocumentParseResult r = LoadAssessmentDocument(TestCatalog(), text);
    EXPECT_FALSE(r.assessment) << text;
    EXPECT_FALSE(r.errors.empty()) << text;
  }
}

}  // namespace
}  // namespace cloudgap
