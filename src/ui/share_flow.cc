#include "ui/share_flow.h"

#include <utility>

#include "core/document/document_migration.h"
#include "ui/tr.h"

namespace cloudgap::ui {
namespace {

const char* Unsupported() {
  return Tr(
      "This browser cannot handle share links here: it needs CompressionStream, and for a "
      "passphrase, WebCrypto, which browsers offer only to https pages. Export a file instead.");
}

}  // namespace

ShareFlow::ShareFlow(CatalogSource catalog, LinkSealer& sealer, Location& location)
    : catalog_(std::move(catalog)), sealer_(sealer), location_(location) {}

void ShareFlow::Make(const Assessment& assessment, bool include_notes_and_evidence,
                     const std::string& passphrase) {
  const unsigned generation = ++make_generation_;
  make_state_ = MakeState::kSealing;
  link_.clear();
  make_error_.clear();
  const ShareKind kind = passphrase.empty() ? ShareKind::kPlain : ShareKind::kEncrypted;
  sealer_.Seal(ShareDocumentJson(assessment, include_notes_and_evidence), passphrase,
               [this, generation, kind](const LinkSealer::Result& result) {
                 if (generation != make_generation_) return;
                 if (result.status != LinkSealer::Status::kOk) {
                   make_state_ = MakeState::kFailed;
                   make_error_ = Unsupported();
                   return;
                 }
                 const std::string fragment = FormatShareFragment({kind, result.bytes});
                 if (fragment.size() > kMaxShareFragmentChars) {
                   make_state_ = MakeState::kFailed;
                   make_error_ =
                       Tr("This assessment is too large for a link. Export it as a file instead.");
                   return;
                 }
                 link_ = location_.PageUrl() + "#" + fragment;
                 make_state_ = MakeState::kReady;
               });
}

void ShareFlow::ResetMake() {
  ++make_generation_;
  make_state_ = MakeState::kIdle;
  link_.clear();
  make_error_.clear();
}

bool ShareFlow::OpenFromAddress() {
  const std::string fragment = location_.Fragment();
  if (!IsShareFragment(fragment)) return false;
  location_.SetFragment("");
  Open(fragment);
  return true;
}

void ShareFlow::Open(std::string_view fragment) {
  ++open_generation_;
  opened_.reset();
  opened_warnings_.clear();
  opened_catalog_upgrade_.reset();
  open_error_.clear();
  ShareFragmentParse parsed = ParseShareFragment(fragment);
  if (!parsed.payload) {
    open_state_ = parsed.error == ShareLinkError::kNotALink ? OpenState::kIdle : OpenState::kFailed;
    open_error_ = ShareLinkErrorMessage(parsed.error, UiMessages());
    return;
  }
  payload_ = std::move(*parsed.payload);
  if (payload_.kind == ShareKind::kEncrypted) {
    open_state_ = OpenState::kNeedsPassphrase;
  } else {
    Unseal("");
  }
}

void ShareFlow::SubmitPassphrase(const std::string& passphrase) {
  if (open_state_ != OpenState::kNeedsPassphrase) return;
  if (passphrase.empty()) {
    open_error_ = Tr("Enter the passphrase the link was made with.");
    return;
  }
  Unseal(passphrase);
}

void ShareFlow::Unseal(const std::string& passphrase) {
  const unsigned generation = ++open_generation_;
  open_state_ = OpenState::kUnsealing;
  sealer_.Unseal(payload_.bytes, payload_.kind == ShareKind::kEncrypted, passphrase,
                 [this, generation](const LinkSealer::Result& result) {
                   if (generation == open_generation_) OnUnsealed(result);
                 });
}

void ShareFlow::OnUnsealed(const LinkSealer::Result& result) {
  open_error_.clear();
  switch (result.status) {
    case LinkSealer::Status::kOk: break;
    case LinkSealer::Status::kUnsupported:
      open_state_ = OpenState::kFailed;
      open_error_ = Unsupported();
      return;
    case LinkSealer::Status::kRefused:
      // Another try: a mistyped passphrase is the likelier of the two.
      open_state_ = OpenState::kNeedsPassphrase;
      open_error_ = ShareLinkErrorMessage(ShareLinkError::kWrongPassphraseOrDamaged, UiMessages());
      ++refusals_;
      return;
    case LinkSealer::Status::kCorrupt:
      open_state_ = OpenState::kFailed;
      open_error_ = ShareLinkErrorMessage(ShareLinkError::kDamaged, UiMessages());
      return;
  }
  DocumentParseResult loaded = LoadAssessmentDocument(catalog_.get(), result.bytes, UiMessages());
  if (!loaded.assessment) {
    open_state_ = OpenState::kFailed;
    open_error_ = Tr("The link holds no assessment this CloudGap can open: {problem}.",
                     {{"problem", loaded.errors.empty()
                                      ? std::string(Tr("unknown problem"))
                                      : loaded.errors[0].ToString(UiMessages().json_words())}});
    return;
  }
  opened_ = std::move(loaded.assessment);
  opened_warnings_ = std::move(loaded.warnings);
  opened_catalog_upgrade_ = std::move(loaded.catalog_upgrade);
  open_state_ = OpenState::kOpened;
}

void ShareFlow::CancelOpen() {
  ++open_generation_;
  open_state_ = OpenState::kIdle;
  open_error_.clear();
  payload_ = SharePayload();
}

std::optional<Assessment> ShareFlow::TakeOpened() {
  if (open_state_ != OpenState::kOpened) return std::nullopt;
  open_state_ = OpenState::kIdle;
  payload_ = SharePayload();
  return std::move(opened_);
}

void ShareFlow::DismissOpenError() {
  if (open_state_ == OpenState::kFailed) open_state_ = OpenState::kIdle;
  open_error_.clear();
}

}  // namespace cloudgap::ui
