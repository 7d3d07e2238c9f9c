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
  return TextOf(kRoleNames, r);
}
const char* ServiceModelName(ServiceModel s) {
  return TextOf(kServiceModelNames, s);
}
const char* OwnerName(Owner o) {
  return TextOf(kOwnerNames, o);
}
const char* MappingBasisName(MappingBasis b) {
  return TextOf(kMappingBasisNames, b);
}

bool HasRole(const std::vector<Role>& roles, Role role) {
  return std::find(roles.begin(), roles.end(), role) != roles.end();
}

void IndexScope(Question* question) {
  unsigned roles = 0, services = 0;
  for (Role r : question->roles) roles |= 1u << static_cast<unsigned>(r);
  for (ServiceModel s : question->services) services |= 1u << static_cast<unsigned>(s);
  question->role_bits = static_cast<std::uint8_t>(roles);
  question->service_bits = static_cast<std::uint8_t>(services);
}

bool HasService(const std::vector<ServiceModel>& services, ServiceModel service) {
  return std::find(services.begin(), services.end(), service) != services.end();
}

}  // namespace cloudgap
