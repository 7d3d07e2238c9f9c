// The HTML report's stylesheet and the Content-Security-Policy that goes with
// it. The report is a downloaded document, not the app, so its CSS is inline;
// the policy allows exactly that stylesheet (by its SHA-256) and nothing else:
// no script, no other style, no request anywhere. Even if some text escaped
// its escaping, nothing in the page could run or load.
#ifndef CLOUDGAP_CORE_REPORT_REPORT_HTML_STYLE_H_
#define CLOUDGAP_CORE_REPORT_REPORT_HTML_STYLE_H_

#include <string>
#include <string_view>

namespace cloudgap {

// The contents of the report's one <style> element.
const char* HtmlReportStylesheet();

// "default-src 'none'; style-src 'sha256-…'; …" for a <meta http-equiv> tag.
std::string HtmlReportContentSecurityPolicy();
// The same, allowing a second, brand's stylesheet (report_brand.h) as well.
std::string HtmlReportContentSecurityPolicy(std::string_view brand_style);

}  // namespace cloudgap

#endif  // CLOUDGAP_CORE_REPORT_REPORT_HTML_STYLE_H_
