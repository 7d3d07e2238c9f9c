#include "core/oscal/oscal_poam.h"

#include <map>

#include "core/engine/audit_plan.h"
#include "core/engine/wording.h"
#include "core/oscal/oscal_assessment_results.h"
#include "core/text/score_format.h"

namespace cloudgap {
namespace {

std::string TaskName(const RoadmapItem& item, size_t step) {
  return "task/" + item.control_id + "/" + std::to_string(step);
}

OscalJson ItemProps(const RoadmapItem& item) {
  OscalJson props = OscalJson::array();
  AddProp(&props, "control", OscalControlId(item.control_id));
  AddProp(&props, "rank", std::to_string(item.rank));
  AddProp(&props, "phase", std::to_string(static_cast<int>(item.phase)));
  AddProp(&props, "phase-label", PhaseLabel(item.phase));
  AddProp(&props, "effort-days", std::to_string(item.effort_days));
  AddProp(&props, "quick-win", item.quick_win ? "true" : "false");
  AddProp(&props, "finished-after-days", std::to_string(item.finished_after_days));
  AddProp(&props, "maturity", std::to_string(item.maturity));
  AddProp(&props, "target", std::to_string(item.target));
  AddProp(&props, "gap", std::to_string(item.gap));
  AddProp(&props, "risk-weight", std::to_string(item.risk_weight));
  AddProp(&props, "urgency", std::to_string(item.urgency));
  for (const std::string& dep : item.depends_on) AddProp(&props, "depends-on", OscalControlId(dep));
  AddProp(&props, "owner", item.owner);
  AddProp(&props, "due-date", item.due_date);
  return props;
}

OscalJson Remediation(const Assessment& a, const RoadmapItem& item, const Control& c,
                      const std::map<std::string, std::string>& last_task) {
  OscalJson tasks = OscalJson::array();
  std::string previous;
  for (size_t step = 1; step <= item.actions.size(); ++step) {
    const std::string uuid = AssessmentUuid(a, TaskName(item, step));
    OscalJson dependencies = OscalJson::array();
    if (step == 1) {
      for (const std::string& dep : item.depends_on) {
        auto it = last_task.find(dep);
        if (it != last_task.end()) dependencies.push_back({{"task-uuid", it->second}});
      }
    } else {
      dependencies.push_back({{"task-uuid", previous}});
    }
    OscalJson task = {
        {"uuid", uuid}, {"type", "action"}, {"title", OscalMarkup(item.actions[step - 1])}};
    if (!dependencies.empty()) task["dependencies"] = std::move(dependencies);
    tasks.push_back(std::move(task));
    previous = uuid;
  }
  if (!item.due_date.empty()) {
    tasks.push_back({{"uuid", AssessmentUuid(a, "milestone/" + item.control_id)},
                     {"type", "milestone"},
                     {"title", OscalMarkup(c.id + " closed")},
                     {"timing", {{"on-date", {{"date", OscalTimestamp(item.due_date)}}}}}});
  }
  OscalJson remediation = {
      {"uuid", AssessmentUuid(a, "remediation/" + item.control_id)},
      {"lifecycle", "planned"},
      {"title", OscalMarkup("Bring " + c.id + " from maturity " + std::to_string(item.maturity) +
                            " to " + std::to_string(item.target))},
      {"description", OscalMarkup(std::to_string(item.effort_days) + " person-days; rank " +
                                  std::to_string(item.rank) + ", " + PhaseLabel(item.phase) + ". " +
                                  item.reason)}};
  if (!tasks.empty()) remediation["tasks"] = std::move(tasks);
  return remediation;
}

}  // namespace

OscalJson OscalPoam(const ReportInput& input) {
  const Catalog& catalog = input.catalog;
  const Assessment& assessment = input.assessment;
  const Evaluation& evaluation = input.evaluation;
  const Roadmap& roadmap = input.roadmap;
  OscalJson metadata = OscalMetadata(catalog,
                                     OscalMarkup(CatalogTitle(catalog) + " remediation roadmap: " +
                                                 OrganisationOrDefault(assessment.profile)),
                                     assessment.updated_at, assessment.updated_at);
  AddOrganisationParty(assessment, &metadata);
  std::string remarks = "CloudGap's roadmap at " + std::to_string(roadmap.capacity_days_per_month) +
                        " person-days a month, in rank order.";
  if (!roadmap.assess_first.empty()) {
    remarks += " Not assessed yet, so not on the plan:";
    for (size_t i : roadmap.assess_first) remarks += " " + OscalControlId(catalog.controls[i].id);
    remarks += ".";
  }
  if (const AuditEstimate audit = EstimateAudit(catalog, evaluation, roadmap); audit.available) {
    remarks += " Certification audit: " + audit.stage1_reason + "; " + audit.stage2_reason + ".";
  }
  metadata["remarks"] = OscalMarkup(remarks);

  OscalJson risks = OscalJson::array();
  OscalJson items = OscalJson::array();
  std::map<std::string, std::string> last_task;  // Control id -> its last action task's UUID.
  for (const RoadmapItem& item : roadmap.items) {
    if (item.is_step()) {
      // A management-system step is planned work, not a weakness: an item without a risk.
      items.push_back({{"uuid", AssessmentUuid(assessment, "poam-item/" + item.control_id)},
                       {"title", OscalMarkup(std::to_string(item.rank) + ". " + item.control_id +
                                             " " + std::string(item.title))},
                       {"description", OscalMarkup(item.reason)},
                       {"props", ItemProps(item)}});
      continue;
    }
    const Control& c = catalog.controls[item.control_index];
    const std::string risk_uuid = AssessmentUuid(assessment, "risk/" + item.control_id);
    OscalJson risk_props = OscalJson::array();
    AddProp(&risk_props, "risk-weight", std::to_string(item.risk_weight));
    OscalJson risk = {
        {"uuid", risk_uuid},
        {"title", OscalMarkup("Gap in " + c.id + " " + c.title)},
        {"description",
         OscalMarkup("Maturity " + std::to_string(item.maturity) + " against target " +
                     std::to_string(item.target) + " (gap " + std::to_string(item.gap) + ").")},
        {"statement", OscalMarkup(c.risk_rationale.empty() ? c.objective : c.risk_rationale)},
        {"props", std::move(risk_props)},
        {"status", "open"}};
    if (!item.due_date.empty()) risk["deadline"] = OscalTimestamp(item.due_date);
    risk["remediations"] = OscalJson::array({Remediation(assessment, item, c, last_task)});
    risks.push_back(std::move(risk));
    if (!item.actions.empty()) {
      last_task[item.control_id] = AssessmentUuid(assessment, TaskName(item, item.actions.size()));
    }
    items.push_back(
        {{"uuid", AssessmentUuid(assessment, "poam-item/" + item.control_id)},
         {"title", OscalMarkup(std::to_string(item.rank) + ". " + c.id + " " + c.title)},
         {"description", OscalMarkup(item.reason)},
         {"props", ItemProps(item)},
         {"related-risks", OscalJson::array({{{"risk-uuid", risk_uuid}}})}});
  }
  if (items.empty()) {
    items.push_back({{"uuid", AssessmentUuid(assessment, "poam-item/none")},
                     {"title", "No open items"},
                     {"description",
                      "Every assessed, applicable control meets its target: "
                      "there is nothing to remediate."}});
  }
  OscalJson body = {{"uuid", AssessmentUuid(assessment, "poam")},
                    {"metadata", std::move(metadata)},
                    {"system-id",
                     {{"identifier-type", "https://ietf.org/rfc/rfc4122"},
                      {"id", AssessmentUuid(assessment, "system")}}}};
  if (!risks.empty()) body["risks"] = std::move(risks);
  body["poam-items"] = std::move(items);
  return {{"plan-of-action-and-milestones", std::move(body)}};
}

std::string RenderOscalPoam(const ReportInput& input) {
  return DumpOscal(OscalPoam(input));
}

}  // namespace cloudgap
