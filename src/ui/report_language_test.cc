// A report speaks the language of the screens it was asked for from: the app
// hands the reports' module the language's two files (platform.h,
// OfficeWriter::Request), and the module's answer is the report in that
// language with the scores of the English one.
#include <gtest/gtest.h>

#include <string>

#include "core/catalog/catalog_embedded.h"
#include "core/catalog/catalog_loader.h"
#include "core/catalog/catalog_text.h"
#include "core/i18n/message_catalog.h"
#include "core/office/office_request.h"
#include "core/report/report.h"
#include "core/text/score_format.h"
#include "ui/language_fixture.h"
#include "ui/languages.h"
#include "ui/tr.h"

namespace cloudgap::ui {
namespace {

class ReportLanguageTest : public LanguageAppFixture {
 protected:
  ReportLanguageTest() {
    // As the module does (src/app/office_module.cc): the words it is handed.
    fake_.office.answer = [this](const OfficeWriter::Request& request) {
      const CatalogLoadResult catalog = LoadCatalogWithText(
          EmbeddedCatalogStructureJson(), fake_.site_files.files.at(request.catalog_text_file));
      const MessageCatalog words =
          request.messages_file.empty()
              ? MessageCatalog()
              : LoadMessageCatalog(fake_.site_files.files.at(request.messages_file)).catalog;
      const OfficeOutcome outcome = RenderOfficeRequest(*catalog.catalog, request.format,
                                                        request.document_json, "", "", words);
      return OfficeWriter::Result{outcome.ok, outcome.bytes, outcome.reason};
    };
  }

  // Asks for the Markdown report through the menu, in whatever language it speaks.
  std::string DownloadMarkdown() {
    const size_t before = fake_.files.downloads.size();
    // The last download's message sits over the foot of the screen.
    if (ui_.items().Find(Tr("Dismiss")) != nullptr) {
      EXPECT_TRUE(Click(Tr("Dismiss")));
    }
    EXPECT_TRUE(Click(Tr("Download report")));
    EXPECT_TRUE(Click(std::string(Tr("Report (Markdown)")) + "##report-md"));
    Deliver();
    EXPECT_EQ(fake_.office.RunPending(), 1);
    Frame();
    if (fake_.files.downloads.size() != before + 1) return "";
    return fake_.files.downloads.back().bytes;
  }
};

TEST_F(ReportLanguageTest, AGermanVisitorsReportIsGermanWithTheSameScores) {
  Frame();
  ASSERT_TRUE(Click("Try a sample"));
  Deliver();
  const std::string english = DownloadMarkdown();
  ASSERT_EQ(fake_.office.requests.size(), 1u);
  EXPECT_EQ(fake_.office.requests[0].messages_file, "");
  EXPECT_EQ(
      english,
      RenderReport(BuiltinCatalog(), app_.session().assessment(), ReportFormat::kMarkdown).bytes);

  app_.SetBrowserLanguages({"de"});
  Frame();
  Deliver();
  ASSERT_EQ(&app_.session().catalog_language(), FindUiLanguage("de"));
  const std::string german = DownloadMarkdown();
  ASSERT_EQ(fake_.office.requests.size(), 2u);
  EXPECT_EQ(fake_.office.requests[1].messages_file, FindUiLanguage("de")->messages_file);
  EXPECT_EQ(fake_.office.requests[1].catalog_text_file, FindUiLanguage("de")->catalog_file);
  ASSERT_FALSE(german.empty());
  EXPECT_NE(german, english);
  EXPECT_EQ(german.find("## Executive summary"), std::string::npos);
  // The document is the same: the German report's overall score is the English one's.
  const std::optional<double> score = app_.session().evaluation().overall.score;
  ASSERT_TRUE(score.has_value());
  EXPECT_NE(german.find(FormatScore(*score, "de")), std::string::npos);
}

}  // namespace
}  // namespace cloudgap::ui
