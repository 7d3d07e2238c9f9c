#include "core/text/xml_escape.h"

#include "core/text/text_clean.h"

namespace cloudgap {

std::string XmlEscape(std::string_view text) {
  const std::string clean = CleanText(text);
  std::string out;
  out.reserve(clean.size() + clean.size() / 8);
  for (size_t i = 0; i < clean.size(); ++i) {
    const char c = clean[i];
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&apos;"; break;
      case '\xEF':
        // U+FFFE and U+FFFF are EF BF BE and EF BF BF.
        if (i + 2 < clean.size() && clean[i + 1] == '\xBF' &&
            (clean[i + 2] == '\xBE' || clean[i + 2] == '\xBF')) {
          out += "\xEF\xBF\xBD";
          i += 2;
          break;
        }
        out += c;
        break;
      default: out += c;
    }
  }
  return out;
}

}  // namespace cloudgap
