// config.json's door. ParseBranding never fails; what it keeps must be written
// back by BrandingToJson as a file that reads again cleanly, to the same settings.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>

#include "core/document/branding.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const cloudgap::BrandingResult result = cloudgap::ParseBranding(text);
  const std::string written = cloudgap::BrandingToJson(result.branding);
  const cloudgap::BrandingResult again = cloudgap::ParseBranding(written);
  if (!again.warnings.empty() || cloudgap::BrandingToJson(again.branding) != written) {
    std::fprintf(stderr, "config.json round trip: %s\n", written.c_str());
    std::abort();
  }
  return 0;
}
