// Making and opening share links (core/document/share_link.h has their format), over
// the platform's LinkSealer (compression, encryption) and Location (the page
// address). Both directions wait on the browser, so each is a small state
// machine that the UI reads every frame; a result that arrives after the user
// cancelled is ignored. No ImGui here: tested natively with FakeLinkSealer.
#ifndef CLOUDGAP_UI_SHARE_FLOW_H_
#define CLOUDGAP_UI_SHARE_FLOW_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/catalog/catalog.h"
#include "core/document/assessment.h"
#include "core/document/catalog_upgrade.h"
#include "core/document/share_link.h"
#include "platform/platform.h"
#include "ui/catalog_source.h"

namespace cloudgap::ui {

class ShareFlow {
 public:
  ShareFlow(CatalogSource catalog, LinkSealer& sealer, Location& location);
  ShareFlow(const ShareFlow&) = delete;
  ShareFlow& operator=(const ShareFlow&) = delete;

  // --- Making a link ---
  enum class MakeState { kIdle, kSealing, kReady, kFailed };
  // An empty passphrase makes a plain link.
  void Make(const Assessment& assessment, bool include_notes_and_evidence,
            const std::string& passphrase);
  MakeState make_state() const { return make_state_; }
  const std::string& link() const { return link_; }              // When kReady.
  const std::string& make_error() const { return make_error_; }  // When kFailed.
  void ResetMake();

  // --- Opening a link ---
  enum class OpenState {
    kIdle,
    kNeedsPassphrase,  // Encrypted: waiting for SubmitPassphrase (open_error() says if one was
                       // wrong).
    kUnsealing,
    kOpened,  // TakeOpened() hands over the assessment.
    kFailed,  // open_error() says why; nothing was opened.
  };
  // Opens the link in the page address, if there is one, and removes it from
  // the address so that a reload does not open it again. Returns whether there was one.
  bool OpenFromAddress();
  void Open(std::string_view fragment);
  void SubmitPassphrase(const std::string& passphrase);
  void CancelOpen();
  OpenState open_state() const { return open_state_; }
  // Whether the link being opened is encrypted (needs a passphrase).
  bool opening_encrypted() const { return payload_.kind == ShareKind::kEncrypted; }
  const std::string& open_error() const { return open_error_; }
  // How many passphrases were refused so far (the UI announces each).
  int refusals() const { return refusals_; }
  // The opened assessment, once; the state returns to kIdle.
  std::optional<Assessment> TakeOpened();
  const std::vector<std::string>& opened_warnings() const { return opened_warnings_; }
  // DocumentParseResult::catalog_upgrade of the opened assessment.
  const std::optional<CatalogUpgrade>& opened_catalog_upgrade() const {
    return opened_catalog_upgrade_;
  }
  // Forgets a failure once the UI has shown it.
  void DismissOpenError();

 private:
  void Unseal(const std::string& passphrase);
  void OnUnsealed(const LinkSealer::Result& result);

  CatalogSource catalog_;
  LinkSealer& sealer_;
  Location& location_;

  MakeState make_state_ = MakeState::kIdle;
  unsigned make_generation_ = 0;  // Results for an older request are dropped.
  std::string link_;
  std::string make_error_;

  OpenState open_state_ = OpenState::kIdle;
  unsigned open_generation_ = 0;
  SharePayload payload_;
  std::string open_error_;
  int refusals_ = 0;
  std::optional<Assessment> opened_;
  std::vector<std::string> opened_warnings_;
  std::optional<CatalogUpgrade> opened_catalog_upgrade_;
};

}  // namespace cloudgap::ui

#endif  // CLOUDGAP_UI_SHARE_FLOW_H_
