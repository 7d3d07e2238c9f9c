// Tests of the text helpers every report relies on: text_clean.h, html_escape.h,
// csv_writer.h and url_check.h.
#include <gtest/gtest.h>

#include <string>

#include "core/testing/expect_each.h"
#include "core/text/csv_writer.h"
#include "core/text/html_escape.h"
#include "core/text/text_clean.h"
#include "core/text/url_check.h"

namespace cloudgap {
namespace {

TEST(CleanText, KeepsOrdinaryTextEmojiAndRightToLeftScripts) {
  for (const char* text : {"plain", "accents \xC3\xA9\xC3\xBC\xC3\x9F", "emoji \xF0\x9F\x98\x80",
                           "Hebrew \xD7\xA9\xD7\x9C\xD7\x95\xD7\x9D", "tab\tline\nreturn\r"}) {
    EXPECT_EQ(CleanText(text), text);
  }
}

TEST(CleanText, ReplacesControlCharactersAndInvalidUtf8) {
  EXPECT_EQ(CleanText(std::string("a\x01"
                                  "b\x1b"
                                  "c\x7f",
                                  6)),
            "a\xEF\xBF\xBD"
            "b\xEF\xBF\xBD"
            "c\xEF\xBF\xBD");
  EXPECT_EQ(CleanText(std::string("a\0b", 3)),
            "a\xEF\xBF\xBD"
            "b");
  EXPECT_EQ(CleanText("\xC2\x85"), "\xEF\xBF\xBD");              // C1 "next line".
  EXPECT_EQ(CleanText("bad \xFF end"), "bad \xEF\xBF\xBD end");  // Not UTF-8 at all.
  EXPECT_EQ(CleanText("\xC0\xAF"), "\xEF\xBF\xBD\xEF\xBF\xBD");  // Overlong '/'.
  EXPECT_EQ(CleanText("\xED\xA0\x80"), "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");  // A surrogate.
  EXPECT_EQ(CleanText("cut \xE2\x82"), "cut \xEF\xBF\xBD\xEF\xBF\xBD");  // Truncated sequence.
}

TEST(CleanText, ClosesBidirectionalOverridesLeftOpen) {
  const std::string rlo = "\xE2\x80\xAE", pdf = "\xE2\x80\xAC", lri = "\xE2\x81\xA6",
                    pdi = "\xE2\x81\xA9";
  EXPECT_EQ(CleanText(rlo + "evil"), rlo + "evil" + pdf);
  EXPECT_EQ(CleanText(rlo + "closed" + pdf), rlo + "closed" + pdf);
  EXPECT_EQ(CleanText(lri + rlo + "x"), lri + rlo + "x" + pdf + pdi);
  // A PDI closes its isolate and every embedding opened inside it.
  EXPECT_EQ(CleanText(lri + rlo + "x" + pdi), lri + rlo + "x" + pdi);
  // A stray PDI closes nothing, so the override opened before it is still closed.
  EXPECT_EQ(CleanText(rlo + "x" + pdi), rlo + "x" + pdi + pdf);
}

TEST(EscapeHtml, EscapesMarkupAndQuotes) {
  const InOut kCases[] = {
      {"<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"},
      {"\"><img src=x onerror='a'>&amp;",
       "&quot;&gt;&lt;img src=x onerror=&#39;a&#39;&gt;&amp;amp;"},
      {"line\nbreak", "line\nbreak"},
      {"\x01", "\xEF\xBF\xBD"},
  };
  ExpectEach(EscapeHtml, kCases);
}

TEST(CsvCell, NeutralisesFormulas) {
  const InOut kCases[] = {
      {"=HYPERLINK(\"http://x\")", "\"'=HYPERLINK(\"\"http://x\"\")\""},
      {"+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0"},
      {"-2+3", "'-2+3"},
      {"@SUM(1)", "'@SUM(1)"},
      {"\t=1", "'\t=1"},
      {"\r=1", "\"'\r=1\""},
      {"\n=1", "\"'\n=1\""},
      {"  =1", "'  =1"},
      {" =1", "' =1"},  // However many spaces lead.
      {"   -1", "'   -1"},
      {"   ", "   "},  // Nothing but spaces is not a formula.
      {" a", " a"},
      {"\xEF\xBC\x9D"
       "1",
       "'\xEF\xBC\x9D"
       "1"},  // Full-width equals sign.
      {"a=1", "a=1"},
      {"12.4.1", "12.4.1"},
      {"", ""},
  };
  ExpectEach(CsvCell, kCases);
}

TEST(CsvCell, QuotesWhatRfc4180Needs) {
  const InOut kCases[] = {
      {"a,b", "\"a,b\""},
      {"say \"hi\"", "\"say \"\"hi\"\"\""},
      {"two\nlines", "\"two\nlines\""},
      {"plain text", "plain text"},
  };
  ExpectEach(CsvCell, kCases);
}

TEST(CsvWriter, StartsWithAByteOrderMarkAndEndsRowsWithCrLf) {
  CsvWriter csv;
  csv.Row({"a", "b"});
  csv.Row({"=1", "x,y"});
  EXPECT_EQ(csv.Text(),
            "\xEF\xBB\xBF"
            "a,b\r\n'=1,\"x,y\"\r\n");
}

TEST(IsWebLink, AcceptsPlainWebAddresses) {
  for (const char* link : {"https://intranet.example/logging", "http://example.org",
                           "HTTPS://Example.org/a?b=c&d=%20e#f", "https://user@host:8443/p;x=1",
                           "https://example.org/a(b)*!$'+,="}) {
    EXPECT_TRUE(IsWebLink(link)) << link;
  }
}

TEST(IsWebLink, RefusesEverythingElse) {
  for (const char* link : {"javascript:alert(1)",
                           "JAVASCRIPT:alert(1)",
                           "data:text/html,x",
                           "file:///etc/passwd",
                           "//example.org",
                           "/relative",
                           "example.org",
                           "https://",
                           "http:///x",
                           "https://?q",
                           "http:/x",
                           "https://a b",
                           "https://a\"onmouseover=\"x",
                           "https://a<b>",
                           "https://a\\b",
                           "https://a%zz",
                           "https://a%2",
                           "https://a`b",
                           "https://[::1]/",
                           " https://example.org",
                           "https://example.org\n",
                           "https://\xC3\xA9.fr",
                           ""}) {
    EXPECT_FALSE(IsWebLink(link)) << link;
  }
}

}  // namespace
}  // namespace cloudgap
