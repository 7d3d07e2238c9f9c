// What the user sees of keeping and sharing outside the welcome screen's list:
// banners under the top bar (autosave off, a saved document that cannot be
// read, a shared assessment not yet kept), the "Keep and share" actions on
// the results and summary screens, and the two share-link dialogs.
#include <imgui.h>
#include <misc/cpp/imgui_stdlib.h>

#include <algorithm>

#include "core/document/document_json.h"
#include "core/document/document_migration.h"
#include "core/office/office_format.h"
#include "core/report/report.h"
#include "ui/app_ui.h"
#include "ui/branding.h"
#include "ui/fonts.h"
#include "ui/languages.h"
#include "ui/theme.h"
#include "ui/tr.h"
#include "ui/widgets.h"

namespace cloudgap::ui {
namespace {

// Ids only: the dialogs have no title bar.
constexpr char kShareDialog[] = "Share link##dialog";
constexpr char kOpenLinkDialog[] = "Open a shared assessment##dialog";

// The menu's words for core/report/report.h's and core/office/office_format.h's
// labels (ReportFormatLabel, OfficeFormatLabel), which stay English for the CLI.
const char* ReportLabel(ReportFormat format) {
  switch (format) {
    case ReportFormat::kJson: return Tr("Report data (JSON)");
    case ReportFormat::kMarkdown: return Tr("Report (Markdown)");
    case ReportFormat::kHtml: return Tr("Report (HTML, printable)");
    case ReportFormat::kCsv: return Tr("Findings and roadmap (CSV)");
    case ReportFormat::kSoa: return Tr("Statement of Applicability (CSV)");
    case ReportFormat::kOscalAssessmentResults: return Tr("OSCAL assessment results (JSON)");
    case ReportFormat::kOscalPoam: return Tr("OSCAL plan of action and milestones (JSON)");
    case ReportFormat::kOscalCatalog: return Tr("OSCAL catalog (JSON)");
  }
  return ReportFormatLabel(format);
}

const char* OfficeLabel(OfficeFormat format) {
  switch (format) {
    case OfficeFormat::kXlsx: return Tr("Workbook (Excel, editable)");
    case OfficeFormat::kDocx: return Tr("Report (Word, editable)");
    case OfficeFormat::kBrief: return Tr("One-page brief (HTML, to print)");
  }
  return OfficeFormatLabel(format);
}

}  // namespace

void AppUi::DrawKeepBanners() {
  const Palette& p = CurrentPalette();
  const float pad = Narrow() ? Px(16) : Px(32);
  auto begin = [&] {
    ImGui::Dummy(ImVec2(0, Px(2)));
    ImGui::SetCursorPosX(pad);
    ImGui::BeginGroup();
    ImGui::PushTextWrapPos(ImGui::GetWindowWidth() - pad);
  };
  auto end = [] {
    ImGui::PopTextWrapPos();
    ImGui::EndGroup();
  };

  if (session_.active() && keep_status_ != KeepStatus::kOn) {
    begin();
    ColouredParagraph(
        keep_status_ == KeepStatus::kFull
            ? Tr("Autosave is off: this browser's storage for this page is full. Export to keep "
                 "your work, or delete assessments you no longer need on the welcome screen.")
            : Tr("Autosave is off: this browser is not keeping data for this page (private "
                 "mode, or storage turned off). Export to keep your work."),
        p.warn);
    ButtonRow row;
    if (row.Button(Tr("Export (.json)##autosave-off"), true)) ExportDocument();
    end();
  }
  if (unreadable_) {
    begin();
    // `what` is the saved assessment's name, or empty for the list of them.
    ColouredParagraph(
        unreadable_->what.empty()
            ? Tr("The list of saved assessments could not be read: {reason}. It is left in this "
                 "browser as it was; download the saved data to keep it.",
                 {{"reason", unreadable_->reason}})
            : Tr("The saved assessment \"{name}\" could not be read: {reason}. It is left in "
                 "this browser as it was; download the saved data to keep it.",
                 {{"name", unreadable_->what}, {"reason", unreadable_->reason}}),
        p.bad);
    ButtonRow row;
    if (!unreadable_->raw.empty() && row.Button(Tr("Download the saved data"), true)) {
      platform_.files.Download("cloudgap-saved-data.txt", "text/plain", unreadable_->raw);
      Announce(Tr("Downloaded the saved data"));
    }
    if (row.Button(Tr("Dismiss##unreadable"))) unreadable_.reset();
    end();
  }
  if (session_.active() && shared_view_) {
    begin();
    ColouredParagraph(Tr("This assessment came from a share link. It is not kept in this browser "
                         "until you keep a copy (changing it keeps one too)."),
                      p.accent);
    ButtonRow row;
    if (row.Button(Tr("Keep a copy"), true)) KeepSharedCopy(/*because_edited=*/false);
    end();
  }
}

// On the results and quick-scan summary screens.
void AppUi::DrawKeepActions() {
  ImGui::Dummy(ImVec2(0, Px(12)));
  Heading(Tr("Keep and share"));
  MutedParagraph(keep_status_ == KeepStatus::kOn && !shared_view_
                     ? Tr("Your work is saved in this browser as you go. Export a file to keep it "
                          "elsewhere or to open it in another browser, or share a link.")
                     : Tr("Export a file to keep this assessment, or share a link."));
  ButtonRow row;
  if (row.Button(Tr("Download report"), true)) ImGui::OpenPopup("report-formats");
  if (row.Button(Tr("Export (.json)"))) ExportDocument();
  const Assessment& a = session_.assessment();
  if (a.profile.mode == AssessmentMode::kFull && !a.pack && row.Button(Tr("Hand out questions"))) {
    hand_out_.pack.reset();
    Navigate(Screen::kHandOut);
  }
  if (row.Button(Tr("Copy share link"))) {
    share_dialogs_.open = true;
    share_dialogs_.copied = false;
    share_dialogs_.leave_out_notes = false;  // Each link starts from the whole assessment.
    share_dialogs_.passphrase.clear();
    share_.ResetMake();
  }
  if (ImGui::BeginPopup("report-formats")) {
    DrawReportMenu();
    ImGui::EndPopup();
  }
}

namespace {

// The size beside an entry, right-aligned at `right` (window coordinates) but
// never over its label; nothing while unknown.
void SizeAfter(size_t bytes, const char* label, float right) {
  if (bytes == 0) return;
  const std::string text = DescribeSize(bytes, UiMessages());
  // Not the item's rectangle: a Selectable spans the whole menu.
  const float label_end =
      ImGui::GetItemRectMin().x - ImGui::GetWindowPos().x + ImGui::CalcTextSize(label).x;
  const float spacing = ImGui::GetStyle().ItemSpacing.x;
  ImGui::SameLine(std::max(right - ImGui::CalcTextSize(text.c_str()).x, label_end + spacing));
  ImGui::TextDisabled("%s", text.c_str());
}

}  // namespace

// One entry per format of core/report/report.h, then the Office formats
// (core/office/office_format.h), each with its size once one was made for this
// revision of the document: the reports' code is in the module, not the page.
void AppUi::DrawReportMenu() {
  if (report_menu_.revision != session_.revision()) {
    report_menu_.Reset();
    report_menu_.revision = session_.revision();
  }
  float column = 0;
  for (ReportFormat format : kReportFormats) {
    column = std::max(column, ImGui::CalcTextSize(ReportLabel(format)).x);
  }
  for (OfficeFormat format : kOfficeFormats) {
    column = std::max(column, ImGui::CalcTextSize(OfficeLabel(format)).x);
  }
  // Sizes right-aligned in a column after the longest label; on a phone, where
  // the menu is as wide as the screen, at the screen's edge instead.
  const ImGuiViewport* viewport = ImGui::GetMainViewport();
  const float screen_right = viewport->WorkPos.x + viewport->WorkSize.x - ImGui::GetWindowPos().x -
                             ImGui::GetStyle().WindowPadding.x;
  column = std::min(column + ImGui::GetStyle().ItemSpacing.x * 3 + ImGui::GetCursorPosX() +
                        ImGui::CalcTextSize("999.9 kB").x,
                    screen_right);
  const ImGuiSelectableFlags flags = report_busy_ ? ImGuiSelectableFlags_Disabled : 0;
  for (size_t i = 0; i < std::size(kReportFormats); ++i) {
    const ReportFormat format = kReportFormats[i];
    const std::string label =
        std::string(ReportLabel(format)) + "##report-" + ReportFormatName(format);
    if (ImGui::Selectable(label.c_str(), false, flags)) ExportReport(format);
    SizeAfter(report_menu_.text[i], ReportLabel(format), column);
  }
  ImGui::Separator();
  for (size_t i = 0; i < std::size(kOfficeFormats); ++i) {
    const OfficeFormat format = kOfficeFormats[i];
    const std::string label =
        std::string(OfficeLabel(format)) + "##report-" + OfficeFormatName(format);
    if (ImGui::Selectable(label.c_str(), false, flags)) ExportOfficeReport(format);
    SizeAfter(report_menu_.office[i], OfficeLabel(format), column);
  }
}

// Every report shows the catalog's words: one asked for before they are in
// waits for them (app_catalog_text.cc).
bool AppUi::WordsReadyFor(const std::string& label) {
  if (session_.catalog_text() == CatalogText::kComplete) return true;
  session_.RequestCatalogText(platform_.site_files);
  ShowMessage(
      Tr("Preparing the {format}: loading the questions and guidance first.", {{"format", label}}),
      false);
  return false;
}

void AppUi::ExportReport(ReportFormat format) {
  if (report_busy_) return;
  if (!WordsReadyFor(ReportLabel(format))) {
    pending_report_ = format;
    return;
  }
  const Assessment& a = session_.assessment();
  const size_t slot =
      static_cast<size_t>(std::find(std::begin(kReportFormats), std::end(kReportFormats), format) -
                          std::begin(kReportFormats));
  MakeReport({ReportFormatName(format), SerializeAssessmentDocument(a, JsonStyle::kCompact),
              ReportLabel(format), ReportFileName(a, format), ReportFormatMimeType(format), ""},
             &report_menu_.text[slot]);
}

void AppUi::ExportOfficeReport(OfficeFormat format) {
  if (report_busy_) return;
  if (!WordsReadyFor(OfficeLabel(format))) {
    pending_office_ = format;
    return;
  }
  const Assessment& a = session_.assessment();
  MakeReport(
      {OfficeFormatName(format), SerializeAssessmentDocument(a, JsonStyle::kCompact),
       OfficeLabel(format), OfficeReportFileName(a, format), OfficeFormatMimeType(format), ""},
      &report_menu_.office[static_cast<size_t>(format)]);
}

// Made by the reports' module (platform.h, OfficeWriter), which the web app
// loads on first use: the answer comes later, and says why if it failed.
void AppUi::MakeReport(const ReportRequest& request, size_t* size_slot) {
  report_busy_ = true;
  ShowMessage(Tr("Making the {format}...", {{"format", request.label}}), false);
  // The report speaks the language of the catalog's words on screen, which
  // WordsReadyFor waited for.
  const UiLanguage& language = session_.catalog_language();
  const bool english = &language == &EnglishLanguage();
  platform_.office.Write(
      {request.format, request.document,
       english ? session_.catalog_text_file() : std::string(language.catalog_file),
       language.messages_file},
      [this, request, size_slot,
       revision = session_.revision()](const OfficeWriter::Result& result) {
        report_busy_ = false;
        if (!result.ok) {
          ShowMessage(Tr("The {format} could not be made: {reason}. Your assessment is unchanged.",
                         {{"format", request.label}, {"reason", result.detail}}),
                      true);
          return;
        }
        if (size_slot != nullptr && report_menu_.revision == revision) {
          *size_slot = result.bytes.size();
        }
        if (!request.copied_message.empty()) {
          platform_.clipboard.SetText(result.bytes);
          ShowMessage(request.copied_message, false);
          return;
        }
        platform_.files.Download(request.file_name, request.mime_type, result.bytes);
        ShowMessage(Tr("Downloaded {file}.", {{"file", request.file_name}}), false);
      });
}

void AppUi::DrawKeepDialogs() {
  DrawShareDialog();
  DrawOpenLinkDialog();
  DrawSendDialog();  // send_results.cc
}

void AppUi::DrawShareDialog() {
  if (share_dialogs_.open && !session_.active()) share_dialogs_.open = false;
  if (share_dialogs_.open && !ImGui::IsPopupOpen(kShareDialog)) ImGui::OpenPopup(kShareDialog);
  PlaceNextDialog();
  if (!ImGui::BeginPopupModal(kShareDialog, nullptr, kDialogFlags)) return;
  const Palette& p = CurrentPalette();
  ImGui::PushTextWrapPos(0.0f);
  Heading(Tr("Share a link to this assessment"));
  Paragraph(
      Tr("The link holds the whole assessment, compressed. It sits after the # of the "
         "address, which browsers never send to any server. Anyone who has the link can open "
         "it."));
  bool changed =
      ImGui::Checkbox(Tr("Leave notes and evidence out"), &share_dialogs_.leave_out_notes);
  const bool can_encrypt = platform_.sealer.CanEncrypt();
  ImGui::BeginDisabled(!can_encrypt);
  ImGui::SetNextItemWidth(-1);
  changed |= TextField("##share-passphrase", Tr("Passphrase (optional)"),
                       &share_dialogs_.passphrase, ImGuiInputTextFlags_Password);
  ImGui::EndDisabled();
  MutedParagraph(
      !can_encrypt ? Tr("Passphrases need a secure (https) page.")
      : share_dialogs_.passphrase.empty()
          ? Tr("With a passphrase the link is encrypted (AES-GCM) and opens only with it.")
          : Tr("Send the passphrase another way than the link, for example by phone. "
               "Without it the link cannot be opened, and it cannot be recovered."));
  if (changed) {
    share_.ResetMake();
    share_dialogs_.copied = false;
  }

  ImGui::Dummy(ImVec2(0, Px(4)));
  switch (share_.make_state()) {
    case ShareFlow::MakeState::kIdle:
      if (PrimaryButton(Tr("Create link"), ImVec2(0, Px(40)))) {
        share_.Make(session_.assessment(), !share_dialogs_.leave_out_notes,
                    share_dialogs_.passphrase);
      }
      break;
    case ShareFlow::MakeState::kSealing: Paragraph(Tr("Creating the link…")); break;
    case ShareFlow::MakeState::kReady: {
      if (!share_dialogs_.copied) {
        platform_.clipboard.SetText(share_.link());
        share_dialogs_.copied = true;
        Announce(Tr("Share link copied to the clipboard"));
      }
      ColouredParagraph(Tr("Copied to the clipboard: a link of {count, plural, one {# character} "
                           "other {# characters}}.",
                           {{"count", share_.link().size()}}),
                        p.good);
      std::string link = share_.link();
      ImGui::SetNextItemWidth(-1);
      TextField("##share-link", Tr("Share link"), &link, ImGuiInputTextFlags_ReadOnly);
      if (SecondaryButton(Tr("Copy again"))) {
        platform_.clipboard.SetText(share_.link());
        Announce(Tr("Share link copied to the clipboard"));
      }
      break;
    }
    case ShareFlow::MakeState::kFailed:
      ColouredParagraph(share_.make_error(), p.bad);
      if (SecondaryButton(Tr("Try again"))) share_.ResetMake();
      break;
  }
  ImGui::Dummy(ImVec2(0, Px(4)));
  if (SecondaryButton(Tr("Close##share"))) {
    share_dialogs_.open = false;
    share_dialogs_.passphrase.clear();
    share_.ResetMake();
    ImGui::CloseCurrentPopup();
  }
  ImGui::PopTextWrapPos();
  ImGui::EndPopup();
}

void AppUi::DrawOpenLinkDialog() {
  const ShareFlow::OpenState state = share_.open_state();
  const bool wanted =
      share_.opening_encrypted() && (state == ShareFlow::OpenState::kNeedsPassphrase ||
                                     state == ShareFlow::OpenState::kUnsealing);
  if (wanted && !ImGui::IsPopupOpen(kOpenLinkDialog)) ImGui::OpenPopup(kOpenLinkDialog);
  PlaceNextDialog();
  if (!ImGui::BeginPopupModal(kOpenLinkDialog, nullptr, kDialogFlags)) return;
  if (!wanted) {
    ImGui::CloseCurrentPopup();
    ImGui::EndPopup();
    return;
  }
  ImGui::PushTextWrapPos(0.0f);
  Heading(Tr("This link is protected by a passphrase"));
  Paragraph(
      Tr("Enter the passphrase it was made with to open the shared assessment. Nothing is "
         "changed until it opens."));
  if (ImGui::IsWindowAppearing()) ImGui::SetKeyboardFocusHere();
  ImGui::SetNextItemWidth(-1);
  const bool enter =
      TextField("##open-passphrase", Tr("Passphrase"), &share_dialogs_.open_passphrase,
                ImGuiInputTextFlags_Password | ImGuiInputTextFlags_EnterReturnsTrue);
  if (!share_.open_error().empty()) ColouredParagraph(share_.open_error(), CurrentPalette().bad);
  const bool busy = state == ShareFlow::OpenState::kUnsealing;
  if (busy) MutedParagraph(Tr("Opening…"));
  ImGui::BeginDisabled(busy);
  ButtonRow row;
  if ((row.Button(Tr("Open the link"), true) || enter) && !busy) {
    share_.SubmitPassphrase(share_dialogs_.open_passphrase);
  }
  if (row.Button(Tr("Cancel##open-link"))) {
    share_.CancelOpen();
    share_dialogs_.open_passphrase.clear();
    library_screen_.compare_link_from.clear();
    Announce(Tr("The shared assessment was not opened"));
    ImGui::CloseCurrentPopup();
  }
  ImGui::EndDisabled();
  ImGui::PopTextWrapPos();
  ImGui::EndPopup();
}

}  // namespace cloudgap::ui
