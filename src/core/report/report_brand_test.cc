// A host's brand on the reports made for people (report_brand.h).
#include "core/report/report_brand.h"

#include <gtest/gtest.h>

#include <regex>

#include "core/catalog/catalog_loader.h"
#include "core/document/sample_assessment.h"
#include "core/report/report.h"
#include "core/testing/fixtures.h"
#include "core/testing/test_catalog.h"
#include "core/text/base64.h"
#include "core/text/sha.h"

namespace cloudgap {
namespace {

std::string Html(const ReportBrand& brand) {
  const Assessment a = SampleAssessment(BuiltinCatalog(), AssessmentMode::kFull, kTestNow);
  return RenderReport(BuiltinCatalog(), a, ReportFormat::kHtml, brand).bytes;
}

std::string Hash(const std::string& text) {
  const auto digest = Sha256(text);
  return Base64Encode(
      std::string_view(reinterpret_cast<const char*>(digest.data()), digest.size()));
}

TEST(ReportBrand, TheDefaultBrandChangesNothing) {
  EXPECT_EQ(Html(ReportBrand()), Html(BrandOf(Branding(), "")));
  EXPECT_TRUE(Contains(Html(ReportBrand()), "<div class=\"brand\">CloudGap</div>"));
  EXPECT_EQ(Html(ReportBrand()).find("<style>:root"), std::string::npos);
}

TEST(ReportBrand, TheHtmlCoverCarriesNameColourAndLogo) {
  ReportBrand brand;
  brand.product_name = "Acme <Assure>";
  brand.accent_rgb = 0x0B3D91;
  brand.logo_png = "<svg xmlns=\"http://www.w3.org/2000/svg\"/>";
  const std::string html = Html(brand);
  EXPECT_TRUE(Contains(html,
                       "<div class=\"brand\"><img alt=\"Acme &lt;Assure&gt; logo\" "
                       "src=\"data:image/svg+xml;base64," +
                           Base64Encode(brand.logo_png) + "\">Acme &lt;Assure&gt;</div>"));
  // Every <style> is allowed by its hash, and nothing else is.
  std::smatch policy;
  ASSERT_TRUE(std::regex_search(html, policy, std::regex("style-src ([^;]+);")));
  const std::regex style_re("<style>([^<]*)</style>");
  int styles = 0;
  for (std::sregex_iterator it(html.begin(), html.end(), style_re), end; it != end;
       ++it, ++styles) {
    EXPECT_TRUE(Contains(policy[1].str(), "'sha256-" + Hash((*it)[1].str()) + "'"));
  }
  EXPECT_EQ(styles, 2);
  EXPECT_TRUE(Contains(html, ":root{--accent:#0b3d91}"));
  // A logo of no known image type is left out.
  brand.logo_png = "not an image";
  EXPECT_FALSE(Contains(Html(brand), "<img alt="));
}

TEST(ReportBrand, MarkdownNamesTheProductAndDataFormatsIgnoreTheBrand) {
  const Assessment a = SampleAssessment(BuiltinCatalog(), AssessmentMode::kFull, kTestNow);
  ReportBrand brand;
  brand.product_name = "Acme Assure";
  brand.accent_rgb = 0x0B3D91;
  EXPECT_TRUE(Contains(RenderReport(BuiltinCatalog(), a, ReportFormat::kMarkdown, brand).bytes,
                       "\n- Made with Acme Assure.\n"));
  for (ReportFormat format : {ReportFormat::kJson, ReportFormat::kCsv, ReportFormat::kSoa,
                              ReportFormat::kOscalAssessmentResults}) {
    EXPECT_EQ(RenderReport(BuiltinCatalog(), a, format, brand).bytes,
              RenderReport(BuiltinCatalog(), a, format).bytes);
  }
}

}  // namespace
}  // namespace cloudgap
