// The web app's catalog without its words (ui/catalog_source.h): what a first
// visit fetches, when the words are asked for, and what a person sees when
// they are late, missing or wrong.
#include "core/catalog/catalog_text.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <optional>
#include <string>
#include <vector>

#include "core/catalog/catalog_embedded.h"
#include "core/catalog/catalog_loader.h"
#include "core/document/applicability.h"
#include "core/document/document_json.h"
#include "core/office/office_format.h"
#include "core/office/office_request.h"
#include "core/report/report.h"
#include "core/testing/builtin_catalog_text.h"
#include "platform/fake_platform.h"
#include "ui/app_ui.h"
#include "ui/branding.h"
#include "ui/headless_ui.h"

namespace cloudgap::ui {
namespace {

class CatalogTextUiTest : public ::testing::Test {
 protected:
  CatalogTextUiTest() {
    fake_.site_files.files[TextFile()] = std::string(BuiltinCatalogTextJson());
  }

  static std::string TextFile() { return BuiltinCatalogStructure().text_file; }
  void Frame() {
    ui_.Frame([this] { app_.Frame(); });
  }
  bool Click(const std::string& label) {
    return ui_.Click(label, [this] { app_.Frame(); });
  }
  void Press(int key) {
    ui_.PressKey(key, [this] { app_.Frame(); });
  }
  // Delivers the download and draws the frame that takes it in.
  void Arrive() {
    ASSERT_EQ(fake_.site_files.RunPending(), 1);
    Frame();
  }
  const Catalog& catalog() const { return app_.session().catalog(); }
  // The fake Office module answers with what the real one runs, over the words
  // it would be handed (platform.h, OfficeWriter).
  void AnswerOfficeRequestsAsTheModule() {
    fake_.office.answer = [this](const OfficeWriter::Request& request) {
      EXPECT_EQ(request.catalog_text_file, TextFile());
      const CatalogLoadResult whole = LoadCatalogWithText(
          EmbeddedCatalogStructureJson(), fake_.site_files.files.at(request.catalog_text_file));
      const OfficeOutcome outcome =
          RenderOfficeRequest(*whole.catalog, request.format, request.document_json, "", "");
      return OfficeWriter::Result{outcome.ok, outcome.bytes, outcome.reason};
    };
  }

