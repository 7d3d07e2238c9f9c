#include "core/document/assessment.h"

namespace cloudgap {

const char* AnswerName(Answer answer) {
  return TextOf(kAnswerNames, answer);
}

std::optional<Answer> ParseAnswer(std::string_view name) {
  const std::optional<Answer> answer = ValueOf(kAnswerNames, name);
  return answer == Answer::kUnanswered ? std::nullopt : answer;  // Written by leaving it out.
}

const char* RoleScopeName(RoleScope role) {
  return TextOf(kRoleScopeNames, role);
}
std::optional<RoleScope> ParseRoleScope(std::string_view name) {
  return ValueOf(kRoleScopeNames, name);
}

const char* AssessmentModeName(AssessmentMode mode) {
  return TextOf(kAssessmentModeNames, mode);
}
std::optional<AssessmentMode> ParseAssessmentMode(std::string_view name) {
  return ValueOf(kAssessmentModeNames, name);
}

const char* IsmsStateName(IsmsState state) {
  return TextOf(kIsmsStateNames, state);
}
std::optional<IsmsState> ParseIsmsState(std::string_view name) {
  return ValueOf(kIsmsStateNames, name);
}

std::optional<ServiceModel> ParseServiceModel(std::string_view name) {
  return ValueOf(kServiceModelNames, name);
}

const char* IsmsStateLabel(IsmsState state) {
  return TextOf(kIsmsStateLabels, state);
}
const char* RoleScopeLabel(RoleScope role) {
  return TextOf(kRoleScopeLabels, role);
}
const char* ServiceModelLabel(ServiceModel service) {
  return TextOf(kServiceModelLabels, service);
}

Answer Assessment::AnswerTo(const std::string& question_id) const {
  auto it = answers.find(question_id);
  return it == answers.end() ? Answer::kUnanswered : it->second.answer;
}

const ControlRecord* Assessment::RecordFor(const std::string& control_id) const {
  auto it = controls.find(control_id);
  return it == controls.end() ? nullptr : &it->second;
}

Assessment NewAssessment(const Catalog& catalog, const Profile& profile, const std::string& now) {
  Assessment a;
  a.catalog_id = catalog.id;
  a.catalog_version = catalog.version;
  a.catalog_sha256 = catalog.sha256;
  a.created_at = now;
  a.updated_at = now;
  a.profile = profile;
  return a;
}

const char* WorkStatusName(WorkStatus status) {
  return TextOf(kWorkStatusNames, status);
}
std::optional<WorkStatus> ParseWorkStatus(std::string_view name) {
  return ValueOf(kWorkStatusNames, name);
}

bool EvidenceExpired(const EvidenceRef& evidence, const std::string& as_of) {
  return !evidence.review_by.empty() && evidence.review_by < as_of;
}

bool operator==(const Profile& a, const Profile& b) {
  return a.organisation == b.organisation && a.role == b.role && a.services == b.services &&
         a.isms == b.isms && a.upstream_infrastructure == b.upstream_infrastructure &&
         a.target_maturity == b.target_maturity &&
         a.capacity_days_per_month == b.capacity_days_per_month && a.mode == b.mode;
}

bool operator==(const QuestionAnswer& a, const QuestionAnswer& b) {
  return a.answer == b.answer && a.justification == b.justification;
}

bool operator==(const EvidenceRef& a, const EvidenceRef& b) {
  return a.text == b.text && a.link == b.link && a.date == b.date && a.review_by == b.review_by;
}

bool operator==(const ControlRecord& a, const ControlRecord& b) {
  return a.not_applicable == b.not_applicable && a.justification == b.justification &&
         a.notes == b.notes && a.evidence == b.evidence && a.owner == b.owner &&
         a.due_date == b.due_date && a.maturity == b.maturity && a.target == b.target &&
         a.status == b.status && a.reviewer == b.reviewer && a.answered_by == b.answered_by;
}

bool operator==(const QuestionPack& a, const QuestionPack& b) {
  return a.id == b.id && a.controls == b.controls && a.handed_to == b.handed_to &&
         a.respondent == b.respondent;
}

bool operator==(const Assessment& a, const Assessment& b) {
  return a.catalog_id == b.catalog_id && a.catalog_version == b.catalog_version &&
         a.catalog_sha256 == b.catalog_sha256 && a.created_at == b.created_at &&
         a.updated_at == b.updated_at && a.profile == b.profile && a.answers == b.answers &&
         a.controls == b.controls && a.steps_done == b.steps_done && a.pack == b.pack;
}

}  // namespace cloudgap
