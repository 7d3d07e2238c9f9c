// Keeping and sharing through the whole UI, headless, over the fake platform:
// autosave and reopening, the library on the welcome screen, storage that
// fails, files in and out, and share links.
#include <gtest/gtest.h>
#include <imgui.h>

#include <memory>

#include "core/catalog/catalog_loader.h"
#include "core/document/document_json.h"
#include "core/document/document_migration.h"
#include "core/office/comparison_request.h"
#include "core/office/office_request.h"
#include "core/report/report.h"
#include "core/report/report_compare.h"
#include "core/zip/zip_reader.h"
#include "platform/fake_platform.h"
#include "ui/app_ui.h"
#include "ui/branding.h"
#include "ui/headless_ui.h"

namespace cloudgap::ui {
namespace {

class KeepTest : public ::testing::Test {
 protected:
  void Frame() {
    ui_.Frame([this] { app_->Frame(); });
  }
  bool Click(const std::string& label) {
    return ui_.Click(label, [this] { app_->Frame(); });
  }
  void Press(int key) {
    ui_.PressKey(key, [this] { app_->Frame(); });
  }
  void Type(const char* utf8) {
    ImGui::GetIO().AddInputCharactersUTF8(utf8);
    Frame();
  }
  // Lets time pass and draws a frame, as the web runner's timer does.
  void Wait(double seconds) {
    fake_.clock.seconds += seconds;
    Frame();
  }
  // A new page load over the same browser storage.
  void Reload() {
    app_.reset();
    app_ = std::make_unique<AppUi>(fake_.platform, BuiltinCatalog());
    Frame();
    Frame();
  }
  bool Shows(const std::string& label) const { return ui_.items().Find(label) != nullptr; }
  // The fake reports' module answers with what the real one runs.
  void AnswerAsTheReportsModule() {
    fake_.office.answer = [](const OfficeWriter::Request& request) {
      const OfficeOutcome outcome =
          RenderOfficeRequest(BuiltinCatalog(), request.format, request.document_json, "", "");
      return OfficeWriter::Result{outcome.ok, outcome.bytes, outcome.reason};
    };
  }
  std::string Where() const { return app_->WhereJson(); }

  void StartQuickScanAndAnswer(int controls) {
    Frame();
    ASSERT_TRUE(Click("Start quick scan"));
    ASSERT_TRUE(Click("Continue to the questions"));
    for (int i = 0; i < controls; ++i) {
      Press('Y');
      Press(ImGuiKey_PageDown);
    }
  }

