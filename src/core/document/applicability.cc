#include "core/document/applicability.h"

#include <cctype>
#include <optional>

namespace cloudgap {

bool ProfileHasRole(const Profile& profile, Role role) {
  switch (profile.role) {
    case RoleScope::kBoth: return true;
    case RoleScope::kCustomer: return role == Role::kCustomer;
    case RoleScope::kProvider: return role == Role::kProvider;
  }
  return false;
}

bool ProfileHasService(const Profile& profile, ServiceModel service) {
  return profile.services[static_cast<size_t>(service)];
}

bool QuestionApplies(const Profile& profile, const Question& question) {
  if (question.role_bits != 0 && question.service_bits != 0) {
    unsigned roles = 0, services = 0;
    for (Role r : {Role::kCustomer, Role::kProvider}) {
      if (ProfileHasRole(profile, r)) roles |= 1u << static_cast<unsigned>(r);
    }
    for (size_t s = 0; s < profile.services.size(); ++s) {
      if (profile.services[s]) services |= 1u << s;
    }
    return (question.role_bits & roles) != 0 && (question.service_bits & services) != 0;
  }
  // A question built without IndexScope: the lists themselves.
  bool role_matches = false;
  for (Role r : question.roles) role_matches = role_matches || ProfileHasRole(profile, r);
  if (!role_matches) return false;
  for (ServiceModel s : question.services) {
    if (ProfileHasService(profile, s)) return true;
  }
  return false;
}

const std::string& QuestionText(const Profile& profile, const Question& question) {
  const bool inherited = profile.upstream_infrastructure && !question.inherited_text.empty() &&
                         ProfileHasRole(profile, Role::kProvider);
  return inherited ? question.inherited_text : question.text;
}

bool ControlAppliesToProfile(const Profile& profile, const Control& control) {
  for (Role r : control.applies_to) {
    if (ProfileHasRole(profile, r)) return true;
  }
  return false;
}

bool HasGuidanceForProfile(const Profile& profile, const Control& control) {
  for (Role r : control.guidance_for) {
    if (ProfileHasRole(profile, r)) return true;
  }
  return false;
}

namespace {

// The one role of a single-role profile; nullopt for both.
std::optional<Role> SingleRole(RoleScope role) {
  switch (role) {
    case RoleScope::kCustomer: return Role::kCustomer;
    case RoleScope::kProvider: return Role::kProvider;
    case RoleScope::kBoth: return std::nullopt;
  }
  return std::nullopt;
}

// "Dated copy" -> "dated copy"; "SOC 2 reports" and "API keys" stay as written.
std::string LowerFirstWord(const std::string& text) {
  std::string out = text;
  if (out.size() > 1 && std::isupper(static_cast<unsigned char>(out[0])) &&
      std::islower(static_cast<unsigned char>(out[1]))) {
    out[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(out[0])));
  }
  return out;
}

}  // namespace

int RiskWeightFor(const Control& control, RoleScope role) {
  if (std::optional<Role> r = SingleRole(role)) {
    if (int w = control.role_risk_weight[static_cast<size_t>(*r)]; w > 0) return w;
  }
  return control.risk_weight;
}

EffortRange EffortFor(const Control& control, RoleScope role) {
  if (std::optional<Role> r = SingleRole(role)) {
    const EffortRange& e = control.role_effort[static_cast<size_t>(*r)];
    if (e.max > 0) return e;
  }
  return control.effort;
}

std::vector<std::string_view> ActionsFor(const Control& control, RoleScope role) {
  std::vector<std::string_view> out;
  out.reserve(control.actions.size());
  const std::optional<Role> only = SingleRole(role);
  for (const Action& a : control.actions) {
    if (!only || a.roles.empty() || HasRole(a.roles, *only)) out.push_back(a.text);
  }
  return out;
}

std::vector<std::string> EvidenceFor(const Control& control, RoleScope role) {
  std::vector<std::string> out;
  const std::optional<Role> only = SingleRole(role);
  for (const Evidence& e : control.evidence) {
    if (only) {
      if (HasRole(e.roles, *only)) out.push_back(e.text);
    } else if (e.roles.size() == 1) {
      out.push_back((e.roles[0] == Role::kCustomer ? "For customers: " : "For providers: ") +
                    LowerFirstWord(e.text));
    } else {
      out.push_back(e.text);
    }
  }
  return out;
}

int AskedQuestionCount(const Profile& profile, const Control& control) {
  int count = 0;
  ForEachAskedQuestion(profile, control, [&count](const Question&) { ++count; });
  return count;
}

}  // namespace cloudgap
