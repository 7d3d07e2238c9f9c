// What the user sees of keeping and sharing outside the welcome screen's list:
// banners under the top bar (autosave off, a saved document that cannot be
// read, a shared assessment not yet kept), the "Keep and share" actions on
// the results and summary screens, and the two share-link dialogs.
#include <imgui.h>
#include <misc/cpp/imgui_stdlib.h>

#include <algorithm>
#include <cstdio>

#include "core/document/document_json.h"
#include "core/document/document_migration.h"
#include "core/office/office_format.h"
#include "core/report/report.h"
#include "ui/app_ui.h"
#include "ui/branding.h"
#include "ui/fonts.h"
#include "ui/theme.h"
#include "ui/widgets.h"

namespace cloudgap::ui {
namespace {

constexpr char kShareDialog[] = "Share link##dialog";
constexpr char kOpenLinkDialog[] = "Open a shared assessment##dialog";

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
            ? "Autosave is off: this browser's storage for this page is full. Export to keep "
              "your work, or delete assessments you no longer need on the welcome screen."
            : "Autosave is off: this browser is not keeping data for this page (private mode, "
              "or storage turned off). Export to keep your work.",
        p.warn);
    ButtonRow row;
    if (row.Button("Export (.json)##autosave-off", true)) ExportDocument();
    end();
  }
  if (unreadable_) {
    begin();
    ColouredParagraph("The " + unreadable_->what + " could not be read: " + unreadable_->reason +
                          ". It is left in this browser as it was; download the saved data to "
                          "keep it.",
                      p.bad);
    ButtonRow row;
    if (!unreadable_->raw.empty() && row.Button("Download the saved data", true)) {
      platform_.files.Download("cloudgap-saved-data.txt", "text/plain", unreadable_->raw);
      Announce("Downloaded the saved data");
    }
    if (row.Button("Dismiss##unreadable")) unreadable_.reset();
    end();
  }
  if (session_.active() && shared_view_) {
    begin();
    ColouredParagraph(
        "This assessment came from a share link. It is not kept in this browser "
        "until you keep a copy (changing it keeps one too).",
        p.accent);
    ButtonRow row;
    if (row.Button("Keep a copy", true)) KeepSharedCopy(/*because_edited=*/false);
    end();
  }
}

// On the results and quick-scan summary screens.
void AppUi::DrawKeepActions() {
  ImGui::Dummy(ImVec2(0, Px(12)));
  Heading("Keep and share");
  MutedParagraph(keep_status_ == KeepStatus::kOn && !shared_view_
                     ? "Your work is saved in this browser as you go. Export a file to keep it "
                       "elsewhere or to open it in another browser, or share a link."
                     : "Export a file to keep this assessment, or share a link.");
  ButtonRow row;
  if (row.Button("Download report", true)) ImGui::OpenPopup("report-formats");
  if (row.Button("Export (.json)")) ExportDocument();
  const Assessment& a = session_.assessment();
  if (a.profile.mode == AssessmentMode::kFull && !a.pack && row.Button("Hand out questions")) {
    hand_out_.pack.reset();
    Navigate(Screen::kHandOut);
  }
  if (row.Button("Copy share link")) {
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
  const std::string text = DescribeSize(bytes);
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
    column = std::max(column, ImGui::CalcTextSize(ReportFormatLabel(format)).x);
  }
  for (OfficeFormat format : kOfficeFormats) {
    column = std::max(column, ImGui::CalcTextSize(OfficeFormatLabel(format)).x);
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
        std::string(ReportFormatLabel(format)) + "##report-" + ReportFormatName(format);
    if (ImGui::Selectable(label.c_str(), false, flags)) ExportReport(format);
    SizeAfter(report_menu_.text[i], ReportFormatLabel(format), column);
  }
  ImGui::Separator();
  for (size_t i = 0; i < std::size(kOfficeFormats); ++i) {
    const OfficeFormat format = kOfficeFormats[i];
    const std::string label =
        std::string(OfficeFormatLabel(format)) + "##report-" + OfficeFormatName(format);
    if (ImGui::Selectable(label.c_str(), false, flags)) ExportOfficeReport(format);
    SizeAfter(report_menu_.office[i], OfficeFormatLabel(format), column);
  }
}

// Every report shows the catalog's words: one asked for before they are in
// waits for them (app_catalog_text.cc).
bool AppUi::WordsReadyFor(const std::string& label) {
  if (session_.catalog_text() == CatalogText::kComplete) return true;
  session_.RequestCatalogText(platform_.site_files);
  ShowMessage("Preparing the " + label + ": loading the questions and guidance first.", false);
  return false;
}

void AppUi::ExportReport(ReportFormat format) {
  if (report_busy_) return;
  if (!WordsReadyFor(ReportFormatLabel(format))) {
    pending_report_ = format;
    return;
  }
  const Assessment& a = session_.assessment();
  const size_t slot =
      static_cast<size_t>(std::find(std::begin(kReportFormats), std::end(kReportFormats), format) -
                          std::begin(kReportFormats));
  MakeReport({ReportFormatName(format), SerializeAssessmentDocument(a, JsonStyle::kCompact),
              ReportFormatLabel(format), ReportFileName(a, format), ReportFormatMimeType(format)},
             &report_menu_.text[slot]);
}

