#include "core/office/brief.h"

#include <gtest/gtest.h>

#include <regex>

#include "core/catalog/catalog_loader.h"
#include "core/document/sample_assessment.h"
#include "core/engine/scoring.h"
#include "core/office/office_report.h"
#include "core/office/png_writer.h"
#include "core/testing/fixtures.h"
#include "core/testing/hostile_corpus.h"
#include "core/testing/test_catalog.h"
#include "core/text/base64.h"
#include "core/text/score_format.h"
#include "core/text/sha.h"

namespace cloudgap {
namespace {

struct Made {
  explicit Made(Assessment a)
      : assessment(std::move(a)),
        evaluation(Evaluate(BuiltinCatalog(), assessment)),
        roadmap(BuildRoadmap(BuiltinCatalog(), assessment, evaluation)),
        brief(MakeBrief(ReportInput(BuiltinCatalog(), assessment, evaluation, roadmap))) {}
  Assessment assessment;
  Evaluation evaluation;
  Roadmap roadmap;
  Brief brief;
};

TEST(Brief, TheTopFiveGapsAreTheRoadmapsFirstFive) {
  for (AssessmentMode mode : {AssessmentMode::kFull, AssessmentMode::kQuick}) {
    const Made m(SampleAssessment(BuiltinCatalog(), mode, kTestNow));
    ASSERT_EQ(m.brief.gaps.size(), 5u);
    for (size_t i = 0; i < 5; ++i) {
      EXPECT_EQ(m.brief.gaps[i].id, m.roadmap.items[i].control_id);
      EXPECT_EQ(m.brief.gaps[i].effort_days, m.roadmap.items[i].effort_days);
    }
    EXPECT_EQ(m.brief.score, FormatScore(*m.evaluation.overall.score));
    EXPECT_EQ(m.brief.organisation, m.assessment.profile.organisation);
    EXPECT_TRUE(Contains(m.brief.next_90_days, "take the overall score from " + m.brief.score))
        << m.brief.next_90_days;
  }
}

TEST(Brief, LongTextIsCutToKeepOnePage) {
  Assessment a = SampleAssessment(BuiltinCatalog(), AssessmentMode::kFull, kTestNow);
  a.profile.organisation = std::string(500, 'x');
  const Made m(a);
  EXPECT_EQ(m.brief.organisation, std::string(80, 'x') + "\xE2\x80\xA6");
  for (const BriefGap& gap : m.brief.gaps) EXPECT_LE(gap.reason.size(), 160u + 3);
}

TEST(Brief, TheHtmlCarriesTheBrandAndAllowsOnlyItsOwnStyle) {
  const Made m(SampleAssessment(BuiltinCatalog(), AssessmentMode::kQuick, kTestNow));
  ReportBrand brand{"Acme Assure", 0x0B3D91, RgbCanvas(8, 4, 0x0B3D91).EncodePng(),
                    CallToAction{"Talk to our team", "mailto:sales@acme.example?subject=Scan"}};
  const std::string html = RenderBriefHtml(m.brief, brand, EnglishMessages());
  EXPECT_TRUE(Contains(html, "<span class=\"product\">Acme Assure</span>"));
  EXPECT_TRUE(Contains(html, "--accent:#0B3D91"));
  EXPECT_TRUE(Contains(html, "<img alt=\"Acme Assure logo\" src=\"data:image/png;base64," +
                                 Base64Encode(brand.logo_png) + "\">"));
  EXPECT_TRUE(Contains(html,
                       "<p class=\"cta\">Talk to our team: <a "
                       "href=\"mailto:sales@acme.example?subject=Scan\">"));
  // The policy's hash is the style's: a changed style would not apply.
  std::smatch style, policy;
  ASSERT_TRUE(std::regex_search(html, style, std::regex("<style>([^<]*)</style>")));
  ASSERT_TRUE(std::regex_search(html, policy, std::regex("style-src 'sha256-([^']+)'")));
  const auto digest = Sha256(style[1].str());
  EXPECT_EQ(policy[1].str(),
            Base64Encode(std::string_view(reinterpret_cast<const char*>(digest.data()), 32)));
  EXPECT_FALSE(Contains(html, "<script"));
  // Without a brand: CloudGap, no logo, no call-to-action.
  const std::string plain = RenderBriefHtml(m.brief, ReportBrand{}, EnglishMessages());
  EXPECT_TRUE(Contains(plain, ">CloudGap</span>"));
  EXPECT_FALSE(Contains(plain, "<img"));
  EXPECT_FALSE(Contains(plain, "class=\"cta\""));
}

TEST(Brief, HostileTextIsEscaped) {
  for (const std::string& payload : Payloads()) {
    const std::string html =
        RenderOfficeReport(BuiltinCatalog(), Hostile(BuiltinCatalog(), payload),
                           OfficeFormat::kBrief, {})
            .bytes;
    EXPECT_FALSE(Contains(html, "<script>alert")) << payload;
    EXPECT_FALSE(Contains(html, "<img src=x")) << payload;
    EXPECT_FALSE(Contains(html, "<svg")) << payload;
  }
}

}  // namespace
}  // namespace cloudgap
