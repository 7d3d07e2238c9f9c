// Whether a link someone typed (evidence links) may become a real link in a
// report. Only plain web addresses qualify: "http://" or "https://" followed
// by a host, every character allowed by RFC 3986 as it stands (no spaces,
// quotes, angle brackets or backslashes; other characters percent-encoded).
// Anything else -- javascript:, data:, file:, relative paths, text with
// spaces -- is shown as text, never followed.
#ifndef CLOUDGAP_CORE_TEXT_URL_CHECK_H_
#define CLOUDGAP_CORE_TEXT_URL_CHECK_H_

#include <string_view>

namespace cloudgap {

bool IsWebLink(std::string_view link);

}  // namespace cloudgap

#endif  // CLOUDGAP_CORE_TEXT_URL_CHECK_H_
