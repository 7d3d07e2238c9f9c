// The quick-scan summary: what a sales engineer sends a prospect after a
// ten-minute scan. Plain text, a few short paragraphs: readiness tier, score,
// the top gaps, and the effort to reach the target at the team's capacity.
#ifndef CLOUDGAP_CORE_ENGINE_QUICK_SUMMARY_H_
#define CLOUDGAP_CORE_ENGINE_QUICK_SUMMARY_H_

#include <string>
#include <vector>

#include "core/catalog/catalog.h"
#include "core/document/assessment.h"
#include "core/engine/audit_plan.h"
#include "core/engine/evaluation.h"
#include "core/engine/roadmap.h"
#include "core/i18n/message_catalog.h"

namespace cloudgap {

inline constexpr int kTopGapCount = 5;

struct EffortEstimate {
  int person_days = 0;  // All roadmap items together.
  double months = 0;    // At the profile's capacity.
  int items = 0;
};

EffortEstimate EstimateEffort(const Roadmap& roadmap);

// The first `count` roadmap items: the gaps to close first.
std::vector<const RoadmapItem*> TopGaps(const Roadmap& roadmap, int count = kTopGapCount);

// "about 120 person-days over 18 controls, roughly 6.5 months at 20 person-days
// a month": the effort in the words the screen and the summary share (months
// rounded up to the half month; none when the estimate has no months), in
// `words`' language.
std::string EffortWords(const EffortEstimate& effort, int capacity_days_per_month,
                        const MessageCatalog& words = EnglishMessages());

// "stage 1 between month 4 and month 6, stage 2 in month 9".
std::string AuditMonthsWords(const AuditRange& audit,
                             const MessageCatalog& words = EnglishMessages());

// How a report of a quick scan introduces and qualifies that range.
inline constexpr char kQuickScanRangeLead[] = "From a quick scan the estimate is a range: ";
inline constexpr char kQuickScanRangeTail[] =
    " (every effort at the bottom and at the top of its range; a full assessment narrows it).";
// kQuickScanRangeLead + AuditMonthsWords + kQuickScanRangeTail in `words`' language.
std::string QuickScanRangeWords(const AuditRange& audit,
                                const MessageCatalog& words = EnglishMessages());

// Plain text for e-mail, in `words`' language; the same input gives the same text.
std::string QuickScanSummary(const Catalog& catalog, const Assessment& assessment,
                             const Evaluation& evaluation, const Roadmap& roadmap,
                             const MessageCatalog& words = EnglishMessages());

}  // namespace cloudgap

#endif  // CLOUDGAP_CORE_ENGINE_QUICK_SUMMARY_H_
