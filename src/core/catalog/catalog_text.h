// The catalog's words in a file of their own: how the web app's first visit stays small.
//
// The web app embeds the catalog's structure only (cmake/split_catalog.py): ids,
// roles, services, weights, efforts and dependencies, with each word a person
// reads (titles, questions, guidance, scales, maturity levels, evidence and
// actions) replaced by kTextPlaceholder. Scoring, the roadmap,
// documents and share links work on it unchanged; what shows those words waits
// for the text file it names (Catalog::text_file), which the app downloads the
// first time it needs one (BENCHMARKS.md, transfer).
//
// The text file is JSON: {"format": kCatalogTextFormat, "catalog": {"id",
// "version", "sha256"}, "texts": {"<JSON pointer into the catalog>": "<words>"}}.
// Every other language's words come in a file of the same form, naming the same
// texts (tools/i18n/site_languages.py), so one loader reads them all.
//
// LoadCatalogWithText puts the two back together and checks the result as
// LoadCatalog checks any catalog. It refuses a text file of another catalog or
// build, one that leaves a placeholder unfilled, and one that would write
// anywhere but over a placeholder. The result's sha256 is the structure's: the
// identity of the catalog it was split from, so documents made before the text
// arrived open after it unchanged.
#ifndef CLOUDGAP_CORE_CATALOG_CATALOG_TEXT_H_
#define CLOUDGAP_CORE_CATALOG_CATALOG_TEXT_H_

#include <string_view>

#include "core/catalog/catalog_loader.h"

namespace cloudgap {

inline constexpr std::string_view kTextPlaceholder = "\xE2\x80\xA6";  // U+2026, "..."
inline constexpr std::string_view kCatalogTextFormat = "cloudgap-catalog-text/1";

CatalogLoadResult LoadCatalogWithText(std::string_view structure_json, std::string_view text_json);

}  // namespace cloudgap

#endif  // CLOUDGAP_CORE_CATALOG_CATALOG_TEXT_H_
