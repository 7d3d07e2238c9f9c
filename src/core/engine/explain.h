// "Why this score": the scoring formula applied to one control, or to the
// whole assessment, in sentences that use the numbers of this assessment. The
// wording follows docs/scoring.md, so what the UI shows and what the
// documentation says are the same rules. Each takes the language of its
// sentences last; the numbers are written as that language writes them.
#ifndef CLOUDGAP_CORE_ENGINE_EXPLAIN_H_
#define CLOUDGAP_CORE_ENGINE_EXPLAIN_H_

#include <string>
#include <vector>

#include "core/catalog/catalog.h"
#include "core/document/assessment.h"
#include "core/engine/evaluation.h"
#include "core/i18n/message_catalog.h"

namespace cloudgap {

// One sentence per line, for catalog.controls[control_index]; empty when the
// index is out of range. `evaluation` must come from Evaluate(catalog, assessment).
std::vector<std::string> ExplainControl(const Catalog& catalog, const Assessment& assessment,
                                        const Evaluation& evaluation, size_t control_index,
                                        const MessageCatalog& words = EnglishMessages());

// The overall score, completion and readiness, one sentence per line; the
// readiness reasons from overall.readiness_why.
std::vector<std::string> ExplainOverall(const Catalog& catalog, const Evaluation& evaluation,
                                        const MessageCatalog& words = EnglishMessages());

// The rules themselves, without numbers: the short form of docs/scoring.md
// that reports print.
std::vector<std::string> ScoringRules(const Catalog& catalog,
                                      const MessageCatalog& words = EnglishMessages());

}  // namespace cloudgap

#endif  // CLOUDGAP_CORE_ENGINE_EXPLAIN_H_
