// What every HTML document CloudGap writes for people starts with (the report,
// the comparison): the head with its Content-Security-Policy, the report's
// stylesheet and the brand's (report_brand.h), and the brand's mark (logo and
// product name) for the top of the first page. The default brand adds no
// stylesheet and no logo, so such a page is what it was before brands.
#ifndef CLOUDGAP_CORE_REPORT_REPORT_HTML_PAGE_H_
#define CLOUDGAP_CORE_REPORT_REPORT_HTML_PAGE_H_

#include <string>

#include "core/report/report_brand.h"

namespace cloudgap {

// "<!DOCTYPE html>" through "<body>\n"; `title` is text (escaped here).
std::string HtmlPageStart(const std::string& title, const ReportBrand& brand);

// <div class="brand">: the logo (a data: URI, when it is a PNG, JPEG, GIF,
// WebP or SVG image) and the product's name.
std::string HtmlBrandMark(const ReportBrand& brand);

}  // namespace cloudgap

#endif  // CLOUDGAP_CORE_REPORT_REPORT_HTML_PAGE_H_
