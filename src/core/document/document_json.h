// Reading and writing the assessment document (format "cloudgap-assessment/1",
// described field by field in docs/assessment-format.md).
//
// The parser is strict: it accepts a document only when every field is known,
// of the right type and in range, every id names a question or control of the
// catalog, and every "not applicable" has a justification. Otherwise it reports
// every problem it finds, each as "<JSON pointer>: <reason>" with its class
// (input_problem.h). It holds the limits of input_limits.h: text fields of at
// most kMaxTextFieldChars, kMaxEvidenceItems per control. A document made
// against another version of the same catalog is accepted with a warning (ids
// are stable across versions); one made for another catalog, or in a newer
// format, is refused. It never throws.
//
// Writing is canonical: fixed field order, answers and controls sorted by id,
// empty optional fields left out. Parsing what was written gives back an equal
// Assessment, and writing that again gives back the same bytes.
#ifndef CLOUDGAP_CORE_DOCUMENT_DOCUMENT_JSON_H_
#define CLOUDGAP_CORE_DOCUMENT_DOCUMENT_JSON_H_

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/catalog/catalog.h"
#include "core/document/assessment.h"
#include "core/document/catalog_upgrade.h"
#include "core/i18n/message_catalog.h"
#include "core/json/json_reader.h"
#include "core/text/input_problem.h"

namespace cloudgap {

struct DocumentParseResult {
  std::optional<Assessment> assessment;  // Set only when errors is empty.
  // Each problem where (its JSON pointer), what, and its class (json_reader.h):
  // "/answers/12.4.1-q3: 'maybe' is not an answer (...)".
  std::vector<JsonError> errors;
  std::vector<std::string> warnings;  // Accepted, but worth telling the user.
  // Made with an earlier catalog version: what changed (catalog_upgrade.h), for
  // a caller that words it later, in the language shown then; and as words,
  // in the language the document was loaded in, a summary, then each dropped
  // answer. The summary is also the last warning.
  std::optional<CatalogUpgrade> catalog_upgrade;
  std::vector<std::string> catalog_changes;
};

// Problems and warnings are worded in `words`' language; values quoted from the
// document, pointers and ids are as written.
DocumentParseResult ParseAssessmentDocument(const Catalog& catalog, std::string_view json_text,
                                            const MessageCatalog& words = EnglishMessages());

enum class JsonStyle {
  kPretty,   // Two-space indent and a final newline: files, exports.
  kCompact,  // One line: the share link, before compression.
};

std::string SerializeAssessmentDocument(const Assessment& assessment,
                                        JsonStyle style = JsonStyle::kPretty);

}  // namespace cloudgap

#endif  // CLOUDGAP_CORE_DOCUMENT_DOCUMENT_JSON_H_
