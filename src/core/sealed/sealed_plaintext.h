// What a sealed result holds (docs/sealed-results.md, "Plaintext"): the
// assessment document as compact JSON, with or without notes and evidence as
// in a share link (ShareDocumentJson), compressed with zlib (RFC 1950). This
// file makes it from a document and reads it back, inflating no further than
// kMaxDocumentBytes, so that a small result cannot unpack into gigabytes.
// Never throws.
#ifndef CLOUDGAP_CORE_SEALED_SEALED_PLAINTEXT_H_
#define CLOUDGAP_CORE_SEALED_SEALED_PLAINTEXT_H_

#include <optional>
#include <string>
#include <string_view>

#include "core/catalog/catalog.h"
#include "core/document/assessment.h"
#include "core/document/document_json.h"
#include "core/text/input_limits.h"  // kMaxDocumentBytes: inflating stops past it.

namespace cloudgap {

// zlib of ShareDocumentJson(assessment, include_notes_and_evidence).
std::string SealedPlaintext(const Assessment& assessment, bool include_notes_and_evidence);

enum class InflateProblem {
  kNone,
  kNotZlib,   // Not one whole zlib stream (or something after it).
  kTooLarge,  // More than kMaxDocumentBytes once inflated.
};

struct InflatedJson {
  std::optional<std::string> json;  // Set only when problem is kNone.
  InflateProblem problem = InflateProblem::kNone;
};
// The document's JSON text from a plaintext: exactly one zlib stream.
InflatedJson InflateSealedPlaintext(std::string_view plaintext);

// The refusal of a plaintext that inflates past kMaxDocumentBytes, in `words`' language.
std::string InflatedTooLargeMessage(const MessageCatalog& words);

// Inflated, then read as any document from outside (LoadAssessmentDocument).
// A plaintext that does not inflate is one error of class kNotJson, one too
// large when inflated one of class kTooLarge; all in `words`' language.
DocumentParseResult LoadSealedPlaintext(const Catalog& catalog, std::string_view plaintext,
                                        const MessageCatalog& words = EnglishMessages());

}  // namespace cloudgap

#endif  // CLOUDGAP_CORE_SEALED_SEALED_PLAINTEXT_H_
