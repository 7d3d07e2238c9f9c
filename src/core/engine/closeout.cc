#include "core/engine/closeout.h"

#include <cctype>

namespace cloudgap {

bool IsShortJustification(const std::string& text) {
  int words = 0;
  bool in_word = false;
  for (unsigned char c : text) {
    const bool space = std::isspace(c) != 0;
    if (!space && !in_word) ++words;
    in_word = !space;
  }
  return words < 4;
}

WorkStatus WorkStatusOf(const ControlRecord* record, const ControlResult& result) {
  if (record != nullptr && record->status) return *record->status;
  if (result.answers.unanswered == 0) return WorkStatus::kAnswered;
  return result.answers.answered() > 0 ? WorkStatus::kInProgress : WorkStatus::kNotStarted;
}

const char* WorkStatusLabel(WorkStatus status) {
  switch (status) {
    case WorkStatus::kNotStarted: return "Not started";
    case WorkStatus::kInProgress: return "In progress";
    case WorkStatus::kAnswered: return "Answered";
    case WorkStatus::kReviewed: return "Reviewed";
  }
  return "";
}

std::vector<CloseoutFinding> CloseoutCheck(const Catalog& catalog, const Assessment& assessment,
                                           const Evaluation& evaluation) {
  std::vector<CloseoutFinding> findings;
  for (size_t i = 0; i < catalog.controls.size(); ++i) {
    const Control& control = catalog.controls[i];
    const ControlResult& result = evaluation.controls[i];
    const ControlRecord* record = assessment.RecordFor(control.id);
    const auto add = [&](CloseoutKind kind, std::string detail) {
      findings.push_back({kind, control.id, std::move(detail)});
    };
    if (record != nullptr && record->not_applicable &&
        IsShortJustification(record->justification)) {
      add(CloseoutKind::kShortJustification, "Not applicable because \"" + record->justification +
                                                 "\": say why in a sentence an auditor can check.");
    }
    if (!result.applicable()) continue;
    for (const Question& q : control.questions) {
      auto it = assessment.answers.find(q.id);
      if (it != assessment.answers.end() && it->second.answer == Answer::kNotApplicable &&
          IsShortJustification(it->second.justification)) {
        add(CloseoutKind::kShortJustification,
            q.id + " is not applicable because \"" + it->second.justification +
                "\": say why in a sentence an auditor can check.");
      }
    }
    const bool has_evidence = record != nullptr && !record->evidence.empty();
    if (result.answers.yes > 0 && !has_evidence) {
      add(CloseoutKind::kYesWithoutEvidence,
          std::to_string(result.answers.yes) +
              (result.answers.yes == 1 ? " answer is" : " answers are") +
              " \"yes\" with no evidence listed: name the document or record that shows it.");
    }
    if (record != nullptr && !record->owner.empty() && record->due_date.empty()) {
      add(CloseoutKind::kOwnerWithoutDueDate, record->owner + " owns it but has no due date.");
    }
    if (result.expired_evidence > 0) {
      add(CloseoutKind::kExpiredEvidence,
          std::to_string(result.expired_evidence) +
              (result.expired_evidence == 1 ? " evidence item is" : " evidence items are") +
              " past the review-by date: review it, or replace it.");
    }
  }
  return findings;
}

}  // namespace cloudgap
