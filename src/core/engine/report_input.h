// What every report format reads, built once per report: the catalog, the
// assessment, the engine's evaluation and roadmap of it, the roadmap item of
// each control, and the language the report speaks. And the one walk over clauses that every
// format's findings follow, so that they all list the same controls in the same order.
#ifndef CLOUDGAP_CORE_ENGINE_REPORT_INPUT_H_
#define CLOUDGAP_CORE_ENGINE_REPORT_INPUT_H_

#include <cstddef>
#include <functional>
#include <optional>
#include <vector>

#include "core/catalog/catalog.h"
#include "core/document/assessment.h"
#include "core/engine/evaluation.h"
#include "core/engine/roadmap.h"
#include "core/i18n/message_catalog.h"

namespace cloudgap {

struct ReportInput {
  // `evaluation` and `roadmap` must come from Evaluate and BuildRoadmap on the
  // same catalog and assessment. Holds references: they must outlive it.
  ReportInput(const Catalog& catalog_in, const Assessment& assessment_in,
              const Evaluation& evaluation_in, const Roadmap& roadmap_in,
              const MessageCatalog& words_in = EnglishMessages());

  const Catalog& catalog;
  const Assessment& assessment;
  const Evaluation& evaluation;
  const Roadmap& roadmap;
  // The report's own words (headings, labels, sentences); the catalog's are
  // in whichever language `catalog` was loaded. Ids, numbers' values and
  // ISO dates in data are the same in every language.
  const MessageCatalog& words;
  // The roadmap item of each control, by catalog index; nullptr when the
  // control has none (nothing to do, or not applicable).
  std::vector<const RoadmapItem*> item_for_control;
};

// One clause as every format's findings show it.
struct ClauseControls {
  const Clause& clause;
  std::optional<double> score;   // None when nothing in the clause is scored.
  std::vector<size_t> controls;  // Catalog indices of its controls, in catalog order.
};

// Calls visit for every clause with at least one control, in catalog order.
void ForEachClause(const ReportInput& input,
                   const std::function<void(const ClauseControls&)>& visit);

}  // namespace cloudgap

#endif  // CLOUDGAP_CORE_ENGINE_REPORT_INPUT_H_
