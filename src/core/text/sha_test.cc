#include "core/text/sha.h"

#include <gtest/gtest.h>

#include <string>

#include "core/text/hex.h"

namespace cloudgap {
namespace {

// FIPS 180-4 examples (NIST CAVP).
TEST(ShaTest, NistVectors) {
  const struct {
    std::string input;
    const char* sha1;
    const char* sha256;
  } kCases[] = {
      {"", "da39a3ee5e6b4b0d3255bfef95601890afd80709",
       "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"},
      {"abc", "a9993e364706816aba3e25717850c26c9cd0d89d",
       "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"},
      {"abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
       "84983e441c3bd26ebaae4aa1f95129e5e54670f1",
       "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"},
      {std::string(1000000, 'a'), "34aa973cd4c4daa4f61eeb2bdbad27316534016f",
       "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0"},
  };
  for (const auto& c : kCases) {
    EXPECT_EQ(Sha1Hex(c.input), c.sha1) << c.input.substr(0, 60);
    EXPECT_EQ(Sha256Hex(c.input), c.sha256) << c.input.substr(0, 60);
  }
  EXPECT_EQ(Sha256Hex("abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklm"
                      "nopqklmnopqrlmnopqrsmnopqrstnopqrstu"),
            "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1");
}

// Lengths around the padding boundaries (55/56 bytes: the length field stops fitting in
// the last block; 64: an exact block). Expected values from Python's hashlib.
TEST(ShaTest, PaddingBoundaries) {
  const struct {
    size_t length;
    const char* sha1;
    const char* sha256;
  } kCases[] = {
      {55, "c1c8bbdc22796e28c0e15163d20899b65621d65a",
       "9f4390f8d30c2dd92ec9f095b65e2b9ae9b0a925a5258e241c9f1e910f734318"},
      {56, "c2db330f6083854c99d4b5bfb6e8f29f201be699",
       "b35439a4ac6f0948b6d6f9e3c6af0f5f590ce20f1bde7090ef7970686ec6738a"},
      {63, "03f09f5b158a7a8cdad920bddc29b81c18a551f5",
       "7d3e74a05d7db15bce4ad9ec0658ea98e3f06eeecf16b4c6fff2da457ddc2f34"},
      {64, "0098ba824b5c16427bd7a1122a5a442a25ec644d",
       "ffe054fe7ae0cb6dc65c3af9b61d5209f439851db43d0ba5997337df154668eb"},
      {119, "ee971065aaa017e0632a8ca6c77bb3bf8b1dfc56",
       "31eba51c313a5c08226adf18d4a359cfdfd8d2e816b13f4af952f7ea6584dcfb"},
      {120, "f34c1488385346a55709ba056ddd08280dd4c6d6",
       "2f3d335432c70b580af0e8e1b3674a7c020d683aa5f73aaaedfdc55af904c21c"},
  };
  for (const auto& c : kCases) {
    EXPECT_EQ(Sha1Hex(std::string(c.length, 'a')), c.sha1) << "length " << c.length;
    EXPECT_EQ(Sha256Hex(std::string(c.length, 'a')), c.sha256) << "length " << c.length;
  }
}

TEST(ShaTest, AllByteValues) {
  std::string data;
  for (int repeat = 0; repeat < 4; ++repeat) {
    for (int b = 0; b < 256; ++b) data += static_cast<char>(b);
  }
  EXPECT_EQ(Sha256Hex(data), "785b0751fc2c53dc14a4ce3d800e69ef9ce1009eb327ccf458afe09c242c26c9");
}

TEST(ShaTest, BytesAreTheHexDigits) {
  const std::array<unsigned char, 32> digest = Sha256("abc");
  EXPECT_EQ(digest[0], 0xba);
  EXPECT_EQ(digest[31], 0xad);
  const std::array<unsigned char, 20> sha1 = Sha1("abc");
  EXPECT_EQ(sha1[0], 0xa9);
  EXPECT_EQ(sha1[19], 0x9d);
}

TEST(ShaTest, ASha256IsWrittenAsSixtyFourLowercaseDigits) {
  EXPECT_TRUE(IsSha256Hex(Sha256Hex("abc")));
  EXPECT_TRUE(IsSha256Hex(std::string(64, '0')));
  EXPECT_TRUE(IsSha256Hex(std::string(64, '9')));
  EXPECT_TRUE(IsSha256Hex(std::string(64, 'a')));
  EXPECT_TRUE(IsSha256Hex(std::string(64, 'f')));
  EXPECT_FALSE(IsSha256Hex(std::string(63, 'a')));
  EXPECT_FALSE(IsSha256Hex(std::string(65, 'a')));
  EXPECT_FALSE(IsSha256Hex(""));
  for (char c : {'g', 'A', 'F', '/', ':', '`', ' '}) {
    std::string s(64, 'a');
    s[10] = c;
    EXPECT_FALSE(IsSha256Hex(s)) << c;
  }
}

}  // namespace
}  // namespace cloudgap
