// WebOfficeWriter: the Office reports' module (src/app/office_module.cc), an
// Emscripten module of its own (office-module.js and .wasm) that the page loads
// the first time a user asks for a workbook, so a first visit never downloads
// it. Hosted, the service worker keeps it once fetched; the single-file
// edition carries both files as blocks (web/tools/single-file.mjs). The
// module gets the document, the catalog's words and the language's messages
// (the same site files the app reads), the branding boot.js applied and the
// logo it names.
// EM_JS bodies pass through the C preprocessor: double-quoted strings only.
#include <emscripten.h>

#include <string>
#include <utility>

#include "platform/web/web_platform.h"

namespace cloudgap {

// Answers through Module._cg_office_done(request, ok, bytes, length, detail),
// always after this returns.
// clang-format off
EM_JS(void, cg_js_write_office, (int request, const char* format_utf8, const char* doc, int doc_length,
                                 const char* text_name_utf8, const char* messages_name_utf8), {
  const format = UTF8ToString(format_utf8);
  const textName = UTF8ToString(text_name_utf8);
  const messagesName = UTF8ToString(messages_name_utf8);
  const documentBytes = HEAPU8.slice(doc, doc + doc_length);
  const answer = function(ok, bytes, detail) {
    Module.cloudgapAbi.call("_cg_office_done", request, ok ? 1 : 0, bytes || new Uint8Array(0), detail);
    Module._cg_wake();
  };
  const fromBase64 = function(id) {
    const text = atob(document.getElementById(id).textContent.trim());
    const bytes = new Uint8Array(text.length);
    for (let i = 0; i < text.length; ++i) bytes[i] = text.charCodeAt(i);
    return bytes;
  };
  const siteFile = function(name) {
    const block = document.getElementById("cloudgap-file-" + name);
    if (block) return Promise.resolve(new TextEncoder().encode(block.textContent));
    return fetch(name).then(function(response) {
      if (!response.ok) throw new Error("HTTP " + response.status + " for " + name);
      return response.arrayBuffer();
    }).then(function(buffer) { return new Uint8Array(buffer); });
  };
  const loadModule = function() {
    if (Module.cloudgapOffice) return Module.cloudgapOffice;
    const single = document.getElementById("cloudgap-office-wasm") !== null;
    const loading = new Promise(function(resolve, reject) {
      const start = function() {
        if (typeof CloudGapOffice !== "function") return reject(new Error("office-module.js did not load"));
        CloudGapOffice(single ? {wasmBinary: fromBase64("cloudgap-office-wasm")} : {}).then(resolve, reject);
      };
      const script = document.createElement("script");
      if (single) {
        script.textContent = new TextDecoder().decode(fromBase64("cloudgap-office-js"));
        document.body.appendChild(script);
        start();
      } else {
        script.src = "office-module.js";
        script.onload = start;
        script.onerror = function() { reject(new Error("office-module.js could not be downloaded")); };
        document.body.appendChild(script);
      }
    });
    Module.cloudgapOffice = loading;
    loading.catch(function() { Module.cloudgapOffice = null; });  // The next click tries again.
    return loading;
  };
  const branding = (window.cloudgap && window.cloudgap.branding) || {};
  const logo = branding.logo ? siteFile(branding.logo).catch(function() { return null; }) : Promise.resolve(null);
  const text = textName ? siteFile(textName) : Promise.resolve(new Uint8Array(0));
  const messages = messagesName ? siteFile(messagesName) : Promise.resolve(new Uint8Array(0));
  Promise.all([loadModule().catch(function(e) { throw new Error("the report module could not be loaded (" + e.message + ")"); }),
               text, logo, messages]).then(function(parts) {
    const office = parts[0];
    const inputs = [new TextEncoder().encode(format), documentBytes, parts[1],
                    new TextEncoder().encode(JSON.stringify(branding)), parts[2] || new Uint8Array(0), parts[3]];
    const args = [];
    const pointers = inputs.map(function(bytes) {
      const pointer = office._malloc(Math.max(bytes.length, 1));
      office.HEAPU8.set(bytes, pointer);
      args.push(pointer, bytes.length);
      return pointer;
    });
    const ok = office._cg_office_render.apply(null, args) === 1;
    pointers.forEach(function(pointer) { office._free(pointer); });
    const data = office._cg_office_result_data();
    const result = office.HEAPU8.slice(data, data + office._cg_office_result_size());
    office._cg_office_release();
    if (ok) answer(true, result, null);
    else answer(false, null, new TextDecoder().decode(result));
  }).catch(function(e) { answer(false, null, String(e && e.message || e)); });
});
// clang-format on

void WebOfficeWriter::Write(const Request& request, Callback done) {
  const int id = pending_.Add(std::move(done));
  cg_js_write_office(id, request.format.c_str(), request.document_json.data(),
                     static_cast<int>(request.document_json.size()),
                     request.catalog_text_file.c_str(), request.messages_file.c_str());
}

void WebOfficeWriter::OnJsAnswer(int request, bool ok, const char* bytes, int length,
                                 const char* detail) {
  Result result;
  result.ok = ok;
  FillAnswer(bytes, length, detail, &result);
  pending_.Finish(request, result);
}

}  // namespace cloudgap
