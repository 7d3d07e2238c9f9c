#include "platform/web/js_boundary.h"

#include <emscripten.h>

#include <cstdlib>
#include <initializer_list>
#include <utility>

// The constants arrive as JSON made from the enums below; call() is the one
// heap-copy idiom: strings as UTF-8, Uint8Arrays as (pointer, length), each
// freed after the call; null as 0; numbers as they are.
// clang-format off
EM_JS(void, cg_js_publish_boundary, (const char* constants_json), {
  const abi = JSON.parse(UTF8ToString(constants_json));
  abi.call = function(name) {
    const owned = [];
    const args = [];
    for (let i = 1; i < arguments.length; ++i) {
      const a = arguments[i];
      if (typeof a === "string") {
        const p = allocateUTF8(a);
        owned.push(p);
        args.push(p);
      } else if (a instanceof Uint8Array) {
        const p = _malloc(Math.max(1, a.length));
        HEAPU8.set(a, p);
        owned.push(p);
        args.push(p, a.length);
      } else {
        args.push(a === null ? 0 : a);
      }
    }
    try {
      return Module[name].apply(null, args);
    } finally {
      owned.forEach(function(p) { _free(p); });
    }
  };
  Module.cloudgapAbi = abi;
});
// clang-format on

namespace cloudgap::js {
namespace {

struct Named {
  const char* name;
  int value;
};

// ,"group":{"NAME":value,...}
std::string Group(const char* group, std::initializer_list<Named> entries) {
  std::string json = std::string(",\"") + group + "\":{";
  for (const Named& e : entries) {
    if (json.back() != '{') json += ',';
    json += std::string("\"") + e.name + "\":" + std::to_string(e.value);
  }
  return json + "}";
}

template <typename E>
Named N(const char* name, E value) {
  return {name, static_cast<int>(value)};
}

std::string ConstantsJson(size_t max_document_bytes) {
  return "{\"maxDocumentBytes\":" + std::to_string(max_document_bytes) +
         Group("seal", {N("OK", SealStatus::kOk), N("UNSUPPORTED", SealStatus::kUnsupported),
                        N("REFUSED", SealStatus::kRefused), N("CORRUPT", SealStatus::kCorrupt)}) +
         Group("storageWrite", {N("OK", StorageWrite::kOk), N("FULL", StorageWrite::kFull),
                                N("UNAVAILABLE", StorageWrite::kUnavailable)}) +
         Group("touch", {N("START", TouchPhase::kStart), N("MOVE", TouchPhase::kMove),
                         N("END", TouchPhase::kEnd), N("CANCEL", TouchPhase::kCancel)}) +
         "}";
}

}  // namespace

void PublishJsBoundary(size_t max_document_bytes) {
  cg_js_publish_boundary(ConstantsJson(max_document_bytes).c_str());
}

std::optional<std::string> TakeJsString(char* js_string) {
  if (js_string == nullptr) return std::nullopt;
  std::string s(js_string);
  std::free(js_string);
  return s;
}

const char* ReturnToJs(std::string text) {
  static std::string kept;
  kept = std::move(text);
  return kept.c_str();
}

}  // namespace cloudgap::js
