// Sending results sealed, through the UI over the fake platform whose sealer
// is the native OpenSSL sealing: what the dialog seals opens with the host's
// private key and is the document the user saw.
#include <gtest/gtest.h>

#include "core/document/document_json.h"
#include "core/document/share_link.h"
#include "core/sealed/public_key.h"
#include "core/sealed/result_crypto.h"
#include "core/sealed/sealed_carrier.h"
#include "core/sealed/sealed_envelope.h"
#include "core/sealed/sealed_plaintext.h"
#include "core/testing/fixtures.h"
#include "core/testing/test_keys.h"
#include "core/text/base64.h"
#include "core/text/mailto.h"
#include "platform/native/openssl_sealing.h"
#include "ui/app_ui_fixture.h"
#include "ui/branding.h"

namespace cloudgap::ui {
namespace {

class SendResultsTest : public AppUiFixture {
 protected:
  SendResultsTest() : AppUiFixture(3000) {
    Branding branding;
    branding.send_results = SendResults{"Acme Sales", "sales@acme.example", kEcPublicKey};
    SetBranding(branding);
    // The browser's part, done natively: the document compressed and sealed.
    fake_.results.seal = [this](const std::string& header, const std::string& public_key_der,
                                const std::string& document_json) {
      seal_calls_.push_back({header, public_key_der, document_json});
      const PublicKeyRead key = ReadPublicKeyDer(public_key_der);
      DocumentParseResult parsed = ParseAssessmentDocument(app_.session().catalog(), document_json);
      const SealOutcome sealed = crypto_.Seal(*key.key, SealedPlaintext(*parsed.assessment, true));
      return ResultSealer::Result{ResultSealer::Status::kOk, *sealed.envelope, ""};
    };
  }
  ~SendResultsTest() override { SetBranding(Branding()); }

  // Opens the sample and chooses "Send to Acme Sales", then "Seal and send";
  // returns how many seals the browser's part ran.
  int SendTheSample() {
    Frame();
    EXPECT_TRUE(Click("Try a sample"));
    EXPECT_TRUE(Click("Send to Acme Sales"));
    EXPECT_TRUE(Click("Seal and send"));
    const int ran = fake_.results.RunPending();
    Frame();
    return ran;
  }

