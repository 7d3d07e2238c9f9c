// The catalog's words on screen (ui/catalog_source.h): asked for as soon as a
// screen may show them, and a way to try again when they could not be had.
#include <string>
#include <utility>

#include "imgui.h"
#include "ui/app_ui.h"
#include "ui/theme.h"
#include "ui/widgets.h"

namespace cloudgap::ui {

// From the profile screen on, so that the words are in before anyone reads that
// far: only the welcome screen, all that most first visits see, does without.
bool AppUi::NeedsCatalogText() const {
  return pending_report_ || pending_office_ || compare_.pending || session_.active() ||
         screen_ != Screen::kWelcome;
}

void AppUi::CatalogTextFrame() {
  // A waiting report is tried again when what it waited for arrives.
  const bool text_arrived = session_.TakeCatalogTextArrival();
  const bool logo_arrived = std::exchange(logo_arrived_, false);
  if (pending_report_ && (text_arrived || logo_arrived)) {
    const ReportFormat format = *pending_report_;
    pending_report_.reset();
    if (session_.active()) ExportReport(format);
  }
  if (session_.catalog_text() == CatalogText::kComplete && pending_office_) {
    const OfficeFormat format = *pending_office_;
    pending_office_.reset();
    if (session_.active()) ExportOfficeReport(format);
  }
  if (compare_.pending) {
    const bool needs_words = *compare_.pending == CompareDownload::kWord;
    if (needs_words && session_.catalog_text() == CatalogText::kFailed) {
      compare_.pending.reset();
      ShowMessage(
          "The Word document needs the questions and guidance, which could not be "
          "loaded. The web page and Markdown still work.",
          true);
    } else if (LogoReady() && (!needs_words || session_.catalog_text() == CatalogText::kComplete)) {
      DownloadComparison(*compare_.pending);
    }
  }
  if (NeedsCatalogText() && session_.catalog_text() == CatalogText::kNotAsked) {
    session_.RequestCatalogText(platform_.site_files);
  }
}

// Only a failure has a line: the words take a moment at most, and a line shown
// for that moment would move everything below it twice, under a person's click.
void AppUi::DrawCatalogTextStatus() {
  if (!NeedsCatalogText() || session_.catalog_text() != CatalogText::kFailed) return;
  const Palette& p = CurrentPalette();
  const float pad = Narrow() ? Px(16) : Px(32);
  ImGui::SetCursorPosX(pad);
  ImGui::PushTextWrapPos(ImGui::GetWindowWidth() - pad - Px(110));
  ImGui::PushStyleColor(ImGuiCol_Text, p.bad);
  ImGui::TextWrapped(
      "The questions, guidance and actions could not be loaded: %s. Your answers are kept; "
      "try again once you are online.",
      session_.catalog_text_problem().c_str());
  ImGui::PopStyleColor();
  ImGui::PopTextWrapPos();
  ImGui::SameLine(ImGui::GetWindowWidth() - pad - Px(96));
  if (ImGui::SmallButton("Try again")) session_.RequestCatalogText(platform_.site_files);
}

}  // namespace cloudgap::ui
