// The language menu (welcome and profile screens), and a new language taking
// over between frames (ui/language_choice.h).
#include <string>

#include "imgui.h"
#include "ui/app_ui.h"
#include "ui/item_registry.h"
#include "ui/languages.h"
#include "ui/theme.h"
#include "ui/tr.h"
#include "ui/widgets.h"

namespace cloudgap::ui {

void AppUi::LanguageFrame() {
  if (!language_.Apply()) return;
  Announce(Tr("Language: {language}", {{"language", language_.current().name}}));
  // The catalog's words follow once the app's own are in, so that a screen
  // never mixes two languages for long; its file is asked for when needed.
  session_.SetCatalogLanguage(language_.current());
}

// Each language by its own name, so that a person who reads none of the others
// still finds theirs; the one in use highlighted. Plain words rather than radio
// buttons or a menu: the row fits beside the name even on a 360 px phone.
float LanguagePickerWidth() {
  float width = 0;
  for (size_t i = 0; i < kUiLanguageCount; ++i) {
    if (i > 0) width += ImGui::GetStyle().ItemSpacing.x;
    width += ImGui::CalcTextSize(kUiLanguages[i].name).x;
  }
  return width;
}

void AppUi::DrawLanguagePicker() {
  const UiLanguage& shown = language_.wanted();
  BeginSemanticGroup(Tr("Language"));
  for (size_t i = 0; i < kUiLanguageCount; ++i) {
    const UiLanguage& language = kUiLanguages[i];
    if (i > 0) ImGui::SameLine();
    const std::string label = std::string(language.name) + "##language";
    const ImVec2 size = ImGui::CalcTextSize(language.name);
    if (ImGui::Selectable(label.c_str(), &language == &shown, 0, size)) {
      language_.Choose(language.tag);
    }
    DescribeLastItem(SemanticRole::kRadio, &language == &shown);
  }
  EndSemanticGroup();
  if (!language_.problem().empty()) {
    ColouredParagraph(language_.problem(), CurrentPalette().bad);
  }
}

}  // namespace cloudgap::ui
