#include "core/applicability.h"

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
  bool role_matches = false;
  for (Role r : question.roles) role_matches = role_matches || ProfileHasRole(profile, r);
  if (!role_matches) return false;
  for (ServiceModel s : question.services) {
    if (ProfileHasService(profile, s)) return true;
  }
  return false;
}

int AskedQuestionCount(const Profile& profile, const Control& control) {
  int count = 0;
  ForEachAskedQuestion(profile, control, [&count](const Question&) { ++count; });
  return count;
}

}  // namespace cloudgap
