#include "platform/web/js_boundary.h"

#include <emscripten.h>

#include <cstdlib>
#include <utility>

// The codes arrive by value, named here; call() is the one heap-copy idiom:
// strings as UTF-8, Uint8Arrays as (pointer, length), each freed after the
// call; null as 0; numbers as they are.
// clang-format off
EM_JS(void, cg_js_publish_boundary, (double max_document_bytes, int ok, int unsupported, int refused, int corrupt,
                                     int bad_key, int other_key, int changed, int damaged), {
  Module.cloudgapAbi = {
    maxDocumentBytes: max_document_bytes,
    seal: {OK: ok, UNSUPPORTED: unsupported, REFUSED: refused, CORRUPT: corrupt},
    result: {OK: ok, UNSUPPORTED: unsupported, BAD_KEY: bad_key, OTHER_KEY: other_key, CHANGED: changed,
             DAMAGED: damaged},
    call: function(name) {
      const owned = [];
      const args = [];
      for (const a of Array.prototype.slice.call(arguments, 1)) {
        if (typeof a === "string") {
          args.push(owned[owned.push(allocateUTF8(a)) - 1]);
        } else if (a instanceof Uint8Array) {
          const p = owned[owned.push(_malloc(a.length || 1)) - 1];
          HEAPU8.set(a, p);
          args.push(p, a.length);
        } else {
          args.push(a || 0);
        }
      }
      try {
        return Module[name].apply(null, args);
      } finally {
        owned.forEach(function(p) { _free(p); });
      }
    },
  };
});
// clang-format on

namespace cloudgap::js {

void PublishJsBoundary(size_t max_document_bytes) {
  auto v = [](SealStatus code) { return static_cast<int>(code); };
  auto r = [](ResultStatus code) { return static_cast<int>(code); };
  // Both sets share OK and UNSUPPORTED, so that one table of names serves.
  static_assert(static_cast<int>(SealStatus::kOk) == static_cast<int>(ResultStatus::kOk));
  static_assert(static_cast<int>(SealStatus::kUnsupported) ==
                static_cast<int>(ResultStatus::kUnsupported));
  cg_js_publish_boundary(
      static_cast<double>(max_document_bytes), v(SealStatus::kOk), v(SealStatus::kUnsupported),
      v(SealStatus::kRefused), v(SealStatus::kCorrupt), r(ResultStatus::kBadKey),
      r(ResultStatus::kOtherKey), r(ResultStatus::kChanged), r(ResultStatus::kDamaged));
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
