#include "core/engine/trend.h"

#include <algorithm>
#include <cctype>
#include <map>

#include "core/engine/scoring.h"
#include "core/engine/wording.h"

namespace cloudgap {
namespace {

std::string ScopeLabel(const Profile& profile, const MessageCatalog& words) {
  return std::string(RoleScopeWords(profile.role, words)) + "; " + ServicesLabel(profile);
}

}  // namespace

std::string OrganisationKey(const Profile& profile) {
  std::string key;
  bool space = false;
  for (unsigned char c : profile.organisation) {
    if (std::isalnum(c) || c >= 0x80) {  // Letters of any script stay as typed.
      if (space && !key.empty()) key += ' ';
      key += static_cast<char>(std::tolower(c));
      space = false;
    } else {
      space = true;
    }
  }
  return key;
}

std::vector<Trend> BuildTrends(const Catalog& catalog, const std::vector<TrendSource>& sources,
                               const std::string& organisation_key, const MessageCatalog& words) {
  std::map<std::string, std::vector<const TrendSource*>> by_scope;
  for (const TrendSource& source : sources) {
    if (organisation_key.empty() ||
        OrganisationKey(source.assessment.profile) != organisation_key) {
      continue;
    }
    // Grouped and ordered by the English label, so that every language lists
    // the trends in the same order.
    by_scope[ScopeLabel(source.assessment.profile, EnglishMessages())].push_back(&source);
  }
  std::vector<Trend> trends;
  for (auto& [scope, members] : by_scope) {
    std::sort(members.begin(), members.end(), [](const TrendSource* a, const TrendSource* b) {
      if (a->assessment.updated_at != b->assessment.updated_at) {
        return a->assessment.updated_at < b->assessment.updated_at;
      }
      return a->id < b->id;
    });
    Trend trend;
    trend.scope = ScopeLabel(members.back()->assessment.profile, words);
    trend.organisation = members.back()->assessment.profile.organisation;
    for (const TrendSource* source : members) {
      const Evaluation evaluation = Evaluate(catalog, source->assessment);
      TrendPoint point;
      point.id = source->id;
      point.name = source->name;
      point.date = DateOf(source->assessment.updated_at);
      point.mode = source->assessment.profile.mode;
      point.score = evaluation.overall.score;
      point.readiness = evaluation.overall.readiness;
      for (const ClauseResult& clause : evaluation.clauses) point.clauses.push_back(clause.score);
      trend.points.push_back(std::move(point));
    }
    trends.push_back(std::move(trend));
  }
  return trends;
}

}  // namespace cloudgap
