// Parses JSON text without throwing.
//
// The core is also built for WebAssembly, where a thrown exception aborts the
// program, so parsing goes through nlohmann/json's SAX interface, which reports
// syntax errors by callback instead of by exception. Duplicate object keys are
// rejected: nlohmann/json would silently keep the last one, and a document
// that says two different things about the same field is not one we can trust.
#ifndef CLOUDGAP_CORE_JSON_PARSE_H_
#define CLOUDGAP_CORE_JSON_PARSE_H_

#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

namespace cloudgap {

struct JsonParseResult {
  nlohmann::json value;  // Discarded (is_discarded()) when error is set.
  std::string error;     // "line 3, column 7: syntax error ...", empty on success.
  bool ok() const { return error.empty(); }
};

JsonParseResult ParseJson(std::string_view text);

// Escapes one reference token of a JSON pointer (RFC 6901): "~" -> "~0", "/" -> "~1".
std::string JsonPointerToken(std::string_view key);

}  // namespace cloudgap

#endif  // CLOUDGAP_CORE_JSON_PARSE_H_
