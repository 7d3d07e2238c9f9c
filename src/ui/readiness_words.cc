#include "ui/readiness_words.h"

#include "core/text/score_format.h"
#include "ui/app_ui.h"
#include "ui/tr.h"

namespace cloudgap::ui {
namespace {

constexpr size_t kNamedControls = 3;  // As the core names them; the rest are counted.

std::string Controls(const Catalog& catalog, const std::vector<size_t>& positions) {
  std::string named;
  for (size_t i = 0; i < positions.size() && i < kNamedControls; ++i) {
    const Control& c = catalog.controls[positions[i]];
    if (i > 0) named += ", ";
    named += c.id + " " + c.title;
  }
  if (positions.size() <= kNamedControls) return named;
  return Tr("{controls} and {count} more",
            {{"controls", named}, {"count", positions.size() - kNamedControls}});
}

}  // namespace

std::string ReadinessReasonWords(const Catalog& catalog, const ReadinessReason& r) {
  using Rule = ReadinessReason::Rule;
  const char* tier = TrReadiness(r.tier);
  switch (r.rule) {
    case Rule::kNothingScored: return Tr("No applicable question has been answered yet.");
    case Rule::kScore:
      return Tr(
          "Overall score {score} of 100 gives {tier} (80+ audit-ready, 60+ close, 30+ "
          "significant gaps).",
          {{"score", FormatScore(r.score, UiMessages().language())}, {"tier", tier}});
    case Rule::kHighRiskAtMaturity0Or1:
      return Tr("At most {tier}: high-risk controls at maturity 0 or 1: {controls}.",
                {{"tier", tier}, {"controls", Controls(catalog, r.controls)}});
    case Rule::kHighRiskBelowTarget:
      return Tr("At most {tier}: high-risk controls below their target: {controls}.",
                {{"tier", tier}, {"controls", Controls(catalog, r.controls)}});
    case Rule::kUnanswered:
      return Tr(
          "At most {tier}: {count} of {asked, plural, one {# question} other {# questions}} "
          "{count, plural, one {is} other {are}} unanswered.",
          {{"tier", tier}, {"count", r.count}, {"asked", r.asked}});
    case Rule::kDontKnow:
      return Tr(
          "At most {tier}: {count, plural, one {# answer is} other {# answers are}} \"don't "
          "know\", which an auditor would ask about.",
          {{"tier", tier}, {"count", r.count}});
    case Rule::kExpiredEvidence:
      return Tr(
          "At most {tier}: evidence is past its review-by date on {controls}, which an "
          "auditor would not accept as current.",
          {{"tier", tier}, {"controls", Controls(catalog, r.controls)}});
  }
  return "";
}

}  // namespace cloudgap::ui
