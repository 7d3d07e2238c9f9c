#include <cstdint>

#include "core/text/hex.h"
#include "core/text/sha.h"
#include "core/text/sha_framing.h"

namespace cloudgap {
namespace {

uint32_t RotateLeft(uint32_t x, int n) {
  return (x << n) | (x >> (32 - n));
}

// The 80 rounds over one 64-byte block, from state `h`; returns the working variables.
std::array<uint32_t, 5> Rounds(const std::array<uint32_t, 5>& h, const unsigned char* block) {
  std::array<uint32_t, 80> w;
  for (int i = 0; i < 16; ++i) w[i] = BigEndianWord(block + 4 * i);
  for (int i = 16; i < 80; ++i) w[i] = RotateLeft(w[i - 3] ^ w[i - 8] ^ w[i - 14] ^ w[i - 16], 1);
  uint32_t a = h[0], b = h[1], c = h[2], d = h[3], e = h[4];
  for (int i = 0; i < 80; ++i) {
    uint32_t f, k;
    if (i < 20) {
      f = (b & c) | (~b & d);
      k = 0x5a827999;
    } else if (i < 40) {
      f = b ^ c ^ d;
      k = 0x6ed9eba1;
    } else if (i < 60) {
      f = (b & c) | (b & d) | (c & d);
      k = 0x8f1bbcdc;
    } else {
      f = b ^ c ^ d;
      k = 0xca62c1d6;
    }
    const uint32_t t = RotateLeft(a, 5) + f + e + k + w[i];
    e = d;
    d = c;
    c = RotateLeft(b, 30);
    b = a;
    a = t;
  }
  return {a, b, c, d, e};
}

}  // namespace

std::array<unsigned char, 20> Sha1(std::string_view data) {
  return ShaDigest(
      data, std::array<uint32_t, 5>{0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476, 0xc3d2e1f0},
      Rounds);
}

std::string Sha1Hex(std::string_view data) {
  return Hex(Sha1(data));
}

}  // namespace cloudgap