  HeadlessUi ui_{1280, 2400};
  FakePlatform fake_;
  std::unique_ptr<AppUi> app_ = std::make_unique<AppUi>(fake_.platform, BuiltinCatalog());
};

TEST_F(KeepTest, AnswersAreSavedWithinASecondAndReopenWhereTheUserWas) {
  StartQuickScanAndAnswer(3);
  const std::string doc = app_->DocumentJson();
  Wait(1.0);
  EXPECT_LT(app_->SecondsUntilWake(), 0);  // Saved: nothing pending.
  ASSERT_EQ(app_->library().entries().size(), 1u);
  Reload();
  EXPECT_EQ(app_->DocumentJson(), doc);
  EXPECT_EQ(app_->screen(), Screen::kQuestionnaire);
  EXPECT_EQ(app_->current_control(), 3u);
  EXPECT_NE(Where().find("\"screen\":\"questionnaire\""), std::string::npos) << Where();
  EXPECT_NE(fake_.announcer.messages.back().find("Reopened"), std::string::npos);
}

// A first visit that only looks writes nothing and asks for no timer: an idle
// page draws no frames (BENCHMARKS.md, idle).
TEST_F(KeepTest, AFirstVisitThatOnlyLooksSavesNothing) {
  for (int i = 0; i < 4; ++i) Frame();
  EXPECT_LT(app_->SecondsUntilWake(), 0);
  Wait(2.0);
  EXPECT_TRUE(fake_.storage.items.empty());
}

TEST_F(KeepTest, AutosaveWaitsForAPauseButNeverLongerThanASecond) {
  StartQuickScanAndAnswer(0);
  Wait(2.0);  // The new assessment is kept.
  const std::string before = fake_.storage.items.at("cloudgap/doc/a1");
  for (int i = 0; i < 8; ++i) {  // A change every 0.2 s: never a 0.3 s pause.
    Press(i % 2 ? 'Y' : 'N');
    EXPECT_GE(app_->SecondsUntilWake(), 0);
    Wait(0.2);
  }
  // Saved at least once during the burst, by the one-second rule.
  EXPECT_NE(fake_.storage.items.at("cloudgap/doc/a1"), before);
  Wait(0.5);
  EXPECT_EQ(fake_.storage.items.at("cloudgap/doc/a1"), app_->DocumentJson());
}

TEST_F(KeepTest, WhatReplacesTheOpenAssessmentSavesItsLastChangeFirst) {
  StartQuickScanAndAnswer(1);
  Wait(1.0);
  Press('N');            // Not yet saved...
  app_->FlushKeeping();  // ...until the page is hidden.
  EXPECT_EQ(fake_.storage.items.at("cloudgap/doc/a1"), app_->DocumentJson());
  Press('Y');
  const std::string last = app_->DocumentJson();
  EXPECT_NE(fake_.storage.items.at("cloudgap/doc/a1"), last);
  // Opening another assessment saves this one's latest change before replacing it.
  fake_.files.Deliver({"other.json", SerializeAssessmentDocument(NewAssessment(
                                         BuiltinCatalog(), Profile(), "2026-02-02T00:00:00Z"))});
  Frame();
  EXPECT_EQ(app_->library().entries().size(), 2u);
  EXPECT_EQ(fake_.storage.items.at("cloudgap/doc/a1"), last);
}

TEST_F(KeepTest, WithoutStorageTheAppWorksAndSaysAutosaveIsOff) {
  fake_.storage.available = false;
  StartQuickScanAndAnswer(2);
  Wait(1.0);
  Frame();
  EXPECT_NE(Where().find("\"autosave\":\"unavailable\""), std::string::npos) << Where();
  EXPECT_EQ(app_->session().assessment().answers.size(), 2u);  // The work is all there.
  ASSERT_TRUE(Click("Export (.json)##autosave-off"));
  ASSERT_EQ(fake_.files.downloads.size(), 1u);
  EXPECT_EQ(fake_.files.downloads[0].mime_type, "application/json");
  EXPECT_EQ(fake_.files.downloads[0].bytes,
            SerializeAssessmentDocument(app_->session().assessment(), JsonStyle::kPretty));
  // Storage comes back (space freed, setting changed): autosave resumes on the next change.
  fake_.storage.available = true;
  Press('N');
  Wait(1.0);
  EXPECT_NE(Where().find("\"autosave\":\"on\""), std::string::npos) << Where();
  EXPECT_EQ(app_->library().entries().size(), 1u);
}

TEST_F(KeepTest, AFullStorageSaysSoAndKeepsTheWork) {
  fake_.storage.capacity_bytes = 300;
  StartQuickScanAndAnswer(2);
  Wait(1.0);
  Frame();
  EXPECT_NE(Where().find("\"autosave\":\"full\""), std::string::npos) << Where();
  EXPECT_TRUE(Shows("Export (.json)##autosave-off"));
  EXPECT_EQ(app_->session().assessment().answers.size(), 2u);
}

TEST_F(KeepTest, ACorruptSavedDocumentIsOfferedForDownloadAndStopsNothing) {
  fake_.storage.items["cloudgap/index"] =
      R"({"format":"cloudgap-library/1","entries":[{"id":"a1","name":"Mine","mode":"full"}]})";
  fake_.storage.items["cloudgap/doc/a1"] =
      "{\"format\": \"cloudgap-assessment/1\", \"answers\": tru";
  fake_.storage.items["cloudgap/ui"] = R"({"assessment":"a1","screen":"results"})";
  Frame();
  Frame();
  EXPECT_EQ(app_->screen(), Screen::kWelcome);
  EXPECT_FALSE(app_->session().active());
  ASSERT_TRUE(Click("Download the saved data"));
  ASSERT_EQ(fake_.files.downloads.size(), 1u);
  EXPECT_EQ(fake_.files.downloads[0].bytes, fake_.storage.items["cloudgap/doc/a1"]);
  // The app goes on: a new assessment is kept beside the damaged one, which is left as it was.
  ASSERT_TRUE(Click("Start full assessment"));
  Wait(1.0);
  EXPECT_EQ(app_->library().entries().size(), 2u);
  EXPECT_EQ(fake_.storage.items["cloudgap/doc/a1"].substr(0, 10), "{\"format\":");
}

TEST_F(KeepTest, AnOlderSavedDocumentIsMigratedAndWrittenBackInTheCurrentFormat) {
  std::string v1 = SerializeAssessmentDocument(
      NewAssessment(BuiltinCatalog(), Profile(), "2026-01-01T00:00:00Z"), JsonStyle::kCompact);
  std::string v0 = v1;
  v0.replace(v0.find("cloudgap-assessment/1"), 21, "cloudgap-assessment/0");
  v0.replace(v0.find("\"answers\":{}"), 12,
             R"("answers":{"5.1.1-q2":{"answer":"na","justification":"Group policy"}})");
  v0.replace(v0.find(",\"na_justifications\":{}"), 23, "");
  fake_.storage.items["cloudgap/index"] =
      R"({"format":"cloudgap-library/1","entries":[{"id":"a1","mode":"full"}]})";
  fake_.storage.items["cloudgap/doc/a1"] = v0;
  fake_.storage.items["cloudgap/ui"] = R"({"assessment":"a1","screen":"results"})";
  Frame();
  ASSERT_TRUE(app_->session().active());
  EXPECT_EQ(app_->session().assessment().answers.at("5.1.1-q2").justification, "Group policy");
  Wait(1.0);
  EXPECT_NE(fake_.storage.items["cloudgap/doc/a1"].find("cloudgap-assessment/1"),
            std::string::npos);
  EXPECT_NE(fake_.storage.items["cloudgap/doc/a1"].find("\"na_justifications\":{\"5.1.1-q2\""),
            std::string::npos);
}

TEST_F(KeepTest, ExportThenImportGivesBackTheSameDocument) {
  Frame();
  ASSERT_TRUE(Click("Try a sample"));
  const std::string doc = app_->DocumentJson();
  ASSERT_TRUE(Click("Export (.json)"));
  ASSERT_EQ(fake_.files.downloads.size(), 1u);
  const auto file = fake_.files.downloads[0];
  EXPECT_EQ(file.name, "cloudgap-example-cloud-ltd-2026-01-01.json");
  ASSERT_TRUE(Click("Profile"));
  ASSERT_TRUE(Click("Cloud provider"));  // Change it, then bring the export back.
  EXPECT_NE(app_->DocumentJson(), doc);
  fake_.files.Deliver({file.name, file.bytes});
  Frame();
  EXPECT_EQ(app_->DocumentJson(), doc);
  Wait(1.0);
  EXPECT_EQ(app_->library().entries().size(), 2u);  // The import is kept beside the changed one.
}

TEST_F(KeepTest, FilesThatAreNotAssessmentsAreRefusedAndChangeNothing) {
  StartQuickScanAndAnswer(1);
  const std::string before = app_->DocumentJson();
  fake_.files.Deliver({"report.json", R"({"report": "cloudgap-report/1", "overall": {}})"});
  Frame();
  EXPECT_EQ(app_->DocumentJson(), before);
  EXPECT_NE(fake_.announcer.messages.back().find("this is a CloudGap report"), std::string::npos);
  app_->RefuseFile("huge.json", 12.5 * 1024 * 1024);
  EXPECT_NE(fake_.announcer.messages.back().find("it is 12.5 MB, and CloudGap opens assessment "
                                                 "files of up to 5 MB"),
            std::string::npos);
  EXPECT_EQ(app_->DocumentJson(), before);
}

TEST_F(KeepTest, TheWelcomeListOpensRenamesDuplicatesAndDeletesWithUndo) {
  StartQuickScanAndAnswer(1);
  Wait(1.0);
  ASSERT_TRUE(Click("Profile"));
  Frame();
  // Back to the welcome screen through a reload: the list shows the kept scan.
  fake_.storage.items["cloudgap/ui"] = R"({"assessment":"","screen":"welcome"})";
  Reload();
  ASSERT_TRUE(Shows("Open##a1"));
  ASSERT_TRUE(Click("Rename##a1"));
  ASSERT_TRUE(Click("##rename-a1"));
  ImGui::GetIO().KeyCtrl = true;  // Select the name it starts with, and type over it.
  Press(ImGuiKey_A);
  ImGui::GetIO().KeyCtrl = false;
  Type("Board review");
  ASSERT_TRUE(Click("Save name##a1"));
  EXPECT_EQ(app_->library().Find("a1")->DisplayName(), "Board review");

  ASSERT_TRUE(Click("Duplicate##a1"));
  ASSERT_EQ(app_->library().entries().size(), 2u);
  EXPECT_EQ(app_->library().Find("a2")->DisplayName(), "Copy of Board review");

  ASSERT_TRUE(Click("Delete##a1"));
  EXPECT_EQ(app_->library().Find("a1"), nullptr);
  ASSERT_TRUE(Click("Undo delete"));
  ASSERT_NE(app_->library().Find("a1"), nullptr);

  ASSERT_TRUE(Click("Open##a1"));
  EXPECT_EQ(app_->screen(), Screen::kQuestionnaire);
  EXPECT_EQ(app_->session().assessment().answers.size(), 1u);
}

// Two kept assessments compared from the list: the first picked is "before";
// the screen lists what changed and swaps; copying gives the Markdown.
TEST_F(KeepTest, TheWelcomeListComparesTwoAssessments) {
  StartQuickScanAndAnswer(1);
  Wait(1.0);
  fake_.storage.items["cloudgap/ui"] = R"({"assessment":"","screen":"welcome"})";
  Reload();
  EXPECT_TRUE(Shows("Compare##a1"));  // With a file, even when it is the only one.
  ASSERT_TRUE(Click("Duplicate##a1"));
  ASSERT_TRUE(Click("Open##a2"));
  Press('N');  // The copy opens at the question answered "yes": now "no".
  Wait(1.0);
  fake_.storage.items["cloudgap/ui"] = R"({"assessment":"","screen":"welcome"})";
  Reload();

  ASSERT_TRUE(Click("Compare##a1"));
  EXPECT_TRUE(Shows("Cancel compare##a1"));
  ASSERT_TRUE(Click("Compare with this##a2"));
  Frame();
  EXPECT_EQ(app_->screen(), Screen::kCompare);
  const CompareState& shown = app_->compare_state();
  ASSERT_TRUE(shown.result.has_value());
  EXPECT_EQ(shown.before.id, "a1");
  EXPECT_EQ(shown.after.id, "a2");
  ASSERT_EQ(shown.result->answers.size(), 1u);
  EXPECT_EQ(shown.result->answers[0].answer.before, Answer::kYes);
  EXPECT_EQ(shown.result->answers[0].answer.after, Answer::kNo);
  EXPECT_TRUE(Shows("Answers changed (1)###answers"));
  EXPECT_TRUE(Shows("Regressed (1)###regressed"));

  ASSERT_TRUE(Click("Swap"));
  EXPECT_EQ(app_->compare_state().before.id, "a2");
  EXPECT_TRUE(Shows("Improved (1)###improved"));
  // Made by the reports' module, as the downloads are: none of it is in the first visit.
  AnswerAsTheReportsModule();
  ASSERT_TRUE(Click("Copy as Markdown"));
  EXPECT_EQ(fake_.clipboard.text, "");
  ASSERT_EQ(fake_.office.RunPending(), 1);
  Frame();
  EXPECT_EQ(fake_.office.requests.back().format, kComparisonMarkdownRequest);
  EXPECT_TRUE(fake_.files.downloads.empty());
  EXPECT_EQ(fake_.clipboard.text.rfind("# Comparison: ", 0), 0u) << fake_.clipboard.text;
  EXPECT_NE(fake_.clipboard.text.find("## Improved (1)"), std::string::npos);

  ASSERT_TRUE(Click("Back to the list"));
  EXPECT_EQ(app_->screen(), Screen::kWelcome);
  ASSERT_TRUE(Click("Compare##a2"));
  ASSERT_TRUE(Click("Cancel compare##a2"));
  EXPECT_TRUE(app_->library_state().compare_from.empty());
}

// A kept assessment compared with a file (a baseline exported last year): the
// file is named as it was picked, never kept, and the comparison downloads as
// a web page, Markdown and a Word document from the Office module.
TEST_F(KeepTest, AKeptAssessmentIsComparedWithAFileAndDownloaded) {
  StartQuickScanAndAnswer(1);
  Wait(1.0);
  fake_.storage.items["cloudgap/ui"] = R"({"assessment":"","screen":"welcome"})";
  Reload();
  const std::string kept = *app_->library().ReadDocument("a1");
  Assessment baseline = *LoadAssessmentDocument(BuiltinCatalog(), kept).assessment;
  ASSERT_EQ(baseline.answers.size(), 1u);
  baseline.answers.begin()->second.answer = Answer::kNo;

  ASSERT_TRUE(Click("Compare##a1"));
  ASSERT_TRUE(Click("Compare with a file##a1"));
  ASSERT_EQ(fake_.files.open_requests.size(), 1u);
  fake_.files.Deliver({"baseline.json", "{"});  // Broken: said, and nothing changes.
  Frame();
  EXPECT_EQ(app_->screen(), Screen::kWelcome);
  EXPECT_EQ(fake_.announcer.messages.back().rfind(
                "\"baseline.json\" could not be opened for the comparison: ", 0),
            0u)
      << fake_.announcer.messages.back();
  ASSERT_TRUE(Click("Compare##a1"));
  fake_.files.Deliver({"baseline.json", SerializeAssessmentDocument(baseline, JsonStyle::kPretty)});
  Frame();
  ASSERT_EQ(app_->screen(), Screen::kCompare);
  EXPECT_EQ(app_->library().entries().size(), 1u) << "a file compared is not kept";
  EXPECT_EQ(app_->compare_state().before.id, "a1");
  EXPECT_EQ(app_->compare_state().after.id, "");
  EXPECT_EQ(app_->compare_state().after.name, "baseline.json");
  ASSERT_TRUE(Click("Swap"));
  const CompareState& shown = app_->compare_state();
  EXPECT_EQ(shown.before.name, "baseline.json");
  ASSERT_EQ(shown.result->answers.size(), 1u);
  EXPECT_EQ(shown.result->answers[0].answer.before, Answer::kNo);
  EXPECT_EQ(shown.result->answers[0].answer.after, Answer::kYes);

  const ComparedDocuments documents = {
      "baseline.json", app_->library().Find("a1")->DisplayName(), {}};
  AnswerAsTheReportsModule();
  ASSERT_TRUE(Click("Download as a web page"));
  ASSERT_EQ(fake_.office.RunPending(), 1);
  Frame();
  ASSERT_TRUE(Click("Download as Markdown"));
  ASSERT_EQ(fake_.office.RunPending(), 1);
  Frame();
  ASSERT_EQ(fake_.files.downloads.size(), 2u);
  EXPECT_EQ(fake_.files.downloads[0].bytes,
            RenderComparisonHtml(BuiltinCatalog(), *shown.result, documents));
  EXPECT_EQ(fake_.files.downloads[1].bytes,
            RenderComparisonMarkdown(BuiltinCatalog(), *shown.result, documents));
  EXPECT_EQ(fake_.files.downloads[0].name.rfind("cloudgap-comparison-", 0), 0u);
  EXPECT_EQ(fake_.files.downloads[1].name.substr(fake_.files.downloads[1].name.size() - 3), ".md");

  ASSERT_TRUE(Click("Download as Word"));
  ASSERT_EQ(fake_.office.requests.size(), 3u);
  EXPECT_EQ(fake_.office.requests[2].format, kComparisonDocxRequest);
  ASSERT_EQ(fake_.office.RunPending(), 1);
  Frame();
  ASSERT_EQ(fake_.files.downloads.size(), 3u);
  const std::string& word = fake_.files.downloads[2].name;
  EXPECT_EQ(word.substr(word.size() - 5), ".docx");
  EXPECT_EQ(fake_.files.downloads[2].bytes.substr(0, 4), std::string("PK\x03\x04"));
  const ZipContents parts = ReadZip(fake_.files.downloads[2].bytes);
  ASSERT_NE(parts.Find("word/document.xml"), nullptr);
  EXPECT_NE(parts.Find("word/document.xml")->data.find("Answers changed (1)"), std::string::npos);

  // "Open a file" on the welcome screen opens it, even after a compare was started.
  ASSERT_TRUE(Click("Back to the list"));
  ASSERT_TRUE(Click("Compare##a1"));
  ASSERT_TRUE(Click("Open a file"));
  fake_.files.Deliver({"baseline.json", SerializeAssessmentDocument(baseline, JsonStyle::kPretty)});
  Frame();
  EXPECT_EQ(app_->screen(), Screen::kQuestionnaire);
  EXPECT_EQ(app_->library().entries().size(), 2u);
}

// An organisation with several kept assessments has its progress over time:
// one point per assessment, oldest first, and the first and last compared.
TEST_F(KeepTest, TheListShowsAnOrganisationsProgressOverTime) {
  Frame();
  ASSERT_TRUE(Click("Try a sample"));
  Wait(1.0);
  ASSERT_TRUE(Click("CloudGap##home"));
  EXPECT_FALSE(Shows("Progress of Example Cloud Ltd (1)##trend-example cloud ltd"));
  ASSERT_TRUE(Click("Duplicate##a1"));
  fake_.clock.now = "2030-01-01T00:00:00Z";  // The copy, changed later, is the newest.
  ASSERT_TRUE(Click("Open##a2"));
  Press('Y');  // One of the two changes the answer, whatever it was.
  Press('N');
  Wait(1.0);
  ASSERT_TRUE(Click("CloudGap##home"));
  ASSERT_TRUE(Click("Progress of Example Cloud Ltd (2)##trend-example cloud ltd"));
  ASSERT_EQ(app_->screen(), Screen::kTrend);
  const TrendState& shown = app_->trend_state();
  ASSERT_EQ(shown.trends.size(), 1u);
  ASSERT_EQ(shown.trends[0].points.size(), 2u);
  EXPECT_EQ(shown.trends[0].points[0].id, "a1");
  EXPECT_EQ(shown.trends[0].points[1].id, "a2");
  EXPECT_EQ(shown.trends[0].points[1].date, "2030-01-01");
  EXPECT_TRUE(Shows("chart:trend-0"));
  EXPECT_TRUE(Shows("chart:trend-0/2030-01-01"));
  ASSERT_TRUE(Click("Compare the first and the last##trend-0"));
  EXPECT_EQ(app_->screen(), Screen::kCompare);
  EXPECT_EQ(app_->compare_state().before.id, "a1");
  EXPECT_EQ(app_->compare_state().after.id, "a2");
}

TEST_F(KeepTest, DeletingTheOpenAssessmentClosesIt) {
  StartQuickScanAndAnswer(1);
  Wait(1.0);
  fake_.storage.items["cloudgap/ui"] = R"({"assessment":"a1","screen":"welcome"})";
  Reload();
  ASSERT_TRUE(app_->session().active());
  ASSERT_TRUE(Click("Delete##a1"));
  EXPECT_FALSE(app_->session().active());
  ASSERT_TRUE(Click("Undo delete"));
  ASSERT_TRUE(Click("Open##a1"));
  EXPECT_EQ(app_->session().assessment().answers.size(), 1u);
}

TEST_F(KeepTest, EveryReportFormatDownloadsFromTheResults) {
  AnswerAsTheReportsModule();
  Frame();
  ASSERT_TRUE(Click("Try a sample"));
  const Assessment& a = app_->session().assessment();
  for (ReportFormat format : kReportFormats) {
    ASSERT_TRUE(Click("Download report"));
    const std::string label =
        std::string(ReportFormatLabel(format)) + "##report-" + ReportFormatName(format);
    ASSERT_TRUE(Click(label)) << label;
    ASSERT_EQ(fake_.office.RunPending(), 1);
    Frame();
    ASSERT_FALSE(fake_.files.downloads.empty());
    const auto& file = fake_.files.downloads.back();
    EXPECT_EQ(file.name, ReportFileName(a, format));
    EXPECT_EQ(file.bytes, RenderReport(BuiltinCatalog(), a, format).bytes) << label;
  }
  EXPECT_EQ(fake_.files.downloads.size(), std::size(kReportFormats));
}

// --- Share links. ---

class ShareTest : public KeepTest {
 protected:
  void OpenSample() {
    Frame();
    ASSERT_TRUE(Click("Try a sample"));
  }
  // Makes a link on the results screen; returns it, as copied to the clipboard.
  std::string MakeLink(const char* passphrase, bool leave_out_notes = false) {
    EXPECT_TRUE(Click("Copy share link"));
    if (leave_out_notes) {
      EXPECT_TRUE(Click("Leave notes and evidence out"));
    }
    if (*passphrase) {
      EXPECT_TRUE(Click("##share-passphrase"));
      Type(passphrase);
    }
    EXPECT_TRUE(Click("Create link"));
    fake_.sealer.RunPending();
    Frame();
    Frame();
    EXPECT_TRUE(Shows("##share-link"));
    const std::string link = fake_.clipboard.text;
    EXPECT_TRUE(Click("Close##share"));
    return link;
  }
  // Opens `link` in a new page over empty storage.
  void OpenLink(const std::string& link) {
    fake_.storage.items.clear();
    fake_.location.fragment = link.substr(link.find('#') + 1);
    Reload();
    EXPECT_EQ(fake_.location.fragment, "");
  }
  void Deliver() {
    fake_.sealer.RunPending();
    Frame();
    Frame();
  }
};

TEST_F(ShareTest, PlainLinkRoundTripAndKeepingACopy) {
  OpenSample();
  const std::string link = MakeLink("");
  ASSERT_EQ(link.rfind("https://cloudgap.example/app/#s=v1.", 0), 0u) << link;
  const std::string doc = app_->DocumentJson();
  OpenLink(link);
  Deliver();
  EXPECT_EQ(app_->DocumentJson(), doc);
  EXPECT_EQ(app_->screen(), Screen::kResults);
  EXPECT_NE(Where().find("\"shared\":true"), std::string::npos);
  Wait(2.0);
  EXPECT_TRUE(app_->library().entries().empty());  // Not kept until asked.
  ASSERT_TRUE(Click("Keep a copy"));
  EXPECT_EQ(app_->library().entries().size(), 1u);
  EXPECT_NE(Where().find("\"shared\":false"), std::string::npos);
}

// A kept assessment compared with a share link pasted into the list: the link
// opens into the comparison, not as the open assessment, and a pasted text
// that is no share link is refused with a message.
TEST_F(ShareTest, AKeptAssessmentIsComparedWithAPastedLink) {
  OpenSample();
  const std::string link = MakeLink("");
  ASSERT_TRUE(Click("Questions"));
  Press('D');  // The sample never answers "don't know" outside clause 12.
  Wait(2.0);
  ASSERT_EQ(app_->library().entries().size(), 1u);
  const std::string doc = app_->DocumentJson();
  ASSERT_TRUE(Click(GetBranding().product_name + "##home"));
  ASSERT_TRUE(Click("Compare##a1"));
  ASSERT_TRUE(Click("Compare with a link##a1"));
  ASSERT_TRUE(Click("##compare-link"));
  Type("https://cloudgap.example/app/#top");
  ASSERT_TRUE(Click("Compare with the link"));
  EXPECT_NE(fake_.announcer.messages.back().find("not a CloudGap share link"), std::string::npos);
  EXPECT_EQ(app_->screen(), Screen::kWelcome);
  EXPECT_EQ(app_->library_state().link_draft, "") << "cleared for the whole link";
  ASSERT_TRUE(Click("##compare-link"));
  Type(link.c_str());
  ASSERT_TRUE(Click("Compare with the link"));
  Deliver();
  ASSERT_EQ(app_->screen(), Screen::kCompare);
  const CompareState& shown = app_->compare_state();
  EXPECT_EQ(shown.before.id, "a1");
  EXPECT_EQ(shown.after.name, "the shared link");
  ASSERT_EQ(shown.result->answers.size(), 1u);
  EXPECT_EQ(shown.result->answers[0].answer.before, Answer::kDontKnow);
  EXPECT_EQ(app_->DocumentJson(), doc) << "the link did not replace the open assessment";
  EXPECT_EQ(app_->library().entries().size(), 1u);
}

TEST_F(ShareTest, EncryptedLinkAsksForThePassphrase) {
  OpenSample();
  const std::string link = MakeLink("open sesame");
  ASSERT_NE(link.find("#e=v1."), std::string::npos) << link;
  const std::string doc = app_->DocumentJson();
  OpenLink(link);
  ASSERT_TRUE(Shows("##open-passphrase"));
  EXPECT_FALSE(app_->session().active());
  ASSERT_TRUE(Click("##open-passphrase"));
  Type("open sesam");
  ASSERT_TRUE(Click("Open the link"));
  Deliver();
  EXPECT_FALSE(app_->session().active());
  EXPECT_TRUE(Shows("##open-passphrase"));  // Another try.
  EXPECT_NE(fake_.announcer.messages.back().find("passphrase"), std::string::npos);
  ASSERT_TRUE(Click("##open-passphrase"));
  Type("e");
  ASSERT_TRUE(Click("Open the link"));
  Deliver();
  EXPECT_EQ(app_->DocumentJson(), doc);
}

TEST_F(ShareTest, EditingASharedAssessmentKeepsACopy) {
  OpenSample();
  OpenLink(MakeLink(""));
  Deliver();
  ASSERT_TRUE(Click("Roadmap"));
  ASSERT_TRUE(Click("5##roadmap-target"));
  Frame();
  EXPECT_EQ(app_->library().entries().size(), 1u);
  EXPECT_NE(Where().find("\"shared\":false"), std::string::npos);
}

TEST_F(ShareTest, ABrokenLinkSaysSoAndChangesNothing) {
  OpenSample();
  const std::string link = MakeLink("");
  const std::string before = app_->DocumentJson();
  fake_.location.fragment = link.substr(link.find('#') + 1, 60);  // Cut off.
  app_->OnAddressChanged();
  Frame();
  EXPECT_EQ(app_->DocumentJson(), before);
  EXPECT_NE(fake_.announcer.messages.back().find("The link is incomplete"), std::string::npos)
      << fake_.announcer.messages.back();
}

TEST_F(ShareTest, NotesAndEvidenceCanBeLeftOutOfTheLink) {
  OpenSample();
  const std::string with = MakeLink("");
  const std::string without = MakeLink("", /*leave_out_notes=*/true);
  EXPECT_LT(without.size(), with.size());
}

}  // namespace
}  // namespace cloudgap::ui
