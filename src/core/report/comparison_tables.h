// What a comparison report says (engine/compare.h), as titled tables of plain
// text, so that the Markdown, HTML and Word comparisons say the same thing in
// the same order: the overall figures first, then clauses, controls by how they
// changed, answers (both values, in the catalog's words), roadmap items closed
// and new, and what could not be compared. Cells are text, not markup: each
// renderer escapes them. Tables with no rows are left out. Titles, columns,
// labels and the summary are in the language of `words`, scores written as it
// writes numbers; the catalog's titles and answers come from `catalog`, so a
// translated catalog gives them in the same language.
#ifndef CLOUDGAP_CORE_REPORT_COMPARISON_TABLES_H_
#define CLOUDGAP_CORE_REPORT_COMPARISON_TABLES_H_

#include <string>
#include <vector>

#include "core/catalog/catalog.h"
#include "core/engine/compare.h"
#include "core/i18n/message_catalog.h"

namespace cloudgap {

// The two documents compared, as a person knows them ("baseline.json",
// "Acme 2026-05"), and what the migration of an earlier catalog version
// dropped from either, so could not be compared ("Acme 2025: answer to A.9.1
// is no longer asked"). All of it is user text.
struct ComparedDocuments {
  std::string before;
  std::string after;
  std::vector<std::string> not_compared;
};

struct ComparisonTable {
  std::string title;  // Empty for the overall figures, which come first.
  std::vector<std::string> columns;
  std::vector<std::vector<std::string>> rows;
};

struct ComparisonTables {
  std::string title;    // "Comparison: A and B".
  std::string summary;  // One sentence: what changed overall, or that nothing did.
  std::vector<ComparisonTable> tables;
};

ComparisonTables TabulateComparison(const Catalog& catalog, const Comparison& c,
                                    const ComparedDocuments& documents,
                                    const MessageCatalog& words = EnglishMessages());

}  // namespace cloudgap

#endif  // CLOUDGAP_CORE_REPORT_COMPARISON_TABLES_H_
