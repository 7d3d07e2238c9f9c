#include "core/engine/explain.h"

#include "core/engine/readiness.h"
#include "core/engine/scoring.h"
#include "core/engine/wording.h"
#include "core/text/score_format.h"

namespace cloudgap {
namespace {

// "cloud service customer (IaaS, SaaS, quick scan)".
std::string ProfileWords(const Profile& p, const MessageCatalog& words) {
  return std::string(RoleScopeWords(p.role, words)) + " (" + ServicesLabel(p) + ", " +
         ModeLabel(p.mode, words) + ")";
}

std::string CreditWords(const Catalog& catalog, Answer a, const MessageCatalog& words) {
  return FormatScore(AnswerCredit(catalog, a), words.language());
}

void ExplainScore(const Catalog& catalog, const ControlResult& r, const MessageCatalog& words,
                  std::vector<std::string>* out) {
  const AnswerTally& t = r.answers;
  const std::string points = FormatScore(t.credit, words.language());
  out->push_back(words.Tr(
      "Counted answers: {counted} (yes {yes} x {yes_credit}, partly {partly} x {partly_credit}, "
      "no {no} x {no_credit}, don't know {dont_know} x {dont_know_credit}) = {points} points.",
      {{"counted", t.counted()},
       {"yes", t.yes},
       {"yes_credit", CreditWords(catalog, Answer::kYes, words)},
       {"partly", t.partly},
       {"partly_credit", CreditWords(catalog, Answer::kPartly, words)},
       {"no", t.no},
       {"no_credit", CreditWords(catalog, Answer::kNo, words)},
       {"dont_know", t.dont_know},
       {"dont_know_credit", CreditWords(catalog, Answer::kDontKnow, words)},
       {"points", points}}));
  out->push_back(words.Tr("Score = 100 x {points} / {counted} = {score}.",
                          {{"points", points},
                           {"counted", t.counted()},
                           {"score", FormatScore(*r.score, words.language())}}));
}

void ExplainLeftOut(const AnswerTally& t, const MessageCatalog& words,
                    std::vector<std::string>* out) {
  if (t.na > 0 || t.unanswered > 0) {
    out->push_back(
        words.Tr("Left out of the score, not counted as failures: {na, plural, one {# question} "
                 "other {# questions}} not applicable, {unanswered} unanswered.",
                 {{"na", t.na}, {"unanswered", t.unanswered}}));
  }
  if (t.dont_know > 0) {
    out->push_back(words.Tr(
        "\"Don't know\" counts as not implemented: {count, plural, one {# answer} other {# "
        "answers}} to find out.",
        {{"count", t.dont_know}}));
  }
}

void ExplainMaturity(const ControlResult& r, const MessageCatalog& words,
                     std::vector<std::string>* out) {
  if (r.maturity_explicit && r.derived_maturity) {
    out->push_back(
        words.Tr("Maturity {maturity} of 5: set by hand (the answers alone would give {derived}).",
                 {{"maturity", *r.maturity}, {"derived", *r.derived_maturity}}));
  } else if (r.maturity_explicit) {
    out->push_back(words.Tr(
        "Maturity {maturity} of 5: set by hand (there are no counted answers to derive it from).",
        {{"maturity", *r.maturity}}));
  } else {
    out->push_back(
        words.Tr("Maturity {maturity} of 5: from the score (0 at 0, 1 below 40, 2 from 40, 3 from "
                 "60, 4 from 80, 5 at 100).",
                 {{"maturity", *r.maturity}}));
  }
  out->push_back(r.target_explicit
                     ? words.Tr("Target {target}: set for this control.", {{"target", r.target}})
                     : words.Tr("Target {target}: your profile's target.", {{"target", r.target}}));
  if (r.gap > 0) {
    out->push_back(words.Tr(
        "Gap = target - maturity = {target} - {maturity} = {gap}: the control is on the roadmap.",
        {{"target", r.target}, {"maturity", *r.maturity}, {"gap", r.gap}}));
  } else {
    out->push_back(words.Tr("No gap: maturity {maturity} meets target {target}.",
                            {{"maturity", *r.maturity}, {"target", r.target}}));
  }
}

}  // namespace

std::vector<std::string> ExplainControl(const Catalog& catalog, const Assessment& assessment,
                                        const Evaluation& evaluation, size_t control_index,
                                        const MessageCatalog& words) {
  std::vector<std::string> out;
  if (control_index >= catalog.controls.size() || control_index >= evaluation.controls.size()) {
    return out;
  }
  const Control& c = catalog.controls[control_index];
  const ControlResult& r = evaluation.controls[control_index];
  const std::string name = c.id + " " + c.title;
  const std::string profile = ProfileWords(assessment.profile, words);
  switch (r.status) {
    case ControlStatus::kOutOfScope:
      out.push_back(
          words.Tr("{control}: not in scope for your role. None of its questions is asked of a "
                   "{profile}. It is left out of every score.",
                   {{"control", name}, {"profile", profile}}));
      return out;
    case ControlStatus::kNotApplicable: {
      const ControlRecord* record = assessment.RecordFor(c.id);
      out.push_back(
          r.marked_not_applicable && record
              ? words.Tr("{control}: not applicable (\"{why}\"). It is left out of every score "
                         "and is not counted as a failure.",
                         {{"control", name}, {"why", record->justification}})
              : words.Tr("{control}: not applicable, every question asked was answered not "
                         "applicable. It is left out of every score and is not counted as a "
                         "failure.",
                         {{"control", name}}));
      return out;
    }
    case ControlStatus::kNotAssessed:
      out.push_back(words.Tr(
          "{control}: not assessed yet. None of its {asked, plural, one {# question} other {# "
          "questions}} has a counted answer, so it has no score; the roadmap lists it as \"assess "
          "first\".",
          {{"control", name}, {"asked", r.answers.asked}}));
      ExplainLeftOut(r.answers, words, &out);
      return out;
    case ControlStatus::kAssessed: break;
  }
  if (r.score) {
    out.push_back(words.Tr(
        "{control}: score {score} of 100, maturity {maturity}, target {target}, gap {gap}.",
        {{"control", name},
         {"score", FormatScore(*r.score, words.language())},
         {"maturity", *r.maturity},
         {"target", r.target},
         {"gap", r.gap}}));
  } else {
    out.push_back(words.Tr(
        "{control}: score none, maturity {maturity}, target {target}, gap {gap}.",
        {{"control", name}, {"maturity", *r.maturity}, {"target", r.target}, {"gap", r.gap}}));
  }
  out.push_back(words.Tr("Questions asked of a {profile}: {asked}.",
                         {{"profile", profile}, {"asked", r.answers.asked}}));
  if (r.score) {
    ExplainScore(catalog, r, words, &out);
  } else {
    out.emplace_back(words.Tr(
        "No counted answers yet, so no score; the control is left out of the clause and overall "
        "scores."));
  }
  ExplainLeftOut(r.answers, words, &out);
  ExplainMaturity(r, words, &out);
  out.push_back(words.Tr(
      "Risk weight {weight} of 5: in the clause and overall scores this control counts {weight} "
      "times as much as a weight-1 control.",
      {{"weight", r.weight}}));
  return out;
}

std::vector<std::string> ExplainOverall(const Catalog& catalog, const Evaluation& evaluation,
                                        const MessageCatalog& words) {
  const OverallResult& o = evaluation.overall;
  const std::string& language = words.language();
  std::vector<std::string> out;
  int scored = 0;
  for (const ControlResult& r : evaluation.controls) scored += r.applicable() && r.score ? 1 : 0;
  if (o.score) {
    out.push_back(words.Tr(
        "Overall score {score} of 100: the risk-weighted mean of {scored, plural, one {# scored "
        "control} other {# scored controls}} (sum of weight x score, divided by the sum of the "
        "weights, {weight}).",
        {{"score", FormatScore(*o.score, language)},
         {"scored", scored},
         {"weight", FormatScore(o.weight, language)}}));
  } else {
    out.emplace_back(
        words.Tr("No overall score yet: no applicable question has a counted answer."));
  }
  out.push_back(words.Tr(
      "Completion {completion}%: {answered} of {asked, plural, one {# question} other {# "
      "questions}} answered (\"not applicable\" counts as answered). Completion is not part of "
      "the score.",
      {{"completion", FormatScore(o.completion, language)},
       {"answered", o.answers.answered()},
       {"asked", o.answers.asked}}));
  const auto& by = o.controls_by_status;
  out.push_back(words.Tr(
      "Left out of the score: {not_applicable, plural, one {# control} other {# controls}} not "
      "applicable, {out_of_scope} not in scope for your role, {not_assessed} not assessed yet, "
      "and {na, plural, one {# question} other {# questions}} answered not applicable.",
      {{"not_applicable", by[static_cast<size_t>(ControlStatus::kNotApplicable)]},
       {"out_of_scope", by[static_cast<size_t>(ControlStatus::kOutOfScope)]},
       {"not_assessed", by[static_cast<size_t>(ControlStatus::kNotAssessed)]},
       {"na", o.answers.na}}));
  if (o.answers.dont_know > 0) {
    out.push_back(words.Tr(
        "\"Don't know\": {count, plural, one {# answer} other {# answers}}, counted as not "
        "implemented.",
        {{"count", o.answers.dont_know}}));
  }
  out.push_back(words.Tr("Readiness: {tier}.", {{"tier", ReadinessLabel(o.readiness, words)}}));
  for (const ReadinessReason& reason : o.readiness_why) {
    out.push_back(ReadinessReasonText(catalog, reason, words));
  }
  return out;
}

std::vector<std::string> ScoringRules(const Catalog& catalog, const MessageCatalog& words) {
  return {
      words.Tr("Each answer earns a share of its question: yes {yes}, partly {partly}, no {no}, "
               "don't know {dont_know}.",
               {{"yes", CreditWords(catalog, Answer::kYes, words)},
                {"partly", CreditWords(catalog, Answer::kPartly, words)},
                {"no", CreditWords(catalog, Answer::kNo, words)},
                {"dont_know", CreditWords(catalog, Answer::kDontKnow, words)}}),
      std::string(words.Tr(
          "A control's score is 100 x the points earned / the number of counted answers. \"Not "
          "applicable\" and unanswered questions are left out, not counted as failures; \"don't "
          "know\" counts as not implemented and is reported separately.")),
      std::string(words.Tr(
          "A control's maturity comes from its score (0 at 0, 1 below 40, 2 from 40, 3 from 60, "
          "4 from 80, 5 at 100) unless it was set by hand. Its gap is target - maturity, never "
          "below 0.")),
      std::string(words.Tr(
          "Clause and overall scores are the risk-weighted mean of the scored controls' scores: a "
          "control of risk weight 5 counts five times as much as one of weight 1. Controls marked "
          "not applicable, not in scope for your role, or not assessed yet are left out.")),
      std::string(words.Tr(
          "Completion, the share of questions answered, is reported apart from the score.")),
      std::string(words.Tr(
          "Readiness starts from the overall score (80+ audit-ready, 60+ close, 30+ significant "
          "gaps, else early stage); a high-risk control (weight 4 or 5) at maturity 0 or 1 caps it "
          "at significant gaps; a high-risk control below target, unanswered questions or \"don't "
          "know\" answers cap it at close.")),
  };
}

}  // namespace cloudgap