void AppUi::ExportOfficeReport(OfficeFormat format) {
  if (report_busy_) return;
  if (!WordsReadyFor(OfficeFormatLabel(format))) {
    pending_office_ = format;
    return;
  }
  const Assessment& a = session_.assessment();
  MakeReport(
      {OfficeFormatName(format), SerializeAssessmentDocument(a, JsonStyle::kCompact),
       OfficeFormatLabel(format), OfficeReportFileName(a, format), OfficeFormatMimeType(format)},
      &report_menu_.office[static_cast<size_t>(format)]);
}

// Made by the reports' module (platform.h, OfficeWriter), which the web app
// loads on first use: the answer comes later, and says why if it failed.
void AppUi::MakeReport(const ReportRequest& request, size_t* size_slot) {
  report_busy_ = true;
  ShowMessage("Making the " + request.label + "...", false);
  platform_.office.Write(
      {request.format, request.document, session_.catalog_text_file()},
      [this, request, size_slot,
       revision = session_.revision()](const OfficeWriter::Result& result) {
        report_busy_ = false;
        if (!result.ok) {
          ShowMessage("The " + request.label + " could not be made: " + result.detail +
                          ". Your assessment is unchanged.",
                      true);
          return;
        }
        if (size_slot != nullptr && report_menu_.revision == revision) {
          *size_slot = result.bytes.size();
        }
        platform_.files.Download(request.file_name, request.mime_type, result.bytes);
        ShowMessage("Downloaded " + request.file_name + ".", false);
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
  Heading("Share a link to this assessment");
  Paragraph(
      "The link holds the whole assessment, compressed. It sits after the # of the "
      "address, which browsers never send to any server. Anyone who has the link can open "
      "it.");
  bool changed = ImGui::Checkbox("Leave notes and evidence out", &share_dialogs_.leave_out_notes);
  const bool can_encrypt = platform_.sealer.CanEncrypt();
  ImGui::BeginDisabled(!can_encrypt);
  ImGui::SetNextItemWidth(-1);
  changed |= ImGui::InputTextWithHint("##share-passphrase", "Passphrase (optional)",
                                      &share_dialogs_.passphrase, ImGuiInputTextFlags_Password);
  ImGui::EndDisabled();
  MutedParagraph(!can_encrypt ? "Passphrases need a secure (https) page."
                 : share_dialogs_.passphrase.empty()
                     ? "With a passphrase the link is encrypted (AES-GCM) and opens only with it."
                     : "Send the passphrase another way than the link, for example by phone. "
                       "Without it the link cannot be opened, and it cannot be recovered.");
  if (changed) {
    share_.ResetMake();
    share_dialogs_.copied = false;
  }

  ImGui::Dummy(ImVec2(0, Px(4)));
  switch (share_.make_state()) {
    case ShareFlow::MakeState::kIdle:
      if (PrimaryButton("Create link", ImVec2(0, Px(40)))) {
        share_.Make(session_.assessment(), !share_dialogs_.leave_out_notes,
                    share_dialogs_.passphrase);
      }
      break;
    case ShareFlow::MakeState::kSealing: Paragraph("Creating the link…"); break;
    case ShareFlow::MakeState::kReady: {
      if (!share_dialogs_.copied) {
        platform_.clipboard.SetText(share_.link());
        share_dialogs_.copied = true;
        Announce("Share link copied to the clipboard");
      }
      char line[96];
      std::snprintf(line, sizeof line, "Copied to the clipboard: a link of %zu characters.",
                    share_.link().size());
      ColouredParagraph(line, p.good);
      std::string link = share_.link();
      ImGui::SetNextItemWidth(-1);
      ImGui::InputText("##share-link", &link, ImGuiInputTextFlags_ReadOnly);
      if (SecondaryButton("Copy again")) {
        platform_.clipboard.SetText(share_.link());
        Announce("Share link copied to the clipboard");
      }
      break;
    }
    case ShareFlow::MakeState::kFailed:
      ColouredParagraph(share_.make_error(), p.bad);
      if (SecondaryButton("Try again")) share_.ResetMake();
      break;
  }
  ImGui::Dummy(ImVec2(0, Px(4)));
  if (SecondaryButton("Close##share")) {
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
  Heading("This link is protected by a passphrase");
  Paragraph(
      "Enter the passphrase it was made with to open the shared assessment. Nothing is "
      "changed until it opens.");
  if (ImGui::IsWindowAppearing()) ImGui::SetKeyboardFocusHere();
  ImGui::SetNextItemWidth(-1);
  const bool enter =
      ImGui::InputTextWithHint("##open-passphrase", "Passphrase", &share_dialogs_.open_passphrase,
                               ImGuiInputTextFlags_Password | ImGuiInputTextFlags_EnterReturnsTrue);
  if (!share_.open_error().empty()) ColouredParagraph(share_.open_error(), CurrentPalette().bad);
  const bool busy = state == ShareFlow::OpenState::kUnsealing;
  if (busy) MutedParagraph("Opening…");
  ImGui::BeginDisabled(busy);
  ButtonRow row;
  if ((row.Button("Open the link", true) || enter) && !busy) {
    share_.SubmitPassphrase(share_dialogs_.open_passphrase);
  }
  if (row.Button("Cancel##open-link")) {
    share_.CancelOpen();
    share_dialogs_.open_passphrase.clear();
    library_screen_.compare_link_from.clear();
    Announce("The shared assessment was not opened");
    ImGui::CloseCurrentPopup();
  }
  ImGui::EndDisabled();
  ImGui::PopTextWrapPos();
  ImGui::EndPopup();
}

}  // namespace cloudgap::ui
