// How an organisation's assessments moved over time: the kept assessments of
// one organisation grouped by scope (role and service models, since a score
// over other controls is not the same measure), each group's points in the
// order they were last changed, with the overall score, readiness and every
// clause's score. An assessment with no organisation belongs to no trend.
// Deterministic: points by last change, then by id; groups by scope label.
#ifndef CLOUDGAP_CORE_ENGINE_TREND_H_
#define CLOUDGAP_CORE_ENGINE_TREND_H_

#include <optional>
#include <string>
#include <vector>

#include "core/catalog/catalog.h"
#include "core/document/assessment.h"
#include "core/engine/evaluation.h"
#include "core/i18n/message_catalog.h"

namespace cloudgap {

struct TrendSource {
  std::string id;    // The caller's key (a library id).
  std::string name;  // As the person knows it.
  Assessment assessment;
};

struct TrendPoint {
  std::string id, name;
  std::string date;  // "2026-05-03": the day it was last changed.
  AssessmentMode mode = AssessmentMode::kQuick;
  std::optional<double> score;
  Readiness readiness = Readiness::kNotAssessed;
  std::vector<std::optional<double>> clauses;  // Index-aligned with catalog.clauses.
};

struct Trend {
  std::string organisation;        // As the latest point spells it.
  std::string scope;               // "Cloud service customer; IaaS, SaaS".
  std::vector<TrendPoint> points;  // Oldest first.
};

// The key that groups assessments of one organisation: the name with case,
// spaces and punctuation folded, so "ACME Ltd." and "Acme Ltd" meet. Empty
// when the profile names none.
std::string OrganisationKey(const Profile& profile);

// The trends of `sources` whose organisation key is `organisation_key`, one
// per scope among them; each scope in `words`' language.
std::vector<Trend> BuildTrends(const Catalog& catalog, const std::vector<TrendSource>& sources,
                               const std::string& organisation_key,
                               const MessageCatalog& words = EnglishMessages());

}  // namespace cloudgap

#endif  // CLOUDGAP_CORE_ENGINE_TREND_H_
