#include "core/sealed/sealed_carrier.h"

#include <gtest/gtest.h>

#include <string>

#include "core/testing/fixtures.h"
#include "core/text/base64.h"

namespace cloudgap {
namespace {

TEST(SealedFile, FormatsTheSpecsMembersInOrder) {
  EXPECT_EQ(FormatSealedFile("Acme Advisory", "\x01\x02\xfb"),
            "{\n  \"format\": \"cloudgap-sealed/1\",\n  \"to\": \"Acme Advisory\",\n"
            "  \"sealed\": \"AQL7\"\n}\n");
}

TEST(SealedFile, RoundTrips) {
  const SealedCarrierParse parse = ParseSealedFile(FormatSealedFile("Zoë & Co", AllBytes()));
  ASSERT_TRUE(parse.envelope) << parse.detail;
  EXPECT_EQ(*parse.envelope, AllBytes());
  EXPECT_EQ(parse.to, "Zoë & Co");
  EXPECT_EQ(parse.error, SealedError::kNone);
}

TEST(SealedFile, ToMayBeLeftOut) {
  const SealedCarrierParse parse =
      ParseSealedFile(R"({"sealed": "AQL7", "format": "cloudgap-sealed/1"})");
  ASSERT_TRUE(parse.envelope) << parse.detail;
  EXPECT_EQ(parse.to, "");
}

TEST(SealedFile, RefusesEachWayItCanBeWrong) {
  const struct {
    std::string text;
    SealedError error;
    const char* detail;
  } kCases[] = {
      {"", SealedError::kNotSealed, nullptr},
      {R"({"format": "cloudgap-assessment/1"})", SealedError::kNotSealed, ""},
      {"[1, 2]", SealedError::kNotSealed, ""},
      {R"({"format": "cloudgap-sealed/2", "sealed": "AQL7"})", SealedError::kNewer,
       "'format' is 'cloudgap-sealed/2', not 'cloudgap-sealed/1'"},
      {R"({"format": "cloudgap-sealed/1", "to": "x"})", SealedError::kDamaged,
       "/sealed: missing (this field is required)"},
      {R"({"format": "cloudgap-sealed/1", "sealed": 12})", SealedError::kDamaged,
       "/sealed: expected a string, not a whole number"},
      {R"({"format": "cloudgap-sealed/1", "sealed": "AQL7", "from": "me"})", SealedError::kDamaged,
       "/from: unknown field 'from'"},
      {R"({"format": "cloudgap-sealed/1", "to": 1, "sealed": "AQL7"})", SealedError::kDamaged,
       "/to: expected a string, not a whole number"},
      {R"({"format": "cloudgap-sealed/1", "sealed": "AQL7="})", SealedError::kDamaged,
       "/sealed: not base64url without padding"},
      {R"({"format": "cloudgap-sealed/1", "sealed": "AQ+7"})", SealedError::kDamaged,
       "/sealed: not base64url without padding"},
      {R"({"format": "cloudgap-sealed/1", "sealed": ""})", SealedError::kIncomplete, ""},
      {R"({"format": "cloudgap-sealed/1", "sealed": "AQL7")", SealedError::kDamaged, nullptr},
      {std::string(kMaxSealedFileBytes + 1, ' '), SealedError::kTooLarge, ""},
  };
  for (const auto& c : kCases) {
    const SealedCarrierParse parse = ParseSealedFile(c.text);
    EXPECT_FALSE(parse.envelope) << c.text.substr(0, 80);
    EXPECT_EQ(parse.error, c.error) << c.text.substr(0, 80);
    if (c.detail) {
      EXPECT_EQ(parse.detail, c.detail) << c.text.substr(0, 80);
    }
  }
}

TEST(SealedFile, OnlyTextNamingTheFormatMayBeOne) {
  EXPECT_TRUE(MentionsSealedFormat(FormatSealedFile("", "x")));
  EXPECT_FALSE(MentionsSealedFormat(R"({"format": "cloudgap-assessment/1"})"));
}

TEST(SealedLink, FormatsAndParsesTheFragment) {
  const std::string fragment = FormatSealedFragment(AllBytes());
  EXPECT_EQ(fragment.rfind("r=v1.256.AAECAw", 0), 0u) << fragment;
  const SealedCarrierParse parse = ParseSealedFragment(fragment);
  ASSERT_TRUE(parse.envelope);
  EXPECT_EQ(*parse.envelope, AllBytes());
  EXPECT_TRUE(IsSealedFragment(fragment));
  EXPECT_FALSE(IsSealedFragment("s=v1.1.AA"));
}

TEST(SealedLink, ALinkIsThePageThenTheFragment) {
  const std::string link = FormatSealedLink("https://acme.example/gap/#old", "\x01\x02\xfb");
  EXPECT_EQ(link, "https://acme.example/gap/#r=v1.3.AQL7");
  const SealedCarrierParse parse = ParseSealedLink(link);
  ASSERT_TRUE(parse.envelope);
  EXPECT_EQ(*parse.envelope, "\x01\x02\xfb");
  EXPECT_EQ(ParseSealedLink("https://acme.example/gap/").error, SealedError::kNotSealed);
  EXPECT_EQ(ParseSealedLink("https://acme.example/#s=v1.3.AQL7").error, SealedError::kNotSealed);
}

TEST(SealedLink, ALinkCutShortIsIncompleteWhereverItIsCut) {
  const std::string fragment = FormatSealedFragment(AllBytes());
  for (size_t n = 2; n < fragment.size(); ++n) {
    EXPECT_EQ(ParseSealedFragment(fragment.substr(0, n)).error, SealedError::kIncomplete)
        << fragment.substr(0, n);
  }
}

TEST(SealedLink, RefusesWhatIsNotALinkOfThisVersion) {
  EXPECT_EQ(ParseSealedFragment("").error, SealedError::kNotSealed);
  EXPECT_EQ(ParseSealedFragment("results").error, SealedError::kNotSealed);
  EXPECT_EQ(ParseSealedFragment("r=v2.3.AQL7").error, SealedError::kNewer);
  EXPECT_EQ(ParseSealedFragment("r=x1.3.AQL7").error, SealedError::kDamaged);
  EXPECT_EQ(ParseSealedFragment("r=v1.3.AQL*").error, SealedError::kDamaged);
  EXPECT_EQ(ParseSealedFragment("r=v1.2.AQL7").error, SealedError::kDamaged);  // Longer than said.
  EXPECT_EQ(ParseSealedFragment("r=v1.0.").error, SealedError::kDamaged);
  EXPECT_EQ(ParseSealedFragment("r=v1.3.AQL7").error, SealedError::kNone);
  std::string huge = "r=v1.9.";
  huge.resize(kMaxShareFragmentChars + 1, 'A');
  EXPECT_EQ(ParseSealedFragment(huge).error, SealedError::kTooLarge);
}

}  // namespace
}  // namespace cloudgap
