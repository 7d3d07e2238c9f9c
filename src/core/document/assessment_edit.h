// The edits the UI (or any other front end) makes to an assessment, one
// function per kind of change. Each checks its input against the catalog and
// the document rules (assessment.h) and either applies the change and sets
// updated_at to `now`, or changes nothing and says why. Re-applying a value the
// document already holds succeeds without touching updated_at, so a front end
// may call these freely without causing spurious autosaves; the result says
// whether the document changed, so that it need not copy and compare it.
//
// `now` is an ISO-8601 UTC timestamp from the caller: the core has no clock.
#ifndef CLOUDGAP_CORE_DOCUMENT_ASSESSMENT_EDIT_H_
#define CLOUDGAP_CORE_DOCUMENT_ASSESSMENT_EDIT_H_

#include <optional>
#include <string>
#include <vector>

#include "core/catalog/catalog.h"
#include "core/document/assessment.h"

namespace cloudgap {

struct EditResult {
  std::string error;     // Empty on success; otherwise a sentence for the user.
  bool changed = false;  // The document is not what it was (never with an error).
  bool ok() const { return error.empty(); }
};

// kUnanswered clears the answer. kNotApplicable needs a non-blank justification;
// any other answer drops the justification.
EditResult SetAnswer(const Catalog& catalog, Assessment* assessment, const std::string& question_id,
                     Answer answer, const std::string& justification, const std::string& now);

// Marks the whole control not applicable (needs a non-blank justification) or
// applicable again (drops the justification). Question answers are kept.
EditResult SetControlNotApplicable(const Catalog& catalog, Assessment* assessment,
                                   const std::string& control_id, bool not_applicable,
                                   const std::string& justification, const std::string& now);

// Records a management-system step (Catalog::management_steps) as done, or not.
EditResult SetStepDone(const Catalog& catalog, Assessment* assessment, const std::string& step_id,
                       bool done, const std::string& now);

EditResult SetControlNotes(const Catalog& catalog, Assessment* assessment,
                           const std::string& control_id, const std::string& notes,
                           const std::string& now);

// Each reference needs a text or a link; its dates are "YYYY-MM-DD" or empty.
EditResult SetControlEvidence(const Catalog& catalog, Assessment* assessment,
                              const std::string& control_id,
                              const std::vector<EvidenceRef>& evidence, const std::string& now);

EditResult SetControlOwner(const Catalog& catalog, Assessment* assessment,
                           const std::string& control_id, const std::string& owner,
                           const std::string& now);

// "YYYY-MM-DD", or empty to clear.
EditResult SetControlDueDate(const Catalog& catalog, Assessment* assessment,
                             const std::string& control_id, const std::string& due_date,
                             const std::string& now);

// A status set by a person, or nullopt to follow the answers (engine/closeout.h).
EditResult SetControlWorkStatus(const Catalog& catalog, Assessment* assessment,
                                const std::string& control_id, std::optional<WorkStatus> status,
                                const std::string& now);

EditResult SetControlReviewer(const Catalog& catalog, Assessment* assessment,
                              const std::string& control_id, const std::string& reviewer,
                              const std::string& now);

// 0..5, or nullopt to go back to the maturity derived from the answers.
EditResult SetControlMaturity(const Catalog& catalog, Assessment* assessment,
                              const std::string& control_id, std::optional<int> maturity,
                              const std::string& now);

// 0..5, or nullopt to go back to the profile's target.
EditResult SetControlTarget(const Catalog& catalog, Assessment* assessment,
                            const std::string& control_id, std::optional<int> target,
                            const std::string& now);

// Replaces the profile after checking it (see ProfileError).
EditResult SetProfile(Assessment* assessment, const Profile& profile, const std::string& now);

inline constexpr int kMaxCapacityDaysPerMonth = 10000;

// Why a profile is invalid, or empty when it is valid: at least one service
// model, target 1..5, capacity 1..kMaxCapacityDaysPerMonth person-days a month.
// In English; ProfileErrorWords (core/engine/wording.h) says it in a language.
std::string ProfileError(const Profile& profile);

}  // namespace cloudgap

#endif  // CLOUDGAP_CORE_DOCUMENT_ASSESSMENT_EDIT_H_
