#include "ui/languages.h"

namespace cloudgap::ui {

const UiLanguage& EnglishLanguage() {
  return kUiLanguages[0];
}

const UiLanguage* FindUiLanguage(std::string_view tag) {
  const std::string_view primary = tag.substr(0, tag.find_first_of("-_"));
  for (size_t i = 0; i < kUiLanguageCount; ++i) {
    const std::string_view ours = kUiLanguages[i].tag;
    if (primary.size() != ours.size()) continue;
    bool same = true;  // Tags are case-insensitive: "DE-de" is German.
    for (size_t j = 0; j < ours.size() && same; ++j) {
      same = (primary[j] | 0x20) == ours[j];
    }
    if (same) return &kUiLanguages[i];
  }
  return nullptr;
}

const UiLanguage& LanguageForPreferences(const std::vector<std::string>& preferred) {
  for (const std::string& tag : preferred) {
    if (const UiLanguage* language = FindUiLanguage(tag)) return *language;
  }
  return EnglishLanguage();
}

}  // namespace cloudgap::ui
