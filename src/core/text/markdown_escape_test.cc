#include "core/text/markdown_escape.h"

#include <gtest/gtest.h>

#include "core/testing/expect_each.h"

namespace cloudgap {
namespace {

TEST(EscapeMarkdownInline, CannotStartAHeadingOrList) {
  const InOut kCases[] = {
      {"# Owned", "\\# Owned"},
      {"   ## x", "\\#\\# x"},
      {"- item", "\\- item"},
      {"+ item", "\\+ item"},
      {"1. item", "1\\. item"},
      {"12) item", "12\\) item"},
      {"12.4.1", "12.4.1"},  // Not a list marker: left readable.
      {"-x", "-x"},
      // Every digit counts toward a list number, 0 and 9 included; a letter does not.
      {"10. item", "10\\. item"},
      {"9) item", "9\\) item"},
      {"a. item", "a. item"},
      // A marker alone, at the end of the text, opens a list item too.
      {"-", "\\-"},
      {"3.", "3\\."},
  };
  ExpectEach(EscapeMarkdownInline, kCases);
}

TEST(EscapeMarkdownInline, DropsTrailingSpaceAndLineBreaks) {
  const InOut kCases[] = {
      {"a  ", "a"},
      {"a\n\n", "a"},
      {"   ", ""},
  };
  ExpectEach(EscapeMarkdownInline, kCases);
}

TEST(EscapeMarkdownInline, CannotInjectHtmlOrLinks) {
  const InOut kCases[] = {
      {"<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"},
      {"[x](javascript:y) ![i](u)", "\\[x\\](javascript:y) \\!\\[i\\](u)"},
      {"&amp;", "&amp;amp;"},
  };
  ExpectEach(EscapeMarkdownInline, kCases);
}

TEST(EscapeMarkdownInline, CannotBreakATableRow) {
  EXPECT_EQ(EscapeMarkdownInline("a | b\nc\r\n| d"), "a \\| b c \\| d");
}

TEST(EscapeMarkdownInline, CannotChangeEmphasisOrCode) {
  EXPECT_EQ(EscapeMarkdownInline("*a* _b_ `c` ~~d~~ \\"),
            "\\*a\\* \\_b\\_ \\`c\\` \\~\\~d\\~\\~ \\\\");
}

TEST(EscapeMarkdownInline, PlainTextUnchanged) {
  const InOut kCases[] = {
      {"Head of IT, Zürich", "Head of IT, Zürich"},
      {"", ""},
  };
  ExpectEach(EscapeMarkdownInline, kCases);
}

}  // namespace
}  // namespace cloudgap
