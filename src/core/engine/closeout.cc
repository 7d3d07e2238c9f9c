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

const char* WorkStatusLabel(WorkStatus status, const MessageCatalog& words) {
  switch (status) {
    case WorkStatus::kNotStarted: return words.Tr("Not started").data();
    case WorkStatus::kInProgress: return words.Tr("In progress").data();
    case WorkStatus::kAnswered: return words.Tr("Answered").data();
    case WorkStatus::kReviewed: return words.Tr("Reviewed").data();
  }
  return "";
}

std::vector<CloseoutFinding> CloseoutCheck(const Catalog& catalog, const Assessment& assessment,
                                           const Evaluation& evaluation,
                                           const MessageCatalog& words) {
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
      add(CloseoutKind::kShortJustification,
          words.Tr("Not applicable because \"{why}\": say why in a sentence an auditor can check.",
                   {{"why", record->justification}}));
    }
    if (!result.applicable()) continue;
    for (const Question& q : control.questions) {
      auto it = assessment.answers.find(q.id);
      if (it != assessment.answers.end() && it->second.answer == Answer::kNotApplicable &&
          IsShortJustification(it->second.justification)) {
        add(CloseoutKind::kShortJustification,
            words.Tr("{question} is not applicable because \"{why}\": say why in a sentence an "
                     "auditor can check.",
                     {{"question", q.id}, {"why", it->second.justification}}));
      }
    }
    const bool has_evidence = record != nullptr && !record->evidence.empty();
    if (result.answers.yes > 0 && !has_evidence) {
      add(CloseoutKind::kYesWithoutEvidence,
          words.Tr("{count, plural, one {# answer is} other {# answers are}} \"yes\" with no "
                   "evidence listed: name the document or record that shows it.",
                   {{"count", result.answers.yes}}));
    }
    if (record != nullptr && !record->owner.empty() && record->due_date.empty()) {
      add(CloseoutKind::kOwnerWithoutDueDate,
          words.Tr("{owner} owns it but has no due date.", {{"owner", record->owner}}));
    }
    if (result.expired_evidence > 0) {
      add(CloseoutKind::kExpiredEvidence,
          words.Tr("{count, plural, one {# evidence item is} other {# evidence items are}} past "
                   "the review-by date: review it, or replace it.",
                   {{"count", result.expired_evidence}}));
    }
  }
  return findings;
}

}  // namespace cloudgap
