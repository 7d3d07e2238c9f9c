// The close-out check: before a report goes to an auditor or a customer, what
// they would query first, control by control, in catalog order:
//
//   yes without evidence   an applicable control answered "yes" to at least
//                          one question, with no evidence listed;
//   short justification    "not applicable" (a question or the whole
//                          control) justified in less than a sentence:
//                          fewer than four words;
//   owner without due date an owner is named but no due date is set;
//   expired evidence       evidence past its review-by date on the day the
//                          document was last changed (readiness.h caps at
//                          close for it).
//
// And where the work on each control stands (WorkStatus): what a person set,
// else what the answers say. Deterministic.
#ifndef CLOUDGAP_CORE_ENGINE_CLOSEOUT_H_
#define CLOUDGAP_CORE_ENGINE_CLOSEOUT_H_

#include <string>
#include <vector>

#include "core/catalog/catalog.h"
#include "core/document/assessment.h"
#include "core/engine/evaluation.h"
#include "core/i18n/message_catalog.h"
#include "core/text/enum_text.h"

namespace cloudgap {

enum class CloseoutKind {
  kYesWithoutEvidence,
  kShortJustification,
  kOwnerWithoutDueDate,
  kExpiredEvidence
};
inline constexpr EnumText<CloseoutKind> kCloseoutKindNames[] = {
    {CloseoutKind::kYesWithoutEvidence, "yes_without_evidence"},
    {CloseoutKind::kShortJustification, "short_justification"},
    {CloseoutKind::kOwnerWithoutDueDate, "owner_without_due_date"},
    {CloseoutKind::kExpiredEvidence, "expired_evidence"}};
static_assert(InEnumOrder(kCloseoutKindNames));

struct CloseoutFinding {
  CloseoutKind kind;
  std::string control_id;
  std::string detail;  // One sentence for a person.
};

// Each detail in `words`' language.
std::vector<CloseoutFinding> CloseoutCheck(const Catalog& catalog, const Assessment& assessment,
                                           const Evaluation& evaluation,
                                           const MessageCatalog& words = EnglishMessages());

// Fewer than four words: not a reason an auditor can check.
bool IsShortJustification(const std::string& text);

// What a person set, else: every asked question answered, answered; some, in
// progress; none, not started. A control with nothing asked is answered.
WorkStatus WorkStatusOf(const ControlRecord* record, const ControlResult& result);

// For people: "Not started", "In progress", "Answered", "Reviewed".
const char* WorkStatusLabel(WorkStatus status, const MessageCatalog& words = EnglishMessages());

}  // namespace cloudgap

#endif  // CLOUDGAP_CORE_ENGINE_CLOSEOUT_H_
