#include "core/engine/roadmap.h"

#include <algorithm>
#include <cstdint>
#include <queue>
#include <set>
#include <unordered_map>

#include "core/document/applicability.h"
#include "core/engine/management_steps.h"
#include "core/engine/readiness.h"
#include "core/engine/scoring.h"

namespace cloudgap {
namespace {

constexpr size_t kNamedItems = 3;  // Items named in a reason; the rest are counted.

// A control with a gap, or a management-system step still to do.
struct Candidate {
  size_t control = 0;  // Catalog index; for a step, the number of controls + its index.
  int step = -1;       // Into catalog.management_steps, or -1.
  bool extension = false;
  int weight = 1;  // Risk weight for the profile's role.
  int gap = 0;
  int urgency = 1;      // weight, or a dependent's urgency when higher.
  int urgent_for = -1;  // Candidate it takes its urgency from; -1 when its own.
  int effort = 1;       // Person-days.
  bool quick_win = false;
};

// The ranking without dependencies: urgency band, then quick wins, then urgency
// x gap per person-day (compared by cross-multiplying, so no rounding decides),
// then catalog order.
bool RanksBefore(const Candidate& a, const Candidate& b) {
  const UrgencyBand band_a = BandForUrgency(a.urgency), band_b = BandForUrgency(b.urgency);
  if (band_a != band_b) return band_a < band_b;
  if (a.quick_win != b.quick_win) return a.quick_win;
  const std::int64_t lhs = static_cast<std::int64_t>(a.urgency) * a.gap * b.effort;
  const std::int64_t rhs = static_cast<std::int64_t>(b.urgency) * b.gap * a.effort;
  if (lhs != rhs) return lhs > rhs;
  return a.control < b.control;
}

// Each candidate's urgency: the highest of its own weight and the urgency of
// every candidate that hard-depends on it, directly or not.
void InheritUrgency(const std::vector<std::vector<size_t>>& dependents,
                    std::vector<Candidate>* candidates) {
  enum class Mark { kNew, kOpen, kDone };
  std::vector<Mark> mark(candidates->size(), Mark::kNew);
  // Iterative depth-first search: dependency chains can be long in generated catalogs.
  for (size_t root = 0; root < candidates->size(); ++root) {
    if (mark[root] != Mark::kNew) continue;
    std::vector<std::pair<size_t, size_t>> stack = {{root, 0}};
    mark[root] = Mark::kOpen;
    while (!stack.empty()) {
      auto& [k, next] = stack.back();
      if (next < dependents[k].size()) {
        const size_t d = dependents[k][next++];
        if (mark[d] == Mark::kNew) {
          mark[d] = Mark::kOpen;
          stack.push_back({d, 0});
        }
        continue;
      }
      Candidate& c = (*candidates)[k];
      for (size_t d : dependents[k]) {
        // A cycle (impossible in a loaded catalog) leaves an open mark: skip it.
        if (mark[d] != Mark::kDone) continue;
        const Candidate& dep = (*candidates)[d];
        if (dep.urgency > c.urgency) {
          c.urgency = dep.urgency;
          c.urgent_for = dep.urgent_for >= 0 ? dep.urgent_for : static_cast<int>(d);
        }
      }
      mark[k] = Mark::kDone;
      stack.pop_back();
    }
  }
}

Phase PhaseForFinish(std::int64_t finished_after_days, int capacity_per_month) {
  const std::int64_t c = std::max(1, capacity_per_month);
  if (finished_after_days <= 1 * c) return Phase::kDays0To30;
  if (finished_after_days <= 3 * c) return Phase::kDays31To90;
  if (finished_after_days <= 6 * c) return Phase::kDays91To180;
  return Phase::kLater;
}

std::string JoinIds(const std::vector<std::string>& ids) {
  std::string out;
  for (size_t i = 0; i < ids.size() && i < kNamedItems; ++i) out += (i ? ", " : "") + ids[i];
  if (ids.size() > kNamedItems) out += " and " + std::to_string(ids.size() - kNamedItems) + " more";
  return out;
}

std::string BandWords(UrgencyBand band) {
  switch (band) {
    case UrgencyBand::kHigh: return "High risk";
    case UrgencyBand::kMedium: return "Medium risk";
    case UrgencyBand::kLower: return "Lower risk";
  }
  return "";
}

std::string StepReasonFor(const RoadmapItem& item, bool after_controls, bool extension) {
  std::string reason =
      BandWords(BandForUrgency(item.urgency)) + (item.quick_win ? ", quick win" : "") +
      ": certification step for the stage " + std::to_string(item.stage) + " audit" +
      (extension ? " (extending your ISMS for the cloud)" : "") + ", about " +
      std::to_string(item.effort_days) + " person-day" + (item.effort_days == 1 ? "" : "s");
  if (after_controls) reason += "; after every control on the roadmap, which it audits";
  if (!item.depends_on.empty()) reason += "; after " + JoinIds(item.depends_on);
  if (!item.unblocks.empty()) reason += "; unblocks " + JoinIds(item.unblocks);
  return reason + ".";
}

std::string ReasonFor(const RoadmapItem& item, const ControlResult& r) {
  const UrgencyBand band = BandForUrgency(item.urgency);
  std::string reason = BandWords(band) + (item.quick_win ? ", quick win" : "") + ": ";
  if (!item.urgent_for.empty()) {
    reason += "needed first by " + item.urgent_for + " (risk " + std::to_string(item.urgency) +
              "/5), whose urgency it takes; own risk " + std::to_string(item.risk_weight) + "/5";
  } else {
    reason += "risk " + std::to_string(item.risk_weight) + "/5";
  }
  reason += ", gap " + std::to_string(item.gap) + " (maturity " + std::to_string(item.maturity) +
            " to " + std::to_string(item.target) + "), about " + std::to_string(item.effort_days) +
            " person-day" + (item.effort_days == 1 ? "" : "s");
  if (!item.depends_on.empty()) reason += "; after " + JoinIds(item.depends_on);
  if (!item.unblocks.empty()) reason += "; unblocks " + JoinIds(item.unblocks);
  if (!item.unassessed_dependencies.empty()) {
    reason += "; assess " + JoinIds(item.unassessed_dependencies) + " too";
  }
  if (r.answers.dont_know > 0) {
    reason += "; check " + std::to_string(r.answers.dont_know) + " \"don't know\" answer" +
              (r.answers.dont_know == 1 ? "" : "s");
  }
  return reason + ".";
}

}  // namespace

UrgencyBand BandForUrgency(int urgency) {
  if (urgency >= kHighRiskWeight) return UrgencyBand::kHigh;
  if (urgency == kHighRiskWeight - 1) return UrgencyBand::kMedium;
  return UrgencyBand::kLower;
}

const char* UrgencyBandLabel(UrgencyBand band) {
  return TextOf(kUrgencyBandLabels, band);
}
const char* PhaseLabel(Phase phase) {
  return TextOf(kPhaseLabels, phase);
}

int EffortDays(const Control& control, RoleScope role, int gap, int target, EffortPoint point) {
  if (gap <= 0) return 0;
  const EffortRange range = EffortFor(control, role);
  const int low = std::max(0, range.min), high = std::max(0, range.max);
  // point x gap / target, rounded up; the midpoint as (min + max) x gap / (2 x target).
  const std::int64_t sum = point == EffortPoint::kMidpoint  ? low + high
                           : point == EffortPoint::kMinimum ? 2 * low
                                                            : 2 * high;
  const std::int64_t numerator = sum * gap;
  const std::int64_t denominator = 2 * static_cast<std::int64_t>(std::max(1, target));
  return static_cast<int>(std::max<std::int64_t>(1, (numerator + denominator - 1) / denominator));
}

Roadmap BuildRoadmap(const Catalog& catalog, const Assessment& assessment,
                     const Evaluation& evaluation, EffortPoint point) {
  Roadmap roadmap;
  roadmap.current_score = evaluation.overall.score;
  roadmap.capacity_days_per_month = assessment.profile.capacity_days_per_month;
  const size_t n = std::min(catalog.controls.size(), evaluation.controls.size());

  std::vector<Candidate> candidates;
  std::vector<int> candidate_of_control(n, -1);
  for (size_t i = 0; i < n; ++i) {
    const ControlResult& r = evaluation.controls[i];
    if (r.status == ControlStatus::kNotAssessed) roadmap.assess_first.push_back(i);
    if (!r.applicable() || !r.maturity || r.gap <= 0) continue;
    Candidate c;
    c.control = i;
    c.weight = r.weight;
    c.gap = r.gap;
    c.urgency = r.weight;
    c.effort = EffortDays(catalog.controls[i], assessment.profile.role, r.gap, r.target, point);
    c.quick_win = c.effort <= kQuickWinMaxDays;
    candidate_of_control[i] = static_cast<int>(candidates.size());
    candidates.push_back(c);
  }
  const size_t controls_on_roadmap = candidates.size();
  std::unordered_map<std::string, size_t> candidate_of_step;
  for (const PlannedStep& planned : PlannedSteps(catalog, assessment)) {
    const ManagementStep& step = catalog.management_steps[planned.index];
    Candidate c;
    c.control = n + planned.index;
    c.step = static_cast<int>(planned.index);
    c.extension = planned.extension;
    c.weight = c.urgency = step.weight;
    c.gap = 3;  // Not started: compared like a control at maturity 0 of 3.
    const int low = std::max(0, planned.effort.min), high = std::max(0, planned.effort.max);
    c.effort = std::max(1, point == EffortPoint::kMidpoint  ? (low + high + 1) / 2
                           : point == EffortPoint::kMinimum ? low
                                                            : high);
    c.quick_win = c.effort <= kQuickWinMaxDays;
    candidate_of_step.emplace(step.id, candidates.size());
    candidates.push_back(c);
  }

  // Dependency edges between roadmap items; other dependencies are satisfied.
  std::unordered_map<std::string, size_t> control_index;
  control_index.reserve(n);
  for (size_t i = 0; i < n; ++i) control_index.emplace(catalog.controls[i].id, i);
  const size_t m = candidates.size();
  std::vector<std::vector<size_t>> dependents(m);  // Hard prerequisites, listed and inherited.
  std::vector<std::vector<size_t>> followers(m);   // Those and the internal audit's ordering.
  std::vector<int> waiting_for(m, 0);
  roadmap.items.resize(m);
  std::unordered_map<std::string, const ManagementStep*> step_named;
  for (const ManagementStep& s : catalog.management_steps) step_named.emplace(s.id, &s);
  for (size_t k = controls_on_roadmap; k < m; ++k) {
    const ManagementStep& step = catalog.management_steps[static_cast<size_t>(candidates[k].step)];
    // A prerequisite that is done passes on its own prerequisites: a certified
    // ISMS's SoA extension still waits for its risk assessment extension.
    std::vector<std::string> deps(step.depends_on.rbegin(), step.depends_on.rend());
    std::set<std::string> seen;
    while (!deps.empty()) {
      const std::string dep = deps.back();
      deps.pop_back();
      if (!seen.insert(dep).second) continue;
      auto it = candidate_of_step.find(dep);
      if (it == candidate_of_step.end()) {
        if (auto named = step_named.find(dep); named != step_named.end()) {
          deps.insert(deps.end(), named->second->depends_on.rbegin(),
                      named->second->depends_on.rend());
        }
        continue;
      }
      dependents[it->second].push_back(k);
      followers[it->second].push_back(k);
      ++waiting_for[k];
      roadmap.items[k].depends_on.push_back(dep);
    }
    if (!step.after_controls) continue;
    for (size_t d = 0; d < controls_on_roadmap; ++d) {
      followers[d].push_back(k);
      ++waiting_for[k];
    }
  }
  for (size_t k = 0; k < controls_on_roadmap; ++k) {
    RoadmapItem& item = roadmap.items[k];
    for (const std::string& dep : catalog.controls[candidates[k].control].depends_on) {
      auto it = control_index.find(dep);
      if (it == control_index.end()) continue;
      if (int d = candidate_of_control[it->second]; d >= 0) {
        dependents[static_cast<size_t>(d)].push_back(k);
        followers[static_cast<size_t>(d)].push_back(k);
        ++waiting_for[k];
        item.depends_on.push_back(dep);
      } else if (evaluation.controls[it->second].status == ControlStatus::kNotAssessed) {
        item.unassessed_dependencies.push_back(dep);
      }
    }
    for (const std::string& link : catalog.controls[candidates[k].control].informed_by) {
      auto it = control_index.find(link);
      if (it == control_index.end()) continue;
      const ControlResult& lr = evaluation.controls[it->second];
      if (lr.status == ControlStatus::kNotAssessed || (lr.applicable() && lr.gap > 0)) {
        item.informed_by.push_back(link);
      }
    }
  }
  InheritUrgency(dependents, &candidates);

  // Kahn's algorithm, always taking the best-ranked item whose dependencies are done.
  auto after = [&candidates](size_t a, size_t b) {
    return RanksBefore(candidates[b], candidates[a]);
  };
  std::priority_queue<size_t, std::vector<size_t>, decltype(after)> ready(after);
  for (size_t k = 0; k < m; ++k) {
    if (waiting_for[k] == 0) ready.push(k);
  }
  std::vector<size_t> order;
  order.reserve(m);
  while (!ready.empty()) {
    size_t k = ready.top();
    ready.pop();
    order.push_back(k);
    for (size_t d : followers[k]) {
      if (--waiting_for[d] == 0) ready.push(d);
    }
  }
  // A cycle (impossible in a loaded catalog) would strand items; keep them, last.
  for (size_t k = 0; k < m; ++k) {
    if (waiting_for[k] > 0) order.push_back(k);
  }

  std::vector<RoadmapItem> ranked;
  ranked.reserve(m);
  std::vector<size_t> rank_of(m);
  std::int64_t cumulative_days = 0;
  auto id_of = [&](const Candidate& c) -> const std::string& {
    return c.step >= 0 ? catalog.management_steps[static_cast<size_t>(c.step)].id
                       : catalog.controls[c.control].id;
  };
  for (size_t k : order) {
    const Candidate& c = candidates[k];
    RoadmapItem item = std::move(roadmap.items[k]);
    item.control_id = id_of(c);
    if (c.step >= 0) {
      const ManagementStep& step = catalog.management_steps[static_cast<size_t>(c.step)];
      item.control_index = kNoControl;
      item.step_index = c.step;
      item.title = step.title;
      item.stage = step.stage;
      item.target = 1;
      item.gap = 1;
      item.actions = c.extension ? step.extension_actions : step.actions;
    } else {
      const ControlResult& r = evaluation.controls[c.control];
      item.control_index = c.control;
      item.title = catalog.controls[c.control].title;
      item.maturity = *r.maturity;
      item.target = r.target;
      item.gap = r.gap;
      item.actions = ActionsFor(catalog.controls[c.control], assessment.profile.role);
    }
    item.rank = static_cast<int>(ranked.size()) + 1;
    item.effort_days = c.effort;
    item.risk_weight = c.weight;
    item.urgency = c.urgency;
    if (c.urgent_for >= 0) item.urgent_for = id_of(candidates[static_cast<size_t>(c.urgent_for)]);
    item.quick_win = c.quick_win;
    cumulative_days += c.effort;
    item.finished_after_days = static_cast<int>(std::min<std::int64_t>(cumulative_days, INT32_MAX));
    item.phase = PhaseForFinish(cumulative_days, roadmap.capacity_days_per_month);
    if (const ControlRecord* record = assessment.RecordFor(item.control_id)) {
      item.owner = record->owner;
      item.due_date = record->due_date;
    }
    rank_of[k] = ranked.size();
    ranked.push_back(std::move(item));
  }
  for (size_t k : order) {
    std::vector<size_t> waiting;  // Ranks of the items waiting for this one.
    for (size_t d : dependents[k]) waiting.push_back(rank_of[d]);
    std::sort(waiting.begin(), waiting.end());
    for (size_t w : waiting) ranked[rank_of[k]].unblocks.push_back(ranked[w].control_id);
  }
  for (RoadmapItem& item : ranked) {
    if (item.is_step()) {
      const ManagementStep& step = catalog.management_steps[static_cast<size_t>(item.step_index)];
      item.reason = StepReasonFor(item, step.after_controls,
                                  assessment.profile.isms == IsmsState::kCertified);
    } else {
      item.reason = ReasonFor(item, evaluation.controls[item.control_index]);
    }
  }
  roadmap.items = std::move(ranked);

  // Projection: the overall weighted mean with finished items counted at target.
  double weighted_sum = 0;
  double weight = 0;
  for (size_t i = 0; i < n; ++i) {
    const ControlResult& r = evaluation.controls[i];
    if (!r.applicable() || !r.score) continue;
    weighted_sum += r.weight * *r.score;
    weight += r.weight;
  }
  std::array<double, kPhaseCount> gain{};
  for (int p = 0; p < kPhaseCount; ++p) roadmap.projection[p].phase = static_cast<Phase>(p + 1);
  for (const RoadmapItem& item : roadmap.items) {
    const size_t p = static_cast<size_t>(item.phase) - 1;
    ++roadmap.projection[p].items;
    roadmap.projection[p].effort_days += item.effort_days;
    if (item.is_step()) continue;  // Steps carry no score.
    const ControlResult& r = evaluation.controls[item.control_index];
    if (r.score) {
      gain[p] += r.weight * (std::max(*r.score, ScoreForMaturity(item.target)) - *r.score);
    }
  }
  for (size_t p = 0; p < kPhaseCount; ++p) {
    weighted_sum += gain[p];
    if (weight > 0) roadmap.projection[p].score = std::min(100.0, weighted_sum / weight);
  }
  return roadmap;
}

}  // namespace cloudgap
