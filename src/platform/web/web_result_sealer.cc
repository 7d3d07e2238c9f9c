// Sealing results (docs/sealed-results.md) over web/keep.js
// (window.cloudgapKeep.sealResult), which answers through
// Module._cg_result_done with a js::ResultStatus. Without keep.js the answer
// is "unsupported", still asynchronously.
//
// EM_JS bodies pass through the C preprocessor: double-quoted strings only.
#include <emscripten.h>

#include <string>

#include "platform/web/js_boundary.h"
#include "platform/web/web_platform.h"

namespace cloudgap {

// clang-format off
EM_JS(void, cg_js_seal_result, (int request, const char* header, int header_length, const char* key,
                                int key_length, const char* doc, int doc_length), {
  const keep = window.cloudgapKeep;
  if (!keep || !keep.sealResult) {
    const unsupported = Module.cloudgapAbi.result.UNSUPPORTED;
    setTimeout(function() { Module._cg_result_done(request, unsupported, 0, 0, 0); }, 0);
    return;
  }
  keep.sealResult(request, HEAPU8.slice(header, header + header_length), HEAPU8.slice(key, key + key_length),
                  HEAPU8.slice(doc, doc + doc_length));
});
EM_JS(void, cg_js_open_result, (int request, const char* key, int key_length, const char* envelope,
                                int envelope_length), {
  const keep = window.cloudgapKeep;
  if (!keep || !keep.openResult) {
    const unsupported = Module.cloudgapAbi.result.UNSUPPORTED;
    setTimeout(function() { Module._cg_result_done(request, unsupported, 0, 0, 0); }, 0);
    return;
  }
  keep.openResult(request, HEAPU8.slice(key, key + key_length),
                  HEAPU8.slice(envelope, envelope + envelope_length));
});
// clang-format on

void WebResultSealer::Seal(const std::string& header, const std::string& public_key_der,
                           const std::string& document_json, Callback done) {
  const int request = pending_.Add(std::move(done));
  cg_js_seal_result(request, header.data(), static_cast<int>(header.size()), public_key_der.data(),
                    static_cast<int>(public_key_der.size()), document_json.data(),
                    static_cast<int>(document_json.size()));
}

void WebResultSealer::Open(const std::string& private_key_der, const std::string& envelope,
                           Callback done) {
  const int request = pending_.Add(std::move(done));
  cg_js_open_result(request, private_key_der.data(), static_cast<int>(private_key_der.size()),
                    envelope.data(), static_cast<int>(envelope.size()));
}

void WebResultSealer::OnJsAnswer(int request, int status, const char* bytes, int length,
                                 const char* detail) {
  Result result;
  switch (static_cast<js::ResultStatus>(status)) {
    case js::ResultStatus::kOk: result.status = Status::kOk; break;
    case js::ResultStatus::kBadKey: result.status = Status::kBadKey; break;
    case js::ResultStatus::kOtherKey: result.status = Status::kOtherKey; break;
    case js::ResultStatus::kChanged: result.status = Status::kChanged; break;
    case js::ResultStatus::kDamaged: result.status = Status::kDamaged; break;
    default: result.status = Status::kUnsupported; break;
  }
  FillAnswer(bytes, length, detail, &result);
  pending_.Finish(request, result);
}

}  // namespace cloudgap
