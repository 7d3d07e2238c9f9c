#include "core/text/sha1.h"

#include <gtest/gtest.h>

#include <string>

namespace cloudgap {
namespace {

// FIPS 180-4 examples (NIST CAVP).
TEST(Sha1Test, NistVectors) {
  EXPECT_EQ(Sha1Hex(""), "da39a3ee5e6b4b0d3255bfef95601890afd80709");
  EXPECT_EQ(Sha1Hex("abc"), "a9993e364706816aba3e25717850c26c9cd0d89d");
  EXPECT_EQ(Sha1Hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"),
            "84983e441c3bd26ebaae4aa1f95129e5e54670f1");
  EXPECT_EQ(Sha1Hex(std::string(1000000, 'a')), "34aa973cd4c4daa4f61eeb2bdbad27316534016f");
}

// Lengths around the padding boundaries (55/56: the length stops fitting in the last
// block; 64: an exact block). Expected values from Python's hashlib.
TEST(Sha1Test, PaddingBoundaries) {
  struct Case {
    size_t length;
    const char* hex;
  };
  const Case cases[] = {
      {55, "c1c8bbdc22796e28c0e15163d20899b65621d65a"},
      {56, "c2db330f6083854c99d4b5bfb6e8f29f201be699"},
      {63, "03f09f5b158a7a8cdad920bddc29b81c18a551f5"},
      {64, "0098ba824b5c16427bd7a1122a5a442a25ec644d"},
      {119, "ee971065aaa017e0632a8ca6c77bb3bf8b1dfc56"},
      {120, "f34c1488385346a55709ba056ddd08280dd4c6d6"},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(Sha1Hex(std::string(c.length, 'a')), c.hex) << "length " << c.length;
  }
}

}  // namespace
}  // namespace cloudgap
