// The control catalog: the controls an assessment is made against, with the
// guidance, questions and planning data that scoring and the roadmap use.
//
// A Catalog is plain immutable data once loaded (see catalog_loader.h). It is
// valid by construction when it comes from the loader: identifiers are unique,
// every dependency names a control of the catalog, dependencies are acyclic and
// never run from a control to one that applies to fewer roles, and for every
// role in applies_to and every service model a control has at least two full
// questions and exactly one quick question.
//
// applies_to is not guidance_for: ISO/IEC 27017 applies every ISO/IEC 27002
// control to both parties and adds cloud guidance for one or both. A role in
// applies_to but not in guidance_for is assessed on the 27002 baseline.
#ifndef CLOUDGAP_CORE_CATALOG_CATALOG_H_
#define CLOUDGAP_CORE_CATALOG_CATALOG_H_

#include <array>
#include <cstdint>
#include <string>
#include <vector>

#include "core/text/enum_text.h"

namespace cloudgap {

enum class Role { kCustomer, kProvider };            // "csc", "csp"
enum class ServiceModel { kIaas, kPaas, kSaas };     // "iaas", "paas", "saas"
enum class ControlKind { kExtended, kCloud };        // "extended", "cld"
enum class Owner { kCustomer, kProvider, kShared };  // "customer", "provider", "shared"

struct Question {
  std::string id;  // Unique across the catalog, e.g. "CLD.9.5.2-q1".
  // roles and services below as bits (1 << value), set by IndexScope. Whether
  // a question applies is asked of every question on every edit; reading two
  // small heap lists for it was the largest cost of scoring 10,000 controls.
  // Beside the id, which scoring reads next, so that both are one cache line
  // more often than not. 0: not set.
  std::uint8_t role_bits = 0;
  std::uint8_t service_bits = 0;
  bool one_practice = false;  // Its "and"/"or" joins parts of one practice (content lint).
  std::string text;
  std::vector<Role> roles;             // Whom the question is asked of.
  std::vector<ServiceModel> services;  // Service models it applies to.
  // The same practice for a provider that runs on another provider's
  // infrastructure and inherits it, evidenced by that provider's attestation.
  // Empty when the question has no inherited form (see QuestionText).
  std::string inherited_text;
  std::vector<std::string> replaces;  // Questions of earlier catalog versions it came from.
};

// A remediation step and whom it is for.
struct Action {
  std::string text;
  std::vector<Role> roles;
};

// Something an auditor could be shown for a control, and by whom: every role
// the control applies to unless the catalog names some.
struct Evidence {
  std::string text;
  std::vector<Role> roles;
};

// Where a correspondence to another framework comes from.
enum class MappingBasis {
  kUnstated,   // No basis given: `catalog check` flags it.
  kStandard,   // The other standard's own correspondence (ISO/IEC 27002:2022 Annex B).
  kJudgement,  // CloudGap's judgement.
};

struct Mapping {
  std::string id;     // "8.15".
  std::string title;  // "Logging"; may be empty.
  MappingBasis basis = MappingBasis::kUnstated;
};

// A range of person-days; both 0 when not given.
struct EffortRange {
  int min = 0;
  int max = 0;
};

struct Control {
  std::string id;     // "12.4.1", "CLD.9.5.2".
  std::string label;  // As displayed; usually equal to id.
  ControlKind kind = ControlKind::kExtended;
  int clause = 0;  // Index into Catalog::clauses by number, 5..18.
  std::string title;
  std::vector<Mapping> iso27002_2022;      // ISO/IEC 27002:2022 = 27001:2022 Annex A.
  std::vector<std::string> nist_800_53r5;  // Via the 27001:2022 mapping NIST publishes.
  std::vector<Role> applies_to;            // Whom the control applies to.
  std::vector<Role> guidance_for;          // Whom 27017 gives cloud guidance; within applies_to.
  std::string objective;
  std::string customer_guidance;          // Empty when the control has no CSC guidance.
  std::string provider_guidance;          // Empty when the control has no CSP guidance.
  std::array<Owner, 3> responsibility{};  // Indexed by ServiceModel.
  std::vector<Question> questions;        // Full assessment.
  std::vector<Question> quick_questions;  // Quick scan: one per role and service model.
  std::array<std::string, 6> maturity;    // What levels 0..5 look like.
  std::vector<Evidence> evidence;
  int risk_weight = 1;                    // 1..5; see RiskWeightFor.
  std::array<int, 2> role_risk_weight{};  // By Role; 0 = risk_weight.
  std::string risk_rationale;
  EffortRange effort;                        // Person-days to close a full gap, min <= max.
  std::array<EffortRange, 2> role_effort{};  // By Role; {0, 0} = effort.
  std::vector<std::string> depends_on;       // Hard: cannot be done before these (control ids).
  std::vector<std::string> informed_by;      // Soft: advice only, never delays.
  std::vector<Action> actions;               // Remediation steps, in order.
};

// A question of an earlier catalog version that this one no longer asks.
struct RetiredQuestion {
  std::string id;
  std::string text;                     // As it was asked; may be empty.
  std::vector<std::string> successors;  // Questions that now ask (part of) it.
};

struct Clause {
  int number = 0;
  std::string title;
  std::string summary;
};

struct AnswerLevel {
  std::string value;  // "yes", "partly", "no", "dont_know", "na".
  std::string label;
  std::string description;
  double credit = 0;  // Share of the question's weight earned (0..1).
};

struct MaturityLevel {
  int level = 0;  // 0..5.
  std::string label;
  std::string description;
};

// A step of the ISO/IEC 27001 management system that certification needs
// besides the controls: the scope, the risk assessment, the internal audit...
// An organisation without an ISMS does all of them; one with a certified ISMS
// only extends, for its cloud services, the steps that have an extension.
struct ManagementStep {
  std::string id;  // "MS.1".
  std::string title;
  std::vector<std::string> iso27001;  // Clause numbers of ISO/IEC 27001, "4.3".
  std::string summary;
  int stage = 1;   // The certification audit stage that needs it: 1 or 2.
  int weight = 3;  // Its urgency on the roadmap, as a control's risk weight.
  EffortRange effort;
  std::vector<std::string> depends_on;  // Hard: other step ids.
  bool after_controls = false;  // Only after every control on the roadmap (the internal audit).
  std::vector<std::string> evidence;
  std::vector<std::string> actions;
  // For an organisation that already runs an ISMS; empty summary: nothing to extend.
  std::string extension_summary;
  EffortRange extension_effort;
  std::vector<std::string> extension_actions;
};

// Where each control's links point: every Control::depends_on and informed_by
// entry as a position in Catalog::controls, built with the catalog
// (catalog_links.h). Positions, not pointers, so a copy stays right.
struct ControlLinks {
  // Control i's k-th depends_on entry names controls[hard[hard_first[i] + k]],
  // or none (kNoLinkedControl); soft and soft_first do the same for informed_by.
  // The *_first lists hold one entry per control and one more; all four are
  // empty until indexed.
  std::vector<std::uint32_t> hard_first;
  std::vector<std::uint32_t> hard;
  std::vector<std::uint32_t> soft_first;
  std::vector<std::uint32_t> soft;
};

struct Catalog {
  std::string id;       // "iso27017".
  std::string version;  // Catalog content version, e.g. "1.0.0".
  std::string title;
  std::string sha256;  // Of the exact bytes it was loaded from (hex); see text_file.
  // Set when the words of the questionnaire, guidance, maturity levels, evidence
  // and actions are in this file of the site and each is kTextPlaceholder here
  // (catalog_text.h); sha256 is then that of the catalog it was split from.
  std::string text_file;
  std::vector<AnswerLevel> answer_scale;
  std::vector<MaturityLevel> maturity_scale;
  std::vector<Clause> clauses;
  std::vector<Control> controls;  // In catalog order.
  // Earlier versions whose documents open in this one (same major version
  // excluded), and the questions they asked that this one does not.
  std::vector<std::string> earlier_versions;
  std::vector<RetiredQuestion> retired_questions;
  std::vector<ManagementStep> management_steps;  // In order; may be empty.
  // The controls' links by position: set by the loader, or by IndexLinks for a
  // catalog made in code. A cache of the ids, which stay the truth.
  ControlLinks links;

