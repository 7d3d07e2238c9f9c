// The browser implementations of platform.h, over localStorage, Blob downloads,
// <input type=file>, the async clipboard, location, an aria-live region,
// web/keep.js for the share link's compression and encryption, and fetch().
// Only compiled with Emscripten.
#ifndef CLOUDGAP_PLATFORM_WEB_WEB_PLATFORM_H_
#define CLOUDGAP_PLATFORM_WEB_WEB_PLATFORM_H_

#include <map>

#include "platform/platform.h"
#include "platform/web/pending_requests.h"

namespace cloudgap {

class WebStorage : public Storage {
 public:
  // Probes localStorage once (write, read back, remove) and keeps the answer:
  // the page's one storage probe, also what ui/hosting.h asks.
  bool Available() const override;
  std::optional<std::string> Read(const std::string& key) const override;
  WriteResult Write(const std::string& key, const std::string& value) override;
  void Remove(const std::string& key) override;
  std::vector<std::string> Keys(const std::string& prefix) const override;  // web_keep.cc

 private:
  mutable std::optional<bool> available_;
};

class WebClock : public Clock {
 public:
  std::string NowUtcIso8601() const override;
  double MonotonicSeconds() const override;
};

class WebClipboard : public Clipboard {
 public:
  void SetText(const std::string& text) override;
  // What the app last copied; pasted text reaches the app as typed text (web_input.h).
  std::string Text() const override { return text_; }

 private:
  std::string text_;
};

class WebFiles : public Files {
 public:
  void Download(const std::string& name, const std::string& mime_type,
                const std::string& bytes) override;
  void RequestOpen(const std::string& accept) override;
  void SetOpenCallback(OpenCallback on_open) override { on_open_ = std::move(on_open); }
  // Called by cg_deliver_file (src/app/exports.cc) when the user picked or dropped a file.
  void OnOpened(const OpenedFile& file) {
    if (on_open_) on_open_(file);
  }

 private:
  OpenCallback on_open_;
};

class WebLocation : public Location {
 public:
  std::optional<std::string> QueryParam(const std::string& name) const override;
  std::string Fragment() const override;
  void SetFragment(const std::string& fragment) override;
  std::string PageUrl() const override;  // web_keep.cc
  void OpenLink(const std::string& url) override;
};

// Over web/keep.js (window.cloudgapKeep): CompressionStream("deflate") and
// WebCrypto (PBKDF2, AES-GCM). Defined in web_keep.cc.
class WebLinkSealer : public LinkSealer {
 public:
  bool CanEncrypt() const override;
  void Seal(const std::string& text, const std::string& passphrase, Callback done) override;
  void Unseal(const std::string& bytes, bool encrypted, const std::string& passphrase,
              Callback done) override;
  // keep.js's answer to a request, as it crossed (cg_keep_link_done,
  // src/app/exports.cc): `status` is a js::SealStatus; `bytes` may be null.
  void OnJsAnswer(int request, int status, const char* bytes, int length, const char* detail);

 private:
  PendingRequests<Result> pending_;
};

// fetch() beside the page, or the single-file edition's block (web_site_files.cc).
class WebSiteFiles : public SiteFiles {
 public:
  void Fetch(const std::string& name, Callback done) override;
  // The page's answer (cg_site_file_done, src/app/exports.cc); `bytes` may be null.
  void OnJsAnswer(int request, bool ok, const char* bytes, int length, const char* detail);

 private:
  PendingRequests<Result> pending_;
};

// The Office reports' module, loaded on first use (web_office_writer.cc).
class WebOfficeWriter : public OfficeWriter {
 public:
  void Write(const Request& request, Callback done) override;
  // The page's answer (cg_office_done, src/app/exports.cc); `bytes` may be null.
  void OnJsAnswer(int request, bool ok, const char* bytes, int length, const char* detail);

 private:
  PendingRequests<Result> pending_;
};

// Over web/keep.js (window.cloudgapKeep.sealResult): CompressionStream and
// WebCrypto (web_result_sealer.cc).
class WebResultSealer : public ResultSealer {
 public:
  void Seal(const std::string& header, const std::string& public_key_der,
            const std::string& document_json, Callback done) override;
  void Open(const std::string& private_key_der, const std::string& envelope,
            Callback done) override;
  // keep.js's answer (cg_result_done, src/app/exports.cc): `status` a
  // js::ResultStatus; `bytes` may be null.
  void OnJsAnswer(int request, int status, const char* bytes, int length, const char* detail);

 private:
  PendingRequests<Result> pending_;
};

class WebAnnouncer : public Announcer {
 public:
  void Announce(const std::string& message) override;
};

// All of the above; one instance lives for the page's lifetime (src/app/exports.h).
class WebPlatform {
 public:
  WebPlatform();
  Platform& platform() { return platform_; }
  WebClipboard& clipboard() { return clipboard_; }
  WebFiles& files() { return files_; }
  WebLinkSealer& sealer() { return sealer_; }
  WebSiteFiles& site_files() { return site_files_; }
  WebOfficeWriter& office() { return office_; }
  WebResultSealer& results() { return results_; }

 private:
  WebStorage storage_;
  WebClock clock_;
  WebClipboard clipboard_;
  WebFiles files_;
  WebLocation location_;
  WebAnnouncer announcer_;
  WebLinkSealer sealer_;
  WebSiteFiles site_files_;
  WebOfficeWriter office_;
  WebResultSealer results_;
  Platform platform_;
};

}  // namespace cloudgap

#endif  // CLOUDGAP_PLATFORM_WEB_WEB_PLATFORM_H_
