// SHA-1 (FIPS 180-4) of a byte string: only for name-based UUIDs (RFC 4122
// version 5, uuid.h), which are defined over SHA-1. SHA-1 is broken for
// collision resistance, so nothing else should use it; fingerprints of data
// use sha256.h.
#ifndef CLOUDGAP_CORE_TEXT_SHA1_H_
#define CLOUDGAP_CORE_TEXT_SHA1_H_

#include <array>
#include <string>
#include <string_view>

namespace cloudgap {

std::array<unsigned char, 20> Sha1(std::string_view data);

// 40 lowercase hex digits.
std::string Sha1Hex(std::string_view data);

}  // namespace cloudgap

#endif  // CLOUDGAP_CORE_TEXT_SHA1_H_
