#include "core/document/question_pack.h"

#include <algorithm>
#include <set>

#include "core/catalog/catalog_index.h"
#include "core/text/input_limits.h"
#include "core/text/iso_date.h"
#include "core/text/utf8.h"
#include "core/text/uuid.h"

namespace cloudgap {

PackResult MakeQuestionPack(const Catalog& catalog, const Assessment& from,
                            const std::vector<std::string>& control_ids,
                            const std::string& handed_to, const std::string& now) {
  PackResult result;
  if (from.pack) {
    result.error = "this is a question pack; hand out packs from the whole assessment";
    return result;
  }
  if (!IsUtcTimestamp(now)) {
    result.error = "'" + now + "' is not an ISO-8601 UTC timestamp";
    return result;
  }
  if (Utf8Length(handed_to) > kMaxTextFieldChars) {
    result.error = "the name is too long";
    return result;
  }
  const std::set<std::string> wanted(control_ids.begin(), control_ids.end());
  if (wanted.empty()) {
    result.error = "choose at least one control for the pack";
    return result;
  }
  QuestionPack pack;
  pack.handed_to = handed_to;
  for (const Control& control : catalog.controls) {
    if (wanted.count(control.id)) pack.controls.push_back(control.id);
  }
  if (pack.controls.size() != wanted.size()) {
    for (const std::string& id : wanted) {
      if (!catalog.FindControl(id))
        result.error = "no control '" + id + "' in catalog " + catalog.id;
    }
    return result;
  }

  Assessment out = NewAssessment(catalog, from.profile, now);
  const CatalogIndex index(catalog);
  for (const auto& [id, answer] : from.answers) {
    const Control* control = index.ControlOfQuestion(id);
    if (control && wanted.count(control->id)) out.answers.emplace(id, answer);
  }
  for (const auto& [id, record] : from.controls) {
    if (wanted.count(id)) out.controls.emplace(id, record);
  }
  // What the pack holds and when it was made: two packs made alike are one.
  std::string name = "question-pack\n" + from.created_at + "\n" + now + "\n" + handed_to;
  for (const std::string& id : pack.controls) name += "\n" + id;
  pack.id = CloudGapUuid(name);
  out.pack = std::move(pack);
  result.pack = std::move(out);
  return result;
}

bool PackHolds(const Assessment& assessment, const std::string& control_id) {
  if (!assessment.pack) return true;
  const std::vector<std::string>& held = assessment.pack->controls;
  return std::find(held.begin(), held.end(), control_id) != held.end();
}

std::vector<std::string> ControlsOfClause(const Catalog& catalog, int clause) {
  std::vector<std::string> ids;
  for (const Control& control : catalog.controls) {
    if (control.clause == clause) ids.push_back(control.id);
  }
  return ids;
}

std::vector<std::string> ControlsOwnedBy(const Catalog& catalog, const Assessment& assessment,
                                         const std::string& owner) {
  std::vector<std::string> ids;
  for (const Control& control : catalog.controls) {
    const ControlRecord* record = assessment.RecordFor(control.id);
    if (record && record->owner == owner) ids.push_back(control.id);
  }
  return ids;
}

std::vector<std::string> OwnersNamed(const Assessment& assessment) {
  std::set<std::string> owners;
  for (const auto& [id, record] : assessment.controls) {
    if (!IsBlank(record.owner)) owners.insert(record.owner);
  }
  return {owners.begin(), owners.end()};
}

EditResult SetPackRespondent(Assessment* pack, const std::string& respondent,
                             const std::string& now) {
  if (!pack->pack) return {"this document is not a question pack"};
  if (!IsUtcTimestamp(now)) return {"'" + now + "' is not an ISO-8601 UTC timestamp"};
  if (Utf8Length(respondent) > kMaxTextFieldChars) return {"the name is too long"};
  if (pack->pack->respondent == respondent) return {};
  pack->pack->respondent = respondent;
  pack->updated_at = now;
  return {"", true};
}

}  // namespace cloudgap
