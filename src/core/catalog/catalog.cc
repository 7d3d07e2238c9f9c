#include "core/catalog/catalog.h"

#include <algorithm>

namespace cloudgap {

const Control* Catalog::FindControl(const std::string& control_id) const {
  for (const Control& c : controls) {
    if (c.id == control_id) return &c;
  }
  return nullptr;
}

const Clause* Catalog::FindClause(int number) const {
  for (const Clause& c : clauses) {
    if (c.number == number) return &c;
  }
  return nullptr;
}

const char* RoleName(Role r) {
  return r == Role::kCustomer ? "csc" : "csp";
}

const char* ServiceModelName(ServiceModel s) {
  switch (s) {
    case ServiceModel::kIaas: return "iaas";
    case ServiceModel::kPaas: return "paas";
    case ServiceModel::kSaas: return "saas";
  }
  return "";
}

const char* MappingBasisName(MappingBasis b) {
  switch (b) {
    case MappingBasis::kUnstated: return "";
    case MappingBasis::kStandard: return "standard";
    case MappingBasis::kJudgement: return "judgement";
  }
  return "";
}

bool HasRole(const std::vector<Role>& roles, Role role) {
  return std::find(roles.begin(), roles.end(), role) != roles.end();
}

bool HasService(const std::vector<ServiceModel>& services, ServiceModel service) {
  return std::find(services.begin(), services.end(), service) != services.end();
}

const char* OwnerName(Owner o) {
  switch (o) {
    case Owner::kCustomer: return "customer";
    case Owner::kProvider: return "provider";
    case Owner::kShared: return "shared";
  }
  return "";
}

}  // namespace cloudgap
