#include "core/engine/readiness.h"

#include <algorithm>
#include <string>
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

// Lowers *tier to `cap` when that is lower, saying why.
void Cap(Readiness cap, const std::string& why, Readiness* tier,
         std::vector<std::string>* reasons) {
  if (static_cast<int>(cap) >= static_cast<int>(*tier)) return;
  *tier = cap;
  reasons->push_back(std::string("At most ") + ReadinessLabel(cap) + ": " + why + ".");
}

}  // namespace

const char* ReadinessName(Readiness tier) {
  return TextOf(kReadinessNames, tier);
}
const char* ReadinessLabel(Readiness tier) {
  return TextOf(kReadinessLabels, tier);
}

void AssessReadiness(const Catalog& catalog, Evaluation* evaluation) {
  OverallResult& overall = evaluation->overall;
  overall.readiness_reasons.clear();
  if (!overall.score) {
    overall.readiness = Readiness::kNotAssessed;
    overall.readiness_reasons.push_back("No applicable question has been answered yet.");
    return;
  }
  Readiness tier = TierFromScore(RoundScore(*overall.score));  // The tier of the printed score.
  overall.readiness_reasons.push_back("Overall score " + FormatScore(*overall.score) +
                                      " of 100 gives " + ReadinessLabel(tier) +
                                      " (80+ audit-ready, 60+ close, 30+ significant gaps).");
  std::vector<size_t> critical, below_target, expired;
  for (size_t i = 0; i < evaluation->controls.size(); ++i) {
    const ControlResult& r = evaluation->controls[i];
    if (r.applicable() && r.expired_evidence > 0) expired.push_back(i);
    if (!r.applicable() || r.weight < kHighRiskWeight) continue;
    if (r.maturity && *r.maturity <= 1) critical.push_back(i);
    if (r.gap > 0) below_target.push_back(i);
  }
  std::vector<std::string>* reasons = &overall.readiness_reasons;
  if (!critical.empty()) {
    Cap(Readiness::kSignificantGaps,
        "high-risk controls at maturity 0 or 1: " + NameControls(catalog, critical), &tier,
        reasons);
  }
  if (!below_target.empty()) {
    Cap(Readiness::kClose,
        "high-risk controls below their target: " + NameControls(catalog, below_target), &tier,
        reasons);
  }
  if (overall.answers.unanswered > 0) {
    Cap(Readiness::kClose,
        std::to_string(overall.answers.unanswered) + " of " +
            std::to_string(overall.answers.asked) + " questions are unanswered",
        &tier, reasons);
  }
  if (overall.answers.dont_know > 0) {
    Cap(Readiness::kClose,
        std::to_string(overall.answers.dont_know) +
            " answers are \"don't know\", which an auditor would ask about",
        &tier, reasons);
  }
  if (!expired.empty()) {
    Cap(Readiness::kClose,
        "evidence is past its review-by date on " + NameControls(catalog, expired) +
            ", which an auditor would not accept as current",
        &tier, reasons);
  }
  overall.readiness = tier;
}

}  // namespace cloudgap
