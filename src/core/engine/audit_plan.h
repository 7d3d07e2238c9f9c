// When an organisation could face a certification auditor, and what the
// auditor will ask to see. See docs/scoring.md ("Time to audit").
//
// ISO/IEC 27017 is certified as part of an ISO/IEC 27001 certification, in two
// stages. From the roadmap (roadmap.h: items finish at the team's capacity):
//
//   stage 1 (documentation and readiness): the month in which the last
//     stage-1 management-system step is finished (scope, risk assessment,
//     treatment plan, Statement of Applicability, objectives, documents);
//     month 1 when none is left.
//   stage 2 (controls operating): the latest of
//     - the month the last control reaches its target, plus kRecordMonths
//       months of operating records (an auditor samples records over a period);
//     - the month the last stage-2 step is finished (internal audit,
//       management review, corrective action);
//     - stage 1 plus one month.
//
// Month m covers person-days (m-1) x capacity + 1 .. m x capacity, so doubling
// the capacity never moves an estimate later. An assessment with controls not
// assessed yet gets an estimate that says so.
#ifndef CLOUDGAP_CORE_ENGINE_AUDIT_PLAN_H_
#define CLOUDGAP_CORE_ENGINE_AUDIT_PLAN_H_

#include <string>
#include <vector>

#include "core/catalog/catalog.h"
#include "core/document/assessment.h"
#include "core/engine/evaluation.h"
#include "core/engine/roadmap.h"
#include "core/i18n/message_catalog.h"

namespace cloudgap {

inline constexpr int kRecordMonths = 3;

struct AuditEstimate {
  bool available = false;  // The catalog has management-system steps.
  int stage1_month = 0;    // 1 = the first month of work.
  int stage2_month = 0;
  int controls_ready_month = 0;  // The last control item's month; 0 when none is on the roadmap.
  int steps_ready_month = 0;     // The last stage-2 step's month; 0 when none is left.
  int not_assessed = 0;          // Applicable controls not assessed: the estimate leaves them out.
  std::string stage1_reason;     // "stage 1 in month 3: the last documentation step, MS.4 ..., ..."
  std::string stage2_reason;     // "stage 2 in month 7: the last control reaches its target in ..."
};

// The month (1-based) in which work finished after `days` person-days is done.
int MonthForDays(int days, int capacity_per_month);

// The reasons in `words`' language; they start in lower case, for a report to
// put after a heading or to capitalise.
AuditEstimate EstimateAudit(const Catalog& catalog, const Evaluation& evaluation,
                            const Roadmap& roadmap,
                            const MessageCatalog& words = EnglishMessages());

// A range for the quick scan: the estimate with every effort at its catalog
// minimum and at its maximum (its answers are too few for one figure).
struct AuditRange {
  AuditEstimate earliest;
  AuditEstimate latest;
};
AuditRange EstimateAuditRange(const Catalog& catalog, const Assessment& assessment,
                              const Evaluation& evaluation,
                              const MessageCatalog& words = EnglishMessages());

// One thing an auditor will ask to see, with its status in the assessment.
struct ChecklistEntry {
  int stage = 1;
  std::string source;    // "MS.2" or a control id.
  std::string title;     // The step's or control's title.
  std::string evidence;  // What to show.
  std::string status;    // "Done", "To do", or the control's implementation status.
  bool ready = false;    // Done, or implemented at its target.
};

// Stage 1: the stage-1 steps' evidence. Stage 2: the stage-2 steps' evidence,
// then every applicable control's, in catalog order. The status in `words`' language.
std::vector<ChecklistEntry> AuditChecklist(const Catalog& catalog, const Assessment& assessment,
                                           const Evaluation& evaluation,
                                           const MessageCatalog& words = EnglishMessages());

}  // namespace cloudgap

#endif  // CLOUDGAP_CORE_ENGINE_AUDIT_PLAN_H_