  bool text_complete() const { return text_file.empty(); }

  // Lookups return nullptr when absent. Linear; callers that loop should index.
  const Control* FindControl(const std::string& id) const;
  const Clause* FindClause(int number) const;
};

// The catalog's spellings, one table per enumeration (core/text/enum_text.h).
inline constexpr EnumText<Role> kRoleNames[] = {{Role::kCustomer, "csc"}, {Role::kProvider, "csp"}};
static_assert(InEnumOrder(kRoleNames));
inline constexpr EnumText<ServiceModel> kServiceModelNames[] = {
    {ServiceModel::kIaas, "iaas"}, {ServiceModel::kPaas, "paas"}, {ServiceModel::kSaas, "saas"}};
static_assert(InEnumOrder(kServiceModelNames));
inline constexpr EnumText<ControlKind> kControlKindNames[] = {{ControlKind::kExtended, "extended"},
                                                              {ControlKind::kCloud, "cld"}};
static_assert(InEnumOrder(kControlKindNames));
inline constexpr EnumText<Owner> kOwnerNames[] = {
    {Owner::kCustomer, "customer"}, {Owner::kProvider, "provider"}, {Owner::kShared, "shared"}};
static_assert(InEnumOrder(kOwnerNames));
// kUnstated is "", the absent "basis": ValueOf takes "" for it, so a reader
// that requires a basis must refuse kUnstated itself.
inline constexpr EnumText<MappingBasis> kMappingBasisNames[] = {
    {MappingBasis::kUnstated, ""},
    {MappingBasis::kStandard, "standard"},
    {MappingBasis::kJudgement, "judgement"}};
static_assert(InEnumOrder(kMappingBasisNames));

const char* RoleName(Role r);                  // "csc" / "csp"
const char* ServiceModelName(ServiceModel s);  // "iaas" / "paas" / "saas"
const char* OwnerName(Owner o);
const char* MappingBasisName(MappingBasis b);  // "", "standard", "judgement"

bool HasRole(const std::vector<Role>& roles, Role role);
// Sets question->role_bits and service_bits from its roles and services.
void IndexScope(Question* question);
bool HasService(const std::vector<ServiceModel>& services, ServiceModel service);

}  // namespace cloudgap

#endif  // CLOUDGAP_CORE_CATALOG_CATALOG_H_
