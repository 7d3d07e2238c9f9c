#include "core/engine/scoring.h"

#include <algorithm>
#include <array>
#include <iterator>
#include <map>
#include <vector>

#include "core/document/applicability.h"
#include "core/engine/prefetch.h"
#include "core/engine/readiness.h"

namespace cloudgap {
namespace {

// Scores sit exactly on thresholds often (3 of 5 is 60); the tolerance keeps a
// sum of non-binary catalog credits from falling a hair below one.
constexpr double kEpsilon = 1e-9;

using CreditTable = std::array<double, 6>;  // Indexed by Answer.

// Looks answers up in catalog order. A control's questions are usually
// neighbours among the answers, which are sorted by id and share the control's
// prefix, so each lookup first tries the entry after the previous one: on
// 10,000 controls that spares most searches of a tree too large for the cache.
class AnswerCursor {
 public:
  explicit AnswerCursor(const Assessment& assessment)
      : answers_(assessment.answers), last_(answers_.end()) {}

  Answer Find(const std::string& question_id) {
    if (last_ != answers_.end()) {
      if (auto next = std::next(last_); next != answers_.end() && next->first == question_id) {
        last_ = next;
        return next->second.answer;
      }
    }
    auto it = answers_.find(question_id);
    if (it == answers_.end()) return Answer::kUnanswered;
    last_ = it;
    return it->second.answer;
  }

 private:
  const std::map<std::string, QuestionAnswer>& answers_;
  std::map<std::string, QuestionAnswer>::const_iterator last_;
};

// QuestionApplies with the profile's roles and services as bits worked out
// once per evaluation, not once per question: the test is then two ANDs on
// the bits beside the question's id (Question::role_bits), inlined.
class AskedQuestions {
 public:
  explicit AskedQuestions(const Profile& profile) : profile_(profile) {
    for (Role r : {Role::kCustomer, Role::kProvider}) {
      if (ProfileHasRole(profile, r)) roles_ |= 1u << static_cast<unsigned>(r);
    }
    for (size_t s = 0; s < profile.services.size(); ++s) {
      if (profile.services[s]) services_ |= 1u << s;
    }
  }

  // The list the profile's mode asks from: the quick scan's or the full one.
  const std::vector<Question>& ListOf(const Control& control) const {
    return profile_.mode == AssessmentMode::kQuick ? control.quick_questions : control.questions;
  }

  // ForEachAskedQuestion (applicability.h), the same questions in the same order.
  template <typename Fn>
  void ForEach(const Control& control, Fn&& fn) const {
    for (const Question& q : ListOf(control)) {
      if (q.role_bits == 0 || q.service_bits == 0) {  // Not indexed: the lists decide.
        if (QuestionApplies(profile_, q)) fn(q);
      } else if ((q.role_bits & roles_) != 0 && (q.service_bits & services_) != 0) {
        fn(q);
      }
    }
  }

