#include "core/report/report_json.h"

#include <optional>

#include "core/document/applicability.h"
#include "core/engine/audit_plan.h"
#include "core/engine/engine_version.h"
#include "core/engine/explain.h"
#include "core/engine/quick_summary.h"
#include "core/engine/readiness.h"
#include "core/engine/scoring.h"
#include "core/engine/wording.h"
#include "core/text/score_format.h"

namespace cloudgap {
namespace {

using nlohmann::ordered_json;

ordered_json Strings(const std::vector<std::string_view>& views) {
  ordered_json list = ordered_json::array();
  for (std::string_view v : views) list.push_back(std::string(v));
  return list;
}

ordered_json TallyJson(const AnswerTally& t) {
  return {{"asked", t.asked},         {"yes", t.yes}, {"partly", t.partly},        {"no", t.no},
          {"dont_know", t.dont_know}, {"na", t.na},   {"unanswered", t.unanswered}};
}

ordered_json EngineJson(const Catalog& catalog) {
  return {{"version", EngineVersion()},
          {"scoring_model", kScoringModel},
          {"catalog_id", catalog.id},
          {"catalog_version", catalog.version},
          {"catalog_sha256", catalog.sha256}};
}

ordered_json AssessmentJson(const Assessment& a) {
  ordered_json services = ordered_json::array();
  for (const auto& [s, name] : kServiceModelNames) {
    if (a.profile.services[static_cast<size_t>(s)]) services.push_back(name);
  }
  return {{"format", kAssessmentFormat},
          {"organisation", a.profile.organisation},
          {"role", RoleScopeName(a.profile.role)},
          {"services", services},
          {"mode", AssessmentModeName(a.profile.mode)},
          {"isms", IsmsStateName(a.profile.isms)},
          {"upstream_infrastructure", a.profile.upstream_infrastructure},
          {"target_maturity", a.profile.target_maturity},
          {"capacity_days_per_month", a.profile.capacity_days_per_month},
          {"created_at", a.created_at},
          {"updated_at", a.updated_at},
          {"catalog_version", a.catalog_version},
          {"catalog_sha256", a.catalog_sha256}};
}

ordered_json OverallJson(const Catalog& catalog, const Evaluation& e) {
  const OverallResult& o = e.overall;
  ordered_json by_status = ordered_json::object();
  for (int s = 0; s < kControlStatusCount; ++s) {
    by_status[ControlStatusName(static_cast<ControlStatus>(s))] = o.controls_by_status[s];
  }
  return {
      {"score", OptionalScore(o.score)},          {"completion", RoundScore(o.completion)},
      {"readiness", ReadinessName(o.readiness)},  {"readiness_label", ReadinessLabel(o.readiness)},
      {"readiness_reasons", o.readiness_reasons}, {"dont_know", o.answers.dont_know},
      {"controls_with_gap", o.controls_with_gap}, {"controls", by_status},
      {"questions", TallyJson(o.answers)},        {"why", ExplainOverall(catalog, e)}};
}

ordered_json ClausesJson(const Catalog& catalog, const Evaluation& e) {
  ordered_json list = ordered_json::array();
  for (size_t i = 0; i < catalog.clauses.size() && i < e.clauses.size(); ++i) {
    const ClauseResult& r = e.clauses[i];
    list.push_back({{"clause", r.number},
                    {"title", catalog.clauses[i].title},
                    {"score", OptionalScore(r.score)},
                    {"applicable_controls", r.applicable_controls},
                    {"scored_controls", r.scored_controls}});
  }
  return list;
}

// The dates only when set, so that documents without them report as before.
ordered_json EvidenceJson(const std::vector<EvidenceRef>& evidence, const std::string& as_of) {
  ordered_json list = ordered_json::array();
  for (const EvidenceRef& ref : evidence) {
    ordered_json item = {{"text", ref.text}, {"link", ref.link}};
    if (!ref.date.empty()) item["date"] = ref.date;
    if (!ref.review_by.empty()) {
      item["review_by"] = ref.review_by;
      item["expired"] = EvidenceExpired(ref, as_of);
    }
    list.push_back(std::move(item));
  }
  return list;
}

ordered_json ControlsJson(const Catalog& catalog, const Assessment& a, const Evaluation& e) {
  ordered_json list = ordered_json::array();
  for (size_t i = 0; i < catalog.controls.size() && i < e.controls.size(); ++i) {
    const Control& c = catalog.controls[i];
    const ControlResult& r = e.controls[i];
    const ControlRecord* record = a.RecordFor(c.id);
    ordered_json na_questions = ordered_json::array();
    ForEachNotApplicableAnswer(a, c, [&](const Question& q, const std::string& why) {
      na_questions.push_back({{"question", q.id}, {"justification", why}});
    });
    list.push_back(
        {{"id", c.id},
         {"title", c.title},
         {"clause", c.clause},
         {"applicable", r.applicable()},
         {"status", ControlStatusName(r.status)},
         {"score", OptionalScore(r.score)},
         {"maturity", OptionalInt(r.maturity)},
         {"maturity_source", r.maturity_explicit ? "explicit"
                             : r.maturity        ? "derived"
                                                 : "none"},
         {"target", r.target},
         {"gap", r.maturity ? ordered_json(r.gap) : ordered_json(nullptr)},
         {"risk_weight", r.weight},
         {"questions", TallyJson(r.answers)},
         {"not_applicable_justification", record && record->not_applicable
                                              ? ordered_json(record->justification)
                                              : ordered_json(nullptr)},
         {"not_applicable_questions", na_questions},
         {"owner", record ? record->owner : ""},
         {"due_date", record ? record->due_date : ""},
         {"notes", record ? record->notes : ""},
         {"evidence", EvidenceJson(record ? record->evidence : std::vector<EvidenceRef>{},
                                   DateOf(a.updated_at))},
         {"why", ExplainControl(catalog, a, e, i)}});
    // Written only when set, so that earlier reports read the same.
    if (record && record->status) list.back()["work_status"] = WorkStatusName(*record->status);
    if (record && !record->reviewer.empty()) list.back()["reviewer"] = record->reviewer;
    if (record && !record->answered_by.empty()) list.back()["answered_by"] = record->answered_by;
  }
  return list;
}

ordered_json RoadmapJson(const Roadmap& roadmap) {
  ordered_json list = ordered_json::array();
  for (const RoadmapItem& item : roadmap.items) {
    list.push_back({{"control", item.control_id},
                    {"kind", item.is_step() ? "management_step" : "control"},
                    {"stage", item.is_step() ? ordered_json(item.stage) : ordered_json(nullptr)},
                    {"title", item.title},
                    {"rank", item.rank},
                    {"phase", static_cast<int>(item.phase)},
                    {"phase_label", PhaseLabel(item.phase)},
                    {"maturity", item.maturity},
                    {"target", item.target},
                    {"gap", item.gap},
                    {"risk_weight", item.risk_weight},
                    {"urgency", item.urgency},
                    {"effort_days", item.effort_days},
                    {"score_gain", RoundScore(item.score_gain)},
                    {"quick_win", item.quick_win},
                    {"finished_after_days", item.finished_after_days},
                    {"depends_on", item.depends_on},
                    {"unblocks", item.unblocks},
                    {"unassessed_dependencies", item.unassessed_dependencies},
                    {"owner", item.owner},
                    {"due_date", item.due_date},
                    {"reason", item.reason},
                    {"informed_by", item.informed_by},
                    {"actions", Strings(item.actions)}});
  }
  return list;
}

ordered_json ProjectionJson(const Roadmap& roadmap) {
  ordered_json list = ordered_json::array();
  for (const PhaseProjection& p : roadmap.projection) {
    list.push_back({{"phase", static_cast<int>(p.phase)},
                    {"label", PhaseLabel(p.phase)},
                    {"items", p.items},
                    {"effort_days", p.effort_days},
                    {"score", OptionalScore(p.score)}});
  }
  return list;
}

ordered_json AuditJson(const ReportInput& input) {
  const Catalog& catalog = input.catalog;
  const AuditEstimate e = EstimateAudit(catalog, input.evaluation, input.roadmap);
  if (!e.available) return nullptr;
  ordered_json checklist = ordered_json::array();
  for (const ChecklistEntry& entry : AuditChecklist(catalog, input.assessment, input.evaluation)) {
    checklist.push_back({{"stage", entry.stage},
                         {"source", entry.source},
                         {"title", entry.title},
                         {"evidence", entry.evidence},
                         {"status", entry.status},
                         {"ready", entry.ready}});
  }
  ordered_json audit = {{"isms", IsmsStateName(input.assessment.profile.isms)},
                        {"stage1_month", e.stage1_month},
                        {"stage2_month", e.stage2_month},
                        {"controls_ready_month", e.controls_ready_month},
                        {"record_months", kRecordMonths},
                        {"stage1_reason", e.stage1_reason},
                        {"stage2_reason", e.stage2_reason},
                        {"not_assessed", e.not_assessed}};
  if (input.assessment.profile.mode == AssessmentMode::kQuick) {
    // A quick scan's few answers give a range (audit_plan.h).
    const AuditRange range = EstimateAuditRange(catalog, input.assessment, input.evaluation);
    audit["range"] = {{"stage1_months", {range.earliest.stage1_month, range.latest.stage1_month}},
                      {"stage2_months", {range.earliest.stage2_month, range.latest.stage2_month}},
                      {"words", AuditMonthsWords(range)}};
  }
  audit["checklist"] = std::move(checklist);
  return audit;
}

}  // namespace

ordered_json OptionalScore(const std::optional<double>& score) {
  return score ? ordered_json(RoundScore(*score)) : ordered_json(nullptr);
}

ordered_json OptionalInt(const std::optional<int>& value) {
  return value ? ordered_json(*value) : ordered_json(nullptr);
}

ordered_json JsonReport(const ReportInput& input) {
  const Catalog& catalog = input.catalog;
  ordered_json assess_first = ordered_json::array();
  for (size_t i : input.roadmap.assess_first) {
    assess_first.push_back(
        {{"control", catalog.controls[i].id}, {"title", catalog.controls[i].title}});
  }
  ordered_json report;
  report["report"] = kReportFormat;
  report["engine"] = EngineJson(catalog);
  report["assessment"] = AssessmentJson(input.assessment);
  report["overall"] = OverallJson(catalog, input.evaluation);
  report["clauses"] = ClausesJson(catalog, input.evaluation);
  report["controls"] = ControlsJson(catalog, input.assessment, input.evaluation);
  report["roadmap"] = RoadmapJson(input.roadmap);
  report["assess_first"] = std::move(assess_first);
  report["projection"] = ProjectionJson(input.roadmap);
  report["audit"] = AuditJson(input);
  return report;
}

std::string RenderJsonReport(const Catalog& catalog, const Assessment& assessment) {
  const Evaluation evaluation = Evaluate(catalog, assessment);
  const Roadmap roadmap = BuildRoadmap(catalog, assessment, evaluation);
  return JsonReport(ReportInput(catalog, assessment, evaluation, roadmap))
             .dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) +
         "\n";
}

}  // namespace cloudgap
