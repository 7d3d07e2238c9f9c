#include "core/oscal/oscal_assessment_results.h"

#include <vector>

#include "core/document/applicability.h"
#include "core/engine/audit_plan.h"
#include "core/engine/explain.h"
#include "core/engine/readiness.h"
#include "core/engine/scoring.h"
#include "core/engine/wording.h"
#include "core/text/score_format.h"
#include "core/text/url_check.h"

namespace cloudgap {
namespace {

// Markdown paragraphs, each line escaped.
std::string Paragraphs(const std::vector<std::string>& lines) {
  std::string text;
  for (const std::string& line : lines) {
    const std::string markup = OscalMarkup(line);
    if (markup.empty()) continue;
    text += (text.empty() ? "" : "\n\n") + markup;
  }
  return text;
}

class ResultsBuilder {
 public:
  ResultsBuilder(const Catalog& catalog, const Assessment& assessment, const Evaluation& evaluation)
      : catalog_(catalog), a_(assessment), e_(evaluation) {}

  OscalJson Build() {
    const std::string organisation = OrganisationOrDefault(a_.profile);
    OscalJson metadata = OscalMetadata(
        catalog_, OscalMarkup(CatalogTitle(catalog_) + " self-assessment results: " + organisation),
        a_.updated_at, a_.updated_at);
    AddOrganisationParty(a_, &metadata);
    metadata["remarks"] = OscalMarkup(
        "Made by CloudGap from a self-assessment questionnaire: the answers are the "
        "organisation's own and have not been audited.");
    const std::string plan = AssessmentUuid(a_, "assessment-plan");
    OscalJson back_matter_catalog = {
        {"uuid", AssessmentUuid(a_, "catalog")},
        {"title", OscalMarkup("Control catalog " + catalog_.id + " " + catalog_.version)},
        {"description", OscalMarkup("The catalog the controls, objectives and questions come "
                                    "from; its CloudGap OSCAL export has the same ids.")}};
    OscalJson catalog_props = OscalJson::array();
    AddProp(&catalog_props, "catalog-id", catalog_.id);
    AddProp(&catalog_props, "catalog-version", catalog_.version);
    AddProp(&catalog_props, "catalog-sha256", catalog_.sha256);
    if (!catalog_props.empty()) back_matter_catalog["props"] = std::move(catalog_props);
    return {{"assessment-results",
             {{"uuid", AssessmentUuid(a_, "assessment-results")},
              {"metadata", std::move(metadata)},
              {"import-ap", {{"href", "#" + plan}}},
              {"results", OscalJson::array({Result()})},
              {"back-matter",
               {{"resources",
                 OscalJson::array(
                     {{{"uuid", plan},
                       {"title", "Implicit assessment plan"},
                       {"description",
                        OscalMarkup("CloudGap's questionnaire for " +
                                    std::string(RoleScopeLabel(a_.profile.role)) + " (" +
                                    ServicesLabel(a_.profile) + "), " + ModeLabel(a_.profile.mode) +
                                    "; there is no separate assessment plan document.")}},
                      back_matter_catalog})}}}}}};
  }

 private:
  OscalJson Result() {
    const OverallResult& o = e_.overall;
    OscalJson props = OscalJson::array();
    if (o.score) AddProp(&props, "overall-score", FormatScore(*o.score));
    AddProp(&props, "completion", FormatScore(o.completion));
    AddProp(&props, "readiness", ReadinessName(o.readiness));
    AddProp(&props, "controls-with-gap", std::to_string(o.controls_with_gap));
    AddProfileProps(a_, &props);
    OscalJson result = {
        {"uuid", AssessmentUuid(a_, "result")},
        {"title", OscalMarkup("Self-assessment of " + DateOf(a_.updated_at))},
        {"description",
         OscalMarkup("Questionnaire-based gap analysis against " + CatalogTitle(catalog_) +
                     " for a " + RoleScopeLabel(a_.profile.role) + " using " +
                     ServicesLabel(a_.profile) + " (" + ModeLabel(a_.profile.mode) +
                     "), scored by CloudGap's published method, " + kScoringModel + ".")},
        {"start", OscalTimestamp(a_.created_at)},
        {"end", OscalTimestamp(a_.updated_at)},
        {"props", std::move(props)},
        {"reviewed-controls", ReviewedControls()}};
    OscalJson observations = OscalJson::array();
    OscalJson findings = OscalJson::array();
    OscalJson risks = OscalJson::array();
    std::vector<std::string> not_assessed;
    for (size_t i = 0; i < catalog_.controls.size() && i < e_.controls.size(); ++i) {
      const ControlResult& r = e_.controls[i];
      if (r.status == ControlStatus::kOutOfScope || r.marked_not_applicable) continue;
      OscalJson related = OscalJson::array();
      Observations(i, &observations, &related);
      if (r.status == ControlStatus::kNotAssessed) not_assessed.push_back(catalog_.controls[i].id);
      if (r.status != ControlStatus::kAssessed || !r.maturity) continue;
      findings.push_back(Finding(i, related, &risks));
    }
    if (!observations.empty()) result["observations"] = std::move(observations);
    if (!risks.empty()) result["risks"] = std::move(risks);
    if (!findings.empty()) result["findings"] = std::move(findings);
    std::string remarks = "Risk-weighted overall score " +
                          (o.score ? FormatScore(*o.score) + " of 100" : std::string("none yet")) +
                          "; readiness " + ReadinessLabel(o.readiness) + ".";
    if (!not_assessed.empty()) {
      remarks += " Applicable but not assessed yet (no finding):";
      for (const std::string& id : not_assessed) remarks += " " + OscalControlId(id);
      remarks += ".";
    }
    result["remarks"] = OscalMarkup(remarks);
    return result;
  }