 private:
  const Profile& profile_;
  unsigned roles_ = 0;
  unsigned services_ = 0;
};

// Starts loading what scoring reads of the controls after controls[i]
// (prefetch.h): of a control kPrefetchAhead on, its id, clause, questions and
// weights; of one half as far, whose parts have arrived by now, its questions.
[[gnu::always_inline]] inline void PrefetchAhead(const std::vector<Control>& controls,
                                                 const AskedQuestions& asked, size_t i) {
  if (i + kPrefetchAhead < controls.size()) {
    const Control& later = controls[i + kPrefetchAhead];
    PrefetchObject(later.id);
    PrefetchObject(later.clause);
    PrefetchObject(asked.ListOf(later));
    PrefetchObject(later.role_risk_weight);
  }
  if (i + kPrefetchAhead / 2 < controls.size()) {
    PrefetchElements(asked.ListOf(controls[i + kPrefetchAhead / 2]));
  }
}

CreditTable Credits(const Catalog& catalog) {
  CreditTable t{};
  for (Answer a :
       {Answer::kYes, Answer::kPartly, Answer::kNo, Answer::kDontKnow, Answer::kNotApplicable}) {
    t[static_cast<size_t>(a)] = AnswerCredit(catalog, a);
  }
  return t;
}

void Tally(const CreditTable& credits, Answer answer, AnswerTally* t) {
  ++t->asked;
  switch (answer) {
    case Answer::kUnanswered: ++t->unanswered; return;
    case Answer::kNotApplicable: ++t->na; return;
    case Answer::kYes: ++t->yes; break;
    case Answer::kPartly: ++t->partly; break;
    case Answer::kNo: ++t->no; break;
    case Answer::kDontKnow: ++t->dont_know; break;
  }
  t->credit += credits[static_cast<size_t>(answer)];
}

// `record` is the assessment's record of the control, or nullptr.
ControlResult EvaluateControl(const Control& control, const ControlRecord* record,
                              const Assessment& assessment, const AskedQuestions& asked,
                              const CreditTable& credits, AnswerCursor* answers) {
  ControlResult r;
  r.weight = RiskWeightFor(control, assessment.profile.role);
  r.target = assessment.profile.target_maturity;
  if (record && record->target) {
    r.target = *record->target;
    r.target_explicit = true;
  }
  asked.ForEach(control,
                [&](const Question& q) { Tally(credits, answers->Find(q.id), &r.answers); });
  r.marked_not_applicable = record && record->not_applicable;
  if (r.answers.asked == 0) {
    r.status = ControlStatus::kOutOfScope;
    return r;
  }
  if (r.marked_not_applicable || r.answers.na == r.answers.asked) {
    r.status = ControlStatus::kNotApplicable;
    return r;
  }
  if (r.answers.counted() > 0) {
    r.score = std::clamp(100.0 * r.answers.credit / r.answers.counted(), 0.0, 100.0);
    r.derived_maturity = MaturityForScore(*r.score);
    r.maturity = r.derived_maturity;
  }
  if (record && record->maturity) {
    r.maturity = record->maturity;
    r.maturity_explicit = true;
  }
  r.status = r.maturity ? ControlStatus::kAssessed : ControlStatus::kNotAssessed;
  if (r.maturity) r.gap = std::max(0, r.target - *r.maturity);
  return r;
}

}  // namespace

const char* ControlStatusName(ControlStatus status) {
  return TextOf(kControlStatusNames, status);
}

void AnswerTally::Add(const AnswerTally& o) {
  asked += o.asked;
  yes += o.yes;
  partly += o.partly;
  no += o.no;
  dont_know += o.dont_know;
  na += o.na;
  unanswered += o.unanswered;
  credit += o.credit;
}

double AnswerCredit(const Catalog& catalog, Answer answer) {
  for (const AnswerLevel& level : catalog.answer_scale) {
    if (level.value == AnswerName(answer)) return std::clamp(level.credit, 0.0, 1.0);
  }
  if (answer == Answer::kYes) return 1.0;
  if (answer == Answer::kPartly) return 0.5;
  return 0.0;
}

int MaturityForScore(double score) {
  if (score <= kEpsilon) return 0;
  if (score >= 100 - kEpsilon) return 5;
  if (score >= 80 - kEpsilon) return 4;
  if (score >= 60 - kEpsilon) return 3;
  if (score >= 40 - kEpsilon) return 2;
  return 1;
}

double ScoreForMaturity(int level) {
  return 20.0 * std::clamp(level, 0, 5);
}

Evaluation Evaluate(const Catalog& catalog, const Assessment& assessment) {
  const CreditTable credits = Credits(catalog);
  const AskedQuestions asked(assessment.profile);
  AnswerCursor answers(assessment);
  Evaluation e;
  e.controls.reserve(catalog.controls.size());
  e.clauses.resize(catalog.clauses.size());
  std::map<int, size_t> clause_index;
  for (size_t i = 0; i < catalog.clauses.size(); ++i) {
    e.clauses[i].number = catalog.clauses[i].number;
    clause_index.emplace(catalog.clauses[i].number, i);
  }
  std::vector<double> clause_weighted_sum(catalog.clauses.size(), 0.0);
  double weighted_sum = 0;
  OverallResult& overall = e.overall;
  const std::string as_of = assessment.updated_at.substr(0, 10);  // The document's day.
  for (size_t i = 0; i < catalog.controls.size(); ++i) {
    PrefetchAhead(catalog.controls, asked, i);
    const Control& control = catalog.controls[i];
    const ControlRecord* record = assessment.RecordFor(control.id);
    e.controls.push_back(EvaluateControl(control, record, assessment, asked, credits, &answers));
    ControlResult& r = e.controls.back();
    if (record) {
      for (const EvidenceRef& evidence : record->evidence) {
        if (EvidenceExpired(evidence, as_of)) ++r.expired_evidence;
      }
    }
    ++overall.controls_by_status[static_cast<size_t>(r.status)];
    if (!r.applicable()) continue;
    overall.answers.Add(r.answers);
    if (r.gap > 0) ++overall.controls_with_gap;
    auto clause = clause_index.find(control.clause);
    ClauseResult* c = clause == clause_index.end() ? nullptr : &e.clauses[clause->second];
    if (c) ++c->applicable_controls;
    if (!r.score) continue;
    const double w = r.weight;
    weighted_sum += w * *r.score;
    overall.weight += w;
    if (c) {
      ++c->scored_controls;
      c->weight += w;
      clause_weighted_sum[clause->second] += w * *r.score;
    }
  }
  for (size_t i = 0; i < e.clauses.size(); ++i) {
    if (e.clauses[i].weight > 0) e.clauses[i].score = clause_weighted_sum[i] / e.clauses[i].weight;
  }
  if (overall.weight > 0) overall.score = weighted_sum / overall.weight;
  overall.completion = overall.answers.asked == 0
                           ? 100.0
                           : 100.0 * overall.answers.answered() / overall.answers.asked;
  AssessReadiness(catalog, &e);
  return e;
}

}  // namespace cloudgap
