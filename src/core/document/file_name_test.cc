#include "core/document/file_name.h"

#include <gtest/gtest.h>

#include "core/report/report.h"
#include "core/testing/test_catalog.h"

namespace cloudgap {
namespace {

Assessment Named(const std::string& organisation) {
  Assessment a = NewAssessment(TestCatalog(), TestProfile(), "2024-05-03T10:00:00Z");
  a.profile.organisation = organisation;
  return a;
}

TEST(FileName, ExportAndReportsShareOneStem) {
  const Assessment a = Named("Soci\xC3\xA9t\xC3\xA9 G\xC3\xA9n\xC3\xA9rale");
  const std::string stem = AssessmentFileStem(a);
  EXPECT_EQ(stem, "cloudgap-societe-generale-2024-05-03");
  EXPECT_EQ(DocumentFileName(a), stem + ".json");
  for (ReportFormat format :
       {ReportFormat::kHtml, ReportFormat::kMarkdown, ReportFormat::kJson, ReportFormat::kCsv,
        ReportFormat::kSoa, ReportFormat::kOscalAssessmentResults, ReportFormat::kOscalPoam}) {
    const std::string name = ReportFileName(a, format);
    EXPECT_EQ(name.substr(0, stem.size() + 1), stem + (name[stem.size()] == '.' ? "." : "-"))
        << name;
  }
}

TEST(FileName, WithoutAnOrganisationTheModeNamesIt) {
  Assessment a = Named("");
  EXPECT_EQ(DocumentFileName(a), "cloudgap-assessment-2024-05-03.json");
  a.profile.mode = AssessmentMode::kQuick;
  EXPECT_EQ(DocumentFileName(a), "cloudgap-quick-scan-2024-05-03.json");
  EXPECT_EQ(ReportFileName(a, ReportFormat::kHtml), "cloudgap-quick-scan-2024-05-03.html");
  a.updated_at = "../x";  // Whatever the field holds, only digits and '-' come through.
  EXPECT_EQ(DocumentFileName(a), "cloudgap-quick-scan.json");
}

}  // namespace
}  // namespace cloudgap
