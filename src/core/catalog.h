// The control catalog: the controls an assessment is made against, with the
// guidance, questions and planning data that scoring and the roadmap use.
//
// A Catalog is plain immutable data once loaded (see catalog_loader.h). It is
// valid by construction when it comes from the loader: identifiers are unique,
// every dependency names a control of the catalog, dependencies are acyclic,
// and every control has questions for each role in guidance_for.
#ifndef CLOUDGAP_CORE_CATALOG_H_
#define CLOUDGAP_CORE_CATALOG_H_

#include <array>
#include <string>
#include <vector>

namespace cloudgap {

enum class Role { kCustomer, kProvider };                 // "csc", "csp"
enum class ServiceModel { kIaas, kPaas, kSaas };          // "iaas", "paas", "saas"
enum class ControlKind { kExtended, kCloud };             // "extended", "cld"
enum class Owner { kCustomer, kProvider, kShared };       // "customer", "provider", "shared"

struct Question {
  std::string id;  // Unique across the catalog, e.g. "CLD.9.5.2-q1".
  std::string text;
  std::vector<Role> roles;              // Whom the question is asked of.
  std::vector<ServiceModel> services;   // Service models it applies to.
};

struct Control {
  std::string id;     // "12.4.1", "CLD.9.5.2".
  std::string label;  // As displayed; usually equal to id.
  ControlKind kind = ControlKind::kExtended;
  int clause = 0;     // Index into Catalog::clauses by number, 5..18.
  std::string title;
  std::vector<std::string> iso27002_2022;  // "8.15", ...
  std::vector<Role> guidance_for;
  std::string objective;
  std::string customer_guidance;  // Empty when the control has no CSC guidance.
  std::string provider_guidance;  // Empty when the control has no CSP guidance.
  std::array<Owner, 3> responsibility{};  // Indexed by ServiceModel.
  std::vector<Question> questions;        // Full assessment.
  Question quick_question;                // Quick scan: one per control.
  std::array<std::string, 6> maturity;    // What levels 0..5 look like.
  std::vector<std::string> evidence;
  int risk_weight = 1;                    // 1..5.
  std::string risk_rationale;
  int effort_min_days = 0;                // Person-days, min <= max.
  int effort_max_days = 0;
  std::vector<std::string> depends_on;    // Control ids.
  std::vector<std::string> actions;       // Remediation steps, in order.
};

struct Clause {
  int number = 0;
  std::string title;
  std::string summary;
};

struct AnswerLevel {
  std::string value;        // "yes", "partly", "no", "dont_know", "na".
  std::string label;
  std::string description;
  double credit = 0;        // Share of the question's weight earned (0..1).
};

struct MaturityLevel {
  int level = 0;            // 0..5.
  std::string label;
  std::string description;
};

struct Catalog {
  std::string id;           // "iso27017".
  std::string version;      // Catalog content version, e.g. "1.0.0".
  std::string title;
  std::string sha256;       // Of the exact bytes it was loaded from (hex).
  std::vector<AnswerLevel> answer_scale;
  std::vector<MaturityLevel> maturity_scale;
  std::vector<Clause> clauses;
  std::vector<Control> controls;  // In catalog order.

  // Lookups return nullptr when absent. Linear; callers that loop should index.
  const Control* FindControl(const std::string& id) const;
  const Clause* FindClause(int number) const;
};

const char* RoleName(Role r);                 // "csc" / "csp"
const char* ServiceModelName(ServiceModel s); // "iaas" / "paas" / "saas"
const char* OwnerName(Owner o);

}  // namespace cloudgap

#endif  // CLOUDGAP_CORE_CATALOG_H_