  HeadlessUi ui_{1280, 2400};  // Tall enough for the results screen's actions.
  FakePlatform fake_;
  AppUi app_{fake_.platform, BuiltinCatalogStructure()};
};

TEST_F(CatalogTextUiTest, TheWelcomeScreenFetchesNothing) {
  for (int i = 0; i < 5; ++i) Frame();
  EXPECT_EQ(app_.screen(), Screen::kWelcome);
  EXPECT_TRUE(fake_.site_files.fetched.empty());
  EXPECT_EQ(app_.session().catalog_text(), CatalogText::kNotAsked);
}

TEST_F(CatalogTextUiTest, StartingAnAssessmentFetchesTheWordsOnce) {
  Frame();
  ASSERT_TRUE(Click("Start full assessment"));
  ASSERT_EQ(fake_.site_files.fetched, std::vector<std::string>{TextFile()});
  EXPECT_EQ(app_.session().catalog_text(), CatalogText::kLoading);
  EXPECT_NE(app_.WhereJson().find(R"("catalog_text":"loading")"), std::string::npos)
      << app_.WhereJson();
  EXPECT_EQ(catalog().controls[0].objective, kTextPlaceholder);
  Frame();
  Frame();
  EXPECT_EQ(fake_.site_files.fetched.size(), 1u) << "asked for once, not every frame";
  Arrive();
  EXPECT_EQ(app_.session().catalog_text(), CatalogText::kComplete);
  EXPECT_EQ(catalog().controls[0].objective, BuiltinCatalog().controls[0].objective);
  EXPECT_EQ(catalog().sha256, BuiltinCatalog().sha256);
  ASSERT_TRUE(Click("Continue to the questions"));
  EXPECT_EQ(app_.screen(), Screen::kQuestionnaire);
  EXPECT_EQ(fake_.site_files.fetched.size(), 1u);
}

TEST_F(CatalogTextUiTest, AnAssessmentStartedBeforeTheWordsKeepsItsAnswersAndScores) {
  Frame();
  ASSERT_TRUE(Click("Start quick scan"));
  ASSERT_TRUE(Click("Continue to the questions"));
  std::string id;
  ForEachAskedQuestion(app_.session().assessment().profile,
                       catalog().controls[app_.session().scoped_controls()[0]],
                       [&](const Question& q) { id = id.empty() ? q.id : id; });
  ASSERT_TRUE(Click("No##" + id));
  const std::optional<double> score = app_.session().evaluation().overall.score;
  ASSERT_TRUE(score.has_value());
  const auto revision = app_.session().revision();
  Arrive();
  EXPECT_EQ(app_.session().assessment().AnswerTo(id), Answer::kNo);
  EXPECT_EQ(app_.session().evaluation().overall.score, score);
  EXPECT_EQ(app_.session().revision(), revision) << "the words change nothing to save";
}

TEST_F(CatalogTextUiTest, AFailedDownloadSaysSoAndCanBeTriedAgain) {
  fake_.site_files.files.clear();
  Frame();
  ASSERT_TRUE(Click("Start full assessment"));
  Arrive();
  EXPECT_EQ(app_.session().catalog_text(), CatalogText::kFailed);
  EXPECT_NE(app_.session().catalog_text_problem().find("the download failed (HTTP 404)"),
            std::string::npos);
  Frame();
  EXPECT_EQ(fake_.site_files.fetched.size(), 1u) << "no retry without the person asking";
  fake_.site_files.files[TextFile()] = std::string(BuiltinCatalogTextJson());
  ASSERT_TRUE(Click("Try again"));
  EXPECT_EQ(fake_.site_files.fetched.size(), 2u);
  Arrive();
  EXPECT_EQ(app_.session().catalog_text(), CatalogText::kComplete);
  EXPECT_EQ(ui_.items().Find("Try again"), nullptr);
}

TEST_F(CatalogTextUiTest, AFileOfAnotherVersionIsRefused) {
  fake_.site_files.files[TextFile()] = R"({"format": "cloudgap-catalog-text/1"})";
  Frame();
  ASSERT_TRUE(Click("Start full assessment"));
  Arrive();
  EXPECT_EQ(app_.session().catalog_text(), CatalogText::kFailed);
  EXPECT_NE(app_.session().catalog_text_problem().find("does not fit this version"),
            std::string::npos)
      << app_.session().catalog_text_problem();
  EXPECT_EQ(catalog().controls[0].objective, kTextPlaceholder);
  EXPECT_NE(ui_.items().Find("Try again"), nullptr);
}

TEST_F(CatalogTextUiTest, AReportAskedForEarlyIsMadeWhenTheWordsArrive) {
  AnswerOfficeRequestsAsTheModule();
  fake_.site_files.files.clear();  // The first try fails: the report still waits.
  Frame();
  ASSERT_TRUE(Click("Try a sample"));
  Arrive();
  ASSERT_EQ(app_.session().catalog_text(), CatalogText::kFailed);
  ASSERT_TRUE(Click("Download report"));
  const ReportFormat html = ReportFormat::kHtml;
  ASSERT_TRUE(Click(std::string(ReportFormatLabel(html)) + "##report-" + ReportFormatName(html)));
  EXPECT_TRUE(fake_.files.downloads.empty());
  fake_.site_files.files[TextFile()] = std::string(BuiltinCatalogTextJson());
  Arrive();
  EXPECT_TRUE(fake_.files.downloads.empty()) << "made by the reports' module";
  ASSERT_EQ(fake_.office.requests.size(), 1u);
  EXPECT_EQ(fake_.office.requests[0].format, "html");
  ASSERT_EQ(fake_.office.RunPending(), 1);
  Frame();
  ASSERT_EQ(fake_.files.downloads.size(), 1u);
  const Assessment& a = app_.session().assessment();
  EXPECT_EQ(fake_.files.downloads[0].name, ReportFileName(a, ReportFormat::kHtml));
  EXPECT_EQ(fake_.files.downloads[0].mime_type, "text/html;charset=utf-8");
  EXPECT_EQ(fake_.files.downloads[0].bytes,
            RenderReport(BuiltinCatalog(), a, ReportFormat::kHtml).bytes);
}

// The workbook is made by the Office module, once the words are in.
TEST_F(CatalogTextUiTest, AWorkbookIsMadeByTheOfficeModuleOnceTheWordsAreIn) {
  AnswerOfficeRequestsAsTheModule();
  Frame();
  ASSERT_TRUE(Click("Try a sample"));
  ASSERT_TRUE(Click("Download report"));
  const std::string label = std::string(OfficeFormatLabel(OfficeFormat::kXlsx)) + "##report-xlsx";
  ASSERT_TRUE(Click(label));
  EXPECT_TRUE(fake_.office.requests.empty()) << "waits for the words";
  Arrive();
  ASSERT_EQ(fake_.office.requests.size(), 1u);
  EXPECT_EQ(fake_.office.requests[0].format, "xlsx");
  const Assessment& a = app_.session().assessment();
  EXPECT_EQ(fake_.office.requests[0].document_json,
            SerializeAssessmentDocument(a, JsonStyle::kCompact));
  // While it is being made, a second click does nothing.
  ASSERT_TRUE(Click("Download report"));
  Click(label);
  EXPECT_EQ(fake_.office.requests.size(), 1u);
  ASSERT_EQ(fake_.office.RunPending(), 1);
  Frame();
  ASSERT_EQ(fake_.files.downloads.size(), 1u);
  EXPECT_EQ(fake_.files.downloads[0].name, OfficeReportFileName(a, OfficeFormat::kXlsx));
  EXPECT_EQ(fake_.files.downloads[0].mime_type, OfficeFormatMimeType(OfficeFormat::kXlsx));
  EXPECT_EQ(fake_.files.downloads[0].bytes.substr(0, 4), std::string("PK\x03\x04"));
}

TEST_F(CatalogTextUiTest, AWorkbookThatCannotBeMadeSaysWhyAndKeepsTheWork) {
  Frame();
  ASSERT_TRUE(Click("Try a sample"));
  Arrive();
  const Assessment before = app_.session().assessment();
  ASSERT_TRUE(Click("Download report"));
  ASSERT_TRUE(Click(std::string(OfficeFormatLabel(OfficeFormat::kXlsx)) + "##report-xlsx"));
  ASSERT_EQ(fake_.office.RunPending(), 1);  // No answer set: the module could not load.
  Frame();
  EXPECT_TRUE(fake_.files.downloads.empty());
  ASSERT_FALSE(fake_.announcer.messages.empty());
  EXPECT_EQ(fake_.announcer.messages.back(),
            "The Workbook (Excel, editable) could not be made: the report module could not be "
            "loaded (HTTP 404). Your assessment is unchanged.");
  EXPECT_EQ(app_.session().assessment(), before);
  // And it can be tried again.
  ASSERT_TRUE(Click("Download report"));
  ASSERT_TRUE(Click(std::string(OfficeFormatLabel(OfficeFormat::kXlsx)) + "##report-xlsx"));
  EXPECT_EQ(fake_.office.requests.size(), 2u);
}

// The download menu says how big each file was once one was made for this
// revision of the document; a change forgets the sizes.
TEST_F(CatalogTextUiTest, TheDownloadMenuShowsEachFormatsSizeOnceMade) {
  AnswerOfficeRequestsAsTheModule();
  Frame();
  ASSERT_TRUE(Click("Try a sample"));
  Arrive();
  const Assessment& a = app_.session().assessment();
  for (size_t i = 0; i < std::size(kReportFormats); ++i) {
    const ReportFormat format = kReportFormats[i];
    ASSERT_TRUE(Click("Download report"));
    EXPECT_EQ(app_.report_menu_state().text[i], 0u) << "unknown until one is made";
    ASSERT_TRUE(
        Click(std::string(ReportFormatLabel(format)) + "##report-" + ReportFormatName(format)));
    ASSERT_EQ(fake_.office.RunPending(), 1);
    Frame();
    EXPECT_EQ(app_.report_menu_state().text[i],
              RenderReport(BuiltinCatalog(), a, format).bytes.size())
        << ReportFormatName(format);
  }
  ASSERT_TRUE(Click("Download report"));
  ASSERT_TRUE(Click(std::string(OfficeFormatLabel(OfficeFormat::kXlsx)) + "##report-xlsx"));
  ASSERT_EQ(fake_.office.RunPending(), 1);
  Frame();
  EXPECT_EQ(app_.report_menu_state().office[0], fake_.files.downloads.back().bytes.size());
  ASSERT_TRUE(Click("Questions"));
  Press('Y');  // A change (it sets yes, or clears a yes): every size is unknown again.
  ASSERT_TRUE(Click("Results"));
  ASSERT_TRUE(Click("Download report"));
  EXPECT_EQ(app_.report_menu_state().text[0], 0u);
  EXPECT_EQ(app_.report_menu_state().office[0], 0u);
}

}  // namespace
}  // namespace cloudgap::ui
