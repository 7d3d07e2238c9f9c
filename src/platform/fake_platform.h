// In-memory implementations of the platform interfaces, for tests (the role of
// Ninja's VirtualFileSystem). Each records what was asked of it so a test can
// assert on it, and can be told to fail the way a browser does.
#ifndef CLOUDGAP_PLATFORM_FAKE_PLATFORM_H_
#define CLOUDGAP_PLATFORM_FAKE_PLATFORM_H_

#include <deque>
#include <functional>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "platform/platform.h"

namespace cloudgap {

class FakeStorage : public Storage {
 public:
  bool available = true;
  size_t capacity_bytes = 5 * 1024 * 1024;  // localStorage's usual quota.
  std::map<std::string, std::string> items;

  bool Available() const override { return available; }
  std::optional<std::string> Read(const std::string& key) const override;
  WriteResult Write(const std::string& key, const std::string& value) override;
  void Remove(const std::string& key) override;
  std::vector<std::string> Keys(const std::string& prefix) const override;
};

class FakeClock : public Clock {
 public:
  std::string now = "2026-01-01T00:00:00Z";
  double seconds = 0;
  std::string NowUtcIso8601() const override { return now; }
  double MonotonicSeconds() const override { return seconds; }
};

class FakeClipboard : public Clipboard {
 public:
  std::string text;
  void SetText(const std::string& t) override { text = t; }
  std::string Text() const override { return text; }
};

class FakeFiles : public Files {
 public:
  struct Download {
    std::string name, mime_type, bytes;
  };
  std::vector<Download> downloads;
  std::vector<std::string> open_requests;  // The `accept` filter of each request.
  OpenCallback on_open;

  void Download(const std::string& name, const std::string& mime_type,
                const std::string& bytes) override {
    downloads.push_back({name, mime_type, bytes});
  }
  void RequestOpen(const std::string& accept) override { open_requests.push_back(accept); }
  void SetOpenCallback(OpenCallback callback) override { on_open = std::move(callback); }
  // Plays the user picking a file.
  void Deliver(const OpenedFile& file) {
    if (on_open) on_open(file);
  }
};

class FakeLocation : public Location {
 public:
  std::map<std::string, std::string> query;
  std::string fragment;
  std::string page_url = "https://cloudgap.example/app/";
  std::vector<std::string> opened_links;
  std::optional<std::string> QueryParam(const std::string& name) const override;
  std::string Fragment() const override { return fragment; }
  void SetFragment(const std::string& f) override { fragment = f; }
  std::string PageUrl() const override { return page_url; }
  void OpenLink(const std::string& url) override { opened_links.push_back(url); }
};

// Results a fake delivers later, as the browser's come, when a test runs them.
class PendingCalls {
 public:
  void Add(std::function<void()> call) { calls_.push_back(std::move(call)); }
  bool empty() const { return calls_.empty(); }
  // Runs every call added so far, and those they add; returns how many.
  int RunAll();

 private:
  std::deque<std::function<void()>> calls_;
};

// Seals reversibly but without real compression or cryptography: "Z" + text,
// or "E<n>:" + passphrase + text. Like the browser's, results come later: a
// test calls RunPending() to deliver them.
class FakeLinkSealer : public LinkSealer {
 public:
  bool can_encrypt = true;
  bool supported = true;
  PendingCalls pending;

  bool CanEncrypt() const override { return can_encrypt; }
  void Seal(const std::string& text, const std::string& passphrase, Callback done) override;
  void Unseal(const std::string& bytes, bool encrypted, const std::string& passphrase,
              Callback done) override;
  int RunPending() { return pending.RunAll(); }  // Delivers the results asked for.
};

class FakeAnnouncer : public Announcer {
 public:
  std::vector<std::string> messages;
  void Announce(const std::string& message) override { messages.push_back(message); }
};

// Serves `files` by name; a name not there fails with detail "HTTP 404". Like
// the browser's, results come later: a test calls RunPending() to deliver them.
class FakeSiteFiles : public SiteFiles {
 public:
  std::map<std::string, std::string> files;
  std::vector<std::string> fetched;  // Every name asked for, in order.
  PendingCalls pending;

  void Fetch(const std::string& name, Callback done) override;
  int RunPending() { return pending.RunAll(); }  // Delivers the results asked for.
};

// Answers each request with `answer` (the UI tests give it the native
// RenderOfficeReport), or, without one, as a module that could not load.
class FakeOfficeWriter : public OfficeWriter {
 public:
  std::function<Result(const Request&)> answer;
  std::vector<Request> requests;  // Every request, in order.
  PendingCalls pending;

  void Write(const Request& request, Callback done) override;
  int RunPending() { return pending.RunAll(); }  // Delivers the results asked for.
};

// Answers with `seal` (the UI tests give it the native OpenSSL
// sealing, platform/native/openssl_sealing.h), or, without them, as a browser
// without WebCrypto. Results come later, when a test runs them.
class FakeResultSealer : public ResultSealer {
 public:
  std::function<Result(const std::string& header, const std::string& public_key_der,
                       const std::string& document_json)>
      seal;
  std::function<Result(const std::string& private_key_der, const std::string& envelope)> open;
  PendingCalls pending;

  void Seal(const std::string& header, const std::string& public_key_der,
            const std::string& document_json, Callback done) override;
  void Open(const std::string& private_key_der, const std::string& envelope,
            Callback done) override;
  int RunPending() { return pending.RunAll(); }  // Delivers the results asked for.
};

// All fakes together, with a Platform view over them.
struct FakePlatform {
  FakeStorage storage;
  FakeClock clock;
  FakeClipboard clipboard;
  FakeFiles files;
  FakeLocation location;
  FakeAnnouncer announcer;
  FakeLinkSealer sealer;
  FakeSiteFiles site_files;
  FakeOfficeWriter office;
  FakeResultSealer results;
  Platform platform{storage,   clock,  clipboard,  files,  location,
                    announcer, sealer, site_files, office, results};
};

}  // namespace cloudgap

#endif  // CLOUDGAP_PLATFORM_FAKE_PLATFORM_H_
