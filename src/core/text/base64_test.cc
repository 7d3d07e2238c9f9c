#include "core/text/base64.h"

#include <gtest/gtest.h>

#include <string>

namespace cloudgap {
namespace {

// RFC 4648 §10's test vectors, in both alphabets.
TEST(Base64, Rfc4648Vectors) {
  const char* const kVectors[][3] = {
      {"", "", ""},
      {"f", "Zg==", "Zg"},
      {"fo", "Zm8=", "Zm8"},
      {"foo", "Zm9v", "Zm9v"},
      {"foob", "Zm9vYg==", "Zm9vYg"},
      {"fooba", "Zm9vYmE=", "Zm9vYmE"},
      {"foobar", "Zm9vYmFy", "Zm9vYmFy"},
  };
  for (const auto& v : kVectors) {
    EXPECT_EQ(Base64Encode(v[0]), v[1]) << v[0];
    EXPECT_EQ(Base64UrlEncode(v[0]), v[2]) << v[0];
    EXPECT_EQ(Base64UrlDecode(v[2]), std::string(v[0])) << v[2];
    EXPECT_EQ(Base64Decode(v[1]), std::string(v[0])) << v[1];
  }
}

TEST(Base64, TheAlphabetsDifferInTheirLastTwoLetters) {
  EXPECT_EQ(Base64Encode("\xfb\xff"), "+/8=");
  EXPECT_EQ(Base64UrlEncode("\xfb\xff"), "-_8");
  EXPECT_EQ(Base64Encode(std::string("\0\0\0", 3)), "AAAA");
}

TEST(Base64Url, RoundTripsEveryLengthAndByte) {
  std::string bytes;
  for (int i = 0; i < 256; ++i) bytes += static_cast<char>(i);
  for (size_t n = 0; n <= bytes.size(); ++n) {
    const std::string encoded = Base64UrlEncode(bytes.substr(0, n));
    EXPECT_EQ(encoded.size(), Base64UrlLength(n));
    EXPECT_EQ(encoded.size(), (n * 4 + 2) / 3);  // Every 6 bits, rounded up.
    std::optional<std::string> decoded = Base64UrlDecode(encoded);
    ASSERT_TRUE(decoded) << n;
    EXPECT_EQ(*decoded, bytes.substr(0, n));
  }
}

TEST(Base64Url, RefusesWhatNoEncoderWrites) {
  EXPECT_FALSE(Base64UrlDecode("abc="));   // Padding.
  EXPECT_FALSE(Base64UrlDecode("ab+/"));   // Standard alphabet.
  EXPECT_FALSE(Base64UrlDecode("abcde"));  // Length 1 mod 4.
  EXPECT_FALSE(Base64UrlDecode("ab c"));
  EXPECT_FALSE(Base64UrlDecode("Zh"));   // "f" is "Zg": leftover bits set.
  EXPECT_FALSE(Base64UrlDecode("Zm9"));  // "fo" is "Zm8".
  EXPECT_TRUE(Base64UrlDecode("Zg"));
}

TEST(Base64, RoundTripsEveryLengthAndByte) {
  std::string bytes;
  for (int i = 0; i < 256; ++i) bytes += static_cast<char>(255 - i);
  for (size_t n = 0; n <= bytes.size(); ++n) {
    EXPECT_EQ(Base64Decode(Base64Encode(bytes.substr(0, n))), bytes.substr(0, n)) << n;
  }
}

TEST(Base64, RefusesWhatNoEncoderWrites) {
  EXPECT_FALSE(Base64Decode("Zg"));     // Padding left out.
  EXPECT_FALSE(Base64Decode("Zg="));    // Too little of it.
  EXPECT_FALSE(Base64Decode("Zg==="));  // Too much.
  EXPECT_FALSE(Base64Decode("A==="));
  EXPECT_FALSE(Base64Decode("Zg=A"));  // Padding inside.
  EXPECT_FALSE(Base64Decode("-_8="));  // The URL alphabet.
  EXPECT_FALSE(Base64Decode("Zh=="));  // Leftover bits set.
  EXPECT_FALSE(Base64Decode("Zm9v\n"));
  EXPECT_EQ(Base64Decode("+/8="), std::string("\xfb\xff"));
}

}  // namespace
}  // namespace cloudgap
