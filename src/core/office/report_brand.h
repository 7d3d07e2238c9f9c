// Whose name, colour and logo the Office reports carry: the host's
// white-label settings (core/document/branding.h) with the logo's bytes, which
// the caller reads (the web app fetches it, the CLI reads the file). The
// default says CloudGap in its own colours with no logo.
#ifndef CLOUDGAP_CORE_OFFICE_REPORT_BRAND_H_
#define CLOUDGAP_CORE_OFFICE_REPORT_BRAND_H_

#include <cstdint>
#include <optional>
#include <string>

#include "core/document/branding.h"

namespace cloudgap {

struct ReportBrand {
  std::string product_name = "CloudGap";
  std::optional<uint32_t> accent_rgb;  // 0xRRGGBB; none: the built-in colour.
  std::string logo_png;                // PNG bytes; empty or not a PNG: no logo.
  std::optional<CallToAction> cta;     // The host's call-to-action, on the brief.
};

// The brand of white-label settings (the logo's bytes are the caller's).
ReportBrand BrandOf(const Branding& branding, std::string logo_png);

}  // namespace cloudgap

#endif  // CLOUDGAP_CORE_OFFICE_REPORT_BRAND_H_
