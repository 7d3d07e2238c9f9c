// The remediation roadmap: every applicable control with a gap, ranked,
// placed into time phases by the team's capacity, with the overall score
// projected after each phase. See docs/scoring.md ("The roadmap").
//
//   effort    = midpoint of the control's effort_days x gap / target, rounded
//               up to whole person-days (the catalog's effort closes a full gap).
//   urgency   = the item's risk weight, or the highest urgency of an item that
//               hard-depends on it, if higher: a blocker is as urgent as what
//               it unblocks. Soft links (informed_by) are advice and never move
//               an item.
//   order     = by urgency band (high: 4-5, medium: 3, lower: 1-2); within a
//               band quick wins (5 person-days or less) first, then urgency x
//               gap / effort, ties in catalog order; never before a control the
//               item hard-depends on. Dependencies without a gap are satisfied.
//   phases    = work goes in rank order at capacity person-days a month; an
//               item falls into the phase in which it would be finished:
//               0-30 days (1 month), 31-90 (3), 91-180 (6), later.
//   projection= after each phase, the overall score with every item done so far
//               counted at its target: max(score, 20 x target).
//
// The management-system steps a profile still has to do (management_steps.h)
// are items too, ranked by the same rules with their own weight and a full gap,
// after their prerequisite steps; the internal audit comes after every control
// item (an ordering only: it is neither listed as a dependency nor passed on as
// urgency).
//
// Applicable controls with nothing answered are listed as "assess first", not
// as gaps. BuildRoadmap costs O(n log n + dependency edges).
#ifndef CLOUDGAP_CORE_ENGINE_ROADMAP_H_
#define CLOUDGAP_CORE_ENGINE_ROADMAP_H_

#include <array>
#include <iterator>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/catalog/catalog.h"
#include "core/document/assessment.h"
#include "core/engine/evaluation.h"
#include "core/i18n/message_catalog.h"
#include "core/text/enum_text.h"

namespace cloudgap {

enum class Phase { kDays0To30 = 1, kDays31To90 = 2, kDays91To180 = 3, kLater = 4 };
inline constexpr int kPhaseCount = 4;
inline constexpr int kQuickWinMaxDays = 5;

enum class UrgencyBand { kHigh = 0, kMedium = 1, kLower = 2 };
UrgencyBand BandForUrgency(int urgency);  // 4-5 high, 3 medium, else lower.
inline constexpr EnumText<UrgencyBand> kUrgencyBandLabels[] = {
    {UrgencyBand::kHigh, "high"}, {UrgencyBand::kMedium, "medium"}, {UrgencyBand::kLower, "lower"}};
static_assert(InEnumOrder(kUrgencyBandLabels));
const char* UrgencyBandLabel(UrgencyBand band);

// Phases count from 1, so this table is not in enum order (TextOf searches it);
// the round-trip test stands in for the static_assert.
inline constexpr EnumText<Phase> kPhaseLabels[] = {{Phase::kDays0To30, "0-30 days"},
                                                   {Phase::kDays31To90, "31-90 days"},
                                                   {Phase::kDays91To180, "91-180 days"},
                                                   {Phase::kLater, "later"}};
static_assert(std::size(kPhaseLabels) == kPhaseCount);
// The label in `words`' language; English is kPhaseLabels'.
const char* PhaseLabel(Phase phase, const MessageCatalog& words = EnglishMessages());

inline constexpr size_t kNoControl = static_cast<size_t>(-1);

struct RoadmapItem {
  size_t control_index = 0;  // Into catalog.controls; kNoControl for a step.
  int step_index = -1;       // Into catalog.management_steps; -1 for a control.
  std::string control_id;    // The control's id, or the step's ("MS.2").
  std::string_view title;    // The catalog's, as `actions` below.
  int rank = 0;              // 1 = first.
  Phase phase = Phase::kLater;
  int maturity = 0;  // For a step: 0 of a target of 1 (to do), a gap of 1.
  int target = 0;
  int gap = 0;
  int effort_days = 0;
  int risk_weight = 0;     // For the profile's role.
  int urgency = 0;         // risk_weight, or more when a more urgent item waits for it.
  std::string urgent_for;  // The item it takes its urgency from; empty when its own.
  bool quick_win = false;
  int finished_after_days = 0;  // Cumulative person-days of work up to and including this item.
  std::vector<std::string> depends_on;  // Roadmap items that come first (direct dependencies).
  std::vector<std::string> unblocks;    // Roadmap items waiting for this one, in rank order.
  std::vector<std::string> unassessed_dependencies;  // Dependencies not assessed yet.
  std::vector<std::string> informed_by;  // Soft links still open (gap or not assessed): advice.
  // Remediation steps for the profile's role: views of the catalog's texts (a
  // copy cost more than the rest of a 10,000-control roadmap), valid while the
  // catalog is.
  std::vector<std::string_view> actions;
  int stage = 0;  // A step's certification audit stage (1 or 2); 0 for a control.

  bool is_step() const { return step_index >= 0; }
  std::string owner;  // From the assessment, when set.
  std::string due_date;
  std::string reason;  // One line: why this rank.
  // Points of overall score the item adds when done: the items' gains add up
  // to the last phase's projection minus the current score. 0 for a step.
  double score_gain = 0;
};

struct PhaseProjection {
  Phase phase = Phase::kLater;
  int items = 0;                // Items in this phase.
  int effort_days = 0;          // Their effort.
  std::optional<double> score;  // Overall score once this and every earlier phase is done.
};

struct Roadmap {
  std::vector<RoadmapItem> items;                       // In rank order.
  std::vector<size_t> assess_first;                     // Control indices, in catalog order.
  std::optional<double> current_score;                  // The evaluation's overall score.
  std::array<PhaseProjection, kPhaseCount> projection;  // Phases 1..4.
  int capacity_days_per_month = 0;
};

// Which point of the catalog's effort ranges the plan uses: the midpoint, or,
// for a range of dates (the quick scan's audit estimate), either end.
enum class EffortPoint { kMidpoint, kMinimum, kMaximum };

// Each item's reason in `words`' language.
Roadmap BuildRoadmap(const Catalog& catalog, const Assessment& assessment,
                     const Evaluation& evaluation, EffortPoint point = EffortPoint::kMidpoint,
                     const MessageCatalog& words = EnglishMessages());

// Person-days to close `gap` levels of a control whose target is `target`,
// for a profile of `role`.
int EffortDays(const Control& control, RoleScope role, int gap, int target,
               EffortPoint point = EffortPoint::kMidpoint);

}  // namespace cloudgap

#endif  // CLOUDGAP_CORE_ENGINE_ROADMAP_H_
