// What crosses between the page's JavaScript and the C++ app, besides the
// exported functions themselves (all in src/app/exports.cc):
//  - the codes that travel as integers, defined here once. JS never spells one
//    as a number: the EM_JS bodies are handed the values they use by the C++
//    that calls them, and web/keep.js reads the share-link answers by name from
//    Module.cloudgapAbi.seal, which PublishJsBoundary() sets before anything
//    else runs;
//  - the limit on an assessment document (core's kMaxDocumentBytes, handed in
//    by src/app/exports.cc), which the page checks before reading a file and
//    while inflating a share link: Module.cloudgapAbi.maxDocumentBytes;
//  - Module.cloudgapAbi.call(name, ...args), the one way JS passes strings and
//    bytes to an exported function (copied into the heap, freed after);
//  - the two idioms for strings that cross: TakeJsString for what JS returns,
//    ReturnToJs for what an export returns.
// Only compiled with Emscripten.
#ifndef CLOUDGAP_PLATFORM_WEB_JS_BOUNDARY_H_
#define CLOUDGAP_PLATFORM_WEB_JS_BOUNDARY_H_

#include <cstddef>
#include <optional>
#include <string>

namespace cloudgap::js {

// web/keep.js's answer to a seal or unseal request (cg_keep_link_done);
// Module.cloudgapAbi.seal.{OK, UNSUPPORTED, REFUSED, CORRUPT}.
enum class SealStatus : int {
  kOk = 0,
  kUnsupported = 1,  // No CompressionStream or WebCrypto, or no keep.js.
  kRefused = 2,      // Decryption failed: wrong passphrase or changed bytes.
  kCorrupt = 3,      // Not deflate data, or its checksum failed.
};

// What keep.js's sealResult answers (ResultSealer::Status).
enum class ResultStatus : int {
  kOk = 0,
  kUnsupported = 1,
  kBadKey = 2,
  kOtherKey = 3,
  kChanged = 4,
  kDamaged = 5,
};

// localStorage.setItem's outcome (cg_js_storage_write, which is handed the values).
enum class StorageWrite : int {
  kOk = 0,
  kFull = 1,         // QuotaExceededError.
  kUnavailable = 2,  // Any other refusal (storage turned off, private mode).
};

// A touch event's kind (cg_touch; cg_js_install_input is handed the values).
enum class TouchPhase : int {
  kStart = 0,
  kMove = 1,
  kEnd = 2,
  kCancel = 3,
};

// Sets Module.cloudgapAbi: seal (SealStatus by name), maxDocumentBytes, and
// call(). Runs from a static initialiser (src/app/exports.cc), so before
// onRuntimeInitialized and main().
void PublishJsBoundary(size_t max_document_bytes);

// A string JS returned as malloc'ed UTF-8 (allocateUTF8), freed here;
// nullopt when JS returned 0 (none).
std::optional<std::string> TakeJsString(char* js_string);

// Keeps `text` alive until the next call and returns it for an exported
// function to hand to JS, which reads it at once (UTF8ToString).
const char* ReturnToJs(std::string text);

}  // namespace cloudgap::js

#endif  // CLOUDGAP_PLATFORM_WEB_JS_BOUNDARY_H_