  OscalJson ReviewedControls() {
    OscalJson excluded = OscalJson::array();
    std::vector<std::string> reasons;
    for (const SoaEntry& entry : StatementOfApplicability(catalog_, a_, e_)) {
      const ControlResult& r = e_.controls[entry.control_index];
      if (r.applicable()) continue;
      const std::string id = OscalControlId(catalog_.controls[entry.control_index].id);
      excluded.push_back({{"control-id", id}});
      reasons.push_back(id + " (" + entry.applicable + "): " + entry.justification);
    }
    OscalJson selection = {{"include-all", OscalJson::object()}};
    if (!excluded.empty()) {
      selection["exclude-controls"] = std::move(excluded);
      std::string remarks =
          "Excluded: not applicable (with the organisation's justification) "
          "or not in scope for the role and service models assessed.";
      for (const std::string& reason : reasons) remarks += "\n\n- " + OscalMarkup(reason);
      selection["remarks"] = std::move(remarks);
    }
    return {{"control-selections", OscalJson::array({std::move(selection)})}};
  }

  void Observations(size_t i, OscalJson* observations, OscalJson* related) {
    const Control& c = catalog_.controls[i];
    const std::string collected = OscalTimestamp(a_.updated_at);
    ForEachAskedQuestion(a_.profile, c, [&](const Question& q) {
      auto it = a_.answers.find(q.id);
      if (it == a_.answers.end() || it->second.answer == Answer::kUnanswered) return;
      OscalJson props = OscalJson::array();
      AddProp(&props, "answer", AnswerName(it->second.answer));
      AddProp(&props, "question", OscalControlId(q.id));
      AddProp(&props, "control", OscalControlId(c.id));
      const std::string uuid = AssessmentUuid(a_, "observation/" + q.id);
      OscalJson observation = {
          {"uuid", uuid},
          {"title", OscalMarkup("Answer to " + q.id)},
          {"description", Paragraphs({QuestionText(a_.profile, q),
                                      "Answer: " + AnswerLabel(catalog_, it->second.answer)})},
          {"props", std::move(props)},
          {"methods", OscalJson::array({"INTERVIEW"})},
          {"types", OscalJson::array({"control-objective"})},
          {"collected", collected}};
      if (it->second.answer == Answer::kNotApplicable) {
        observation["remarks"] = OscalMarkup("Not applicable: " + it->second.justification);
      }
      observations->push_back(std::move(observation));
      related->push_back({{"observation-uuid", uuid}});
    });
    const ControlRecord* record = a_.RecordFor(c.id);
    if (!record) return;
    OscalJson props = OscalJson::array();
    AddProp(&props, "control", OscalControlId(c.id));
    if (record->maturity)
      AddProp(&props, "maturity-set-by-hand", std::to_string(*record->maturity));
    if (record->target) AddProp(&props, "target-set-by-hand", std::to_string(*record->target));
    AddProp(&props, "owner", record->owner);
    AddProp(&props, "due-date", record->due_date);
    OscalJson evidence = OscalJson::array();
    for (const EvidenceRef& ref : record->evidence) {
      OscalJson item = OscalJson::object();
      if (IsWebLink(ref.link)) item["href"] = ref.link;
      std::string text = ref.text.empty() ? ref.link : ref.text;
      if (!ref.text.empty() && !ref.link.empty()) text += " (" + ref.link + ")";
      item["description"] = OscalMarkup(text);
      evidence.push_back(std::move(item));
    }
    if (props.size() <= 1 && evidence.empty() && IsBlank(record->notes)) return;
    const std::string uuid = AssessmentUuid(a_, "observation/" + c.id + "/record");
    OscalJson observation = {
        {"uuid", uuid},
        {"title", OscalMarkup("Recorded for " + c.id)},
        {"description", IsBlank(record->notes) ? OscalMarkup("Owner, due date, evidence or "
                                                             "maturity recorded for the control.")
                                               : OscalMarkup(record->notes)},
        {"props", std::move(props)},
        {"methods", OscalJson::array({evidence.empty() ? "INTERVIEW" : "EXAMINE"})},
        {"types", OscalJson::array({"control-objective"})}};
    if (!evidence.empty()) observation["relevant-evidence"] = std::move(evidence);
    observation["collected"] = collected;
    observations->push_back(std::move(observation));
    related->push_back({{"observation-uuid", uuid}});
  }

