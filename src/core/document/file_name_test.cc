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

TEST(Slug, AsciiLettersDigitsAndSingleHyphens) {
  EXPECT_EQ(Slug("Acme Cloud Ltd.", 40), "acme-cloud-ltd");
  EXPECT_EQ(Slug("  --Acme--  ", 40), "acme");
  EXPECT_EQ(Slug("Soci\xC3\xA9t\xC3\xA9 G\xC3\xA9n\xC3\xA9rale", 40), "societe-generale");
  EXPECT_EQ(Slug("Stra\xC3\x9F"
                 "e \xC3\x86on \xC3\x9E",
                 40),
            "strasse-aeon-th");
  EXPECT_EQ(Slug("\xD7\xA9\xD7\x9C", 40), "");  // Nothing Latin to keep.
  EXPECT_EQ(Slug("abcdef", 3), "abc");
  EXPECT_EQ(Slug("ab cdef", 3), "ab");  // Never ends with the hyphen a cut leaves.
}

// The defect of issue 14: an export and a report of the same assessment were
// named by two slug functions ("soci-t-g-n-rale" vs "societe-generale").
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
