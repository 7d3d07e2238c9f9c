#include "core/text/markdown_escape.h"

#include <gtest/gtest.h>

namespace cloudgap {
namespace {

TEST(EscapeMarkdownInline, CannotBreakATableRow) {
  EXPECT_EQ(EscapeMarkdownInline("a | b\nc\r\n| d"), "a \\| b c \\| d");
}

TEST(EscapeMarkdownInline, CannotStartAHeadingOrList) {
  EXPECT_EQ(EscapeMarkdownInline("# Owned"), "\\# Owned");
  EXPECT_EQ(EscapeMarkdownInline("   ## x"), "\\#\\# x");
  EXPECT_EQ(EscapeMarkdownInline("- item"), "\\- item");
  EXPECT_EQ(EscapeMarkdownInline("+ item"), "\\+ item");
  EXPECT_EQ(EscapeMarkdownInline("1. item"), "1\\. item");
  EXPECT_EQ(EscapeMarkdownInline("12) item"), "12\\) item");
  EXPECT_EQ(EscapeMarkdownInline("12.4.1"), "12.4.1");  // Not a list marker: left readable.
  EXPECT_EQ(EscapeMarkdownInline("-x"), "-x");
  // Every digit counts toward a list number, 0 and 9 included; a letter does not.
  EXPECT_EQ(EscapeMarkdownInline("10. item"), "10\\. item");
  EXPECT_EQ(EscapeMarkdownInline("9) item"), "9\\) item");
  EXPECT_EQ(EscapeMarkdownInline("a. item"), "a. item");
  // A marker alone, at the end of the text, opens a list item too.
  EXPECT_EQ(EscapeMarkdownInline("-"), "\\-");
  EXPECT_EQ(EscapeMarkdownInline("3."), "3\\.");
}

TEST(EscapeMarkdownInline, DropsTrailingSpaceAndLineBreaks) {
  EXPECT_EQ(EscapeMarkdownInline("a  "), "a");
  EXPECT_EQ(EscapeMarkdownInline("a\n\n"), "a");
  EXPECT_EQ(EscapeMarkdownInline("   "), "");
}

TEST(EscapeMarkdownInline, CannotInjectHtmlOrLinks) {
  EXPECT_EQ(EscapeMarkdownInline("<script>alert(1)</script>"),
            "&lt;script&gt;alert(1)&lt;/script&gt;");
  EXPECT_EQ(EscapeMarkdownInline("[x](javascript:y) ![i](u)"), "\\[x\\](javascript:y) \\!\\[i\\](u)");
  EXPECT_EQ(EscapeMarkdownInline("&amp;"), "&amp;amp;");
}

TEST(EscapeMarkdownInline, CannotChangeEmphasisOrCode) {
  EXPECT_EQ(EscapeMarkdownInline("*a* _b_ `c` ~~d~~ \\"), "\\*a\\* \\_b\\_ \\`c\\` \\~\\~d\\~\\~ \\\\");
}

TEST(EscapeMarkdownInline, PlainTextUnchanged) {
  EXPECT_EQ(EscapeMarkdownInline("Head of IT, Zürich"), "Head of IT, Zürich");
  EXPECT_EQ(EscapeMarkdownInline(""), "");
}

}  // namespace
}  // namespace cloudgap
