#include "core/office/office_request.h"

#include <gtest/gtest.h>

#include "core/catalog/catalog_loader.h"
#include "core/document/document_json.h"
#include "core/document/sample_assessment.h"
#include "core/office/office_report.h"
#include "core/report/report.h"
#include "core/testing/fixtures.h"
#include "core/testing/test_catalog.h"
#include "core/zip/zip_reader.h"

namespace cloudgap {
namespace {

TEST(OfficeRequest, MakesTheSameFileAsTheCommandLine) {
  const Catalog& catalog = BuiltinCatalog();
  const Assessment a = SampleAssessment(catalog, AssessmentMode::kFull, kTestNow);
  const OfficeOutcome outcome =
      RenderOfficeRequest(catalog, "xlsx", SerializeAssessmentDocument(a, JsonStyle::kCompact),
                          R"({"product_name": "Acme Assure", "accent_color": "#0b3d91"})", "");
  ASSERT_TRUE(outcome.ok) << outcome.reason;
  ReportBrand brand{"Acme Assure", 0x0B3D91, "", std::nullopt};
  EXPECT_EQ(outcome.bytes, RenderOfficeReport(catalog, a, OfficeFormat::kXlsx, brand).bytes);
}

// The text reports come from the module too (the page keeps none of their
// code), with the brand: the HTML report shows a logo of any image type.
TEST(OfficeRequest, MakesEveryTextReportWithTheBrand) {
  const Catalog& catalog = BuiltinCatalog();
  const Assessment a = SampleAssessment(catalog, AssessmentMode::kFull, kTestNow);
  const std::string doc = SerializeAssessmentDocument(a, JsonStyle::kCompact);
  const std::string branding = R"({"product_name": "Acme Assure", "accent_color": "#0b3d91"})";
  const std::string logo = "<svg xmlns=\"http://www.w3.org/2000/svg\"/>";
  const ReportBrand brand{"Acme Assure", 0x0B3D91, logo, std::nullopt};
  for (ReportFormat format : kReportFormats) {
    const OfficeOutcome outcome =
        RenderOfficeRequest(catalog, ReportFormatName(format), doc, branding, logo);
    ASSERT_TRUE(outcome.ok) << ReportFormatName(format) << ": " << outcome.reason;
    EXPECT_EQ(outcome.bytes, RenderReport(catalog, a, format, brand).bytes)
        << ReportFormatName(format);
  }
  EXPECT_TRUE(Contains(RenderOfficeRequest(catalog, "html", doc, branding, logo).bytes,
                       "src=\"data:image/svg+xml;base64,"));
}

TEST(OfficeRequest, SaysWhyWhenItCannot) {
  const Catalog& catalog = BuiltinCatalog();
  EXPECT_EQ(RenderOfficeRequest(catalog, "pdf", "{}", "", "").reason,
            "there is no report format named pdf");
  const OfficeOutcome broken = RenderOfficeRequest(catalog, "xlsx", "{not json", "", "");
  EXPECT_FALSE(broken.ok);
  EXPECT_TRUE(Contains(broken.reason, "the assessment could not be read (")) << broken.reason;
  // A config.json that is not JSON gives the default brand, not a failure.
  const Assessment a = SampleAssessment(catalog, AssessmentMode::kQuick, kTestNow);
  const OfficeOutcome plain = RenderOfficeRequest(
      catalog, "xlsx", SerializeAssessmentDocument(a, JsonStyle::kCompact), "not json", "<svg/>");
  ASSERT_TRUE(plain.ok);
  const ZipContents parts = ReadZip(plain.bytes);
  EXPECT_TRUE(Contains(parts.Find("docProps/app.xml")->data, "<Application>CloudGap<"));
  EXPECT_EQ(parts.Find("xl/media/image1.png"), nullptr);
}

}  // namespace
}  // namespace cloudgap
