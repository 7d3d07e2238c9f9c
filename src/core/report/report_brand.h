// Whose name, colour and logo a report carries: the host's white-label
// settings (core/document/branding.h) with the logo's bytes, which the caller
// reads (the CLI reads the file; the web app's Office module is handed it).
// The HTML report, the Office reports and the brief show all of it; the
// Markdown report names the product. The default says CloudGap in its own
// colours with no logo, and changes no byte of any report.
#ifndef CLOUDGAP_CORE_REPORT_REPORT_BRAND_H_
#define CLOUDGAP_CORE_REPORT_REPORT_BRAND_H_

#include <cstdint>
#include <optional>
#include <string>

#include "core/document/branding.h"

namespace cloudgap {

struct ReportBrand {
  std::string product_name = "CloudGap";
  std::optional<uint32_t> accent_rgb;  // 0xRRGGBB; none: the built-in colour.
  std::string logo_png;  // PNG bytes (the HTML report also shows JPEG, GIF, WebP, SVG); else none.
  std::optional<CallToAction> cta;  // The host's call-to-action, on the brief.
};

// The brand of white-label settings (the logo's bytes are the caller's).
ReportBrand BrandOf(const Branding& branding, std::string logo_png);

}  // namespace cloudgap

#endif  // CLOUDGAP_CORE_REPORT_REPORT_BRAND_H_
