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

std::string NameControls(const Catalog& catalog, const std::vector<size_t>& indices,
                         const MessageCatalog& words) {
  std::string out;
  for (size_t i = 0; i < indices.size() && i < kNamedControls; ++i) {
    const Control& c = catalog.controls[indices[i]];
    if (i > 0) out += ", ";
    out += c.id + " " + c.title;
  }
  if (indices.size() <= kNamedControls) return out;
  return words.Tr("{controls} and {count} more",
                  {{"controls", out}, {"count", indices.size() - kNamedControls}});
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
const char* ReadinessLabel(Readiness tier, const MessageCatalog& words) {
  switch (tier) {
    case Readiness::kNotAssessed: return words.Tr("Not assessed yet").data();
    case Readiness::kEarlyStage: return words.Tr("Early stage").data();
    case Readiness::kSignificantGaps: return words.Tr("Significant gaps").data();
    case Readiness::kClose: return words.Tr("readiness|Close").data();
    case Readiness::kAuditReady: return words.Tr("Audit-ready").data();
  }
  return TextOf(kReadinessLabels, tier);
}

std::string ReadinessReasonText(const Catalog& catalog, const ReadinessReason& r,
                                const MessageCatalog& words) {
  using Rule = ReadinessReason::Rule;
  const char* tier = ReadinessLabel(r.tier, words);
  switch (r.rule) {
    case Rule::kNothingScored:
      return std::string(words.Tr("No applicable question has been answered yet."));
    case Rule::kScore:
      return words.Tr(
          "Overall score {score} of 100 gives {tier} (80+ audit-ready, 60+ close, 30+ "
          "significant gaps).",
          {{"score", FormatScore(r.score, words.language())}, {"tier", tier}});
    case Rule::kHighRiskAtMaturity0Or1:
      return words.Tr("At most {tier}: high-risk controls at maturity 0 or 1: {controls}.",
                      {{"tier", tier}, {"controls", NameControls(catalog, r.controls, words)}});
    case Rule::kHighRiskBelowTarget:
      return words.Tr("At most {tier}: high-risk controls below their target: {controls}.",
                      {{"tier", tier}, {"controls", NameControls(catalog, r.controls, words)}});
    case Rule::kUnanswered:
      return words.Tr(
          "At most {tier}: {count} of {asked, plural, one {# question} other {# questions}} "
          "{count, plural, one {is} other {are}} unanswered.",
          {{"tier", tier}, {"count", r.count}, {"asked", r.asked}});
    case Rule::kDontKnow:
      return words.Tr(
          "At most {tier}: {count, plural, one {# answer is} other {# answers are}} \"don't "
          "know\", which an auditor would ask about.",
          {{"tier", tier}, {"count", r.count}});
    case Rule::kExpiredEvidence:
      return words.Tr(
          "At most {tier}: evidence is past its review-by date on {controls}, which an "
          "auditor would not accept as current.",
          {{"tier", tier}, {"controls", NameControls(catalog, r.controls, words)}});
  }
  return "";
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
