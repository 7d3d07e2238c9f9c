// Content checks for catalog authors, beyond what the loader enforces: what an
// auditor would flag in the questions and mappings of a valid catalog.
//
//   two practices   a question whose text (or inherited form) joins words with
//                   "and" or "or" without being marked one_practice: "partly"
//                   becomes ambiguous when it asks two things;
//   near duplicate  two questions of different controls, for a common role,
//                   whose content words mostly coincide (Jaccard similarity at
//                   or above kNearDuplicateSimilarity): one gap would be scored
//                   twice;
//   no provenance   a mapping entry without a basis (the standard's own
//                   correspondence, or CloudGap's judgement).
//
// Deterministic: findings come in catalog order.
#ifndef CLOUDGAP_CORE_CATALOG_CATALOG_LINT_H_
#define CLOUDGAP_CORE_CATALOG_CATALOG_LINT_H_

#include <string>
#include <string_view>
#include <vector>

#include "core/catalog/catalog.h"
#include "core/json/json_reader.h"  // JsonWords.
#include "core/text/enum_text.h"

namespace cloudgap {

// Measured on catalog 1.0: its most similar pair of different practices scores
// 0.44; the same gap asked twice in light rewording scores 0.47 and above.
inline constexpr double kNearDuplicateSimilarity = 0.45;

enum class LintKind { kTwoPractices, kNearDuplicate, kNoProvenance };

struct LintFinding {
  LintKind kind = LintKind::kTwoPractices;
  std::string where;  // Question id, "<id> ~ <id>", or "<control id> iso27002_2022 <n>".
  std::string message;
};

inline constexpr EnumText<LintKind> kLintKindNames[] = {
    {LintKind::kTwoPractices, "two-practices"},
    {LintKind::kNearDuplicate, "near-duplicate"},
    {LintKind::kNoProvenance, "no-provenance"}};
static_assert(InEnumOrder(kLintKindNames));
const char* LintKindName(LintKind kind);

// The messages in `words`' language, quoting the catalog's text as it is.
std::vector<LintFinding> LintCatalog(const Catalog& catalog, const JsonWords& words = JsonWords());

// The Jaccard similarity of two texts' content words (lower-cased words of three
// letters or more, lightly stemmed, function words left out); 0 when either has
// none. Lexical: it finds copies and light rewording, not paraphrases, which is
// why the catalog also names each practice's home control (catalog/README.md).
double ContentSimilarity(std::string_view a, std::string_view b);

// Whether `text` has the word "and" or "or" (any case), not as part of a word.
bool JoinsWithAndOr(std::string_view text);

}  // namespace cloudgap

#endif  // CLOUDGAP_CORE_CATALOG_CATALOG_LINT_H_
