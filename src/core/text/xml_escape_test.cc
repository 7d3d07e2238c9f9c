#include "core/text/xml_escape.h"

#include <gtest/gtest.h>

namespace cloudgap {
namespace {

TEST(XmlEscape, MarkupCharactersBecomeEntities) {
  EXPECT_EQ(XmlEscape("a<b>&\"c\"'d'"), "a&lt;b&gt;&amp;&quot;c&quot;&apos;d&apos;");
  EXPECT_EQ(XmlEscape("]]><!-- x -->"), "]]&gt;&lt;!-- x --&gt;");
}

TEST(XmlEscape, WhatXmlForbidsBecomesTheReplacementCharacter) {
  EXPECT_EQ(XmlEscape(std::string("a\0b", 3)),
            "a\xEF\xBF\xBD"
            "b");
  EXPECT_EQ(XmlEscape("a\x01\x1F"
                      "b"),
            "a\xEF\xBF\xBD\xEF\xBF\xBD"
            "b");
  EXPECT_EQ(XmlEscape("\xEF\xBF\xBE\xEF\xBF\xBF"), "\xEF\xBF\xBD\xEF\xBF\xBD");
  EXPECT_EQ(XmlEscape("\xFF"
                      "x"),
            "\xEF\xBF\xBD"
            "x");  // Not UTF-8.
}

TEST(XmlEscape, EverythingElseIsKept) {
  EXPECT_EQ(XmlEscape("tab\tline\nSoci\xC3\xA9t\xC3\xA9 \xF0\x9F\x94\x92 \xEF\xBF\xBD"),
            "tab\tline\nSoci\xC3\xA9t\xC3\xA9 \xF0\x9F\x94\x92 \xEF\xBF\xBD");
}

}  // namespace
}  // namespace cloudgap
