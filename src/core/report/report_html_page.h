// What every HTML document CloudGap writes for people starts with (the report,
// the comparison): the head with its Content-Security-Policy, the report's
// stylesheet and the brand's (report_brand.h), and the brand's mark (logo and
// product name) for the top of the first page. The default brand adds no
// stylesheet and no logo, so such a page is what it was before brands. And
// how a page's sentences carry markup in any language (HtmlSlot).
#ifndef CLOUDGAP_CORE_REPORT_REPORT_HTML_PAGE_H_
#define CLOUDGAP_CORE_REPORT_REPORT_HTML_PAGE_H_

#include <cstddef>
#include <initializer_list>
#include <string>
#include <string_view>

#include "core/i18n/message_catalog.h"
#include "core/report/report_brand.h"

namespace cloudgap {

// "<!DOCTYPE html>" through "<body>\n"; `title` is text (escaped here). The
// page's lang is the language of `words`, so that screen readers, hyphenation
// and spelling follow the words the page is written in.
std::string HtmlPageStart(const std::string& title, const ReportBrand& brand,
                          const MessageCatalog& words);

// <div class="brand">: the logo (a data: URI, when it is a PNG, JPEG, GIF,
// WebP or SVG image, its alt text in `words`) and the product's name.
std::string HtmlBrandMark(const ReportBrand& brand, const MessageCatalog& words);

// A date in a page's running text ("2024-09-30"): as `words`' language writes
// it (FormatDate); English keeps the ISO form it always had, as the evidence
// dates (EvidenceDates) and the Markdown report do.
std::string HtmlDate(const std::string& iso_date, const MessageCatalog& words);

// A sentence whose values carry markup ("Overall score <b>66.7</b> of 100"):
// the message takes HtmlSlot(0), HtmlSlot(1), ... as those values, and
// FillHtmlSlots escapes the formatted words like any text, then puts html[i]
// where HtmlSlot(i) is. A translation may move a value but can never add
// markup. A slot is a private-use character (U+E000 + i, i < 4) that no
// number format, no translation and no escaping changes.
std::string_view HtmlSlot(size_t i);
std::string FillHtmlSlots(std::string_view words, std::initializer_list<std::string_view> html);

}  // namespace cloudgap

#endif  // CLOUDGAP_CORE_REPORT_REPORT_HTML_PAGE_H_
