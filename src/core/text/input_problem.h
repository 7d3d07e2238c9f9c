// What is wrong with an input, as a class a program can test, beside the
// sentence for people that every refusal carries. One class per kind of
// problem, shared by every door (document, share link, config.json, catalog,
// saved storage); the names are those of tests/hostile/manifest.json.
#ifndef CLOUDGAP_CORE_TEXT_INPUT_PROBLEM_H_
#define CLOUDGAP_CORE_TEXT_INPUT_PROBLEM_H_

namespace cloudgap {

enum class InputProblem {
  kNone,
  kTooLarge,         // Over a size limit (input_limits.h).
  kNotJson,          // A syntax error: empty, cut short, not JSON at all.
  kBadUtf8,          // Bytes that are not UTF-8.
  kDuplicateKey,     // An object names the same field twice.
  kTooDeep,          // Nested deeper than kMaxJsonDepth.
  kNotAnAssessment,  // Another kind of file: a report, OSCAL, another tool's JSON.
  kUnknownVersion,   // A format this build does not read (a newer one).
  kUnknownCatalog,   // Made for another catalog, or a catalog version unknown here.
  kMissingField,
  kUnknownField,
  kWrongType,
  kBadValue,    // The right type, but not an allowed value.
  kOutOfRange,  // A number outside its range.
  kUnknownId,   // A question or control id the catalog does not have.
  kTooLong,     // A text field over kMaxTextFieldChars.
  kTooMany,     // A list over its limit (kMaxEvidenceItems).
};

// "too-large", "not-json", ...; "ok" for kNone.
inline const char* InputProblemName(InputProblem problem) {
  switch (problem) {
    case InputProblem::kNone: return "ok";
    case InputProblem::kTooLarge: return "too-large";
    case InputProblem::kNotJson: return "not-json";
    case InputProblem::kBadUtf8: return "bad-utf8";
    case InputProblem::kDuplicateKey: return "duplicate-key";
    case InputProblem::kTooDeep: return "too-deep";
    case InputProblem::kNotAnAssessment: return "not-an-assessment";
    case InputProblem::kUnknownVersion: return "unknown-version";
    case InputProblem::kUnknownCatalog: return "unknown-catalog";
    case InputProblem::kMissingField: return "missing-field";
    case InputProblem::kUnknownField: return "unknown-field";
    case InputProblem::kWrongType: return "wrong-type";
    case InputProblem::kBadValue: return "bad-value";
    case InputProblem::kOutOfRange: return "out-of-range";
    case InputProblem::kUnknownId: return "unknown-id";
    case InputProblem::kTooLong: return "too-long";
    case InputProblem::kTooMany: return "too-many";
  }
  return "?";
}

}  // namespace cloudgap

#endif  // CLOUDGAP_CORE_TEXT_INPUT_PROBLEM_H_
