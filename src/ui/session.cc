#include "ui/session.h"

#include <utility>

#include "core/document/applicability.h"
#include "core/document/question_pack.h"
#include "core/engine/scoring.h"

namespace cloudgap::ui {

Session::Session(CatalogSource catalog, const Clock& clock)
    : catalog_(std::move(catalog)), clock_(clock) {}

void Session::Start(const Profile& profile) {
  Load(NewAssessment(catalog(), profile, clock_.NowUtcIso8601()));
}

void Session::Load(Assessment assessment) {
  if (assessment_ && before_replace_) before_replace_();
  assessment_ = std::move(assessment);
  Rescope();
  Recompute();
  ++revision_;
  if (after_replace_) after_replace_();
}

void Session::Close() {
  if (assessment_ && before_replace_) before_replace_();
  assessment_.reset();
  evaluation_ = Evaluation();
  roadmap_ = Roadmap();
  roadmap_due_ = false;
  scoped_.clear();
  ++revision_;
  ++evaluation_revision_;
  if (after_replace_) after_replace_();
}

bool Session::TakeCatalogTextArrival() {
  if (!catalog_.TakeTextArrival()) return false;
  // The document did not change: nothing new to save. The roadmap views the
  // old catalog's texts, so it never outlives the swap.
  roadmap_ = Roadmap{};
  if (active()) {
    Rescope();
    Recompute();
  }
  return true;
}

const Roadmap& Session::roadmap() const {
  if (roadmap_due_) {
    roadmap_ = BuildRoadmap(catalog(), *assessment_, evaluation_);
    roadmap_due_ = false;
  }
  return roadmap_;
}

void Session::Recompute() {
  evaluation_ = Evaluate(catalog(), *assessment_);
  roadmap_due_ = true;
  ++evaluation_revision_;
}

void Session::Rescope() {
  scoped_.clear();
  for (size_t i = 0; i < catalog().controls.size(); ++i) {
    const Control& control = catalog().controls[i];
    if (AskedQuestionCount(assessment_->profile, control) > 0 &&
        PackHolds(*assessment_, control.id)) {
      scoped_.push_back(i);
    }
  }
}

// Edits that re-apply the current value change nothing, and must not cost a
// recompute or an autosave. (updated_at alone cannot tell: it has one-second
// resolution.) The edit says so itself: a copy and compare of the whole
// document cost milliseconds a keystroke at 2,000 controls.
template <typename Edit>
EditResult Session::Apply(Edit edit, Scope scope) {
  EditResult result = edit(&*assessment_, clock_.NowUtcIso8601());
  if (result.changed) {
    if (scope == Scope::kMayChange) Rescope();
    Recompute();
    ++revision_;
  }
  return result;
}

EditResult Session::SetProfile(const Profile& profile) {
  return Apply(
      [&](Assessment* a, const std::string& now) { return cloudgap::SetProfile(a, profile, now); },
      Scope::kMayChange);
}

EditResult Session::Answer(const std::string& question_id, cloudgap::Answer answer,
                           const std::string& justification) {
  return Apply([&](Assessment* a, const std::string& now) {
    return cloudgap::SetAnswer(catalog(), a, question_id, answer, justification, now);
  });
}

EditResult Session::SetControlNotApplicable(const std::string& control_id, bool not_applicable,
                                            const std::string& justification) {
  return Apply([&](Assessment* a, const std::string& now) {
    return cloudgap::SetControlNotApplicable(catalog(), a, control_id, not_applicable,
                                             justification, now);
  });
}

EditResult Session::SetNotes(const std::string& control_id, const std::string& notes) {
  return Apply([&](Assessment* a, const std::string& now) {
    return cloudgap::SetControlNotes(catalog(), a, control_id, notes, now);
  });
}

EditResult Session::SetStepDone(const std::string& step_id, bool done) {
  return Apply([&](Assessment* a, const std::string& now) {
    return cloudgap::SetStepDone(catalog(), a, step_id, done, now);
  });
}

EditResult Session::SetOwner(const std::string& control_id, const std::string& owner) {
  return Apply([&](Assessment* a, const std::string& now) {
    return cloudgap::SetControlOwner(catalog(), a, control_id, owner, now);
  });
}

EditResult Session::SetWorkStatus(const std::string& control_id, std::optional<WorkStatus> status) {
  return Apply([&](Assessment* a, const std::string& now) {
    return cloudgap::SetControlWorkStatus(catalog(), a, control_id, status, now);
  });
}

EditResult Session::SetPackRespondent(const std::string& respondent) {
  return Apply([&](Assessment* a, const std::string& now) {
    return cloudgap::SetPackRespondent(a, respondent, now);
  });
}

void Session::ReplaceDocument(Assessment assessment) {
  if (!active()) return Load(std::move(assessment));
  Apply(
      [&](Assessment* a, const std::string&) {
        const bool changed = !(*a == assessment);
        *a = std::move(assessment);
        return EditResult{"", changed};
      },
      Scope::kMayChange);
}

EditResult Session::SetReviewer(const std::string& control_id, const std::string& reviewer) {
  return Apply([&](Assessment* a, const std::string& now) {
    return cloudgap::SetControlReviewer(catalog(), a, control_id, reviewer, now);
  });
}

EditResult Session::SetDueDate(const std::string& control_id, const std::string& due_date) {
  return Apply([&](Assessment* a, const std::string& now) {
    return cloudgap::SetControlDueDate(catalog(), a, control_id, due_date, now);
  });
}

EditResult Session::SetEvidence(const std::string& control_id,
                                const std::vector<EvidenceRef>& evidence) {
  return Apply([&](Assessment* a, const std::string& now) {
    return cloudgap::SetControlEvidence(catalog(), a, control_id, evidence, now);
  });
}

EditResult Session::SetMaturity(const std::string& control_id, std::optional<int> maturity) {
  return Apply([&](Assessment* a, const std::string& now) {
    return cloudgap::SetControlMaturity(catalog(), a, control_id, maturity, now);
  });
}

EditResult Session::SetTarget(const std::string& control_id, std::optional<int> target) {
  return Apply([&](Assessment* a, const std::string& now) {
    return cloudgap::SetControlTarget(catalog(), a, control_id, target, now);
  });
}

}  // namespace cloudgap::ui
