#include "core/engine/audit_plan.h"

#include <algorithm>

#include "core/document/applicability.h"
#include "core/engine/management_steps.h"
#include "core/engine/wording.h"

namespace cloudgap {
int MonthForDays(int days, int capacity_per_month) {
  const int capacity = std::max(1, capacity_per_month);
  return std::max(1, (std::max(0, days) + capacity - 1) / capacity);
}

AuditEstimate EstimateAudit(const Catalog& catalog, const Evaluation& evaluation,
                            const Roadmap& roadmap, const MessageCatalog& words) {
  AuditEstimate e;
  if (catalog.management_steps.empty()) return e;
  e.available = true;
  for (const ControlResult& r : evaluation.controls) {
    e.not_assessed += r.status == ControlStatus::kNotAssessed ? 1 : 0;
  }
  const int capacity = roadmap.capacity_days_per_month;
  const RoadmapItem* last_stage1 = nullptr;
  const RoadmapItem* last_control = nullptr;
  const RoadmapItem* last_stage2 = nullptr;
  for (const RoadmapItem& item : roadmap.items) {  // In rank order: the last one wins.
    if (!item.is_step()) {
      last_control = &item;
    } else if (item.stage == 1) {
      last_stage1 = &item;
    } else {
      last_stage2 = &item;
    }
  }
  e.stage1_month = last_stage1 ? MonthForDays(last_stage1->finished_after_days, capacity) : 1;
  e.stage1_reason =
      last_stage1
          ? words.Tr(
                "stage 1 in month {month}: the documentation is ready once {step} ({title}) "
                "is done, in that month",
                {{"month", e.stage1_month},
                 {"step", last_stage1->control_id},
                 {"title", last_stage1->title}})
          : words.Tr(
                "stage 1 in month {month}: the documentation a stage 1 audit reviews is "
                "already in place",
                {{"month", e.stage1_month}});

  if (last_control)
    e.controls_ready_month = MonthForDays(last_control->finished_after_days, capacity);
  if (last_stage2) e.steps_ready_month = MonthForDays(last_stage2->finished_after_days, capacity);
  const int records = e.controls_ready_month > 0 ? e.controls_ready_month + kRecordMonths : 0;
  e.stage2_month = std::max({records, e.steps_ready_month, e.stage1_month + 1});
  if (e.stage2_month == records) {
    e.stage2_reason = words.Tr(
        "stage 2 in month {month}: the last control ({control}) reaches its target in month "
        "{ready}, then {records} months of operating records",
        {{"month", e.stage2_month},
         {"control", last_control->control_id},
         {"ready", e.controls_ready_month},
         {"records", kRecordMonths}});
  } else if (e.stage2_month == e.steps_ready_month) {
    e.stage2_reason = words.Tr(
        "stage 2 in month {month}: the internal audit, management review and corrective action "
        "are done by then",
        {{"month", e.stage2_month}});
  } else {
    e.stage2_reason = words.Tr(
        "stage 2 in month {month}: a month after stage 1, with every control already at its "
        "target",
        {{"month", e.stage2_month}});
  }
  if (last_stage2 && e.stage2_month != e.steps_ready_month) {
    e.stage2_reason += "; ";
    e.stage2_reason += words.Tr("internal audit and management review done by month {month}",
                                {{"month", e.steps_ready_month}});
  }
  if (e.not_assessed > 0) {
    e.stage2_reason += " ";
    e.stage2_reason += words.Tr(
        "({count, plural, one {# control} other {# controls}} not assessed yet, so this may move "
        "later)",
        {{"count", e.not_assessed}});
  }
  return e;
}

AuditRange EstimateAuditRange(const Catalog& catalog, const Assessment& assessment,
                              const Evaluation& evaluation, const MessageCatalog& words) {
  AuditRange range;
  // The roadmaps' own reasons go unread: built in English, the fast way.
  range.earliest =
      EstimateAudit(catalog, evaluation,
                    BuildRoadmap(catalog, assessment, evaluation, EffortPoint::kMinimum), words);
  range.latest =
      EstimateAudit(catalog, evaluation,
                    BuildRoadmap(catalog, assessment, evaluation, EffortPoint::kMaximum), words);
  return range;
}

std::vector<ChecklistEntry> AuditChecklist(const Catalog& catalog, const Assessment& assessment,
                                           const Evaluation& evaluation,
                                           const MessageCatalog& words) {
  const std::string done_words(words.Tr("Done")), to_do_words(words.Tr("To do"));
  std::vector<ChecklistEntry> list;
  for (int stage : {1, 2}) {
    for (const ManagementStep& step : catalog.management_steps) {
      if (step.stage != stage) continue;
      const bool done = StepDone(step, assessment);
      for (const std::string& evidence : step.evidence) {
        list.push_back(
            {stage, step.id, step.title, evidence, done ? done_words : to_do_words, done});
      }
    }
  }
  const size_t n = std::min(catalog.controls.size(), evaluation.controls.size());
  for (size_t i = 0; i < n; ++i) {
    const ControlResult& r = evaluation.controls[i];
    if (!r.applicable()) continue;
    const Control& c = catalog.controls[i];
    const Implementation implementation = ImplementationOf(r);
    const bool ready = implementation == Implementation::kImplemented;
    for (const std::string& evidence : EvidenceFor(c, assessment.profile.role)) {
      list.push_back(
          {2, c.id, c.title, evidence, ImplementationLabel(implementation, words), ready});
    }
  }
  return list;
}

}  // namespace cloudgap
