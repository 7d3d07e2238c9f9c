#include "core/engine/explain.h"

#include "core/engine/readiness.h"
#include "core/engine/scoring.h"
#include "core/text/score_format.h"

namespace cloudgap {
namespace {

std::string Plural(int n, const char* one, const char* many) {
  return std::to_string(n) + " " + (n == 1 ? one : many);
}

std::string ProfileWords(const Profile& p) {
  std::string services;
  for (const auto& [s, label] : kServiceModelLabels) {
    if (!p.services[static_cast<size_t>(s)]) continue;
    if (!services.empty()) services += ", ";
    services += label;
  }
  return std::string(RoleScopeLabel(p.role)) + " (" + services + ", " +
         (p.mode == AssessmentMode::kQuick ? "quick scan" : "full assessment") + ")";
}

std::string CreditWords(const Catalog& catalog, Answer a) {
  return FormatScore(AnswerCredit(catalog, a));
}

void ExplainScore(const Catalog& catalog, const ControlResult& r, std::vector<std::string>* out) {
  const AnswerTally& t = r.answers;
  out->push_back(
      "Counted answers: " + std::to_string(t.counted()) + " (yes " + std::to_string(t.yes) + " x " +
      CreditWords(catalog, Answer::kYes) + ", partly " + std::to_string(t.partly) + " x " +
      CreditWords(catalog, Answer::kPartly) + ", no " + std::to_string(t.no) + " x " +
      CreditWords(catalog, Answer::kNo) + ", don't know " + std::to_string(t.dont_know) + " x " +
      CreditWords(catalog, Answer::kDontKnow) + ") = " + FormatScore(t.credit) + " points.");
  out->push_back("Score = 100 x " + FormatScore(t.credit) + " / " + std::to_string(t.counted()) +
                 " = " + FormatScore(*r.score) + ".");
}

void ExplainLeftOut(const AnswerTally& t, std::vector<std::string>* out) {
  if (t.na > 0 || t.unanswered > 0) {
    out->push_back(
        "Left out of the score, not counted as failures: " + Plural(t.na, "question", "questions") +
        " not applicable, " + std::to_string(t.unanswered) + " unanswered.");
  }
  if (t.dont_know > 0) {
    out->push_back("\"Don't know\" counts as not implemented: " +
                   Plural(t.dont_know, "answer", "answers") + " to find out.");
  }
}

void ExplainMaturity(const ControlResult& r, std::vector<std::string>* out) {
  if (r.maturity_explicit) {
    std::string derived =
        r.derived_maturity ? "the answers alone would give " + std::to_string(*r.derived_maturity)
                           : "there are no counted answers to derive it from";
    out->push_back("Maturity " + std::to_string(*r.maturity) + " of 5: set by hand (" + derived +
                   ").");
  } else {
    out->push_back("Maturity " + std::to_string(*r.maturity) +
                   " of 5: from the score (0 at 0, 1 below 40, 2 from 40, 3 from 60, 4 from 80, "
                   "5 at 100).");
  }
  out->push_back("Target " + std::to_string(r.target) + ": " +
                 (r.target_explicit ? "set for this control." : "your profile's target."));
  if (r.gap > 0) {
    out->push_back("Gap = target - maturity = " + std::to_string(r.target) + " - " +
                   std::to_string(*r.maturity) + " = " + std::to_string(r.gap) +
                   ": the control is on the roadmap.");
  } else {
    out->push_back("No gap: maturity " + std::to_string(*r.maturity) + " meets target " +
                   std::to_string(r.target) + ".");
  }
}

}  // namespace

std::vector<std::string> ExplainControl(const Catalog& catalog, const Assessment& assessment,
                                        const Evaluation& evaluation, size_t control_index) {
  std::vector<std::string> out;
  if (control_index >= catalog.controls.size() || control_index >= evaluation.controls.size()) {
    return out;
  }
  const Control& c = catalog.controls[control_index];
  const ControlResult& r = evaluation.controls[control_index];
  const std::string name = c.id + " " + c.title;
  switch (r.status) {
    case ControlStatus::kOutOfScope:
      out.push_back(name + ": not in scope for your role. None of its questions is asked of a " +
                    ProfileWords(assessment.profile) + ". It is left out of every score.");
      return out;
    case ControlStatus::kNotApplicable: {
      const ControlRecord* record = assessment.RecordFor(c.id);
      out.push_back(name + ": not applicable" +
                    (r.marked_not_applicable && record
                         ? " (\"" + record->justification + "\")"
                         : ", every question asked was answered not applicable") +
                    ". It is left out of every score and is not counted as a failure.");
      return out;
    }
    case ControlStatus::kNotAssessed:
      out.push_back(name + ": not assessed yet. None of its " +
                    Plural(r.answers.asked, "question", "questions") +
                    " has a counted answer, so it has no score; the roadmap lists it as "
                    "\"assess first\".");
      ExplainLeftOut(r.answers, &out);
      return out;
    case ControlStatus::kAssessed: break;
  }
  out.push_back(name + ": score " + (r.score ? FormatScore(*r.score) + " of 100" : "none") +
                ", maturity " + std::to_string(*r.maturity) + ", target " +
                std::to_string(r.target) + ", gap " + std::to_string(r.gap) + ".");
  out.push_back("Questions asked of a " + ProfileWords(assessment.profile) + ": " +
                std::to_string(r.answers.asked) + ".");
  if (r.score) {
    ExplainScore(catalog, r, &out);
  } else {
    out.push_back(
        "No counted answers yet, so no score; the control is left out of the clause "
        "and overall scores.");
  }
  ExplainLeftOut(r.answers, &out);
  ExplainMaturity(r, &out);
  out.push_back("Risk weight " + std::to_string(r.weight) +
                " of 5: in the clause and overall scores this control counts " +
                std::to_string(r.weight) + " times as much as a weight-1 control.");
  return out;
}

std::vector<std::string> ExplainOverall(const Catalog& /*catalog*/, const Evaluation& evaluation) {
  const OverallResult& o = evaluation.overall;
  std::vector<std::string> out;
  int scored = 0;
  for (const ControlResult& r : evaluation.controls) scored += r.applicable() && r.score ? 1 : 0;
  if (o.score) {
    out.push_back("Overall score " + FormatScore(*o.score) + " of 100: the risk-weighted mean of " +
                  Plural(scored, "scored control", "scored controls") +
                  " (sum of weight x score, divided by the sum of the weights, " +
                  FormatScore(o.weight) + ").");
  } else {
    out.push_back("No overall score yet: no applicable question has a counted answer.");
  }
  out.push_back("Completion " + FormatScore(o.completion) +
                "%: " + std::to_string(o.answers.answered()) + " of " +
                Plural(o.answers.asked, "question", "questions") +
                " answered (\"not applicable\" counts as answered). Completion is not part of "
                "the score.");
  const auto& by = o.controls_by_status;
  out.push_back(
      "Left out of the score: " +
      Plural(by[static_cast<size_t>(ControlStatus::kNotApplicable)], "control", "controls") +
      " not applicable, " + std::to_string(by[static_cast<size_t>(ControlStatus::kOutOfScope)]) +
      " not in scope for your role, " +
      std::to_string(by[static_cast<size_t>(ControlStatus::kNotAssessed)]) +
      " not assessed yet, and " + Plural(o.answers.na, "question", "questions") +
      " answered not applicable.");
  if (o.answers.dont_know > 0) {
    out.push_back("\"Don't know\": " + Plural(o.answers.dont_know, "answer", "answers") +
                  ", counted as not implemented.");
  }
  out.push_back(std::string("Readiness: ") + ReadinessLabel(o.readiness) + ".");
  for (const std::string& reason : o.readiness_reasons) out.push_back(reason);
  return out;
}

std::vector<std::string> ScoringRules(const Catalog& catalog) {
  return {
      "Each answer earns a share of its question: yes " + CreditWords(catalog, Answer::kYes) +
          ", partly " + CreditWords(catalog, Answer::kPartly) + ", no " +
          CreditWords(catalog, Answer::kNo) + ", don't know " +
          CreditWords(catalog, Answer::kDontKnow) + ".",
      "A control's score is 100 x the points earned / the number of counted answers. \"Not "
      "applicable\" and unanswered questions are left out, not counted as failures; \"don't "
      "know\" counts as not implemented and is reported separately.",
      "A control's maturity comes from its score (0 at 0, 1 below 40, 2 from 40, 3 from 60, "
      "4 from 80, 5 at 100) unless it was set by hand. Its gap is target - maturity, never "
      "below 0.",
      "Clause and overall scores are the risk-weighted mean of the scored controls' scores: a "
      "control of risk weight 5 counts five times as much as one of weight 1. Controls marked "
      "not applicable, not in scope for your role, or not assessed yet are left out.",
      "Completion, the share of questions answered, is reported apart from the score.",
      "Readiness starts from the overall score (80+ audit-ready, 60+ close, 30+ significant "
      "gaps, else early stage); a high-risk control (weight 4 or 5) at maturity 0 or 1 caps it "
      "at significant gaps; a high-risk control below target, unanswered questions or \"don't "
      "know\" answers cap it at close.",
  };
}

}  // namespace cloudgap
