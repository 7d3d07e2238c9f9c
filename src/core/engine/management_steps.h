// Which management-system steps (Catalog::management_steps) a profile still has
// to do, and in which form.
//
//   no ISMS, or one being built: every step not recorded as done, in full;
//   a certified ISMS: only the steps with a cloud extension (scope, risk
//   assessment, Statement of Applicability), in their extension's form, unless
//   recorded as done.
//
// The roadmap schedules them with the controls (roadmap.h); the audit estimate
// reads them back (audit_plan.h).
#ifndef CLOUDGAP_CORE_ENGINE_MANAGEMENT_STEPS_H_
#define CLOUDGAP_CORE_ENGINE_MANAGEMENT_STEPS_H_

#include <cstddef>
#include <vector>

#include "core/catalog/catalog.h"
#include "core/document/assessment.h"

namespace cloudgap {

struct PlannedStep {
  size_t index = 0;        // Into catalog.management_steps.
  bool extension = false;  // Only the cloud extension of a step the ISMS already has.
  EffortRange effort;
};

std::vector<PlannedStep> PlannedSteps(const Catalog& catalog, const Assessment& assessment);

// A step a certified ISMS already has and need not extend for the cloud.
bool StepInherited(const ManagementStep& step, const Assessment& assessment);

// Whether the step is done for this assessment: recorded as done, or inherited.
bool StepDone(const ManagementStep& step, const Assessment& assessment);

}  // namespace cloudgap

#endif  // CLOUDGAP_CORE_ENGINE_MANAGEMENT_STEPS_H_
