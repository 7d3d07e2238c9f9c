#include "core/testing/builtin_catalog_text.h"

extern const unsigned char cloudgap_catalog_text_json[];
extern const unsigned long cloudgap_catalog_text_json_size;

namespace cloudgap {

std::string_view BuiltinCatalogTextJson() {
  return std::string_view(reinterpret_cast<const char*>(cloudgap_catalog_text_json),
                          cloudgap_catalog_text_json_size);
}

}  // namespace cloudgap
