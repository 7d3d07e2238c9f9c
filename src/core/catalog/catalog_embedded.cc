#include "core/catalog/catalog_embedded.h"

extern const unsigned char cloudgap_catalog_json[];
extern const unsigned long cloudgap_catalog_json_size;
extern const unsigned char cloudgap_catalog_structure_json[];
extern const unsigned long cloudgap_catalog_structure_json_size;

namespace cloudgap {

std::string_view EmbeddedCatalogJson() {
  return std::string_view(reinterpret_cast<const char*>(cloudgap_catalog_json),
                          cloudgap_catalog_json_size);
}

std::string_view EmbeddedCatalogStructureJson() {
  return std::string_view(reinterpret_cast<const char*>(cloudgap_catalog_structure_json),
                          cloudgap_catalog_structure_json_size);
}

}  // namespace cloudgap
