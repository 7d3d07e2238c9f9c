// What the human-readable reports (Markdown, HTML, CSV, Statement of
// Applicability) say about a control, in one place so that they all say the
// same thing. Every string returned here is plain text, unescaped: each
// renderer escapes it for its own format.
//
// Implementation status, as the Statement of Applicability states it, comes
// from the maturity and the target (docs/report-format.md):
//
//   Not in scope           no question is asked of the profile's role/services;
//   Not applicable         marked not applicable, or every asked question "na";
//   Not assessed           applicable, but no counted answer and no maturity;
//   Not implemented        maturity 0;
//   Implemented            maturity at or above the target;
//   Partially implemented  otherwise (above 0, below the target).
#ifndef CLOUDGAP_CORE_ENGINE_WORDING_H_
#define CLOUDGAP_CORE_ENGINE_WORDING_H_

#include <string>
#include <vector>

#include "core/catalog/catalog.h"
#include "core/document/assessment.h"
#include "core/engine/evaluation.h"
#include "core/i18n/message_catalog.h"
#include "core/text/enum_text.h"

namespace cloudgap {

enum class Implementation {
  kOutOfScope,
  kNotApplicable,
  kNotAssessed,
  kNotImplemented,
  kPartial,
  kImplemented,
};

Implementation ImplementationOf(const ControlResult& result);
inline constexpr EnumText<Implementation> kImplementationLabels[] = {
    {Implementation::kOutOfScope, "Not in scope"},
    {Implementation::kNotApplicable, "Not applicable"},
    {Implementation::kNotAssessed, "Not assessed"},
    {Implementation::kNotImplemented, "Not implemented"},
    {Implementation::kPartial, "Partially implemented"},
    {Implementation::kImplemented, "Implemented"}};
static_assert(InEnumOrder(kImplementationLabels));
// The kImplementationLabels text in `words`' language; so the others below.
const char* ImplementationLabel(Implementation implementation,
                                const MessageCatalog& words = EnglishMessages());

inline constexpr EnumText<ControlStatus> kControlStatusLabels[] = {
    {ControlStatus::kOutOfScope, "not in scope for your role"},
    {ControlStatus::kNotApplicable, "not applicable"},
    {ControlStatus::kNotAssessed, "assess first"},
    {ControlStatus::kAssessed, "assessed"}};
static_assert(InEnumOrder(kControlStatusLabels));
const char* ControlStatusLabel(ControlStatus status,
                               const MessageCatalog& words = EnglishMessages());

// The Statement of Applicability's "applicable" column: "Yes", "No", "Not in scope".
const char* ApplicableLabel(const ControlResult& result,
                            const MessageCatalog& words = EnglishMessages());

// One line of the Statement of Applicability, for catalog.controls[index].
struct SoaEntry {
  size_t control_index = 0;
  std::string applicable;  // ApplicableLabel.
  // Why it is in or out: the control's N/A justification; or, for an
  // applicable control, whose guidance it is assessed on (kCloudGuidance or
  // kBaselineOnly) followed by the questions answered "na", each as
  // "<question id>: <justification>", joined by "; "; or why it is not in scope.
  std::string justification;
  std::string implementation;  // ImplementationLabel.
  std::string iso27002_2022;   // Iso27002List.
  std::string nist_800_53r5;   // NistList.
};

inline constexpr char kCloudGuidance[] =
    "Applicable; ISO/IEC 27017 gives cloud-specific guidance for your role";
inline constexpr char kBaselineOnly[] =
    "Applicable; no cloud-specific guidance for your role (assess under ISO/IEC 27002)";
// kCloudGuidance or kBaselineOnly, for a control that applies to the profile.
const char* GuidanceBasis(const Profile& profile, const Control& control,
                          const MessageCatalog& words = EnglishMessages());
// What the Statement of Applicability is, for its heading.
inline constexpr char kSoaScope[] =
    "An ISO/IEC 27017 supplement: read it with your ISO/IEC 27001:2022 Statement of "
    "Applicability, which covers all 93 Annex A controls.";
// kSoaScope in `words`' language.
const char* SoaScope(const MessageCatalog& words = EnglishMessages());

// Every control, in catalog order. `evaluation` must come from Evaluate on
// the same catalog and assessment.
std::vector<SoaEntry> StatementOfApplicability(const Catalog& catalog, const Assessment& assessment,
                                               const Evaluation& evaluation,
                                               const MessageCatalog& words = EnglishMessages());

// "8.24 Use of cryptography; 5.23 Cloud services (CloudGap's judgement)": the
// standard's own correspondence bare, CloudGap's judgement marked; "" when none.
std::string Iso27002List(const Control& control, const MessageCatalog& words = EnglishMessages());
// "AC-2, AC-3": NIST SP 800-53 Rev. 5 ids; "" when none.
std::string NistList(const Control& control);

// The answer's label from the catalog's answer scale ("Yes", "Partly", ...),
// or "Unanswered"; these when the scale gives none.
inline constexpr EnumText<Answer> kAnswerLabels[] = {
    {Answer::kUnanswered, "Unanswered"}, {Answer::kYes, "Yes"},
    {Answer::kPartly, "Partly"},         {Answer::kNo, "No"},
    {Answer::kDontKnow, "Don't know"},   {Answer::kNotApplicable, "Not applicable"}};
static_assert(InEnumOrder(kAnswerLabels));
std::string AnswerLabel(const Catalog& catalog, Answer answer,
                        const MessageCatalog& words = EnglishMessages());

// "3 (Defined)": the level and its label from the catalog's maturity scale.
std::string MaturityWithLabel(const Catalog& catalog, int level);

// "IaaS, PaaS, SaaS": the service models in scope.
std::string ServicesLabel(const Profile& profile);
inline constexpr EnumText<AssessmentMode> kModeLabels[] = {
    {AssessmentMode::kQuick, "quick scan"}, {AssessmentMode::kFull, "full assessment"}};
static_assert(InEnumOrder(kModeLabels));
const char* ModeLabel(AssessmentMode mode, const MessageCatalog& words = EnglishMessages());

// The organisation, or "unnamed organisation" when it is blank.
std::string OrganisationOrDefault(const Profile& profile,
                                  const MessageCatalog& words = EnglishMessages());

// The catalog's title, or its id when it has none.
std::string CatalogTitle(const Catalog& catalog);

// "2024-05-03" from "2024-05-03T16:42:10Z"; the text as it is when shorter.
std::string DateOf(const std::string& timestamp);

// Evidence as one line: "text (link); text (link)".
std::string EvidenceLine(const std::vector<EvidenceRef>& evidence);

// "dated 2024-01-15, review by 2025-01-15 (past it)": an evidence item's dates
// as of `as_of` ("YYYY-MM-DD"); empty when it has none. English keeps the
// ISO dates; other languages write them as they read them (FormatDate).
std::string EvidenceDates(const EvidenceRef& evidence, const std::string& as_of,
                          const MessageCatalog& words = EnglishMessages());

// "Reviewed by Dana", "In progress", "reviewer Dana": the status a person set
// and the reviewer, for a record with either.
std::string ReviewText(const ControlRecord& record,
                       const MessageCatalog& words = EnglishMessages());

// The role and the ISMS state (core/document/assessment.h: RoleScopeLabel,
// IsmsStateLabel) in `words`' language: the document part has no languages.
const char* RoleScopeWords(RoleScope role, const MessageCatalog& words = EnglishMessages());
const char* IsmsStateWords(IsmsState state, const MessageCatalog& words = EnglishMessages());

// ProfileError (core/document/assessment_edit.h) in `words`' language: the
// same checks in the same order, so the same problem is named.
std::string ProfileErrorWords(const Profile& profile,
                              const MessageCatalog& words = EnglishMessages());

// "Alice, Bob".
std::string NameList(const std::vector<std::string>& names);

// The line every report ends with: "CloudGap 0.1.0 (scoring cloudgap-scoring/1),
// catalog iso27017 1.0.0, sha256 <hex>".
std::string EngineLine(const Catalog& catalog, const MessageCatalog& words = EnglishMessages());

}  // namespace cloudgap

#endif  // CLOUDGAP_CORE_ENGINE_WORDING_H_
