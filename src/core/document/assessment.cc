#include "core/document/assessment.h"

namespace cloudgap {

const char* AnswerName(Answer answer) {
  switch (answer) {
    case Answer::kUnanswered: return "unanswered";
    case Answer::kYes: return "yes";
    case Answer::kPartly: return "partly";
    case Answer::kNo: return "no";
    case Answer::kDontKnow: return "dont_know";
    case Answer::kNotApplicable: return "na";
  }
  return "";
}

std::optional<Answer> ParseAnswer(std::string_view name) {
  for (Answer a :
       {Answer::kYes, Answer::kPartly, Answer::kNo, Answer::kDontKnow, Answer::kNotApplicable}) {
    if (name == AnswerName(a)) return a;
  }
  return std::nullopt;
}

const char* RoleScopeName(RoleScope role) {
  switch (role) {
    case RoleScope::kCustomer: return "csc";
    case RoleScope::kProvider: return "csp";
    case RoleScope::kBoth: return "both";
  }
  return "";
}

std::optional<RoleScope> ParseRoleScope(std::string_view name) {
  for (RoleScope r : {RoleScope::kCustomer, RoleScope::kProvider, RoleScope::kBoth}) {
    if (name == RoleScopeName(r)) return r;
  }
  return std::nullopt;
}

const char* AssessmentModeName(AssessmentMode mode) {
  return mode == AssessmentMode::kQuick ? "quick" : "full";
}

std::optional<AssessmentMode> ParseAssessmentMode(std::string_view name) {
  if (name == "quick") return AssessmentMode::kQuick;
  if (name == "full") return AssessmentMode::kFull;
  return std::nullopt;
}

const char* IsmsStateName(IsmsState state) {
  switch (state) {
    case IsmsState::kNone: return "none";
    case IsmsState::kInProgress: return "in_progress";
    case IsmsState::kCertified: return "certified";
  }
  return "";
}

std::optional<IsmsState> ParseIsmsState(std::string_view name) {
  for (IsmsState s : {IsmsState::kNone, IsmsState::kInProgress, IsmsState::kCertified}) {
    if (name == IsmsStateName(s)) return s;
  }
  return std::nullopt;
}

const char* IsmsStateLabel(IsmsState state) {
  switch (state) {
    case IsmsState::kNone: return "no ISMS yet";
    case IsmsState::kInProgress: return "ISMS being built";
    case IsmsState::kCertified: return "certified ISMS";
  }
  return "";
}

std::optional<ServiceModel> ParseServiceModel(std::string_view name) {
  for (ServiceModel s : {ServiceModel::kIaas, ServiceModel::kPaas, ServiceModel::kSaas}) {
    if (name == ServiceModelName(s)) return s;
  }
  return std::nullopt;
}

const char* RoleScopeLabel(RoleScope role) {
  switch (role) {
    case RoleScope::kCustomer: return "cloud service customer";
    case RoleScope::kProvider: return "cloud service provider";
    case RoleScope::kBoth: return "cloud service customer and provider";
  }
  return "";
}

const char* ServiceModelLabel(ServiceModel service) {
  switch (service) {
    case ServiceModel::kIaas: return "IaaS";
    case ServiceModel::kPaas: return "PaaS";
    case ServiceModel::kSaas: return "SaaS";
  }
  return "";
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
  return a.text == b.text && a.link == b.link;
}

bool operator==(const ControlRecord& a, const ControlRecord& b) {
  return a.not_applicable == b.not_applicable && a.justification == b.justification &&
         a.notes == b.notes && a.evidence == b.evidence && a.owner == b.owner &&
         a.due_date == b.due_date && a.maturity == b.maturity && a.target == b.target;
}

bool operator==(const Assessment& a, const Assessment& b) {
  return a.catalog_id == b.catalog_id && a.catalog_version == b.catalog_version &&
         a.catalog_sha256 == b.catalog_sha256 && a.created_at == b.created_at &&
         a.updated_at == b.updated_at && a.profile == b.profile && a.answers == b.answers &&
         a.controls == b.controls && a.steps_done == b.steps_done;
}

}  // namespace cloudgap
