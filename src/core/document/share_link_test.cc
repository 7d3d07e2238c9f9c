#include "core/document/share_link.h"

#include <gtest/gtest.h>

#include "core/document/document_json.h"
#include "core/testing/fixtures.h"
#include "core/testing/test_catalog.h"

namespace cloudgap {
namespace {

SharePayload Plain(std::string bytes) {
  return {ShareKind::kPlain, std::move(bytes)};
}

TEST(ShareFragment, FormatsAndParsesBothKinds) {
  const SharePayload plain = Plain("x\x9c compressed bytes");
  const std::string text = FormatShareFragment(plain);
  EXPECT_EQ(text.rfind("s=v1.19.", 0), 0u) << text;
  ShareFragmentParse p = ParseShareFragment(text);
  ASSERT_TRUE(p.payload);
  EXPECT_EQ(p.payload->kind, ShareKind::kPlain);
  EXPECT_EQ(p.payload->bytes, plain.bytes);

  const SharePayload sealed{ShareKind::kEncrypted, AllBytes()};
  ShareFragmentParse e = ParseShareFragment(FormatShareFragment(sealed));
  ASSERT_TRUE(e.payload);
  EXPECT_EQ(e.payload->kind, ShareKind::kEncrypted);
  EXPECT_EQ(e.payload->bytes, sealed.bytes);
}

TEST(ShareFragment, OtherFragmentsAreNotLinks) {
  EXPECT_FALSE(IsShareFragment(""));
  EXPECT_FALSE(IsShareFragment("top"));
  EXPECT_FALSE(IsShareFragment("sx=1"));
  EXPECT_EQ(ParseShareFragment("results").error, ShareLinkError::kNotALink);
}

TEST(ShareFragment, ALinkCutShortIsIncompleteWhereverItIsCut) {
  const std::string text = FormatShareFragment(Plain(AllBytes()));
  for (size_t n = 2; n < text.size(); ++n) {
    const ShareLinkError error = ParseShareFragment(text.substr(0, n)).error;
    EXPECT_EQ(error, ShareLinkError::kIncomplete) << text.substr(0, n);
  }
}

// A length is 1 to 9 decimal digits, "0" or without a leading zero: a link cut
// right after a good one is incomplete, after a bad one damaged.
TEST(ShareFragment, LengthsAreNineDigitsAtMostWithoutLeadingZeros) {
  EXPECT_EQ(ParseShareFragment("s=v1.0").error, ShareLinkError::kIncomplete);
  EXPECT_EQ(ParseShareFragment("s=v1.7").error, ShareLinkError::kIncomplete);
  EXPECT_EQ(ParseShareFragment("s=v1.07").error, ShareLinkError::kDamaged);
  EXPECT_EQ(ParseShareFragment("s=v1.999999999").error, ShareLinkError::kIncomplete);
  EXPECT_EQ(ParseShareFragment("s=v1.1000000000").error, ShareLinkError::kDamaged);
  EXPECT_EQ(ParseShareFragment("s=v1.123456789.AAAA").error, ShareLinkError::kIncomplete);
  EXPECT_EQ(ParseShareFragment("s=v1.1234567890.AAAA").error, ShareLinkError::kDamaged);
}

TEST(ShareFragment, ChangedCharactersAreDamage) {
  const std::string text = FormatShareFragment(Plain(AllBytes()));
  EXPECT_EQ(ParseShareFragment(text + "A").error, ShareLinkError::kDamaged);  // Added.
  EXPECT_EQ(ParseShareFragment(text + ")").error,
            ShareLinkError::kDamaged);  // Punctuation after it.
  std::string changed = text;
  changed[20] = '*';
  EXPECT_EQ(ParseShareFragment(changed).error, ShareLinkError::kDamaged);
  std::string length = text;
  length.replace(5, 3, "300");  // Says 300, has 256.
  EXPECT_EQ(ParseShareFragment(length).error, ShareLinkError::kIncomplete);
  EXPECT_EQ(ParseShareFragment("s=v1.x.AAAA").error, ShareLinkError::kDamaged);
  EXPECT_EQ(ParseShareFragment("s=v1.03.AAAA").error, ShareLinkError::kDamaged);
  EXPECT_EQ(ParseShareFragment("s=v1.0.").error, ShareLinkError::kDamaged);  // Nothing in it.
  EXPECT_EQ(ParseShareFragment("s=vx.3.AAAA").error, ShareLinkError::kDamaged);
  // Too short to hold a salt, an iv and a tag.
  EXPECT_EQ(
      ParseShareFragment(FormatShareFragment({ShareKind::kEncrypted, std::string(44, 'k')})).error,
      ShareLinkError::kDamaged);
}

TEST(ShareFragment, NewerVersionsAndHugeLinksAreNamed) {
  EXPECT_EQ(ParseShareFragment("s=v2.3.AAAA").error, ShareLinkError::kNewer);
  EXPECT_EQ(ParseShareFragment("e=v13.3.AAAA").error, ShareLinkError::kNewer);
  EXPECT_EQ(ParseShareFragment("s=v1.9." + std::string(kMaxShareFragmentChars, 'A')).error,
            ShareLinkError::kTooLong);
  // At exactly the limit a link is still read (and here found damaged: too much data).
  EXPECT_EQ(ParseShareFragment("s=v1.9." + std::string(kMaxShareFragmentChars - 7, 'A')).error,
            ShareLinkError::kDamaged);
  for (ShareLinkError e :
       {ShareLinkError::kIncomplete, ShareLinkError::kDamaged, ShareLinkError::kNewer,
        ShareLinkError::kTooLong, ShareLinkError::kWrongPassphraseOrDamaged}) {
    EXPECT_EQ(ShareLinkErrorMessage(e).rfind("The link ", 0), 0u);
  }
  EXPECT_EQ(ShareLinkErrorMessage(ShareLinkError::kWrongPassphraseOrDamaged),
            "The link is damaged or the passphrase is wrong.");
}

TEST(ShareDocument, LeavesNotesAndEvidenceOutOnRequest) {
  Assessment a = NewAssessment(TestCatalog(), TestProfile(), kTestNow);
  a.answers["5.1.1-q1"] = {Answer::kYes, ""};
  a.controls["5.1.1"].notes = "secret note";
  a.controls["5.1.1"].evidence = {{"Policy", "https://intranet/p"}};
  a.controls["6.1.1"].notes = "only a note";
  a.controls["12.4.1"].owner = "Ops";
  a.controls["12.4.1"].evidence = {{"Runbook", ""}};

  const std::string full = ShareDocumentJson(a, true);
  EXPECT_EQ(full, SerializeAssessmentDocument(a, JsonStyle::kCompact));
  const std::string lean = ShareDocumentJson(a, false);
  EXPECT_EQ(lean.find("secret"), std::string::npos);
  EXPECT_EQ(lean.find("Runbook"), std::string::npos);
  EXPECT_EQ(lean.find("6.1.1"), std::string::npos);  // Nothing else was recorded there.
  DocumentParseResult parsed = ParseAssessmentDocument(TestCatalog(), lean);
  ASSERT_TRUE(parsed.assessment);
  EXPECT_EQ(parsed.assessment->RecordFor("12.4.1")->owner, "Ops");
  EXPECT_EQ(parsed.assessment->answers, a.answers);
}

}  // namespace
}  // namespace cloudgap
