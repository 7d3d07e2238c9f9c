// Parses JSON text without throwing.
//
// The core is also built for WebAssembly, where a thrown exception aborts the
// program, so parsing goes through nlohmann/json's SAX interface, which reports
// syntax errors by callback instead of by exception. Beyond JSON's grammar it
// refuses, each with its own InputProblem:
//   - bytes that are not UTF-8, anywhere (kBadUtf8), checked before parsing;
//   - duplicate object keys (kDuplicateKey): nlohmann/json would silently keep
//     the last one, and a document that says two different things about the
//     same field is not one we can trust;
//   - nesting deeper than kMaxJsonDepth (kTooDeep), refused while parsing,
//     before any deeper value is built (a DOM 100,000 levels deep would take
//     its destructor's and every reader's stack).
// A leading UTF-8 byte-order mark, which some editors write, is skipped.
// Messages are short: a 5 MB string in the input is not repeated in them.
// They are English in `error`, and in any language through JsonProblemMessage;
// a syntax error is worded here too ("line 1, column 9: unexpected character
// '}'; expected a key in double quotes"), from where nlohmann/json stopped and
// what it expected there, not in its words.
#ifndef CLOUDGAP_CORE_JSON_JSON_PARSE_H_
#define CLOUDGAP_CORE_JSON_JSON_PARSE_H_

#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

#include "core/json/json_reader.h"  // JsonWords.
#include "core/text/input_problem.h"

namespace cloudgap {

// A syntax error: what the parser found where it stopped, and what it wanted there.
enum class JsonFound { kEndOfText, kCharacter, kWord };
enum class JsonExpected { kUnknown, kValue, kKey, kColon, kMoreOfArray, kMoreOfObject, kEndOfText };

struct JsonParseResult {
  nlohmann::json value;  // Discarded (is_discarded()) when error is set.
  std::string error;     // English, "line 3, column 7: unexpected ..."; empty on success.
  InputProblem problem = InputProblem::kNone;  // kNotJson, kBadUtf8, kDuplicateKey or kTooDeep.
  // Where the problem is (kBadUtf8, and kNotJson when nlohmann says); 0 when unknown.
  size_t line = 0, column = 0;
  // kNotJson: what was found, as shown ("'x'", a control character as U+000A,
  // a word such as "'tru'"; empty at the end of the text); kDuplicateKey: the key, quoted.
  std::string detail;
  JsonFound found = JsonFound::kEndOfText;         // kNotJson.
  JsonExpected expected = JsonExpected::kUnknown;  // kNotJson, when the parser says.
  bool ok() const { return error.empty(); }
};

JsonParseResult ParseJson(std::string_view text);

// `error` in `words`' language.
std::string JsonParseError(const JsonParseResult& result, const JsonWords& words);

// The refusal for a document, in `words`' language: "not valid JSON: <error>"
// for a syntax error; the other problems say what they are on their own.
std::string JsonProblemMessage(const JsonParseResult& result, const JsonWords& words = JsonWords());

// The offset of the first byte of `text` that is not part of well-formed UTF-8
// (no overlong forms, surrogates or code points above U+10FFFF), or npos.
size_t FindInvalidUtf8(std::string_view text);

// Escapes one reference token of a JSON pointer (RFC 6901): "~" -> "~0", "/" -> "~1".
std::string JsonPointerToken(std::string_view key);

}  // namespace cloudgap

#endif  // CLOUDGAP_CORE_JSON_JSON_PARSE_H_
