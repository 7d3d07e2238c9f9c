// The catalog that ships with CloudGap (catalog/iso27017.json), compiled into the
// binary so the web app needs no extra request and the CLI needs no data files.
#ifndef CLOUDGAP_CORE_CATALOG_CATALOG_EMBEDDED_H_
#define CLOUDGAP_CORE_CATALOG_CATALOG_EMBEDDED_H_

#include <string_view>

namespace cloudgap {

// The bytes of catalog/iso27017.json at build time, minified (cmake/minify_json.py).
std::string_view EmbeddedCatalogJson();
// The same catalog without its text (catalog_text.h, cmake/split_catalog.py).
std::string_view EmbeddedCatalogStructureJson();

}  // namespace cloudgap

#endif  // CLOUDGAP_CORE_CATALOG_CATALOG_EMBEDDED_H_
