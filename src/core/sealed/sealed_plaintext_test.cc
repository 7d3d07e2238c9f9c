#include "core/sealed/sealed_plaintext.h"

#include <gtest/gtest.h>
#include <zlib.h>

#include <string>

#include "core/document/share_link.h"
#include "core/testing/fixtures.h"
#include "core/testing/test_catalog.h"

namespace cloudgap {
namespace {

std::string Zlib(std::string_view text) {
  uLongf size = compressBound(static_cast<uLong>(text.size()));
  std::string out(size, '\0');
  EXPECT_EQ(compress2(reinterpret_cast<Bytef*>(out.data()), &size,
                      reinterpret_cast<const Bytef*>(text.data()), static_cast<uLong>(text.size()),
                      Z_DEFAULT_COMPRESSION),
            Z_OK);
  out.resize(size);
  return out;
}

TEST(SealedPlaintext, IsTheShareLinksDocumentCompressedWithZlib) {
  const Assessment a = ExampleAssessment();
  for (bool notes : {true, false}) {
    const std::string plaintext = SealedPlaintext(a, notes);
    ASSERT_GE(plaintext.size(), 2u);
    EXPECT_EQ(plaintext[0], '\x78');  // zlib, deflate with a 32 kB window.
    const InflatedJson inflated = InflateSealedPlaintext(plaintext);
    ASSERT_TRUE(inflated.json);
    EXPECT_EQ(*inflated.json, ShareDocumentJson(a, notes));
  }
}

TEST(SealedPlaintext, LoadsTheDocumentBackWithOrWithoutNotes) {
  const Assessment a = ExampleAssessment();
  const DocumentParseResult full = LoadSealedPlaintext(TestCatalog(), SealedPlaintext(a, true));
  ASSERT_TRUE(full.assessment) << (full.errors.empty() ? "" : full.errors[0].ToString());
  EXPECT_EQ(*full.assessment, a);
  const DocumentParseResult lean = LoadSealedPlaintext(TestCatalog(), SealedPlaintext(a, false));
  ASSERT_TRUE(lean.assessment);
  EXPECT_EQ(lean.assessment->answers, a.answers);
  EXPECT_EQ(SerializeAssessmentDocument(*lean.assessment, JsonStyle::kCompact),
            ShareDocumentJson(a, false));
}

TEST(SealedPlaintext, RefusesWhatIsNotOneWholeZlibStream) {
  const std::string good = Zlib("{}");
  EXPECT_TRUE(InflateSealedPlaintext(good).json);
  for (const std::string& bad : {std::string(), std::string("{}"), good.substr(0, good.size() - 1),
                                 good + "x", good + good}) {
    const InflatedJson inflated = InflateSealedPlaintext(bad);
    EXPECT_FALSE(inflated.json);
    EXPECT_EQ(inflated.problem, InflateProblem::kNotZlib);
  }
  const DocumentParseResult parsed = LoadSealedPlaintext(TestCatalog(), "not zlib");
  ASSERT_EQ(parsed.errors.size(), 1u);
  EXPECT_EQ(parsed.errors[0].problem, InputProblem::kNotJson);
}

TEST(SealedPlaintext, StopsInflatingPastTheDocumentLimit) {
  const std::string bomb = Zlib(std::string(kMaxDocumentBytes + 1, ' '));
  EXPECT_LT(bomb.size(), 10000u);
  const InflatedJson inflated = InflateSealedPlaintext(bomb);
  EXPECT_FALSE(inflated.json);
  EXPECT_EQ(inflated.problem, InflateProblem::kTooLarge);
  EXPECT_TRUE(InflateSealedPlaintext(Zlib(std::string(kMaxDocumentBytes, ' '))).json);
  const DocumentParseResult parsed = LoadSealedPlaintext(TestCatalog(), bomb);
  ASSERT_EQ(parsed.errors.size(), 1u);
  EXPECT_EQ(parsed.errors[0].problem, InputProblem::kTooLarge);
}

}  // namespace
}  // namespace cloudgap
