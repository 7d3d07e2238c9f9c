// Merging: answers from question packs (document/question_pack.h) and from
// whole assessments brought into one assessment, the base.
//
// PlanMerge compares every incoming document with the base, question by
// question and control field by field. A value set on one side only is taken;
// one set alike everywhere is kept; one set to different values is a conflict,
// listed with each distinct value and whose it is, and left as in the base
// (or the first incoming document that set it) until someone chooses.
// Evidence is the union (equal items once), steps done likewise. Nothing is
// resolved without a choice: ApplyMerge refuses a plan with a conflict left
// unchosen. Each pack's respondent is recorded on the controls the pack
// answered (ControlRecord::answered_by). The profile stays the base's; an
// incoming one that differs is a warning, as is a pack of another assessment's
// organisation. Incoming documents are read against the base's catalog.
#ifndef CLOUDGAP_CORE_ENGINE_MERGE_H_
#define CLOUDGAP_CORE_ENGINE_MERGE_H_

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "core/catalog/catalog.h"
#include "core/document/assessment.h"
#include "core/i18n/message_catalog.h"

namespace cloudgap {

enum class MergeField {
  kAnswer,         // A question's answer with its N/A justification.
  kApplicability,  // The whole control not applicable, with its justification.
  kNotes,
  kOwner,
  kDueDate,
  kMaturity,
  kTarget,
  kStatus,
  kReviewer,
};
inline constexpr EnumText<MergeField> kMergeFieldNames[] = {
    {MergeField::kAnswer, "answer"},    {MergeField::kApplicability, "applicability"},
    {MergeField::kNotes, "notes"},      {MergeField::kOwner, "owner"},
    {MergeField::kDueDate, "due_date"}, {MergeField::kMaturity, "maturity"},
    {MergeField::kTarget, "target"},    {MergeField::kStatus, "status"},
    {MergeField::kReviewer, "reviewer"}};
static_assert(InEnumOrder(kMergeFieldNames));

struct MergeInput {
  std::string name;  // For people: a file name, "this assessment".
  Assessment document;
};

struct MergeOption {
  size_t source = 0;  // Index into MergePlan::inputs; 0 is the base. The first to hold it.
  std::string text;   // The value for people: "Partly", "Not applicable: out of scope".
  std::vector<size_t> holders;  // Every input holding this value, `source` first.
};

struct MergeConflict {
  // Stable across runs, for a choice given on a command line: the question id
  // for an answer, "<control id>/<field name>" for a control's field.
  std::string key;
  std::string control_id;
  std::string question_id;  // Empty unless kAnswer.
  MergeField field = MergeField::kAnswer;
  std::vector<MergeOption> options;  // Two or more distinct values, in input order.
};

// The option of `conflict` that input `input` holds, if it holds one.
std::optional<size_t> OptionHeldBy(const MergeConflict& conflict, size_t input);

struct MergePlan {
  std::string error;                     // Set when nothing can be merged; the rest is empty.
  std::vector<MergeInput> inputs;        // The base first, then the incoming documents.
  Assessment merged;                     // Everything without a conflict, merged.
  std::vector<MergeConflict> conflicts;  // In catalog order.
  // Per input: how many questions and fields it brought that the base lacked.
  std::vector<size_t> taken;
  std::vector<std::string> warnings;
};

// The options' texts, the warnings and the error in `words`' language.
MergePlan PlanMerge(const Catalog& catalog, MergeInput base, std::vector<MergeInput> incoming,
                    const MessageCatalog& words = EnglishMessages());

struct MergeResult {
  std::optional<Assessment> merged;  // Set when error is empty.
  std::string error;
};

// `choices[i]` picks an option of plan.conflicts[i]. Refused, naming the
// first, while any conflict has no choice; the error in `words`' language.
// updated_at becomes `now` when the result differs from the base.
MergeResult ApplyMerge(const MergePlan& plan, const std::vector<std::optional<size_t>>& choices,
                       const std::string& now, const MessageCatalog& words = EnglishMessages());

}  // namespace cloudgap

#endif  // CLOUDGAP_CORE_ENGINE_MERGE_H_
