#include "core/report/report_brand.h"

#include <utility>

namespace cloudgap {

ReportBrand BrandOf(const Branding& branding, std::string logo_png) {
  ReportBrand brand;
  brand.product_name = branding.product_name;
  brand.accent_rgb = branding.accent_rgb;
  brand.logo_png = std::move(logo_png);
  brand.cta = branding.cta;
  return brand;
}

}  // namespace cloudgap
