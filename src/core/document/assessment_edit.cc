#include "core/document/assessment_edit.h"

#include <utility>

#include "core/document/question_pack.h"
#include "core/text/input_limits.h"
#include "core/text/iso_date.h"
#include "core/text/utf8.h"

namespace cloudgap {
namespace {

const Control* ControlOfQuestion(const Catalog& catalog, const std::string& question_id) {
  for (const Control& c : catalog.controls) {
    for (const std::vector<Question>* list : {&c.questions, &c.quick_questions}) {
      for (const Question& q : *list) {
        if (q.id == question_id) return &c;
      }
    }
  }
  return nullptr;
}

EditResult Fail(std::string message) {
  return EditResult{std::move(message)};
}

// A pack's document may hold nothing outside its controls (question_pack.h).
EditResult Changed() {
  return EditResult{"", true};
}

EditResult OutsidePack(const std::string& control_id) {
  return Fail("control " + control_id + " is not in this question pack");
}

std::string NowError(const std::string& now) {
  if (IsUtcTimestamp(now)) return "";
  return "'" + now + "' is not an ISO-8601 UTC timestamp such as 2024-05-31T09:30:00Z";
}

// The shared shape of every per-control edit: check the id and the clock, then
// change the record through `update`, which returns false when nothing changed.
// Records left with nothing in them are dropped, keeping documents minimal.
template <typename Update>
EditResult EditControl(const Catalog& catalog, Assessment* assessment,
                       const std::string& control_id, const std::string& now, Update update) {
  if (catalog.FindControl(control_id) == nullptr) {
    return Fail("no control '" + control_id + "' in catalog " + catalog.id);
  }
  if (!PackHolds(*assessment, control_id)) return OutsidePack(control_id);
  if (std::string e = NowError(now); !e.empty()) return Fail(e);
  ControlRecord& record = assessment->controls[control_id];
  bool changed = update(record);
  if (record == ControlRecord{}) assessment->controls.erase(control_id);
  if (!changed) return {};
  assessment->updated_at = now;
  return Changed();
}

// The common edit: one member of the record set to `value`.
template <typename T>
EditResult SetControlField(const Catalog& catalog, Assessment* assessment,
                           const std::string& control_id, const std::string& now,
                           T ControlRecord::*field, const T& value) {
  return EditControl(catalog, assessment, control_id, now, [&](ControlRecord& r) {
    const bool changed = !(r.*field == value);
    r.*field = value;
    return changed;
  });
}

// The document's limits (input_limits.h) hold for edits too: the app must
// never write a document that it would refuse to open again.
std::string LengthError(const std::string& text, const char* what) {
  if (text.size() <= kMaxTextFieldChars) return "";
  const size_t chars = Utf8Length(text);
  if (chars <= kMaxTextFieldChars) return "";
  return std::string(what) + " is " + std::to_string(chars) +
         " characters long; CloudGap keeps at most " + std::to_string(kMaxTextFieldChars);
}

std::string LevelError(std::optional<int> level, const char* what) {
  if (level && (*level < 0 || *level > 5)) {
    return std::string(what) + " must be between 0 and 5, not " + std::to_string(*level);
  }
  return "";
}

}  // namespace

EditResult SetAnswer(const Catalog& catalog, Assessment* assessment, const std::string& question_id,
                     Answer answer, const std::string& justification, const std::string& now) {
  const Control* control = ControlOfQuestion(catalog, question_id);
  if (!control) return Fail("no question '" + question_id + "' in catalog " + catalog.id);
  if (!PackHolds(*assessment, control->id)) return OutsidePack(control->id);
  if (std::string e = NowError(now); !e.empty()) return Fail(e);
  if (answer == Answer::kNotApplicable && IsBlank(justification)) {
    return Fail(
        "'not applicable' needs a short justification: it goes into the "
        "Statement of Applicability");
  }
  if (std::string e = LengthError(justification, "the justification"); !e.empty()) return Fail(e);
  QuestionAnswer wanted{answer, answer == Answer::kNotApplicable ? justification : ""};
  auto it = assessment->answers.find(question_id);
  if (answer == Answer::kUnanswered) {
    if (it == assessment->answers.end()) return {};
    assessment->answers.erase(it);
  } else {
    if (it != assessment->answers.end() && it->second == wanted) return {};
    assessment->answers[question_id] = wanted;
  }
  assessment->updated_at = now;
  return Changed();
}

EditResult SetControlNotApplicable(const Catalog& catalog, Assessment* assessment,
                                   const std::string& control_id, bool not_applicable,
                                   const std::string& justification, const std::string& now) {
  if (not_applicable && IsBlank(justification)) {
    return Fail(
        "marking a control not applicable needs a short justification: it goes "
        "into the Statement of Applicability");
  }
  if (std::string e = LengthError(justification, "the justification"); !e.empty()) return Fail(e);
  return EditControl(catalog, assessment, control_id, now, [&](ControlRecord& r) {
    std::string kept = not_applicable ? justification : "";
    bool changed = r.not_applicable != not_applicable || r.justification != kept;
    r.not_applicable = not_applicable;
    r.justification = kept;
    return changed;
  });
}

EditResult SetStepDone(const Catalog& catalog, Assessment* assessment, const std::string& step_id,
                       bool done, const std::string& now) {
  if (std::string e = NowError(now); !e.empty()) return Fail(e);
  bool known = false;
  for (const ManagementStep& s : catalog.management_steps) known = known || s.id == step_id;
  if (!known) return Fail("no management-system step '" + step_id + "' in the catalog");
  const bool changed = done ? assessment->steps_done.insert(step_id).second
                            : assessment->steps_done.erase(step_id) > 0;
  if (!changed) return {};
  assessment->updated_at = now;
  return Changed();
}

EditResult SetControlNotes(const Catalog& catalog, Assessment* assessment,
                           const std::string& control_id, const std::string& notes,
                           const std::string& now) {
  if (std::string e = LengthError(notes, "the notes"); !e.empty()) return Fail(e);
  return SetControlField(catalog, assessment, control_id, now, &ControlRecord::notes, notes);
}

EditResult SetControlEvidence(const Catalog& catalog, Assessment* assessment,
                              const std::string& control_id,
                              const std::vector<EvidenceRef>& evidence, const std::string& now) {
  for (size_t i = 0; i < evidence.size(); ++i) {
    if (IsBlank(evidence[i].text) && IsBlank(evidence[i].link)) {
      return Fail("evidence " + std::to_string(i + 1) + " needs a text or a link");
    }
    for (const std::string* field : {&evidence[i].text, &evidence[i].link}) {
      if (std::string e = LengthError(*field, "the evidence"); !e.empty()) return Fail(e);
    }
    for (const std::string* date : {&evidence[i].date, &evidence[i].review_by}) {
      if (!date->empty() && !IsCalendarDate(*date)) {
        return Fail("'" + *date + "' is not a date such as 2024-05-31");
      }
    }
  }
  if (evidence.size() > kMaxEvidenceItems) {
    return Fail("a control keeps at most " + std::to_string(kMaxEvidenceItems) +
                " evidence references");
  }
  return SetControlField(catalog, assessment, control_id, now, &ControlRecord::evidence, evidence);
}

EditResult SetControlOwner(const Catalog& catalog, Assessment* assessment,
                           const std::string& control_id, const std::string& owner,
                           const std::string& now) {
  if (std::string e = LengthError(owner, "the owner"); !e.empty()) return Fail(e);
  return SetControlField(catalog, assessment, control_id, now, &ControlRecord::owner, owner);
}

EditResult SetControlDueDate(const Catalog& catalog, Assessment* assessment,
                             const std::string& control_id, const std::string& due_date,
                             const std::string& now) {
  if (!due_date.empty() && !IsCalendarDate(due_date)) {
    return Fail("'" + due_date + "' is not a date such as 2024-05-31");
  }
  return SetControlField(catalog, assessment, control_id, now, &ControlRecord::due_date, due_date);
}

EditResult SetControlWorkStatus(const Catalog& catalog, Assessment* assessment,
                                const std::string& control_id, std::optional<WorkStatus> status,
                                const std::string& now) {
  return SetControlField(catalog, assessment, control_id, now, &ControlRecord::status, status);
}

EditResult SetControlReviewer(const Catalog& catalog, Assessment* assessment,
                              const std::string& control_id, const std::string& reviewer,
                              const std::string& now) {
  if (std::string e = LengthError(reviewer, "the reviewer"); !e.empty()) return Fail(e);
  return SetControlField(catalog, assessment, control_id, now, &ControlRecord::reviewer, reviewer);
}

EditResult SetControlMaturity(const Catalog& catalog, Assessment* assessment,
                              const std::string& control_id, std::optional<int> maturity,
                              const std::string& now) {
  if (std::string e = LevelError(maturity, "maturity"); !e.empty()) return Fail(e);
  return SetControlField(catalog, assessment, control_id, now, &ControlRecord::maturity, maturity);
}

EditResult SetControlTarget(const Catalog& catalog, Assessment* assessment,
                            const std::string& control_id, std::optional<int> target,
                            const std::string& now) {
  if (std::string e = LevelError(target, "target"); !e.empty()) return Fail(e);
  return SetControlField(catalog, assessment, control_id, now, &ControlRecord::target, target);
}

std::string ProfileError(const Profile& profile) {
  if (std::string e = LengthError(profile.organisation, "the organisation"); !e.empty()) return e;
  if (!profile.services[0] && !profile.services[1] && !profile.services[2]) {
    return "choose at least one service model (IaaS, PaaS or SaaS)";
  }
  if (profile.target_maturity < 1 || profile.target_maturity > 5) {
    return "the target maturity must be between 1 and 5, not " +
           std::to_string(profile.target_maturity);
  }
  if (profile.capacity_days_per_month < 1 ||
      profile.capacity_days_per_month > kMaxCapacityDaysPerMonth) {
    return "the capacity must be between 1 and " + std::to_string(kMaxCapacityDaysPerMonth) +
           " person-days a month, not " + std::to_string(profile.capacity_days_per_month);
  }
  return "";
}

EditResult SetProfile(Assessment* assessment, const Profile& profile, const std::string& now) {
  if (std::string e = ProfileError(profile); !e.empty()) return Fail(e);
  if (std::string e = NowError(now); !e.empty()) return Fail(e);
  if (assessment->profile == profile) return {};
  assessment->profile = profile;
  assessment->updated_at = now;
  return Changed();
}

}  // namespace cloudgap
