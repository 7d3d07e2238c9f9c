// Opening an assessment document that came from outside the running app: a
// file the user picked or dropped, the browser's saved copy, a share link.
//
// LoadAssessmentDocument is the one door for all of them. In order, it refuses
// a document that is too large, recognises files of other kinds (a CloudGap
// report, an OSCAL document, JSON without a "format") and says what they are,
// migrates a document in an older format to the current one, one step per
// format version, parses it strictly (document_json.h), and refuses one made
// against a catalog version this build does not know (question ids are only
// known to be stable between versions it knows). It never throws, and every
// refusal names what is wrong as "<JSON pointer>: <reason>", with its class.
//
// Format history (docs/assessment-format.md, "Older formats"):
//   cloudgap-assessment/0  pre-release: an answer was an object,
//                          {"answer": "na", "justification": "..."}
//   cloudgap-assessment/1  current: answers are strings; justifications of
//                          "na" answers sit in "na_justifications"
#ifndef CLOUDGAP_CORE_DOCUMENT_DOCUMENT_MIGRATION_H_
#define CLOUDGAP_CORE_DOCUMENT_DOCUMENT_MIGRATION_H_

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/catalog/catalog.h"
#include "core/document/document_json.h"
#include "core/i18n/message_catalog.h"
#include "core/text/input_limits.h"  // kMaxDocumentBytes: larger files are refused before they are read.

namespace cloudgap {

// "12.3 MB", "800 kB", "512 bytes": sizes in messages, in `words`' language.
std::string DescribeSize(size_t bytes, const MessageCatalog& words = EnglishMessages());

// The refusal for a file of `bytes` bytes over kMaxDocumentBytes, in `words`' language.
std::string TooLargeMessage(size_t bytes, const MessageCatalog& words = EnglishMessages());

struct MigrationResult {
  std::string json;                // The document in the current format; empty on error.
  std::vector<std::string> steps;  // "cloudgap-assessment/0 -> cloudgap-assessment/1", ...
  std::optional<JsonError> error;
};

// Rewrites a document in an older format as the current format, without
// checking anything the parser checks. A current document, a newer one and
// anything unrecognised come back unchanged (the parser then explains them).
// Its refusals are in `words`' language.
MigrationResult MigrateAssessmentDocument(std::string_view json_text,
                                          const MessageCatalog& words = EnglishMessages());

// Size, kind, migration, strict parse and catalog version, as above. A
// migration adds a warning naming the format it came from. Every problem and
// warning is in `words`' language, a syntax error's detail too (json_parse.h),
// with the values quoted from the document, pointers and ids as written; the
// catalog's changes too (DocumentParseResult::catalog_changes).
DocumentParseResult LoadAssessmentDocument(const Catalog& catalog, std::string_view text,
                                           const MessageCatalog& words = EnglishMessages());

}  // namespace cloudgap

#endif  // CLOUDGAP_CORE_DOCUMENT_DOCUMENT_MIGRATION_H_
