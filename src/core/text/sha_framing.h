// What SHA-1 and SHA-256 share (FIPS 180-4, 5.1.1 and 6): the message taken in
// 64-byte blocks, the last padded with a 1 bit, zeros and the message's length
// in bits; the final state written out as big-endian words. Only sha1.cc and
// sha256.cc include this; each brings its own compression function.
#ifndef CLOUDGAP_CORE_TEXT_SHA_FRAMING_H_
#define CLOUDGAP_CORE_TEXT_SHA_FRAMING_H_

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

namespace cloudgap {

inline uint32_t BigEndianWord(const unsigned char* p) {
  return uint32_t{p[0]} << 24 | uint32_t{p[1]} << 16 | uint32_t{p[2]} << 8 | uint32_t{p[3]};
}

// `rounds(state, block)` runs the algorithm's rounds over one 64-byte block and
// returns its working variables, which are added to the state word by word.
template <size_t kWords, typename Rounds>
std::array<unsigned char, 4 * kWords> ShaDigest(std::string_view data,
                                                std::array<uint32_t, kWords> state, Rounds rounds) {
  auto compress = [&rounds](std::array<uint32_t, kWords>& h, const unsigned char* block) {
    const std::array<uint32_t, kWords> v = rounds(h, block);
    for (size_t i = 0; i < kWords; ++i) h[i] += v[i];
  };
  const auto* bytes = reinterpret_cast<const unsigned char*>(data.data());
  const size_t whole = data.size() - data.size() % 64;
  for (size_t i = 0; i < whole; i += 64) compress(state, bytes + i);

  // One final block, or two when the length no longer fits after the tail.
  std::array<unsigned char, 128> tail{};
  const size_t rest = data.size() - whole;
  for (size_t i = 0; i < rest; ++i) tail[i] = bytes[whole + i];
  tail[rest] = 0x80;
  const size_t tail_size = rest < 56 ? 64 : 128;
  const uint64_t bits = static_cast<uint64_t>(data.size()) * 8;
  for (size_t i = 0; i < 8; ++i) {
    tail[tail_size - 1 - i] = static_cast<unsigned char>(bits >> (8 * i));
  }
  for (size_t i = 0; i < tail_size; i += 64) compress(state, tail.data() + i);

  std::array<unsigned char, 4 * kWords> digest{};
  for (size_t i = 0; i < digest.size(); ++i) {
    digest[i] = static_cast<unsigned char>(state[i / 4] >> (24 - 8 * (i % 4)));
  }
  return digest;
}

}  // namespace cloudgap

#endif  // CLOUDGAP_CORE_TEXT_SHA_FRAMING_H_
