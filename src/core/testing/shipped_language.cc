#include "core/testing/shipped_language.h"

#include "core/catalog/catalog_loader.h"
#include "core/catalog/catalog_translation.h"
#include "core/testing/test_source_dir.h"

namespace cloudgap {

ShippedLanguage LoadShippedLanguage(const std::string& tag) {
  ShippedLanguage out;
  std::string messages, texts;
  if (!ReadSourceFile("src/core/i18n/messages/" + tag + ".json", &messages) ||
      !ReadSourceFile("catalog/translations/" + tag + ".json", &texts)) {
    out.problem = tag + ": a language file cannot be read";
    return out;
  }
  MessageCatalogLoad words = LoadMessageCatalog(messages);
  if (words.problem != InputProblem::kNone) {
    out.problem = tag + ": the messages do not load";
  } else {
    out.words = std::move(words.catalog);
  }
  CatalogTranslation catalog = TranslateCatalog(BuiltinCatalog(), texts);
  if (!catalog.catalog) {
    out.problem = tag + ": the catalog's translation does not load";
  } else {
    out.catalog = std::move(catalog.catalog);
  }
  return out;
}

}  // namespace cloudgap
