// The catalog's door: `cloudgap catalog check` and any catalog loaded at run
// time. A catalog the loader accepts must be usable: a new assessment on it
// evaluates and every report renders.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "core/catalog/catalog_loader.h"
#include "core/report/report.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const cloudgap::CatalogLoadResult result = cloudgap::LoadCatalog(text);
  if (!result.catalog) {
    if (result.errors.empty()) std::abort();
    return 0;
  }
  cloudgap::Profile profile;
  profile.role = cloudgap::RoleScope::kBoth;
  const cloudgap::Assessment assessment =
      cloudgap::NewAssessment(*result.catalog, profile, "2024-05-31T09:30:00Z");
  for (cloudgap::ReportFormat format : cloudgap::kReportFormats) {
    if (cloudgap::RenderReport(*result.catalog, assessment, format).bytes.empty()) std::abort();
  }
  return 0;
}
