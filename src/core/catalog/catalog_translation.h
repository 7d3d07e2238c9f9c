// The control catalog in another language: its words replaced, nothing else.
//
// A translation is JSON (made and checked by tools/i18n/catalog_texts.py):
//
//   {"format": kCatalogTranslationFormat, "language": "de",
//    "catalog": {"id": "iso27017", "version": "2.1.0"},
//    "texts": {"<JSON pointer into the catalog file>": {"en": "<English>", "text": "<words>"}}}
//
// The repository keeps each entry's English ("en"), so that a change to the
// English shows as a stale entry; the web build ships each entry as its words
// alone ("<pointer>": "<words>"), and both are read here.
//
// TranslateCatalog writes the words over the texts ForEachCatalogText names and
// touches nothing else: ids, roles, weights, links and the sha256 stay, so scores,
// roadmaps, documents and share links are the same in every language. The
// catalog may be one whose text is elsewhere (catalog_text.h): a translation
// that fills every placeholder makes it whole, and the English text is never
// needed. A text with no entry, or whose entry's "en" is not the catalog's
// English (stale), stays English and is listed in `untranslated`. A malformed
// file, another format or catalog, and a pointer that names no text are refused.
#ifndef CLOUDGAP_CORE_CATALOG_CATALOG_TRANSLATION_H_
#define CLOUDGAP_CORE_CATALOG_CATALOG_TRANSLATION_H_

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/catalog/catalog.h"
#include "core/json/json_reader.h"
#include "core/text/input_problem.h"

namespace cloudgap {

inline constexpr std::string_view kCatalogTranslationFormat = "cloudgap-catalog-translation/1";

struct CatalogTranslation {
  std::optional<Catalog> catalog;         // Set only when errors is empty.
  std::string language;                   // "de"; a BCP 47 primary tag.
  size_t translated = 0;                  // Texts now in `language`.
  std::vector<std::string> untranslated;  // Pointers of the texts left in English.
  std::vector<JsonError> errors;
  InputProblem problem = InputProblem::kNone;
};

CatalogTranslation TranslateCatalog(const Catalog& catalog, std::string_view translation_json);

// Calls `visit` with the JSON pointer and the words of every text of `catalog`
// a translation covers (tools/i18n/catalog_texts.py's TRANSLATABLE), in catalog
// order; blank texts are skipped. An evidence entry is ".../evidence/N" however
// the file writes it; a translation may also say ".../evidence/N/text", as the
// pointer of an entry written with its roles is.
void ForEachCatalogText(
    Catalog& catalog,
    const std::function<void(const std::string& pointer, std::string& text)>& visit);

}  // namespace cloudgap

#endif  // CLOUDGAP_CORE_CATALOG_CATALOG_TRANSLATION_H_
