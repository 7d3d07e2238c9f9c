#include "core/engine/management_steps.h"

namespace cloudgap {

bool StepInherited(const ManagementStep& step, const Assessment& assessment) {
  return assessment.profile.isms == IsmsState::kCertified && step.extension_summary.empty();
}

bool StepDone(const ManagementStep& step, const Assessment& assessment) {
  return assessment.steps_done.count(step.id) > 0 || StepInherited(step, assessment);
}

std::vector<PlannedStep> PlannedSteps(const Catalog& catalog, const Assessment& assessment) {
  std::vector<PlannedStep> planned;
  const bool certified = assessment.profile.isms == IsmsState::kCertified;
  for (size_t i = 0; i < catalog.management_steps.size(); ++i) {
    const ManagementStep& step = catalog.management_steps[i];
    if (StepDone(step, assessment)) continue;
    planned.push_back({i, certified, certified ? step.extension_effort : step.effort});
  }
  return planned;
}

}  // namespace cloudgap
