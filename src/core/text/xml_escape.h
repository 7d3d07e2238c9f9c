// Text for XML 1.0 element content and attribute values (the Office Open XML
// reports): CleanText first (text_clean.h: invalid UTF-8 and control
// characters become U+FFFD), then the two noncharacters XML forbids (U+FFFE,
// U+FFFF) become U+FFFD too, and & < > " ' become entities. What comes out
// is always well-formed, whatever went in.
#ifndef CLOUDGAP_CORE_TEXT_XML_ESCAPE_H_
#define CLOUDGAP_CORE_TEXT_XML_ESCAPE_H_

#include <string>
#include <string_view>

namespace cloudgap {

std::string XmlEscape(std::string_view text);

}  // namespace cloudgap

#endif  // CLOUDGAP_CORE_TEXT_XML_ESCAPE_H_
