// Base64 (RFC 4648), written once for every use: the standard alphabet with
// padding for data URIs and CSP hashes (§4), and the URL-safe alphabet without
// padding for share links (§5), whose decoder is strict so that one link has
// exactly one spelling.
#ifndef CLOUDGAP_CORE_TEXT_BASE64_H_
#define CLOUDGAP_CORE_TEXT_BASE64_H_

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace cloudgap {

// "+/" and '=' padding: Base64Encode("ab") == "YWI=".
std::string Base64Encode(std::string_view bytes);

// The bytes of padded standard base64 (PEM keys); as strict as
// Base64UrlDecode: nullopt for anything Base64Encode would not write.
std::optional<std::string> Base64Decode(std::string_view text);

// The 64 characters of base64url, in value order.
inline constexpr char kBase64UrlAlphabet[] =
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

// Characters of base64url text for `bytes` bytes, unpadded.
size_t Base64UrlLength(size_t bytes);

// "-_" and no padding: Base64UrlEncode("\xfb\xff") == "-_8".
std::string Base64UrlEncode(std::string_view bytes);

// The bytes of unpadded base64url text; nullopt for anything Base64UrlEncode
// would not write: another alphabet, padding, a length of 1 mod 4, or
// non-zero leftover bits.
std::optional<std::string> Base64UrlDecode(std::string_view text);

}  // namespace cloudgap

#endif  // CLOUDGAP_CORE_TEXT_BASE64_H_
