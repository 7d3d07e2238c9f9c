#include "core/text/slug.h"

#include <gtest/gtest.h>

namespace cloudgap {
namespace {

TEST(Slug, AsciiLettersDigitsAndSingleHyphens) {
  EXPECT_EQ(Slug("Acme Cloud Ltd.", 40), "acme-cloud-ltd");
  EXPECT_EQ(Slug("  --Acme--  ", 40), "acme");
  EXPECT_EQ(Slug("Soci\xC3\xA9t\xC3\xA9 G\xC3\xA9n\xC3\xA9rale", 40), "societe-generale");
  EXPECT_EQ(Slug("Stra\xC3\x9F"
                 "e \xC3\x86on \xC3\x9E",
                 40),
            "strasse-aeon-th");
  EXPECT_EQ(Slug("\xD7\xA9\xD7\x9C", 40), "");  // Nothing Latin to keep.
  EXPECT_EQ(Slug("abcdef", 3), "abc");
  EXPECT_EQ(Slug("ab cdef", 3), "ab");  // Never ends with the hyphen a cut leaves.
}

// The defect of issue 14: an export and a report of the same assessment were
// named by two slug functions ("soci-t-g-n-rale" vs "societe-generale").

}  // namespace
}  // namespace cloudgap
