#include "core/text/url_check.h"

#include "core/text/text_clean.h"

namespace cloudgap {
namespace {

bool IsHex(char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

bool IsAlnum(char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

// RFC 3986 unreserved, sub-delims and the gen-delims a URL needs after its
// scheme. '[' and ']' (IPv6 literals only) are left out to keep the check simple.
bool IsUrlChar(char c) {
  if (IsAlnum(c)) return true;
  switch (c) {
    case '-':
    case '.':
    case '_':
    case '~':  // unreserved
    case '!':
    case '$':
    case '&':
    case '\'':
    case '(':
    case ')':  // sub-delims
    case '*':
    case '+':
    case ',':
    case ';':
    case '=':
    case ':':
    case '/':
    case '?':
    case '#':
    case '@':  // gen-delims
      return true;
    default: return false;
  }
}

}  // namespace

bool IsWebLink(std::string_view link) {
  size_t start = 0;
  if (StartsWithNoCase(link, "https://")) {
    start = 8;
  } else if (StartsWithNoCase(link, "http://")) {
    start = 7;
  } else {
    return false;
  }
  // A host: the authority must not be empty ("http:///x", "http://?x").
  if (start >= link.size() || link[start] == '/' || link[start] == '?' || link[start] == '#') {
    return false;
  }
  for (size_t i = start; i < link.size(); ++i) {
    if (link[i] == '%') {
      if (i + 2 >= link.size() || !IsHex(link[i + 1]) || !IsHex(link[i + 2])) return false;
      i += 2;
    } else if (!IsUrlChar(link[i])) {
      return false;
    }
  }
  return true;
}

}  // namespace cloudgap
