// Opening a document made with an earlier version of the catalog.
//
// A catalog lists the earlier versions whose documents it opens
// (Catalog::earlier_versions) and the questions they asked that it no longer
// does (Catalog::retired_questions). Question ids are stable across versions:
// an id still in the catalog asks the same practice, so its answer is kept. An
// answer to a retired question is dropped, and the user is told which question
// it was, what they had answered, and which questions ask that practice now.
// Questions new in this version simply start unanswered.
//
// What changed is kept as data (CatalogUpgrade) and worded by DescribeUpgrade
// in the language asked for, so that a list shown long after the document was
// opened (the app's notice) is worded in the language shown then.
#ifndef CLOUDGAP_CORE_DOCUMENT_CATALOG_UPGRADE_H_
#define CLOUDGAP_CORE_DOCUMENT_CATALOG_UPGRADE_H_

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "core/catalog/catalog.h"
#include "core/i18n/message_catalog.h"

namespace cloudgap {

struct DroppedAnswer {
  std::string question_id;
  std::string question_text;            // As asked before; empty in the built-in catalog.
  std::string answer;                   // Its document name: "yes", "na", ...
  std::vector<std::string> successors;  // Questions that ask (part of) it now.
};

struct CatalogUpgrade {
  std::string from_version;
  int kept = 0;  // Answers carried over unchanged.
  std::vector<DroppedAnswer> dropped;
};

// Whether `doc` (any assessment document, parsed) names an earlier version of
// `catalog`: cheap, so that only those documents are upgraded.
bool MadeWithEarlierVersion(const Catalog& catalog, const nlohmann::json& doc);

// When `doc` (an assessment document in the current format) was made with an
// earlier version of `catalog`, removes the answers (and "na" justifications)
// of retired questions, records the catalog's version and fingerprint in it,
// and says what changed. nullopt, with `doc` untouched, otherwise.
std::optional<CatalogUpgrade> UpgradeToCatalog(const Catalog& catalog, nlohmann::json* doc);

// One line for the summary, then one per dropped answer, for people, in
// `words`' language. The summary follows "It was" ("made with catalog iso27017
// 1.0.0 and opened with 2.1.0: ..."), as the app shows it. Ids and versions are
// the same in every language; the successors' questions and the answers'
// labels are `catalog`'s, so a translated catalog gives them in its language.
// English names an answer as the document does ("na"), as it always has.
std::vector<std::string> DescribeUpgrade(const Catalog& catalog, const CatalogUpgrade& upgrade,
                                         const MessageCatalog& words = EnglishMessages());

}  // namespace cloudgap

#endif  // CLOUDGAP_CORE_DOCUMENT_CATALOG_UPGRADE_H_
