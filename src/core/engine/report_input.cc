#include "core/engine/report_input.h"

#include <algorithm>

namespace cloudgap {

ReportInput::ReportInput(const Catalog& catalog_in, const Assessment& assessment_in,
                         const Evaluation& evaluation_in, const Roadmap& roadmap_in,
                         const MessageCatalog& words_in)
    : catalog(catalog_in),
      assessment(assessment_in),
      evaluation(evaluation_in),
      roadmap(roadmap_in),
      words(words_in),
      item_for_control(catalog_in.controls.size(), nullptr) {
  for (const RoadmapItem& item : roadmap.items) {
    if (item.control_index < item_for_control.size()) {  // A step has kNoControl.
      item_for_control[item.control_index] = &item;
    }
  }
}

void ForEachClause(const ReportInput& input,
                   const std::function<void(const ClauseControls&)>& visit) {
  const Evaluation& evaluation = input.evaluation;
  const size_t count = std::min(input.catalog.controls.size(), evaluation.controls.size());
  for (size_t k = 0; k < input.catalog.clauses.size(); ++k) {
    ClauseControls clause{input.catalog.clauses[k], std::nullopt, {}};
    if (k < evaluation.clauses.size()) clause.score = evaluation.clauses[k].score;
    for (size_t i = 0; i < count; ++i) {
      if (input.catalog.controls[i].clause == clause.clause.number) clause.controls.push_back(i);
    }
    if (!clause.controls.empty()) visit(clause);
  }
}

}  // namespace cloudgap
