// The text-size row (welcome and profile screens): "Text size 100% 125% 150%
// 200%", the one in use highlighted, as the language row is drawn; a screen
// reader hears radio buttons "100%" ... in a group named "Text size".
#include <string>

#include "imgui.h"
#include "ui/app_ui.h"
#include "ui/item_registry.h"
#include "ui/tr.h"
#include "ui/widgets.h"

namespace cloudgap::ui {
namespace {

std::string PercentText(int percent) {
  return Tr("{percent}%", {{"percent", percent}});
}

}  // namespace

void AppUi::DrawTextSizePicker() {
  BeginSemanticGroup(Tr("Text size"));
  ImGui::AlignTextToFramePadding();
  ImGui::PushStyleColor(ImGuiCol_Text, CurrentPalette().text_muted);
  ImGui::TextUnformatted(Tr("Text size"));
  ImGui::PopStyleColor();
  for (int percent : kTextSizes) {
    ImGui::SameLine();
    const std::string text = PercentText(percent);
    const std::string label = text + "##text-size-" + std::to_string(percent);
    const bool chosen = percent == text_size_.percent();
    if (ImGui::Selectable(label.c_str(), chosen, 0, ImGui::CalcTextSize(text.c_str()))) {
      text_size_.Set(percent);
      Announce(Tr("Text size {percent}%", {{"percent", percent}}));
    }
    DescribeLastItem(SemanticRole::kRadio, chosen);
  }
  EndSemanticGroup();
}

}  // namespace cloudgap::ui
