// Makes text safe to place in an HTML document, in element content or in a
// double- or single-quoted attribute value: CleanText (text_clean.h) first,
// then & < > " ' become character references. Nothing escaped this way can
// open a tag, end an attribute or start a character reference of its own.
// Line breaks are kept; the report's stylesheet decides whether they show.
#ifndef CLOUDGAP_CORE_TEXT_HTML_ESCAPE_H_
#define CLOUDGAP_CORE_TEXT_HTML_ESCAPE_H_

#include <string>
#include <string_view>

namespace cloudgap {

std::string EscapeHtml(std::string_view text);

}  // namespace cloudgap

#endif  // CLOUDGAP_CORE_TEXT_HTML_ESCAPE_H_
