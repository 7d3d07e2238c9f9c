#include "core/text/utf8.h"

#include <gtest/gtest.h>

namespace cloudgap {
namespace {

TEST(Utf8Length, CountsCharactersNotBytes) {
  EXPECT_EQ(Utf8Length(""), 0u);
  EXPECT_EQ(Utf8Length("abc"), 3u);
  EXPECT_EQ(Utf8Length("Soci\xC3\xA9t\xC3\xA9"), 7u);
  EXPECT_EQ(Utf8Length("\xF0\x9F\x98\x80 \xE2\x82\xAC"), 3u);  // Four-, one- and three-byte.
}

TEST(ShortenUtf8, KeepsShortTextAndCutsLongTextAtACharacter) {
  EXPECT_EQ(ShortenUtf8("abc", 3), "abc");
  EXPECT_EQ(ShortenUtf8("abcd", 3), "abc...");
  EXPECT_EQ(ShortenUtf8("abcd", 3, ""), "abc");
  // "ab" then é (2 bytes): a cut at 3 bytes would split é, so it comes before it.
  EXPECT_EQ(ShortenUtf8("ab\xC3\xA9z", 3), "ab...");
  EXPECT_EQ(ShortenUtf8("ab\xC3\xA9z", 4), "ab\xC3\xA9...");
  EXPECT_EQ(ShortenUtf8("\xF0\x9F\x98\x80\xF0\x9F\x98\x80", 5, "~"), "\xF0\x9F\x98\x80~");
  EXPECT_EQ(ShortenUtf8("\xC3\xA9\xC3\xA9", 1), "...");  // Not even one character fits.
  EXPECT_EQ(ShortenUtf8("\x80\x80\x80", 1), "...");      // Invalid: still inside the text.
}

}  // namespace
}  // namespace cloudgap
