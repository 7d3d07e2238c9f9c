// The assessment as OSCAL 1.0.6 assessment results (the "oscal-ar" report).
// One result, from created_at to updated_at, holding:
//
//   reviewed-controls  include-all, with exclude-controls for the controls
//                      not applicable (marked, or every asked question "na")
//                      and those not in scope for the role; the remarks give
//                      each one's justification;
//   observations       one per asked question with an answer (props: answer,
//                      question, control; the N/A justification in remarks),
//                      and one per control with notes, evidence, owner, due
//                      date or a maturity set by hand (evidence as
//                      relevant-evidence, with an href only for http(s) links);
//   findings           one per assessed, applicable control: target
//                      objective-id "<control>_obj" (oscal_catalog.h), state
//                      satisfied when the maturity meets the target, else
//                      not-satisfied; props score, maturity, target, gap;
//   risks              one per not-satisfied finding, from the catalog's risk
//                      rationale and weight.
//
// import-ap points into the back matter, at a resource standing for the
// implicit assessment plan (CloudGap's questionnaire); the schema requires
// an import-ap and there is no separate plan document. UUID names are in
// docs/report-format.md; the same document always gives the same UUIDs.
#ifndef CLOUDGAP_CORE_OSCAL_OSCAL_ASSESSMENT_RESULTS_H_
#define CLOUDGAP_CORE_OSCAL_OSCAL_ASSESSMENT_RESULTS_H_

#include <string>

#include "core/catalog/catalog.h"
#include "core/document/assessment.h"
#include "core/engine/evaluation.h"
#include "core/engine/report_input.h"
#include "core/engine/roadmap.h"
#include "core/oscal/oscal_common.h"

namespace cloudgap {

OscalJson OscalAssessmentResults(const ReportInput& input);

std::string RenderOscalAssessmentResults(const ReportInput& input);

// Properties and parties both OSCAL exports of an assessment share: the
// profile as result/document props, and the organisation as a party (none
// when the organisation is blank).
void AddProfileProps(const Assessment& assessment, OscalJson* props);
void AddOrganisationParty(const Assessment& assessment, OscalJson* metadata);

}  // namespace cloudgap

#endif  // CLOUDGAP_CORE_OSCAL_OSCAL_ASSESSMENT_RESULTS_H_
