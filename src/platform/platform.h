// The seams between CloudGap and the world outside the process: storage, files,
// clipboard, the page address, time, screen-reader announcements, the share
// link's compression and encryption, the site's files fetched on demand, and
// the Office reports' module.
//
// The UI and app code talk only to these interfaces. The web build implements
// them in platform/web (EM_JS over browser APIs); tests use the in-memory fakes
// in fake_platform.h. Like LevelDB's Env, every call is synchronous from the
// caller's view; asynchronous browser results (a picked file) come back through
// the callback the caller registered.
#ifndef CLOUDGAP_PLATFORM_PLATFORM_H_
#define CLOUDGAP_PLATFORM_PLATFORM_H_

#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace cloudgap {

// Small key-value store for the user's work and settings (localStorage on the web).
class Storage {
 public:
  enum class WriteResult { kOk, kFull, kUnavailable };
  virtual ~Storage() = default;
  // False when the browser gives no storage (private mode, disabled).
  virtual bool Available() const = 0;
  virtual std::optional<std::string> Read(const std::string& key) const = 0;
  virtual WriteResult Write(const std::string& key, const std::string& value) = 0;
  virtual void Remove(const std::string& key) = 0;
  // Every key that starts with `prefix`, in no particular order; none when unavailable.
  virtual std::vector<std::string> Keys(const std::string& prefix) const = 0;
};

class Clock {
 public:
  virtual ~Clock() = default;
  // "2026-11-28T10:13:02Z": wall-clock time for document timestamps.
  virtual std::string NowUtcIso8601() const = 0;
  // Seconds since an arbitrary start; only differences mean anything.
  virtual double MonotonicSeconds() const = 0;
};

class Clipboard {
 public:
  virtual ~Clipboard() = default;
  virtual void SetText(const std::string& text) = 0;
  // The last text copied in the app or pasted into it.
  virtual std::string Text() const = 0;
};

// Files the user saves or opens. Opening is asynchronous: the file picker
// returns at once and the chosen file arrives later through `on_open`.
class Files {
 public:
  struct OpenedFile {
    std::string name;
    std::string bytes;
  };
  using OpenCallback = std::function<void(const OpenedFile&)>;
  virtual ~Files() = default;
  virtual void Download(const std::string& name, const std::string& mime_type,
                        const std::string& bytes) = 0;
  // `accept` is a file-picker filter such as ".json,application/json".
  virtual void RequestOpen(const std::string& accept) = 0;
  virtual void SetOpenCallback(OpenCallback on_open) = 0;
};

// The page address. The fragment (after '#') never reaches a server.
class Location {
 public:
  virtual ~Location() = default;
  // Value of a query parameter ("?test=1" -> "1"), or nullopt.
  virtual std::optional<std::string> QueryParam(const std::string& name) const = 0;
  virtual std::string Fragment() const = 0;
  // Replaces the fragment without adding a history entry.
  virtual void SetFragment(const std::string& fragment) = 0;
  // The page's address without query or fragment ("https://host/app/"): what
  // a link to this app starts with.
  virtual std::string PageUrl() const = 0;
  // Opens a link chosen by the site's operator (a call-to-action): a new tab for
  // http(s), the mail program for mailto. The page itself stays open.
  virtual void OpenLink(const std::string& url) = 0;
};

// Tells assistive technology about changes a sighted user sees on the canvas.
class Announcer {
 public:
  virtual ~Announcer() = default;
  virtual void Announce(const std::string& message) = 0;
};

// Packs text for a share link and unpacks it (core/document/share_link.h has the link's
// format): compression, and with a passphrase, encryption. On the web these are
// the browser's CompressionStream and WebCrypto, which are asynchronous, so the
// result always arrives through `done`, never before the call returns.
class LinkSealer {
 public:
  enum class Status {
    kOk,
    kUnsupported,  // This browser cannot (no CompressionStream, or no WebCrypto off https).
    kRefused,      // Decryption refused: a wrong passphrase, or changed bytes.
    kCorrupt,      // Not compressed data, or its checksum failed: changed or cut bytes.
  };
  struct Result {
    Status status = Status::kOk;
    std::string bytes;   // Sealed bytes (Seal) or the original text (Unseal), when kOk.
    std::string detail;  // The browser's own words on failure, for the console.
  };
  using Callback = std::function<void(const Result&)>;
  virtual ~LinkSealer() = default;
  // Whether passphrases can be used here (WebCrypto needs a secure context).
  virtual bool CanEncrypt() const = 0;
  // An empty passphrase compresses only.
  virtual void Seal(const std::string& text, const std::string& passphrase, Callback done) = 0;
  virtual void Unseal(const std::string& bytes, bool encrypted, const std::string& passphrase,
                      Callback done) = 0;
};

