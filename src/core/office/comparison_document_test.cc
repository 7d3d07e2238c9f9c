// The comparison as a Word document, and the module's request for one
// (comparison_document.h, office_request.h).
#include "core/office/comparison_document.h"

#include <gtest/gtest.h>

#include "core/catalog/catalog_loader.h"
#include "core/document/document_json.h"
#include "core/document/sample_assessment.h"
#include "core/office/comparison_request.h"
#include "core/office/office_request.h"
#include "core/office/ooxml_test_util.h"
#include "core/report/report_compare.h"
#include "core/testing/fixtures.h"
#include "core/testing/test_catalog.h"

namespace cloudgap {
namespace {

Assessment Before() {
  return SampleAssessment(BuiltinCatalog(), AssessmentMode::kFull, kTestNow);
}

Assessment After() {
  Assessment a = Before();
  a.answers[BuiltinCatalog().controls[0].questions[0].id] = {Answer::kNo, ""};
  a.updated_at = "2026-01-02T03:04:05Z";
  return a;
}

size_t Count(const std::string& text, const std::string& part) {
  size_t n = 0;
  for (size_t at = text.find(part); at != std::string::npos; at = text.find(part, at + 1)) ++n;
  return n;
}

TEST(ComparisonDocument, HoldsEveryTableUnderItsHeading) {
  const Catalog& catalog = BuiltinCatalog();
  const Comparison c = Compare(catalog, Before(), After());
  const ComparedDocuments docs = {"2025 & before", "2026", {"2025: dropped 1.1-q1"}};
  const ComparisonTables tables = TabulateComparison(catalog, c, docs);
  const std::optional<std::string> bytes =
      RenderComparisonDocx(catalog, Before(), After(), docs, ReportBrand());
  ASSERT_TRUE(bytes);
  const ZipContents parts = ReadZip(*bytes);
  ASSERT_EQ(parts.error, "");
  ExpectConsistentPackage(parts);
  const std::string xml = Part(parts, "word/document.xml");
  size_t titled = 0;
  for (const ComparisonTable& t : tables.tables) titled += t.title.empty() ? 0 : 1;
  EXPECT_EQ(Count(xml, "<w:pStyle w:val=\"Heading1\"/>"), titled);
  EXPECT_EQ(Count(xml, "<w:tbl>"), tables.tables.size());
  EXPECT_TRUE(Contains(xml, "Comparison: 2025 &amp; before and 2026"));
  EXPECT_TRUE(Contains(xml, "2025: dropped 1.1-q1"));
  EXPECT_TRUE(Contains(Part(parts, "docProps/core.xml"), "2026-01-02T03:04:05Z"))
      << "dated by the later document";
  EXPECT_EQ(RenderComparisonDocx(catalog, Before(), After(), docs, ReportBrand()), bytes);
}

TEST(ComparisonDocument, TheRequestEnvelopeRoundTrips) {
  const ComparedDocuments docs = {"a \"quoted\" name", "b", {"x", "y"}};
  const std::optional<ComparisonRequest> request =
      ParseComparisonRequest(ComparisonRequestJson("{\"1\":2}", "[]", docs));
  ASSERT_TRUE(request);
  EXPECT_EQ(request->before_json, "{\"1\":2}");
  EXPECT_EQ(request->after_json, "[]");
  EXPECT_EQ(request->documents.before, docs.before);
  EXPECT_EQ(request->documents.after, docs.after);
  EXPECT_EQ(request->documents.not_compared, docs.not_compared);
  for (const char* bad : {"", "[]", "{\"before\":\"\"}", "{\"before\":1,\"after\":\"\"}",
                          "{\"before\":\"\",\"after\":\"\",\"documents\":[]}"}) {
    EXPECT_FALSE(ParseComparisonRequest(bad)) << bad;
  }
}

TEST(ComparisonDocument, TheModuleMakesItFromTheEnvelope) {
  const Catalog& catalog = BuiltinCatalog();
  const ComparedDocuments docs = {"2025", "2026", {}};
  const std::string envelope =
      ComparisonRequestJson(SerializeAssessmentDocument(Before(), JsonStyle::kCompact),
                            SerializeAssessmentDocument(After(), JsonStyle::kCompact), docs);
  const OfficeOutcome made = RenderOfficeRequest(catalog, kComparisonDocxRequest, envelope, "", "");
  ASSERT_TRUE(made.ok) << made.reason;
  EXPECT_EQ(made.bytes, *RenderComparisonDocx(catalog, Before(), After(), docs, ReportBrand()));

  const Comparison c = Compare(catalog, Before(), After());
  const OfficeOutcome html = RenderOfficeRequest(catalog, kComparisonHtmlRequest, envelope, "", "");
  EXPECT_EQ(html.bytes, RenderComparisonHtml(catalog, c, docs));
  const OfficeOutcome md =
      RenderOfficeRequest(catalog, kComparisonMarkdownRequest, envelope, "", "");
  EXPECT_EQ(md.bytes, RenderComparisonMarkdown(catalog, c, docs));

  const OfficeOutcome garbled =
      RenderOfficeRequest(catalog, kComparisonDocxRequest, "not json", "", "");
  EXPECT_FALSE(garbled.ok);
  EXPECT_EQ(garbled.reason, "the comparison request could not be read");
  const OfficeOutcome invalid = RenderOfficeRequest(
      catalog, kComparisonDocxRequest, ComparisonRequestJson("{}", "{}", docs), "", "");
  EXPECT_FALSE(invalid.ok);
  EXPECT_EQ(invalid.reason.rfind("an assessment could not be read (", 0), 0u) << invalid.reason;
}

}  // namespace
}  // namespace cloudgap