  struct SealCall {
    std::string header, key, document;
  };
  std::vector<SealCall> seal_calls_;
  OpenSslSealing crypto_;
};

// Where the link would make the message too long for mail programs (here, a
// long page address), the sealed result is a file to attach.
TEST_F(SendResultsTest, TheSealedFileOpensWithTheHostsKeyToWhatWasShown) {
  fake_.location.page_url = "https://cloudgap.example/" + std::string(1500, 'p') + "/";
  ASSERT_EQ(SendTheSample(), 1);
  ASSERT_EQ(seal_calls_.size(), 1u);
  const PublicKey key = *ReadPublicKeyPem(kEcPublicKey).key;
  EXPECT_EQ(seal_calls_[0].header, FormatSealedHeader(SealedScheme::kEcdhP256, key.key_id));
  EXPECT_EQ(seal_calls_[0].key, key.spki_der);
  const std::string shown = ShareDocumentJson(app_.session().assessment(), false);
  EXPECT_EQ(seal_calls_[0].document, shown) << "notes are left out unless the user adds them";

  ASSERT_EQ(fake_.location.opened_links.size(), 1u);
  const std::string& mail = fake_.location.opened_links[0];
  EXPECT_EQ(mail.rfind("mailto:sales@acme.example?subject=CloudGap%20results%3A%20Example", 0), 0u)
      << mail;
  ASSERT_EQ(fake_.files.downloads.size(), 1u);
  const auto& file = fake_.files.downloads[0];
  EXPECT_NE(file.name.find(".cloudgap-sealed.json"), std::string::npos) << file.name;
  EXPECT_NE(mail.find(PercentEncodeForMail(file.name)), std::string::npos) << mail;
  const SealedCarrierParse carried = ParseSealedFile(file.bytes);
  ASSERT_TRUE(carried.envelope);
  const OpenOutcome opened = OpenSealedDocumentJson(crypto_, kEcPrivateKey, *carried.envelope);
  ASSERT_TRUE(opened.plaintext) << SealedErrorMessage(opened.error);
  EXPECT_EQ(*opened.plaintext, shown);
  EXPECT_FALSE(OpenSealedDocumentJson(crypto_, kOtherEcPrivateKey, *carried.envelope).plaintext);
}

TEST_F(SendResultsTest, AQuickScanGoesAsALinkInTheMessage) {
  Frame();
  ASSERT_TRUE(Click("Start quick scan"));
  ASSERT_TRUE(Click("Continue to the questions"));
  Press('Y');
  ASSERT_TRUE(Click("Summary"));
  ASSERT_TRUE(Click("Send to Acme Sales"));
  ASSERT_TRUE(Click("Include notes and evidence##send"));
  ASSERT_TRUE(Click("Seal and send"));
  ASSERT_EQ(fake_.results.RunPending(), 1);
  Frame();
  EXPECT_TRUE(fake_.files.downloads.empty());
  ASSERT_EQ(fake_.location.opened_links.size(), 1u);
  const std::string& mail = fake_.location.opened_links[0];
  const size_t at = mail.find("https%3A%2F%2F");
  ASSERT_NE(at, std::string::npos) << mail;
  EXPECT_LE(mail.size(), 1900u);
  ASSERT_FALSE(app_.send_state().link.empty());
  Frame();  // The dialog grew: it is centred again before the next click.
  ASSERT_TRUE(Click("Copy the link"));
  const SealedCarrierParse carried = ParseSealedLink(fake_.clipboard.text);
  ASSERT_TRUE(carried.envelope) << SealedErrorMessage(carried.error);
  const OpenOutcome opened = OpenSealedDocumentJson(crypto_, kEcPrivateKey, *carried.envelope);
  ASSERT_TRUE(opened.plaintext);
  EXPECT_EQ(*opened.plaintext, ShareDocumentJson(app_.session().assessment(), true));
}

TEST_F(SendResultsTest, ABrowserThatCannotSealSaysSoAndSendsNothing) {
  fake_.results.seal = nullptr;  // As a page off https.
  SendTheSample();
  EXPECT_TRUE(fake_.location.opened_links.empty());
  EXPECT_TRUE(fake_.files.downloads.empty());
  EXPECT_EQ(app_.send_state().step, SendState::Step::kFailed);
  EXPECT_NE(app_.send_state().error.find("Nothing was sent"), std::string::npos);
}

// The host's side: sealed files and links brought into the inbox open with
// the private key pasted there, are listed side by side and export as CSV;
// the wrong key and a changed byte each say so.
TEST_F(SendResultsTest, TheInboxOpensWhatWasSentWithThePastedKey) {
  fake_.location.page_url = "https://cloudgap.example/" + std::string(1500, 'p') + "/";
  fake_.results.open = [this](const std::string& private_key_der, const std::string& envelope) {
    const std::string pem = "-----BEGIN PRIVATE KEY-----\n" + Base64Encode(private_key_der) +
                            "\n-----END PRIVATE KEY-----\n";
    const OpenOutcome opened = OpenSealedDocumentJson(crypto_, pem, envelope);
    using Status = ResultSealer::Status;
    if (opened.plaintext) return ResultSealer::Result{Status::kOk, *opened.plaintext, ""};
    const Status status = opened.error == SealedError::kOtherKey  ? Status::kOtherKey
                          : opened.error == SealedError::kChanged ? Status::kChanged
                                                                  : Status::kBadKey;
    return ResultSealer::Result{status, "", ""};
  };
  SendTheSample();
  ASSERT_EQ(fake_.files.downloads.size(), 1u);
  const auto sealed = fake_.files.downloads[0];
  Frame();  // The dialog grew: its last row is shown a frame later.
  ASSERT_TRUE(Click("Close##send"));

  ASSERT_TRUE(Click(GetBranding().product_name + "##home"));
  ASSERT_TRUE(Click("Open sealed results"));
  ASSERT_EQ(app_.screen(), Screen::kInbox);
  fake_.files.Deliver({sealed.name, sealed.bytes});
  std::string changed = sealed.bytes;
  changed[changed.size() - 10] = changed[changed.size() - 10] == 'A' ? 'B' : 'A';
  fake_.files.Deliver({"changed.cloudgap-sealed.json", changed});
  Frame();
  ASSERT_EQ(app_.inbox_state().items.size(), 2u);
  EXPECT_EQ(app_.inbox_state().items[0].step, InboxItem::Step::kWaiting);

  ASSERT_TRUE(Click("##inbox-key"));
  Type(kOtherEcPrivateKey);  // The wrong key first.
  fake_.results.RunPending();
  Frame();
  EXPECT_EQ(app_.inbox_state().items[0].problem, SealedErrorMessage(SealedError::kOtherKey));
  ASSERT_TRUE(Click("Forget the key"));
  ASSERT_TRUE(Click("##inbox-key"));
  Type(kEcPrivateKey);
  fake_.results.RunPending();
  Frame();
  const InboxItem& opened = app_.inbox_state().items[0];
  ASSERT_EQ(opened.step, InboxItem::Step::kOpened) << opened.problem;
  EXPECT_EQ(opened.row.organisation, "Example Cloud Ltd");
  EXPECT_EQ(app_.inbox_state().items[1].problem, SealedErrorMessage(SealedError::kChanged));
  ASSERT_TRUE(Click("Export as CSV"));
  ASSERT_EQ(fake_.files.downloads.size(), 2u);
  EXPECT_EQ(fake_.files.downloads[1].bytes, RenderPortfolioCsv({opened.row}));
  EXPECT_EQ(fake_.storage.items.count("cloudgap/inbox"), 0u);
  for (const auto& [key, value] : fake_.storage.items) {
    EXPECT_EQ(value.find("PRIVATE KEY"), std::string::npos) << key << ": the key is never stored";
  }
}

TEST_F(SendResultsTest, WithoutAHostKeyThereIsNoSendButton) {
  SetBranding(Branding());
  Frame();
  ASSERT_TRUE(Click("Try a sample"));
  EXPECT_EQ(ui_.items().Find("Send to Acme Sales"), nullptr);
}

}  // namespace
}  // namespace cloudgap::ui
