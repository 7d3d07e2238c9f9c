// The browser side of keeping and sharing that web_platform.cc does not cover:
// listing storage keys, the page's own address, and the share link's sealer,
// whose work is done by web/keep.js (window.cloudgapKeep) asynchronously.
//
// EM_JS bodies pass through the C preprocessor: double-quoted strings only,
// and no regular expressions with backslashes.
#include <emscripten.h>

#include <string>

#include "platform/web/js_boundary.h"
#include "platform/web/web_platform.h"

namespace cloudgap {

using js::TakeJsString;

// Keys joined by line breaks (ours never contain one); "" when storage is off.
// clang-format off
EM_JS(char*, cg_js_storage_keys, (const char* prefix), {
  try {
    const p = UTF8ToString(prefix);
    const keys = [];
    for (let i = 0; i < localStorage.length; ++i) {
      const k = localStorage.key(i);
      if (k !== null && k.startsWith(p)) keys.push(k);
    }
    return allocateUTF8(keys.join("\n"));
  } catch (e) {
    return 0;
  }
});
// clang-format on

std::vector<std::string> WebStorage::Keys(const std::string& prefix) const {
  const std::string joined = TakeJsString(cg_js_storage_keys(prefix.c_str())).value_or("");
  std::vector<std::string> keys;
  size_t start = 0;
  while (start < joined.size()) {
    size_t end = joined.find('\n', start);
    if (end == std::string::npos) end = joined.size();
    keys.push_back(joined.substr(start, end - start));
    start = end + 1;
  }
  return keys;
}

// href rather than origin + pathname: a page opened from disk has the origin "null".
// clang-format off
EM_JS(char*, cg_js_page_url, (), {
  return allocateUTF8(location.href.split("#")[0].split("?")[0]);
});
// clang-format on

std::string WebLocation::PageUrl() const {
  return TakeJsString(cg_js_page_url()).value_or("");
}

// clang-format off
EM_JS(int, cg_js_keep_can_encrypt, (), {
  return window.cloudgapKeep && window.cloudgapKeep.canEncrypt() ? 1 : 0;
});
// clang-format on

// keep.js answers through Module._cg_keep_link_done with a js::SealStatus;
// without keep.js (or with a browser it cannot work in) the answer is
// "unsupported", still asynchronously.
// clang-format off
EM_JS(void, cg_js_keep_link, (int request, int seal, int encrypted, const char* data, int length,
                              const char* passphrase), {
  const bytes = HEAPU8.slice(data, data + length);
  const pass = UTF8ToString(passphrase);
  const keep = window.cloudgapKeep;
  if (!keep) {
    const unsupported = Module.cloudgapAbi.seal.UNSUPPORTED;
    setTimeout(function() { Module._cg_keep_link_done(request, unsupported, 0, 0, 0); }, 0);
  } else if (seal) {
    keep.seal(request, bytes, pass);
  } else {
    keep.unseal(request, bytes, encrypted !== 0, pass);
  }
});
// clang-format on

bool WebLinkSealer::CanEncrypt() const {
  return cg_js_keep_can_encrypt() != 0;
}

void WebLinkSealer::Seal(const std::string& text, const std::string& passphrase, Callback done) {
  const int request = pending_.Add(std::move(done));
  cg_js_keep_link(request, 1, passphrase.empty() ? 0 : 1, text.data(),
                  static_cast<int>(text.size()), passphrase.c_str());
}

void WebLinkSealer::Unseal(const std::string& bytes, bool encrypted, const std::string& passphrase,
                           Callback done) {
  const int request = pending_.Add(std::move(done));
  cg_js_keep_link(request, 0, encrypted ? 1 : 0, bytes.data(), static_cast<int>(bytes.size()),
                  passphrase.c_str());
}

void WebLinkSealer::OnJsAnswer(int request, int status, const char* bytes, int length,
                               const char* detail) {
  Result result;
  switch (static_cast<js::SealStatus>(status)) {
    case js::SealStatus::kOk: result.status = Status::kOk; break;
    case js::SealStatus::kUnsupported: result.status = Status::kUnsupported; break;
    case js::SealStatus::kRefused: result.status = Status::kRefused; break;
    default: result.status = Status::kCorrupt; break;
  }
  FillAnswer(bytes, length, detail, &result);
  pending_.Finish(request, result);
}

}  // namespace cloudgap
