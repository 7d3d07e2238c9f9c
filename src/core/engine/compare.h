// What changed between two assessments against the same catalog: the overall
// score and readiness, each clause's score, the controls that improved,
// regressed or moved in or out of scope, every answer that changed (with both
// values), and the roadmap items closed and new.
//
// `before` and `after` are any two assessments (a baseline and today, two
// respondents); documents of an earlier catalog version are opened through the
// migration first (catalog_upgrade.h), whose list of dropped answers is what
// could not be compared. Compare(a, a) is empty, and Compare(b, a) is
// Compare(a, b) with every pair of values swapped: improved and regressed,
// in and out of scope, closed and new trade places. Deterministic: lists
// follow catalog order.
#ifndef CLOUDGAP_CORE_ENGINE_COMPARE_H_
#define CLOUDGAP_CORE_ENGINE_COMPARE_H_

#include <optional>
#include <string>
#include <vector>

#include "core/catalog/catalog.h"
#include "core/document/assessment.h"
#include "core/engine/evaluation.h"
#include "core/i18n/message_catalog.h"

namespace cloudgap {

template <typename T>
struct Change {
  T before{};
  T after{};
};

struct ClauseChange {
  int number = 0;
  Change<std::optional<double>> score;
};

struct ControlChange {
  std::string control_id;
  Change<ControlStatus> status;
  Change<std::optional<double>> score;
  Change<std::optional<int>> maturity;
};

struct AnswerChange {
  std::string question_id;
  std::string control_id;
  Change<Answer> answer;
};

struct ProfileChange {
  std::string field;  // "role", "services", "mode", "target", "capacity", "isms", "upstream".
  Change<std::string> value;
};

struct Comparison {
  Change<std::optional<double>> score;
  Change<Readiness> readiness;
  std::vector<ProfileChange> profile;
  std::vector<ClauseChange> clauses;  // Only the clauses whose score changed.
  // Controls, by how they changed. Applicable: in scope and not marked not
  // applicable. Assessed: applicable with a maturity.
  std::vector<ControlChange> improved;  // Assessed both times; higher score (or maturity) now.
  std::vector<ControlChange> regressed;
  std::vector<ControlChange> now_applicable;
  std::vector<ControlChange> no_longer_applicable;
  std::vector<ControlChange> now_assessed;  // Applicable both times.
  std::vector<ControlChange> no_longer_assessed;
  std::vector<AnswerChange> answers;        // Every question answered differently.
  std::vector<std::string> roadmap_closed;  // On the first roadmap, not the second (its order).
  std::vector<std::string> roadmap_new;     // On the second, not the first (its order).

  bool empty() const;
};

Comparison Compare(const Catalog& catalog, const Assessment& before, const Assessment& after);

// A profile change for people, in `words`' language: "Role: cloud service
// customer → cloud service provider" (the change itself holds the file's names).
std::string ProfileChangeWords(const ProfileChange& change,
                               const MessageCatalog& words = EnglishMessages());

// One value of a profile change (ProfileChange::value) in `words`' language,
// as ProfileChangeWords writes it: "customer" is "cloud service customer".
std::string ProfileValueWords(const std::string& field, const std::string& value,
                              const MessageCatalog& words = EnglishMessages());

}  // namespace cloudgap

#endif  // CLOUDGAP_CORE_ENGINE_COMPARE_H_
