// The readiness tier: one word for "how far from an audit", which a good
// average must not be able to fake. The tier starts from the overall score and
// is then capped by what an auditor would stop at:
//
//   from the score:  80+ audit-ready, 60+ close, 30+ significant gaps, below
//                    30 early stage; nothing scored yet: not assessed.
//   at most significant gaps  when a high-risk control (risk weight 4 or 5)
//                             is at maturity 0 or 1;
//   at most close             when a high-risk control is below its target,
//                             when questions are unanswered, when answers
//                             are "don't know", or when an applicable
//                             control's evidence is past its review-by date.
//
// The reasons say which rule set the tier, first the score, then each cap
// that lowered it, as values (readiness_why, for a screen to word in its
// language with ReadinessReasonText) and in English (readiness_reasons, for the
// data formats). See docs/scoring.md.
#ifndef CLOUDGAP_CORE_ENGINE_READINESS_H_
#define CLOUDGAP_CORE_ENGINE_READINESS_H_

#include <string>

#include "core/catalog/catalog.h"
#include "core/engine/evaluation.h"
#include "core/i18n/message_catalog.h"
#include "core/text/enum_text.h"

namespace cloudgap {

inline constexpr int kHighRiskWeight = 4;  // Risk weights 4 and 5 are "high risk".

inline constexpr EnumText<Readiness> kReadinessNames[] = {
    {Readiness::kNotAssessed, "not_assessed"},
    {Readiness::kEarlyStage, "early_stage"},
    {Readiness::kSignificantGaps, "significant_gaps"},
    {Readiness::kClose, "close"},
    {Readiness::kAuditReady, "audit_ready"}};
static_assert(InEnumOrder(kReadinessNames));
// For people.
inline constexpr EnumText<Readiness> kReadinessLabels[] = {
    {Readiness::kNotAssessed, "Not assessed yet"},
    {Readiness::kEarlyStage, "Early stage"},
    {Readiness::kSignificantGaps, "Significant gaps"},
    {Readiness::kClose, "Close"},
    {Readiness::kAuditReady, "Audit-ready"}};
static_assert(InEnumOrder(kReadinessLabels));

const char* ReadinessName(Readiness tier);
// kReadinessLabels' text in `words`' language.
const char* ReadinessLabel(Readiness tier, const MessageCatalog& words = EnglishMessages());

// Sets evaluation->overall.readiness, readiness_why and readiness_reasons from
// the rest of the evaluation, which must be complete. Evaluate calls it.
void AssessReadiness(const Catalog& catalog, Evaluation* evaluation);

// A reason in `words`' language, as reports and screens print it: "At most
// Close: 2 of 10 questions are unanswered." Controls are named by id and
// title, three at most.
std::string ReadinessReasonText(const Catalog& catalog, const ReadinessReason& reason,
                                const MessageCatalog& words = EnglishMessages());

}  // namespace cloudgap

#endif  // CLOUDGAP_CORE_ENGINE_READINESS_H_
