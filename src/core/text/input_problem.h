// What is wrong with an input, as a class a program can test, beside the
// sentence for people that every refusal carries. One class per kind of
// problem, shared by every door (document, share link, config.json, catalog,
// saved storage); the names are those of tests/hostile/manifest.json.
#ifndef CLOUDGAP_CORE_TEXT_INPUT_PROBLEM_H_
#define CLOUDGAP_CORE_TEXT_INPUT_PROBLEM_H_

#include "core/text/enum_text.h"

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

// The names of tests/hostile/manifest.json: "too-large", "not-json", ...;
// "ok" for kNone.
inline constexpr EnumText<InputProblem> kInputProblemNames[] = {
    {InputProblem::kNone, "ok"},
    {InputProblem::kTooLarge, "too-large"},
    {InputProblem::kNotJson, "not-json"},
    {InputProblem::kBadUtf8, "bad-utf8"},
    {InputProblem::kDuplicateKey, "duplicate-key"},
    {InputProblem::kTooDeep, "too-deep"},
    {InputProblem::kNotAnAssessment, "not-an-assessment"},
    {InputProblem::kUnknownVersion, "unknown-version"},
    {InputProblem::kUnknownCatalog, "unknown-catalog"},
    {InputProblem::kMissingField, "missing-field"},
    {InputProblem::kUnknownField, "unknown-field"},
    {InputProblem::kWrongType, "wrong-type"},
    {InputProblem::kBadValue, "bad-value"},
    {InputProblem::kOutOfRange, "out-of-range"},
    {InputProblem::kUnknownId, "unknown-id"},
    {InputProblem::kTooLong, "too-long"},
    {InputProblem::kTooMany, "too-many"}};
static_assert(InEnumOrder(kInputProblemNames));

inline const char* InputProblemName(InputProblem problem) {
  return TextOf(kInputProblemNames, problem);
}

}  // namespace cloudgap

#endif  // CLOUDGAP_CORE_TEXT_INPUT_PROBLEM_H_
