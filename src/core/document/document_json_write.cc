// SerializeAssessmentDocument: the canonical writer of docs/assessment-format.md.
#include <nlohmann/json.hpp>
#include <string>

#include "core/document/document_json.h"

namespace cloudgap {
namespace {

using nlohmann::ordered_json;

ordered_json ProfileJson(const Profile& p) {
  ordered_json services = ordered_json::array();
  for (const auto& [s, name] : kServiceModelNames) {
    if (p.services[static_cast<size_t>(s)]) services.push_back(name);
  }
  ordered_json j;
  j["organisation"] = p.organisation;
  j["role"] = RoleScopeName(p.role);
  j["services"] = std::move(services);
  j["isms"] = IsmsStateName(p.isms);
  // Written only when set, so documents of customers stay as they were.
  if (p.upstream_infrastructure) j["upstream_infrastructure"] = true;
  j["target_maturity"] = p.target_maturity;
  j["capacity_days_per_month"] = p.capacity_days_per_month;
  j["mode"] = AssessmentModeName(p.mode);
  return j;
}

// Only what is set, so a control the user touched once and reverted is "{}".
ordered_json ControlRecordJson(const ControlRecord& r) {
  ordered_json j = ordered_json::object();
  if (r.not_applicable) j["not_applicable"] = true;
  if (!r.justification.empty()) j["justification"] = r.justification;
  if (!r.notes.empty()) j["notes"] = r.notes;
  if (!r.evidence.empty()) {
    ordered_json list = ordered_json::array();
    for (const EvidenceRef& e : r.evidence) {
      ordered_json item = ordered_json::object();
      if (!e.text.empty()) item["text"] = e.text;
      if (!e.link.empty()) item["link"] = e.link;
      if (!e.date.empty()) item["date"] = e.date;
      if (!e.review_by.empty()) item["review_by"] = e.review_by;
      list.push_back(std::move(item));
    }
    j["evidence"] = std::move(list);
  }
  if (!r.owner.empty()) j["owner"] = r.owner;
  if (!r.due_date.empty()) j["due_date"] = r.due_date;
  if (r.maturity) j["maturity"] = *r.maturity;
  if (r.target) j["target"] = *r.target;
  if (r.status) j["status"] = WorkStatusName(*r.status);
  if (!r.reviewer.empty()) j["reviewer"] = r.reviewer;
  if (!r.answered_by.empty()) j["answered_by"] = r.answered_by;
  return j;
}

}  // namespace

std::string SerializeAssessmentDocument(const Assessment& a, JsonStyle style) {
  ordered_json doc;
  doc["format"] = kAssessmentFormat;
  doc["catalog"] = {
      {"id", a.catalog_id}, {"version", a.catalog_version}, {"sha256", a.catalog_sha256}};
  doc["created_at"] = a.created_at;
  doc["updated_at"] = a.updated_at;
  doc["profile"] = ProfileJson(a.profile);
  ordered_json answers = ordered_json::object();
  ordered_json justifications = ordered_json::object();
  for (const auto& [id, answer] : a.answers) {  // std::map: sorted by id.
    if (answer.answer == Answer::kUnanswered) continue;
    answers[id] = AnswerName(answer.answer);
    if (answer.answer == Answer::kNotApplicable) justifications[id] = answer.justification;
  }
  doc["answers"] = std::move(answers);
  doc["na_justifications"] = std::move(justifications);
  ordered_json controls = ordered_json::object();
  for (const auto& [id, record] : a.controls) controls[id] = ControlRecordJson(record);
  doc["controls"] = std::move(controls);
  // Written only when there is something, so documents without the steps stay as they were.
  if (!a.steps_done.empty()) doc["steps_done"] = a.steps_done;
  if (a.pack) {
    ordered_json pack;
    pack["id"] = a.pack->id;
    if (!a.pack->handed_to.empty()) pack["for"] = a.pack->handed_to;
    if (!a.pack->respondent.empty()) pack["respondent"] = a.pack->respondent;
    pack["controls"] = a.pack->controls;
    doc["pack"] = std::move(pack);
  }
  // Invalid UTF-8 in user text is replaced rather than thrown about: writing must not fail.
  const auto on_bad_utf8 = ordered_json::error_handler_t::replace;
  if (style == JsonStyle::kCompact) return doc.dump(-1, ' ', false, on_bad_utf8);
  return doc.dump(2, ' ', false, on_bad_utf8) + "\n";
}

}  // namespace cloudgap