// Files of the site that a first visit does not download, fetched the first
// time the app needs one: the catalog's words (core/catalog/catalog_text.h),
// and the host's logo for the HTML report.
// On the web, fetch() beside the page through the service worker's cache; the
// single-file edition carries them inside. The result always arrives through
// `done`, never before the call returns.
class SiteFiles {
 public:
  struct Result {
    bool ok = false;
    std::string bytes;   // The file, when ok.
    std::string detail;  // Why not, in the browser's words: "HTTP 404", "Failed to fetch".
  };
  using Callback = std::function<void(const Result&)>;
  virtual ~SiteFiles() = default;
  // `name` is a file beside the app: a plain name, or a relative path that
  // config.json names and IsSafeRelativeImagePath accepted (the logo); never
  // an address.
  virtual void Fetch(const std::string& name, Callback done) = 0;
};

// Every report (core/office/office_request.h: the text formats, the Office
// formats, the comparison's), written by a module of the site that a first
// visit does not download: on the web it is fetched the first
// time a user asks for one (the service worker keeps it for offline use; the
// single-file edition carries it inside), and reads the document with the
// catalog's words and the host's branding (config.json, its logo). The result
// always arrives through `done`, never before the call returns.
class OfficeWriter {
 public:
  struct Request {
    std::string format;             // "xlsx".
    std::string document_json;      // The assessment document (document_json.h).
    std::string catalog_text_file;  // The SiteFiles name of the catalog's words.
    // The SiteFiles name of the report's language's message catalog
    // (core/i18n/message_catalog.h); empty for English.
    std::string messages_file;
  };
  struct Result {
    bool ok = false;
    std::string bytes;   // The file, when ok.
    std::string detail;  // Why not: "the report module could not be loaded (HTTP 404)".
  };
  using Callback = std::function<void(const Result&)>;
  virtual ~OfficeWriter() = default;
  virtual void Write(const Request& request, Callback done) = 0;
};

// Sealing results for the host (docs/sealed-results.md). The core reads keys
// and lays out envelopes (core/sealed/); this does the compression and the
// cryptography: CompressionStream and WebCrypto on the web (web/keep.js). The
// result always arrives through `done`, never before the call returns.
class ResultSealer {
 public:
  enum class Status {
    kOk,
    kUnsupported,  // No WebCrypto here (a page off https), or no CompressionStream.
    kBadKey,       // The key cannot be used for its scheme.
    kOtherKey,     // Open: sealed for another key (the key ids differ).
    kChanged,      // Open: authentication failed although the key ids match.
    kDamaged,      // Open: what it holds is not zlib data.
  };
  struct Result {
    Status status = Status::kOk;
    std::string bytes;   // Seal: the whole envelope. Open: the document's JSON text.
    std::string detail;  // The browser's own words on failure, for the console.
  };
  using Callback = std::function<void(const Result&)>;
  virtual ~ResultSealer() = default;
  // Compresses `document_json` (zlib) and seals it for `public_key_der`
  // (SubjectPublicKeyInfo) under `header`: the envelope's first 10 bytes
  // (version, scheme, key id), which are also its authenticated data.
  virtual void Seal(const std::string& header, const std::string& public_key_der,
                    const std::string& document_json, Callback done) = 0;
  // Opens `envelope` (its layout checked by the core) with `private_key_der`
  // (PKCS #8): checks the key id, decrypts, inflates no further than the
  // document limit.
  virtual void Open(const std::string& private_key_der, const std::string& envelope,
                    Callback done) = 0;
};

// Non-owning bundle handed to the app; the entry point owns the implementations.
struct Platform {
  Storage& storage;
  Clock& clock;
  Clipboard& clipboard;
  Files& files;
  Location& location;
  Announcer& announcer;
  LinkSealer& sealer;
  SiteFiles& site_files;
  OfficeWriter& office;
  ResultSealer& results;
};

}  // namespace cloudgap

#endif  // CLOUDGAP_PLATFORM_PLATFORM_H_
