// mailto: links (RFC 6068) that a mail program opens as a message ready to
// send: the address as given, the subject and body percent-encoded as UTF-8,
// line ends as CRLF. The address must already be a plain one
// (core/document/branding.h, IsPlainEmailAddress): nothing here checks it.
#ifndef CLOUDGAP_CORE_TEXT_MAILTO_H_
#define CLOUDGAP_CORE_TEXT_MAILTO_H_

#include <string>
#include <string_view>

namespace cloudgap {

// "mailto:sales@acme.example?subject=Our%20results&body=Hello%0D%0A...".
std::string MailtoLink(std::string_view address, std::string_view subject, std::string_view body);

// Every byte but RFC 3986's unreserved characters as %XX; "\n" as "%0D%0A".
std::string PercentEncodeForMail(std::string_view text);

}  // namespace cloudgap

#endif  // CLOUDGAP_CORE_TEXT_MAILTO_H_