  OscalJson Finding(size_t i, const OscalJson& related, OscalJson* risks) {
    const Control& c = catalog_.controls[i];
    const ControlResult& r = e_.controls[i];
    const bool satisfied = r.gap == 0;
    OscalJson props = OscalJson::array();
    if (r.score) AddProp(&props, "score", FormatScore(*r.score));
    AddProp(&props, "maturity", std::to_string(*r.maturity));
    AddProp(&props, "maturity-source", r.maturity_explicit ? "set-by-hand" : "derived");
    AddProp(&props, "target", std::to_string(r.target));
    AddProp(&props, "gap", std::to_string(r.gap));
    AddProp(&props, "risk-weight", std::to_string(c.risk_weight));
    AddProp(&props, "implementation-status", ImplementationLabel(ImplementationOf(r)));
    OscalJson target = {{"type", "objective-id"},
                        {"target-id", OscalControlId(c.id) + "_obj"},
                        {"status",
                         {{"state", satisfied ? "satisfied" : "not-satisfied"},
                          {"reason", satisfied ? "pass" : "fail"}}}};
    const Implementation implementation = ImplementationOf(r);
    if (implementation == Implementation::kImplemented ||
        implementation == Implementation::kPartial) {
      target["implementation-status"] = {
          {"state", implementation == Implementation::kImplemented ? "implemented" : "partial"}};
    }
    OscalJson finding = {{"uuid", AssessmentUuid(a_, "finding/" + c.id)},
                         {"title", OscalMarkup(c.id + " " + c.title +
                                               (satisfied ? ": satisfied" : ": not satisfied"))},
                         {"description", Paragraphs(ExplainControl(catalog_, a_, e_, i))},
                         {"props", std::move(props)},
                         {"target", std::move(target)}};
    if (!related.empty()) finding["related-observations"] = related;
    if (!satisfied) {
      const std::string risk = AssessmentUuid(a_, "risk/" + c.id);
      OscalJson risk_props = OscalJson::array();
      AddProp(&risk_props, "risk-weight", std::to_string(c.risk_weight));
      risks->push_back(
          {{"uuid", risk},
           {"title", OscalMarkup("Gap in " + c.id + " " + c.title)},
           {"description",
            OscalMarkup("Maturity " + std::to_string(*r.maturity) + " against target " +
                        std::to_string(r.target) + " (gap " + std::to_string(r.gap) + ").")},
           {"statement", OscalMarkup(c.risk_rationale.empty() ? c.objective : c.risk_rationale)},
           {"props", std::move(risk_props)},
           {"status", "open"}});
      finding["related-risks"] = OscalJson::array({{{"risk-uuid", risk}}});
    }
    return finding;
  }

  const Catalog& catalog_;
  const Assessment& a_;
  const Evaluation& e_;
};

}  // namespace

void AddProfileProps(const Assessment& assessment, OscalJson* props) {
  const Profile& p = assessment.profile;
  AddProp(props, "role", RoleScopeName(p.role));
  for (const auto& [s, name] : kServiceModelNames) {
    if (p.services[static_cast<size_t>(s)]) AddProp(props, "service-model", name);
  }
  AddProp(props, "mode", AssessmentModeName(p.mode));
  AddProp(props, "target-maturity", std::to_string(p.target_maturity));
  AddProp(props, "capacity-days-per-month", std::to_string(p.capacity_days_per_month));
  AddProp(props, "isms", IsmsStateName(p.isms));
}

void AddOrganisationParty(const Assessment& assessment, OscalJson* metadata) {
  const std::string name = OscalString(assessment.profile.organisation);
  if (name.empty()) return;
  (*metadata)["parties"] =
      OscalJson::array({{{"uuid", AssessmentUuid(assessment, "party/organisation")},
                         {"type", "organization"},
                         {"name", name}}});
}

OscalJson OscalAssessmentResults(const ReportInput& input) {
  const Catalog& catalog = input.catalog;
  const Assessment& assessment = input.assessment;
  const Evaluation& evaluation = input.evaluation;
  const Roadmap& roadmap = input.roadmap;
  OscalJson doc = ResultsBuilder(catalog, assessment, evaluation).Build();
  // The time to audit (audit_plan.h) closes the result's remarks.
  if (const AuditEstimate audit = EstimateAudit(catalog, evaluation, roadmap); audit.available) {
    for (OscalJson& result : doc["assessment-results"]["results"]) {
      result["remarks"] = result["remarks"].get<std::string>() + " " +
                          OscalMarkup("Certification audit: " + audit.stage1_reason + "; " +
                                      audit.stage2_reason + ".");
    }
  }
  return doc;
}

std::string RenderOscalAssessmentResults(const ReportInput& input) {
  return DumpOscal(OscalAssessmentResults(input));
}

}  // namespace cloudgap
