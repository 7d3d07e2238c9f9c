// Question packs: the part of an assessment handed to one person to answer.
//
// The coordinator picks controls (a clause, an owner's, or one by one) and
// makes a pack: a document of the usual format (assessment.h) holding the
// profile, the answers and records given so far for those controls only, and
// a QuestionPack naming it. The respondent answers it in any CloudGap copy
// (the single-file edition too, offline), types their name, and sends the
// file back; merge.h brings it into the assessment and records who answered.
// A pack travels as a file or a share link like any document.
//
// Everything here is deterministic: the pack id is a name-based UUID of what
// the pack holds and when it was made.
#ifndef CLOUDGAP_CORE_DOCUMENT_QUESTION_PACK_H_
#define CLOUDGAP_CORE_DOCUMENT_QUESTION_PACK_H_

#include <optional>
#include <string>
#include <vector>

#include "core/catalog/catalog.h"
#include "core/document/assessment.h"
#include "core/document/assessment_edit.h"

namespace cloudgap {

struct PackResult {
  std::optional<Assessment> pack;  // Set when error is empty.
  std::string error;               // A sentence for the user.
};

// A pack of `control_ids` (any order, no repeats; kept in catalog order) from
// `from`, made at `now` for `handed_to` (may be empty). `from` must not be a
// pack itself: packs are handed out from the whole assessment.
PackResult MakeQuestionPack(const Catalog& catalog, const Assessment& from,
                            const std::vector<std::string>& control_ids,
                            const std::string& handed_to, const std::string& now);

// True when the document asks about `control_id`: it is no pack, or the pack
// holds the control.
bool PackHolds(const Assessment& assessment, const std::string& control_id);

// The controls of clause `clause`, in catalog order.
std::vector<std::string> ControlsOfClause(const Catalog& catalog, int clause);
// The controls whose owner is `owner` (exactly), in catalog order.
std::vector<std::string> ControlsOwnedBy(const Catalog& catalog, const Assessment& assessment,
                                         const std::string& owner);
// Every non-blank owner named in the document, sorted, once each.
std::vector<std::string> OwnersNamed(const Assessment& assessment);

// The respondent's name on a pack (at most kMaxTextFieldChars); fails on a
// document that is no pack.
EditResult SetPackRespondent(Assessment* pack, const std::string& respondent,
                             const std::string& now);

}  // namespace cloudgap

#endif  // CLOUDGAP_CORE_DOCUMENT_QUESTION_PACK_H_
