// Bytes as lowercase hexadecimal, two digits a byte: how digests and UUIDs are written.
#ifndef CLOUDGAP_CORE_TEXT_HEX_H_
#define CLOUDGAP_CORE_TEXT_HEX_H_

#include <array>
#include <cstddef>
#include <string>
#include <string_view>

namespace cloudgap {

void AppendHex(std::string& out, unsigned char byte);

// 64 lowercase hexadecimal digits: how a SHA-256 is written in documents and catalogs.
bool IsSha256Hex(std::string_view s);

template <size_t N>
std::string Hex(const std::array<unsigned char, N>& bytes) {
  std::string hex;
  hex.reserve(2 * N);
  for (unsigned char byte : bytes) AppendHex(hex, byte);
  return hex;
}

}  // namespace cloudgap

#endif  // CLOUDGAP_CORE_TEXT_HEX_H_
