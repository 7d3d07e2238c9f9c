// SHA-256 and SHA-1 (FIPS 180-4) of a byte string. Not for secrets: they make
// no attempt to be constant-time.
//
// SHA-256 fingerprints the exact catalog bytes an assessment was made against,
// so a saved assessment can tell whether the catalog changed since. SHA-1 is
// here only for name-based UUIDs (RFC 4122 version 5, uuid.h), which are
// defined over it; it is broken for collision resistance, so nothing else
// should use it.
#ifndef CLOUDGAP_CORE_TEXT_SHA_H_
#define CLOUDGAP_CORE_TEXT_SHA_H_

#include <array>
#include <string>
#include <string_view>

namespace cloudgap {

std::array<unsigned char, 32> Sha256(std::string_view data);
std::string Sha256Hex(std::string_view data);  // 64 lowercase hex digits.

std::array<unsigned char, 20> Sha1(std::string_view data);
std::string Sha1Hex(std::string_view data);  // 40 lowercase hex digits.

}  // namespace cloudgap

#endif  // CLOUDGAP_CORE_TEXT_SHA_H_
