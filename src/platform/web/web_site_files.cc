// WebSiteFiles: a file beside the page, fetched through the service worker
// (which keeps it for offline use), or in the single-file edition the block
// web/tools/single-file.mjs carries it in (<script id="cloudgap-file-NAME">).
// EM_JS bodies pass through the C preprocessor: double-quoted strings only.
#include <emscripten.h>

#include <string>
#include <utility>

#include "platform/web/web_platform.h"

namespace cloudgap {

// Answers through Module._cg_site_file_done(request, ok, bytes, length, detail),
// always after this returns.
// clang-format off
EM_JS(void, cg_js_fetch_site_file, (int request, const char* name_utf8), {
  const name = UTF8ToString(name_utf8);
  const answer = function(ok, bytes, detail) {
    Module.cloudgapAbi.call("_cg_site_file_done", request, ok ? 1 : 0, bytes || new Uint8Array(0), detail);
    Module._cg_wake();
  };
  const block = document.getElementById("cloudgap-file-" + name);
  if (block) {
    const bytes = new TextEncoder().encode(block.textContent);
    setTimeout(function() { answer(true, bytes, null); }, 0);
    return;
  }
  fetch(name).then(function(response) {
    if (!response.ok) return answer(false, null, "HTTP " + response.status);
    return response.arrayBuffer().then(function(buffer) { answer(true, new Uint8Array(buffer), null); });
  }).catch(function(e) { answer(false, null, String(e && e.message || e)); });
});
// clang-format on

void WebSiteFiles::Fetch(const std::string& name, Callback done) {
  const int request = pending_.Add(std::move(done));
  cg_js_fetch_site_file(request, name.c_str());
}

void WebSiteFiles::OnJsAnswer(int request, bool ok, const char* bytes, int length,
                              const char* detail) {
  Result result;
  result.ok = ok;
  FillAnswer(bytes, length, detail, &result);
  pending_.Finish(request, result);
}

}  // namespace cloudgap
