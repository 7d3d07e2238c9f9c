#include "core/text/mailto.h"

namespace cloudgap {

std::string PercentEncodeForMail(std::string_view text) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out;
  for (size_t i = 0; i < text.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    const bool unreserved = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                            (c >= '0' && c <= '9') || c == '-' || c == '.' || c == '_' || c == '~';
    if (unreserved) {
      out += static_cast<char>(c);
    } else if (c == '\n' && (i == 0 || text[i - 1] != '\r')) {
      out += "%0D%0A";
    } else {
      out += '%';
      out += kHex[c >> 4];
      out += kHex[c & 15];
    }
  }
  return out;
}

std::string MailtoLink(std::string_view address, std::string_view subject, std::string_view body) {
  return "mailto:" + std::string(address) + "?subject=" + PercentEncodeForMail(subject) +
         "&body=" + PercentEncodeForMail(body);
}

}  // namespace cloudgap
