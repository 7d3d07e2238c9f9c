// The built-in catalog's text file (core/catalog/catalog_text.h) as the site
// serves it, for tests that put the catalog back together as the web app does.
#ifndef CLOUDGAP_CORE_TESTING_BUILTIN_CATALOG_TEXT_H_
#define CLOUDGAP_CORE_TESTING_BUILTIN_CATALOG_TEXT_H_

#include <string_view>

namespace cloudgap {

std::string_view BuiltinCatalogTextJson();

}  // namespace cloudgap

#endif  // CLOUDGAP_CORE_TESTING_BUILTIN_CATALOG_TEXT_H_
