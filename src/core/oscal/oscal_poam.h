// The roadmap as an OSCAL 1.0.6 plan of action and milestones (the
// "oscal-poam" report). Per roadmap item, in rank order:
//
//   a risk        the gap (the same UUID as the assessment results' risk for
//                 that control), its deadline the due date when one is set,
//                 with one planned remediation whose tasks are the catalog's
//                 actions, in order ("action" tasks, each depending on the one
//                 before, the first on the last task of every roadmap item it
//                 depends on) and, with a due date, a "milestone" task on it;
//   a poam-item   rank, phase, effort, gap and owner as props, linked to the
//                 risk.
//
// OSCAL requires at least one poam-item, so a roadmap with no item (nothing
// has a gap) gives one item saying so. The system-id is a UUID named after
// the assessment (docs/report-format.md).
#ifndef CLOUDGAP_CORE_OSCAL_OSCAL_POAM_H_
#define CLOUDGAP_CORE_OSCAL_OSCAL_POAM_H_

#include <string>

#include "core/catalog/catalog.h"
#include "core/document/assessment.h"
#include "core/engine/evaluation.h"
#include "core/engine/report_input.h"
#include "core/engine/roadmap.h"
#include "core/oscal/oscal_common.h"

namespace cloudgap {

OscalJson OscalPoam(const ReportInput& input);

std::string RenderOscalPoam(const ReportInput& input);

}  // namespace cloudgap

#endif  // CLOUDGAP_CORE_OSCAL_OSCAL_POAM_H_
