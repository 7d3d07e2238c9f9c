// The languages this build of the app speaks, and the site files of each.
//
// The table is made at build time (tools/i18n/site_languages.py) from the
// message catalogs (src/core/i18n/messages/) and the catalog's translations
// (catalog/translations/): English first, whose words are the code's and the
// catalog's own, then each language with its two files, named after their
// content. A first visit downloads neither; a language's files are fetched
// when it is chosen (ui/language_choice.h).
#ifndef CLOUDGAP_UI_LANGUAGES_H_
#define CLOUDGAP_UI_LANGUAGES_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace cloudgap::ui {

struct UiLanguage {
  const char* tag;            // BCP 47 primary tag: "de".
  const char* name;           // As its speakers write it: "Deutsch".
  const char* messages_file;  // The app's words (core/i18n/message_catalog.h); "" for English.
  const char* catalog_file;   // The catalog's (core/catalog/catalog_translation.h); "" for English.
};

extern const UiLanguage kUiLanguages[];
extern const size_t kUiLanguageCount;

const UiLanguage& EnglishLanguage();
// The language whose tag is `tag`'s primary subtag ("de-CH" is German), or null.
const UiLanguage* FindUiLanguage(std::string_view tag);
// The first of a browser's preferred languages (navigator.languages, most
// preferred first) that the app speaks; English when none is.
const UiLanguage& LanguageForPreferences(const std::vector<std::string>& preferred);

}  // namespace cloudgap::ui

#endif  // CLOUDGAP_UI_LANGUAGES_H_
