// SHA-256 (FIPS 180-4) of a byte string, as lowercase hex.
//
// Used to fingerprint the exact catalog bytes an assessment was made against, so
// a saved assessment can tell whether the catalog changed since. Not for secrets:
// it makes no attempt to be constant-time.
#ifndef CLOUDGAP_CORE_TEXT_SHA256_H_
#define CLOUDGAP_CORE_TEXT_SHA256_H_

#include <array>
#include <string>
#include <string_view>

namespace cloudgap {

// The 32-byte digest.
std::array<unsigned char, 32> Sha256(std::string_view data);

// The digest as 64 lowercase hex digits.
std::string Sha256Hex(std::string_view data);

}  // namespace cloudgap

#endif  // CLOUDGAP_CORE_TEXT_SHA256_H_
