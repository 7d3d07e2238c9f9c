// What Evaluate (scoring.h) finds: per control, per clause and overall. Plain
// data, index-aligned with the catalog (controls[i] is catalog.controls[i],
// clauses[i] is catalog.clauses[i]), so it holds no pointers and can be kept
// from frame to frame. The meaning of every number is in docs/scoring.md.
#ifndef CLOUDGAP_CORE_ENGINE_EVALUATION_H_
#define CLOUDGAP_CORE_ENGINE_EVALUATION_H_

#include <array>
#include <iterator>
#include <optional>
#include <string>
#include <vector>

#include "core/text/enum_text.h"

namespace cloudgap {

enum class ControlStatus {
  kOutOfScope,     // No question is asked of this profile ("not in scope for your role").
  kNotApplicable,  // Marked not applicable, or every asked question answered "na".
  kNotAssessed,    // Applicable, but nothing counted yet and no maturity set: "assess first".
  kAssessed,       // Applicable, with at least one counted answer or a maturity set by hand.
};
inline constexpr int kControlStatusCount = 4;

inline constexpr EnumText<ControlStatus> kControlStatusNames[] = {
    {ControlStatus::kOutOfScope, "out_of_scope"},
    {ControlStatus::kNotApplicable, "not_applicable"},
    {ControlStatus::kNotAssessed, "not_assessed"},
    {ControlStatus::kAssessed, "assessed"}};
static_assert(InEnumOrder(kControlStatusNames));
static_assert(std::size(kControlStatusNames) == kControlStatusCount);

const char* ControlStatusName(ControlStatus status);

// How the asked questions of a control (or of many) were answered.
struct AnswerTally {
  int asked = 0;
  int yes = 0;
  int partly = 0;
  int no = 0;
  int dont_know = 0;
  int na = 0;
  int unanswered = 0;
  double credit = 0;  // Sum of the counted answers' credits.

  // Counted answers make the score: yes, partly, no and don't know.
  int counted() const { return yes + partly + no + dont_know; }
  int answered() const { return counted() + na; }
  void Add(const AnswerTally& other);
};

struct ControlResult {
  ControlStatus status = ControlStatus::kOutOfScope;
  bool marked_not_applicable = false;   // By the user, for the whole control.
  AnswerTally answers;                  // Over the questions asked of the profile.
  std::optional<double> score;          // 0..100, when assessed with counted answers.
  std::optional<int> derived_maturity;  // From the score.
  std::optional<int> maturity;          // Set by hand if it was, else derived.
  bool maturity_explicit = false;
  int target = 0;
  bool target_explicit = false;
  int gap = 0;     // max(0, target - maturity); 0 while the maturity is unknown.
  int weight = 1;  // The control's risk weight for the profile's role (RiskWeightFor).
  // Evidence past its review-by date on the day the document was last changed.
  int expired_evidence = 0;

  bool applicable() const {
    return status == ControlStatus::kNotAssessed || status == ControlStatus::kAssessed;
  }
};

struct ClauseResult {
  int number = 0;
  int applicable_controls = 0;
  int scored_controls = 0;
  double weight = 0;            // Sum of the scored controls' risk weights.
  std::optional<double> score;  // Weighted mean of their scores; none when nothing scored.
};

enum class Readiness { kNotAssessed, kEarlyStage, kSignificantGaps, kClose, kAuditReady };

// One rule that set or capped the readiness tier (core/engine/readiness.h), with
// what it names: the values a screen words in its own language.
struct ReadinessReason {
  enum class Rule {
    kNothingScored,           // No applicable question answered yet.
    kScore,                   // The tier of the printed score.
    kHighRiskAtMaturity0Or1,  // Capped at significant gaps.
    kHighRiskBelowTarget,     // Capped at close, as are the three below.
    kUnanswered,
    kDontKnow,
    kExpiredEvidence,
  };
  Rule rule = Rule::kNothingScored;
  Readiness tier = Readiness::kNotAssessed;  // The score's tier, or the cap.
  double score = 0;                          // kScore: the overall score.
  int count = 0;                             // kUnanswered, kDontKnow.
  int asked = 0;                             // kUnanswered: questions asked.
  std::vector<size_t> controls;              // The control rules: catalog positions, in order.
};

struct OverallResult {
  std::optional<double> score;  // Weighted mean of every scored control; none when nothing scored.
  double completion = 0;        // Percent of the applicable controls' asked questions answered.
  AnswerTally answers;          // Over applicable controls only.
  std::array<int, kControlStatusCount> controls_by_status{};  // Indexed by ControlStatus.
  int controls_with_gap = 0;
  double weight = 0;  // Sum of the scored controls' risk weights.
  Readiness readiness = Readiness::kNotAssessed;
  std::vector<ReadinessReason> readiness_why;  // Why this tier, first rule first.
  std::vector<std::string> readiness_reasons;  // The same in English (ReadinessReasonText).
};

struct Evaluation {
  std::vector<ControlResult> controls;  // Index-aligned with catalog.controls.
  std::vector<ClauseResult> clauses;    // Index-aligned with catalog.clauses.
  OverallResult overall;
};

}  // namespace cloudgap

#endif  // CLOUDGAP_CORE_ENGINE_EVALUATION_H_
