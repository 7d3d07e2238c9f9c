// Profile: who is being assessed. Filled in by the guided front end; for now it
// confirms the chosen mode and leads back.
#include <imgui.h>

#include "ui/app_ui.h"
#include "ui/theme.h"
#include "ui/widgets.h"

namespace cloudgap::ui {

void AppUi::DrawProfile() {
  BeginColumn(760);
  ImGui::Dummy(ImVec2(0, Px(12)));
  Title(quick_mode_ ? "Quick scan" : "Full assessment");
  MutedParagraph(quick_mode_ ? "One question per control, about 10 minutes."
                             : "Every question for your role and service models.");
  ImGui::Dummy(ImVec2(0, Px(8)));
  if (SecondaryButton("Back to start")) Navigate(Screen::kWelcome);
  EndColumn();
}

}  // namespace cloudgap::ui
