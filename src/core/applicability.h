// Which questions are asked of a profile.
//
// A question is asked when the profile's role(s) include one of the question's
// roles and the profile's service models include one of its services. A quick
// scan asks only each control's quick_question; a full assessment asks only its
// questions. Answers to questions that are not asked are kept in the document
// (switching modes loses nothing) but never count.
//
// A control with no asked question is "not in scope for your role": it is left
// out of every score and of the roadmap, and is not the same as a control the
// user marked not applicable.
#ifndef CLOUDGAP_CORE_APPLICABILITY_H_
#define CLOUDGAP_CORE_APPLICABILITY_H_

#include "core/assessment.h"
#include "core/catalog.h"

namespace cloudgap {

bool ProfileHasRole(const Profile& profile, Role role);
bool ProfileHasService(const Profile& profile, ServiceModel service);
bool QuestionApplies(const Profile& profile, const Question& question);

// Calls fn(const Question&) for each question of `control` asked of `profile`,
// in catalog order. Allocation-free, so scoring can run on every UI frame.
template <typename Fn>
void ForEachAskedQuestion(const Profile& profile, const Control& control, Fn&& fn) {
  if (profile.mode == AssessmentMode::kQuick) {
    const Question& q = control.quick_question;
    if (!q.id.empty() && QuestionApplies(profile, q)) fn(q);
    return;
  }
  for (const Question& q : control.questions) {
    if (QuestionApplies(profile, q)) fn(q);
  }
}

// Calls fn(const Question&, const std::string& justification) for each question
// of `control` asked of the profile and answered "na": the question-level part
// of the Statement of Applicability.
template <typename Fn>
void ForEachNotApplicableAnswer(const Assessment& assessment, const Control& control, Fn&& fn) {
  ForEachAskedQuestion(assessment.profile, control, [&](const Question& q) {
    auto it = assessment.answers.find(q.id);
    if (it != assessment.answers.end() && it->second.answer == Answer::kNotApplicable) {
      fn(q, it->second.justification);
    }
  });
}

// Number of questions of `control` asked of `profile`; 0 means not in scope.
int AskedQuestionCount(const Profile& profile, const Control& control);

}  // namespace cloudgap

#endif  // CLOUDGAP_CORE_APPLICABILITY_H_
