// The catalog's words on screen (ui/catalog_source.h): asked for as soon as a
// screen may show them, and a way to try again when they could not be had.
#include <string>
#include <utility>

#include "imgui.h"
#include "ui/app_ui.h"
#include "ui/theme.h"
#include "ui/tr.h"
#include "ui/widgets.h"

namespace cloudgap::ui {

// From the profile screen on, so that the words are in before anyone reads that
// far: only the welcome screen, all that most first visits see, does without.
bool AppUi::NeedsCatalogText() const {
  return pending_report_ || pending_office_ || compare_.pending || session_.active() ||
         screen_ != Screen::kWelcome;
}

void AppUi::CatalogTextFrame() {
  session_.TakeCatalogTextArrival();
  const CatalogText text = session_.catalog_text();
  // A report asked for before the words were in is made once they are; when
  // they cannot be had, the line under the top bar says so and offers to try
  // again, and the request is dropped rather than left to fire later.
  if (text == CatalogText::kComplete || text == CatalogText::kFailed) {
    const std::optional<ReportFormat> report = std::exchange(pending_report_, std::nullopt);
    const std::optional<OfficeFormat> office = std::exchange(pending_office_, std::nullopt);
    const std::optional<CompareDownload> comparison = std::exchange(compare_.pending, std::nullopt);
    if (text == CatalogText::kComplete) {
      if (report && session_.active()) ExportReport(*report);
      if (office && session_.active()) ExportOfficeReport(*office);
      if (comparison) DownloadComparison(*comparison);
    } else if (report || office || comparison) {
      ShowMessage(Tr("The report needs the questions and guidance, which could not be loaded."),
                  true);
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
  const std::string line =
      Tr("The questions, guidance and actions could not be loaded: {problem}. Your answers are "
         "kept; try again once you are online.",
         {{"problem", session_.catalog_text_problem()}});
  Paragraph(line.c_str());
  ImGui::PopStyleColor();
  ImGui::PopTextWrapPos();
  ImGui::SameLine(ImGui::GetWindowWidth() - pad - Px(96));
  if (ImGui::SmallButton(Tr("Try again"))) session_.RequestCatalogText(platform_.site_files);
}

}  // namespace cloudgap::ui
