// What a catalog asks of and advises a profile.
//
// A question is asked when the profile's role(s) include one of the question's
// roles and the profile's service models include one of its services. A quick
// scan asks only each control's quick questions; a full assessment asks only its
// questions. Answers to questions that are not asked are kept in the document
// (switching modes loses nothing) but never count.
//
// A control with no asked question is "not in scope for your role": with a
// catalog from the loader that happens only when the control does not apply to
// the profile's role (ISO/IEC 27017 gives a few controls to providers alone).
// It is left out of every score and of the roadmap, and is not the same as a
// control the user marked not applicable.
//
// Weights, effort and actions can differ by role: a profile of one role gets
// that role's, a profile of both roles gets the control's defaults and every
// action.
#ifndef CLOUDGAP_CORE_DOCUMENT_APPLICABILITY_H_
#define CLOUDGAP_CORE_DOCUMENT_APPLICABILITY_H_

#include <string_view>
#include <vector>

#include "core/catalog/catalog.h"
#include "core/document/assessment.h"

namespace cloudgap {

bool ProfileHasRole(const Profile& profile, Role role);
bool ProfileHasService(const Profile& profile, ServiceModel service);
bool QuestionApplies(const Profile& profile, const Question& question);

// Calls fn(const Question&) for each question of `control` asked of `profile`,
// in catalog order. Allocation-free, so scoring can run on every UI frame.
template <typename Fn>
void ForEachAskedQuestion(const Profile& profile, const Control& control, Fn&& fn) {
  const std::vector<Question>& questions =
      profile.mode == AssessmentMode::kQuick ? control.quick_questions : control.questions;
  for (const Question& q : questions) {
    if (QuestionApplies(profile, q)) fn(q);
  }
}

// The words the profile is asked: the inherited form for a provider on another
// provider's infrastructure, when the question has one.
const std::string& QuestionText(const Profile& profile, const Question& question);

// Whether the control applies to the profile's role, and whether 27017 gives
// cloud guidance for it (a role it applies to without guidance is assessed on
// the ISO/IEC 27002 baseline).
bool ControlAppliesToProfile(const Profile& profile, const Control& control);
bool HasGuidanceForProfile(const Profile& profile, const Control& control);

int RiskWeightFor(const Control& control, RoleScope role);
EffortRange EffortFor(const Control& control, RoleScope role);

// The remediation steps for the profile's role, in catalog order: views of the
// control's texts, valid while the control lives.
std::vector<std::string_view> ActionsFor(const Control& control, RoleScope role);

// What an auditor would ask the profile's role to show, in catalog order. A
// profile of both roles gets every entry, those for one party alone led by
// "For customers: " or "For providers: ".
std::vector<std::string> EvidenceFor(const Control& control, RoleScope role);

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

#endif  // CLOUDGAP_CORE_DOCUMENT_APPLICABILITY_H_
