#include "core/report/report_html_page.h"

#include <cstdio>

#include "core/engine/engine_version.h"
#include "core/report/report_html_style.h"
#include "core/text/base64.h"
#include "core/text/html_escape.h"
#include "core/text/message_format.h"

namespace cloudgap {
namespace {

// The data: URI type of a logo, by its first bytes; nullptr when it is none of these.
const char* ImageType(const std::string& bytes) {
  if (bytes.rfind("\x89PNG\r\n\x1a\n", 0) == 0) return "image/png";
  if (bytes.rfind("\xFF\xD8\xFF", 0) == 0) return "image/jpeg";
  if (bytes.rfind("GIF8", 0) == 0) return "image/gif";
  if (bytes.size() > 12 && bytes.rfind("RIFF", 0) == 0 && bytes.compare(8, 4, "WEBP") == 0) {
    return "image/webp";
  }
  if (bytes.find("<svg") != std::string::npos && bytes.size() < 512 * 1024) {
    return "image/svg+xml";
  }
  return nullptr;
}

// The brand's own stylesheet: empty for the default brand.
std::string BrandStyle(const ReportBrand& brand) {
  std::string style;
  if (brand.accent_rgb) {
    char colour[8];
    std::snprintf(colour, sizeof colour, "#%06x", *brand.accent_rgb & 0xffffffu);
    style += std::string(":root{--accent:") + colour + "}";
  }
  if (ImageType(brand.logo_png)) {
    style += ".brand img{display:block;height:3rem;margin-bottom:.5rem}";
  }
  return style;
}

}  // namespace

std::string HtmlPageStart(const std::string& title, const ReportBrand& brand,
                          const MessageCatalog& words) {
  const std::string brand_style = BrandStyle(brand);
  return "<!DOCTYPE html>\n<html lang=\"" + EscapeHtml(words.language()) +
         "\">\n<head>\n<meta charset=\"utf-8\">\n"
         "<meta http-equiv=\"Content-Security-Policy\" content=\"" +
         (brand_style.empty() ? HtmlReportContentSecurityPolicy()
                              : HtmlReportContentSecurityPolicy(brand_style)) +
         "\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
         "<meta name=\"generator\" content=\"CloudGap " +
         std::string(EngineVersion()) + "\">\n<title>" + EscapeHtml(title) + "</title>\n<style>" +
         HtmlReportStylesheet() + "</style>\n" +
         (brand_style.empty() ? "" : "<style>" + brand_style + "</style>\n") + "</head>\n<body>\n";
}

std::string HtmlBrandMark(const ReportBrand& brand, const MessageCatalog& words) {
  std::string logo;
  if (const char* type = ImageType(brand.logo_png)) {
    logo = "<img alt=\"" +
           EscapeHtml(words.Tr("{product} logo", {{"product", brand.product_name}})) +
           "\" src=\"data:" + type + ";base64," + Base64Encode(brand.logo_png) + "\">";
  }
  return "<div class=\"brand\">" + logo + EscapeHtml(brand.product_name) + "</div>";
}

std::string HtmlDate(const std::string& iso_date, const MessageCatalog& words) {
  return words.language() == "en" ? iso_date : FormatDate(iso_date, words.language());
}

std::string_view HtmlSlot(size_t i) {
  static constexpr std::string_view kSlots[] = {"\xEE\x80\x80", "\xEE\x80\x81", "\xEE\x80\x82",
                                                "\xEE\x80\x83"};
  return kSlots[i];
}

std::string FillHtmlSlots(std::string_view words, std::initializer_list<std::string_view> html) {
  std::string out = EscapeHtml(words);
  size_t i = 0;
  for (std::string_view fill : html) {
    const std::string_view slot = HtmlSlot(i++);
    for (size_t at = out.find(slot); at != std::string::npos;
         at = out.find(slot, at + fill.size())) {
      out.replace(at, slot.size(), fill);
    }
  }
  return out;
}

}  // namespace cloudgap
