// What every report format reads, built once per report: the catalog, the
// assessment, the engine's evaluation and roadmap of it, and the roadmap item
// of each control. And the one walk over clauses that every format's findings
// follow, so that they all list the same controls in the same order.
#ifndef CLOUDGAP_CORE_ENGINE_REPORT_INPUT_H_
#define CLOUDGAP_CORE_ENGINE_REPORT_INPUT_H_

#include <cstddef>
#include <functional>
#include <vector>

#include "core/catalog/catalog.h"
#include "core/document/assessment.h"
#include "core/engine/evaluation.h"
#include "core/engine/roadmap.h"

namespace cloudgap {

struct ReportInput {
  // `evaluation` and `roadmap` must come from Evaluate and BuildRoadmap on the
  // same catalog and assessment. Holds references: they must outlive it.
  ReportInput(const Catalog& catalog_in, const Assessment& assessment_in,
              const Evaluation& evaluation_in, const Roadmap& roadmap_in);

  const Catalog& catalog;
  const Assessment& assessment;
  const Evaluation& evaluation;
  const Roadmap& roadmap;
  // The roadmap item of each control, by catalog index; nullptr when the
  // control has none (nothing to do, or not applicable).
  std::vector<const RoadmapItem*> item_for_control;
};

// Calls visit(k, controls) for every clause catalog.clauses[k] in order, with
// the catalog indices of its controls in catalog order (possibly none).
void ForEachClause(const ReportInput& input,
                   const std::function<void(size_t, const std::vector<size_t>&)>& visit);

}  // namespace cloudgap

#endif  // CLOUDGAP_CORE_ENGINE_REPORT_INPUT_H_
