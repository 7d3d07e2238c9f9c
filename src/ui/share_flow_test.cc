#include "ui/share_flow.h"

#include <gtest/gtest.h>

#include "core/catalog/catalog_loader.h"
#include "core/document/sample_assessment.h"
#include "platform/fake_platform.h"

namespace cloudgap::ui {
namespace {

class ShareFlowTest : public ::testing::Test {
 protected:
  // Makes a link for the sample and returns its fragment.
  std::string MakeFragment(const std::string& passphrase, bool notes = true) {
    flow_.Make(sample_, notes, passphrase);
    EXPECT_EQ(flow_.make_state(), ShareFlow::MakeState::kSealing);
    fake_.sealer.RunPending();
    EXPECT_EQ(flow_.make_state(), ShareFlow::MakeState::kReady);
    const std::string& link = flow_.link();
    EXPECT_EQ(link.rfind("https://cloudgap.example/app/#", 0), 0u) << link;
    return link.substr(link.find('#') + 1);
  }

  const Catalog& catalog_ = BuiltinCatalog();
  FakePlatform fake_;
  ShareFlow flow_{catalog_, fake_.sealer, fake_.location};
  Assessment sample_ = SampleAssessment(catalog_, AssessmentMode::kFull, "2026-01-01T00:00:00Z");
};

TEST_F(ShareFlowTest, PlainLinkRoundTrip) {
  const std::string fragment = MakeFragment("");
  EXPECT_EQ(fragment.rfind("s=v1.", 0), 0u);
  fake_.location.fragment = fragment;
  EXPECT_TRUE(flow_.OpenFromAddress());
  EXPECT_EQ(fake_.location.fragment, "");  // A reload does not open it again.
  EXPECT_EQ(flow_.open_state(), ShareFlow::OpenState::kUnsealing);
  fake_.sealer.RunPending();
  ASSERT_EQ(flow_.open_state(), ShareFlow::OpenState::kOpened);
  std::optional<Assessment> opened = flow_.TakeOpened();
  ASSERT_TRUE(opened);
  EXPECT_EQ(*opened, sample_);
  EXPECT_EQ(flow_.open_state(), ShareFlow::OpenState::kIdle);
}

TEST_F(ShareFlowTest, EncryptedLinkAsksForThePassphraseAndAllowsAnotherTry) {
  const std::string fragment = MakeFragment("correct horse");
  EXPECT_EQ(fragment.rfind("e=v1.", 0), 0u);
  flow_.Open(fragment);
  EXPECT_EQ(flow_.open_state(), ShareFlow::OpenState::kNeedsPassphrase);
  EXPECT_TRUE(flow_.opening_encrypted());
  flow_.SubmitPassphrase("wrong");
  fake_.sealer.RunPending();
  EXPECT_EQ(flow_.open_state(), ShareFlow::OpenState::kNeedsPassphrase);
  EXPECT_EQ(flow_.open_error(), "The link is damaged or the passphrase is wrong.");
  flow_.SubmitPassphrase("correct horse");
  fake_.sealer.RunPending();
  ASSERT_EQ(flow_.open_state(), ShareFlow::OpenState::kOpened);
  EXPECT_EQ(*flow_.TakeOpened(), sample_);
}

TEST_F(ShareFlowTest, NotesAndEvidenceCanBeLeftOut) {
  flow_.Open(MakeFragment("", /*notes=*/false));
  fake_.sealer.RunPending();
  std::optional<Assessment> opened = flow_.TakeOpened();
  ASSERT_TRUE(opened);
  EXPECT_EQ(opened->answers, sample_.answers);
  for (const auto& [id, record] : opened->controls) {
    EXPECT_TRUE(record.notes.empty()) << id;
    EXPECT_TRUE(record.evidence.empty()) << id;
  }
}

TEST_F(ShareFlowTest, TruncatedAndTamperedLinksSayWhatIsWrong) {
  const std::string fragment = MakeFragment("");
  flow_.Open(fragment.substr(0, fragment.size() - 10));
  EXPECT_EQ(flow_.open_state(), ShareFlow::OpenState::kFailed);
  EXPECT_EQ(flow_.open_error().rfind("The link is incomplete", 0), 0u) << flow_.open_error();

  // The fake's "compression" is a leading Z; replacing it plays a failed checksum.
  std::string tampered = fragment;
  const size_t data = tampered.rfind('.') + 1;
  tampered[data] = tampered[data] == 'A' ? 'B' : 'A';
  flow_.Open(tampered);
  fake_.sealer.RunPending();
  EXPECT_EQ(flow_.open_state(), ShareFlow::OpenState::kFailed);
  EXPECT_EQ(flow_.open_error().rfind("The link is damaged", 0), 0u) << flow_.open_error();
  flow_.DismissOpenError();
  EXPECT_EQ(flow_.open_state(), ShareFlow::OpenState::kIdle);
}

TEST_F(ShareFlowTest, LateResultsAfterCancelAreIgnored) {
  flow_.Open(MakeFragment("pw"));
  flow_.SubmitPassphrase("pw");
  flow_.CancelOpen();
  fake_.sealer.RunPending();
  EXPECT_EQ(flow_.open_state(), ShareFlow::OpenState::kIdle);
  EXPECT_FALSE(flow_.TakeOpened());

  flow_.Make(sample_, true, "");
  flow_.ResetMake();
  fake_.sealer.RunPending();
  EXPECT_EQ(flow_.make_state(), ShareFlow::MakeState::kIdle);
}

TEST_F(ShareFlowTest, UnsupportedBrowsersAreToldSo) {
  fake_.sealer.supported = false;
  flow_.Make(sample_, true, "");
  fake_.sealer.RunPending();
  EXPECT_EQ(flow_.make_state(), ShareFlow::MakeState::kFailed);
  EXPECT_NE(flow_.make_error().find("CompressionStream"), std::string::npos);
}

}  // namespace
}  // namespace cloudgap::ui
