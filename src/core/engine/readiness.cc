#include "core/engine/readiness.h"

#include <algorithm>
#include <string>
#include <utility>
#include <vector>

#include "core/text/score_format.h"

namespace cloudgap {
namespace {

constexpr size_t kNamedControls = 3;  // Controls named per reason; the rest are counted.

Readiness TierFromScore(double score) {
  if (score >= 80) return Readiness::kAuditReady;
  if (score >= 60) return Readiness::kClose;
  if (score >= 30) return Readiness::kSignificantGaps;
  return Readiness::kEarlyStage;
}

std::string NameControls(const Catalog& catalog, const std::vector<size_t>& indices) {
  std::string out;
  for (size_t i = 0; i < indices.size() && i < kNamedControls; ++i) {
    const Control& c = catalog.controls[indices[i]];
    if (i > 0) out += ", ";
    out += c.id + " " + c.title;
  }
  if (indices.size() > kNamedControls) {
    out += " and " + std::to_string(indices.size() - kNamedControls) + " more";
  }
  return out;
}

// Lowers *tier to `reason.tier` when that is lower, and keeps the reason.
void Cap(ReadinessReason reason, Readiness* tier, std::vector<ReadinessReason>* why) {
  if (static_cast<int>(reason.tier) >= static_cast<int>(*tier)) return;
  *tier = reason.tier;
  why->push_back(std::move(reason));
}

ReadinessReason ControlsReason(ReadinessReason::Rule rule, Readiness cap,
                               std::vector<size_t> controls) {
  ReadinessReason r;
  r.rule = rule;
  r.tier = cap;
  r.controls = std::move(controls);
  return r;
}

}  // namespace

const char* ReadinessName(Readiness tier) {
  return TextOf(kReadinessNames, tier);
}
const char* ReadinessLabel(Readiness tier) {
  return TextOf(kReadinessLabels, tier);
}

std::string ReadinessReasonText(const Catalog& catalog, const ReadinessReason& r) {
  using Rule = ReadinessReason::Rule;
  if (r.rule == Rule::kNothingScored) return "No applicable question has been answered yet.";
  if (r.rule == Rule::kScore) {
    return "Overall score " + FormatScore(r.score) + " of 100 gives " + ReadinessLabel(r.tier) +
           " (80+ audit-ready, 60+ close, 30+ significant gaps).";
  }
  std::string why;
  switch (r.rule) {
    case Rule::kHighRiskAtMaturity0Or1:
      why = "high-risk controls at maturity 0 or 1: " + NameControls(catalog, r.controls);
      break;
    case Rule::kHighRiskBelowTarget:
      why = "high-risk controls below their target: " + NameControls(catalog, r.controls);
      break;
    case Rule::kUnanswered:
      why =
          std::to_string(r.count) + " of " + std::to_string(r.asked) + " questions are unanswered";
      break;
    case Rule::kDontKnow:
      why =
          std::to_string(r.count) + " answers are \"don't know\", which an auditor would ask about";
      break;
    case Rule::kExpiredEvidence:
      why = "evidence is past its review-by date on " + NameControls(catalog, r.controls) +
            ", which an auditor would not accept as current";
      break;
    case Rule::kNothingScored:
    case Rule::kScore: break;
  }
  return std::string("At most ") + ReadinessLabel(r.tier) + ": " + why + ".";
}

void AssessReadiness(const Catalog& catalog, Evaluation* evaluation) {
  using Rule = ReadinessReason::Rule;
  OverallResult& overall = evaluation->overall;
  std::vector<ReadinessReason>& why = overall.readiness_why;
  why.clear();
  overall.readiness_reasons.clear();
  Readiness tier = Readiness::kNotAssessed;
  if (!overall.score) {
    why.push_back(ReadinessReason{});
  } else {
    tier = TierFromScore(RoundScore(*overall.score));  // The tier of the printed score.
    ReadinessReason from_score;
    from_score.rule = Rule::kScore;
    from_score.tier = tier;
    from_score.score = *overall.score;
    why.push_back(from_score);
    std::vector<size_t> critical, below_target, expired;
    for (size_t i = 0; i < evaluation->controls.size(); ++i) {
      const ControlResult& r = evaluation->controls[i];
      if (r.applicable() && r.expired_evidence > 0) expired.push_back(i);
      if (!r.applicable() || r.weight < kHighRiskWeight) continue;
      if (r.maturity && *r.maturity <= 1) critical.push_back(i);
      if (r.gap > 0) below_target.push_back(i);
    }
    if (!critical.empty()) {
      Cap(ControlsReason(Rule::kHighRiskAtMaturity0Or1, Readiness::kSignificantGaps, critical),
          &tier, &why);
    }
    if (!below_target.empty()) {
      Cap(ControlsReason(Rule::kHighRiskBelowTarget, Readiness::kClose, below_target), &tier, &why);
    }
    if (overall.answers.unanswered > 0) {
      ReadinessReason r;
      r.rule = Rule::kUnanswered;
      r.tier = Readiness::kClose;
      r.count = overall.answers.unanswered;
      r.asked = overall.answers.asked;
      Cap(r, &tier, &why);
    }
    if (overall.answers.dont_know > 0) {
      ReadinessReason r;
      r.rule = Rule::kDontKnow;
      r.tier = Readiness::kClose;
      r.count = overall.answers.dont_know;
      Cap(r, &tier, &why);
    }
    if (!expired.empty()) {
      Cap(ControlsReason(Rule::kExpiredEvidence, Readiness::kClose, expired), &tier, &why);
    }
  }
  overall.readiness = tier;
  for (const ReadinessReason& r : why) {
    overall.readiness_reasons.push_back(ReadinessReasonText(catalog, r));
  }
}

}  // namespace cloudgap
