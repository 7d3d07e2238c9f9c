#include "core/engine/roadmap.h"

#include <algorithm>
#include <cstdint>
#include <functional>
#include <optional>
#include <queue>
#include <set>
#include <string_view>
#include <unordered_map>
#include <utility>

#include "core/catalog/catalog_links.h"
#include "core/document/applicability.h"
#include "core/engine/management_steps.h"
#include "core/engine/prefetch.h"
#include "core/engine/readiness.h"
#include "core/engine/roadmap_reason.h"
#include "core/engine/scoring.h"

namespace cloudgap {
namespace {

// What a candidate's item will show of its links, found before its rank is.
struct Links {
  std::vector<std::string> depends_on;
  std::vector<std::string> unassessed_dependencies;
  std::vector<std::string> informed_by;
};

// Adds `id` to `list` with room for `most` made at the first: one allocation
// per list, where growing one at a time took up to three.
void AddLink(const std::string& id, size_t most, std::vector<std::string>* list) {
  if (list->empty()) list->reserve(most);
  list->push_back(id);
}

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

// Candidate `first` must be done before candidate `then`. A prerequisite also
// passes `then`'s urgency back to `first`; an ordering alone does not. Always
// made whole (AddEdge), so its members have no defaults to get wrong.
struct Edge {
  std::uint32_t first;
  std::uint32_t then;
  bool prerequisite;
};

// Edges grouped by their first candidate, each group in the order the edges
// were added: one array for all, where a list per candidate made thousands of
// small allocations.
class Adjacency {
 public:
  struct Range {
    const std::uint32_t* from;
    const std::uint32_t* to;
    const std::uint32_t* begin() const { return from; }
    const std::uint32_t* end() const { return to; }
  };

  // Every edge, or only the prerequisites.
  Adjacency(size_t candidates, const std::vector<Edge>& edges, bool prerequisites_only)
      : start_(candidates + 1, 0) {
    auto kept = [prerequisites_only](const Edge& e) {
      return !prerequisites_only || e.prerequisite;
    };
    for (const Edge& e : edges) {
      if (kept(e)) ++start_[e.first];
    }
    // Each group's end, then each group filled from the back down to its start,
    // which leaves start_[k] at the start.
    std::uint32_t total = 0;
    for (size_t k = 0; k < candidates; ++k) start_[k] = total += start_[k];
    start_[candidates] = total;
    then_.resize(total);
    for (auto e = edges.rbegin(); e != edges.rend(); ++e) {
      if (kept(*e)) then_[--start_[e->first]] = e->then;
    }
  }

  // The candidates that wait for candidate k.
  Range operator[](size_t k) const {
    return {then_.data() + start_[k], then_.data() + start_[k + 1]};
  }

 private:
  std::vector<std::uint32_t> start_;  // Group k is then_[start_[k], start_[k + 1]).
  std::vector<std::uint32_t> then_;
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
void InheritUrgency(const Adjacency& dependents, std::vector<Candidate>* candidates) {
  enum class Mark { kNew, kOpen, kDone };
  std::vector<Mark> mark(candidates->size(), Mark::kNew);
  // Iterative depth-first search: dependency chains can be long in generated
  // catalogs. Each entry is a candidate and the next of its dependents to visit.
  std::vector<std::pair<size_t, const std::uint32_t*>> stack;
  for (size_t root = 0; root < candidates->size(); ++root) {
    if (mark[root] != Mark::kNew) continue;
    stack.push_back({root, dependents[root].begin()});
    mark[root] = Mark::kOpen;
    while (!stack.empty()) {
      auto& [k, next] = stack.back();
      if (next != dependents[k].end()) {
        const size_t d = *next++;
        if (mark[d] == Mark::kNew) {
          mark[d] = Mark::kOpen;
          stack.push_back({d, dependents[d].begin()});
        }
        continue;
      }
      Candidate& c = (*candidates)[k];
      for (const std::uint32_t d : dependents[k]) {
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

// Builds one roadmap in stages, a method each: the candidates (controls with a
// gap, steps still to do), the links between them, their order, and the items
// in that order, each with its share of the projected score.
class RoadmapBuilder {
 public:
  RoadmapBuilder(const Catalog& catalog, const Assessment& assessment, const Evaluation& evaluation,
                 EffortPoint point, const MessageCatalog& words)
      : catalog_(catalog),
        assessment_(assessment),
        evaluation_(evaluation),
        point_(point),
        words_(words),
        n_(std::min(catalog.controls.size(), evaluation.controls.size())) {}

  Roadmap Build() {
    roadmap_.current_score = evaluation_.overall.score;
    roadmap_.capacity_days_per_month = assessment_.profile.capacity_days_per_month;
    AddControls();
    AddSteps();
    const size_t m = candidates_.size();
    waiting_for_.assign(m, 0);
    links_.resize(m);
    LinkSteps();
    LinkControls();
    const Adjacency dependents(m, edges_, /*prerequisites_only=*/true);
    InheritUrgency(dependents, &candidates_);
    Rank(Order(Adjacency(m, edges_, /*prerequisites_only=*/false)), dependents);
    return std::move(roadmap_);
  }

 private:
  // Applicable controls with a gap; those with nothing answered go to assess_first.
  void AddControls() {
    candidate_of_control_.assign(n_, -1);
    candidates_.reserve(n_ + catalog_.management_steps.size());
    id_of_.reserve(n_ + catalog_.management_steps.size());
    for (size_t i = 0; i < n_; ++i) {
      const ControlResult& r = evaluation_.controls[i];
      if (r.status == ControlStatus::kNotAssessed) roadmap_.assess_first.push_back(i);
      if (!r.applicable() || !r.maturity || r.gap <= 0) continue;
      Candidate c;
      c.control = i;
      c.weight = r.weight;
      c.gap = r.gap;
      c.urgency = r.weight;
      c.effort =
          EffortDays(catalog_.controls[i], assessment_.profile.role, r.gap, r.target, point_);
      c.quick_win = c.effort <= kQuickWinMaxDays;
      candidate_of_control_[i] = static_cast<int>(candidates_.size());
      candidates_.push_back(c);
      id_of_.push_back(catalog_.controls[i].id);
    }
    controls_on_roadmap_ = candidates_.size();
  }

  // The management-system steps the profile still has to do.
  void AddSteps() {
    for (const PlannedStep& planned : PlannedSteps(catalog_, assessment_)) {
      const ManagementStep& step = catalog_.management_steps[planned.index];
      Candidate c;
      c.control = n_ + planned.index;
      c.step = static_cast<int>(planned.index);
      c.extension = planned.extension;
      c.weight = c.urgency = step.weight;
      c.gap = 3;  // Not started: compared like a control at maturity 0 of 3.
      const int low = std::max(0, planned.effort.min), high = std::max(0, planned.effort.max);
      c.effort = std::max(1, point_ == EffortPoint::kMidpoint  ? (low + high + 1) / 2
                             : point_ == EffortPoint::kMinimum ? low
                                                               : high);
      c.quick_win = c.effort <= kQuickWinMaxDays;
      candidate_of_step_.emplace(step.id, candidates_.size());
      candidates_.push_back(c);
      id_of_.push_back(step.id);
    }
  }

  // `first` must be done before `then` (see Edge).
  void AddEdge(size_t first, size_t then, bool prerequisite) {
    edges_.push_back(
        {static_cast<std::uint32_t>(first), static_cast<std::uint32_t>(then), prerequisite});
    ++waiting_for_[then];
  }

  void LinkSteps() {
    std::unordered_map<std::string_view, const ManagementStep*> step_named;
    for (const ManagementStep& s : catalog_.management_steps) step_named.emplace(s.id, &s);
    for (size_t k = controls_on_roadmap_; k < candidates_.size(); ++k) {
      const ManagementStep& step =
          catalog_.management_steps[static_cast<size_t>(candidates_[k].step)];
      // A prerequisite that is done passes on its own prerequisites: a certified
      // ISMS's SoA extension still waits for its risk assessment extension.
      std::vector<std::string> deps(step.depends_on.rbegin(), step.depends_on.rend());
      std::set<std::string> seen;
      while (!deps.empty()) {
        const std::string dep = deps.back();
        deps.pop_back();
        if (!seen.insert(dep).second) continue;
        auto it = candidate_of_step_.find(dep);
        if (it == candidate_of_step_.end()) {
          if (auto named = step_named.find(dep); named != step_named.end()) {
            deps.insert(deps.end(), named->second->depends_on.rbegin(),
                        named->second->depends_on.rend());
          }
          continue;
        }
        AddEdge(it->second, k, /*prerequisite=*/true);
        links_[k].depends_on.push_back(dep);
      }
      if (!step.after_controls) continue;
      for (size_t d = 0; d < controls_on_roadmap_; ++d) AddEdge(d, k, /*prerequisite=*/false);
    }
  }

  // Prerequisites on the roadmap become edges; others are satisfied, or, when
  // unassessed, named. Soft links are kept as advice while they have work left.
  // The links come by position from the catalog's index (catalog_links.h).
  void LinkControls() {
    LinkResolver resolve(catalog_);
    for (size_t k = 0; k < controls_on_roadmap_; ++k) {
      PrefetchLinks(k);
      const size_t i = candidates_[k].control;
      const Control& control = catalog_.controls[i];
      Links& links = links_[k];
      for (size_t j = 0; j < control.depends_on.size(); ++j) {
        const std::uint32_t at = resolve.DependsOn(i, j);
        if (at >= n_) continue;  // No such control, or none evaluated.
        const std::string& dep = control.depends_on[j];
        if (int d = candidate_of_control_[at]; d >= 0) {
          AddEdge(static_cast<size_t>(d), k, /*prerequisite=*/true);
          AddLink(dep, control.depends_on.size(), &links.depends_on);
        } else if (evaluation_.controls[at].status == ControlStatus::kNotAssessed) {
          AddLink(dep, control.depends_on.size(), &links.unassessed_dependencies);
        }
      }
      for (size_t j = 0; j < control.informed_by.size(); ++j) {
        const std::uint32_t at = resolve.InformedBy(i, j);
        if (at >= n_) continue;
        const ControlResult& lr = evaluation_.controls[at];
        if (lr.status == ControlStatus::kNotAssessed || (lr.applicable() && lr.gap > 0)) {
          AddLink(control.informed_by[j], control.informed_by.size(), &links.informed_by);
        }
      }
    }
  }

  // Starts loading the links of the controls after candidate k (prefetch.h):
  // the lists of one two steps ahead, the ids in the lists of one a step ahead.
  [[gnu::always_inline]] void PrefetchLinks(size_t k) const {
    if (k + 2 * kPrefetchAhead < controls_on_roadmap_) {
      const Control& later = catalog_.controls[candidates_[k + 2 * kPrefetchAhead].control];
      PrefetchObject(later.depends_on);
      PrefetchObject(later.informed_by);
    }
    if (k + kPrefetchAhead < controls_on_roadmap_) {
      const Control& soon = catalog_.controls[candidates_[k + kPrefetchAhead].control];
      PrefetchElements(soon.depends_on);
      PrefetchElements(soon.informed_by);
    }
  }

  // Kahn's algorithm, always taking the best-ranked candidate whose
  // prerequisites are done. The candidates are ranked once, without
  // dependencies, and the queue compares those places: comparing the
  // candidates themselves in the queue read them at random, twice per step.
  std::vector<size_t> Order(const Adjacency& followers) {
    const size_t m = candidates_.size();
    std::vector<std::uint32_t> by_rank(m);
    for (size_t k = 0; k < m; ++k) by_rank[k] = static_cast<std::uint32_t>(k);
    std::sort(by_rank.begin(), by_rank.end(), [this](std::uint32_t a, std::uint32_t b) {
      return RanksBefore(candidates_[a], candidates_[b]);
    });
    std::vector<std::uint32_t> place(m);
    for (size_t r = 0; r < m; ++r) place[by_rank[r]] = static_cast<std::uint32_t>(r);
    std::priority_queue<std::uint32_t, std::vector<std::uint32_t>, std::greater<>> ready;
    for (size_t r = 0; r < m; ++r) {
      if (waiting_for_[by_rank[r]] == 0) ready.push(static_cast<std::uint32_t>(r));
    }
    std::vector<size_t> order;
    order.reserve(m);
    while (!ready.empty()) {
      const size_t k = by_rank[ready.top()];
      ready.pop();
      order.push_back(k);
      for (const std::uint32_t d : followers[k]) {
        if (--waiting_for_[d] == 0) ready.push(place[d]);
      }
    }
    // A cycle (impossible in a loaded catalog) would strand candidates; keep them, last.
    for (size_t k = 0; k < m; ++k) {
      if (waiting_for_[k] > 0) order.push_back(k);
    }
    return order;
  }

  // The rest of candidate k's item, with the links found for it, but for what
  // it unblocks and its reason. Built in place: an item is large, and a
  // roadmap can hold thousands.
  void FillItem(size_t k, RoadmapItem* item) {
    const Candidate& c = candidates_[k];
    item->depends_on = std::move(links_[k].depends_on);
    item->unassessed_dependencies = std::move(links_[k].unassessed_dependencies);
    item->informed_by = std::move(links_[k].informed_by);
    item->control_id = id_of_[k];
    if (c.step >= 0) {
      const ManagementStep& step = catalog_.management_steps[static_cast<size_t>(c.step)];
      item->control_index = kNoControl;
      item->step_index = c.step;
      item->title = step.title;
      item->stage = step.stage;
      item->target = 1;
      item->gap = 1;
      const std::vector<std::string>& actions = c.extension ? step.extension_actions : step.actions;
      item->actions.assign(actions.begin(), actions.end());
    } else {
      const ControlResult& r = evaluation_.controls[c.control];
      item->control_index = c.control;
      item->title = catalog_.controls[c.control].title;
      item->maturity = *r.maturity;
      item->target = r.target;
      item->gap = r.gap;
      item->actions = ActionsFor(catalog_.controls[c.control], assessment_.profile.role);
    }
    item->effort_days = c.effort;
    item->risk_weight = c.weight;
    item->urgency = c.urgency;
    if (c.urgent_for >= 0) item->urgent_for = id_of_[static_cast<size_t>(c.urgent_for)];
    item->quick_win = c.quick_win;
    if (const ControlRecord* record = assessment_.RecordFor(item->control_id)) {
      item->owner = record->owner;
      item->due_date = record->due_date;
    }
  }

  // The items in rank order. Each item's place (its rank, and the phase in
  // which it would be finished at capacity) comes from the order; the rest of
  // it, what it unblocks and the reason for its place are filled in catalog
  // order, which reads the catalog, the evaluation and the candidates front to
  // back: filled in rank order, those reads fell at random, and at 10,000
  // controls they were most of the roadmap's time. The score's projection
  // then adds the items' gains up in rank order.
  void Rank(const std::vector<size_t>& order, const Adjacency& dependents) {
    std::vector<RoadmapItem>& items = roadmap_.items;
    items.resize(order.size());
    std::vector<size_t> rank_of(candidates_.size());
    std::int64_t cumulative_days = 0;
    for (size_t r = 0; r < order.size(); ++r) {
      rank_of[order[r]] = r;
      RoadmapItem& item = items[r];
      item.rank = static_cast<int>(r + 1);
      cumulative_days += candidates_[order[r]].effort;
      item.finished_after_days =
          static_cast<int>(std::min<std::int64_t>(cumulative_days, INT32_MAX));
      item.phase = PhaseForFinish(cumulative_days, roadmap_.capacity_days_per_month);
    }
    StartProjection();
    std::vector<std::optional<double>> gain_by_rank(order.size());
    std::vector<size_t> waiting;  // Ranks of the items waiting for one item.
    std::string reason;           // Each reason is built here, then copied at its length.
    for (size_t k = 0; k < candidates_.size(); ++k) {
      PrefetchItem(k, rank_of);
      RoadmapItem& item = items[rank_of[k]];
      FillItem(k, &item);
      waiting.clear();
      for (const std::uint32_t d : dependents[k]) waiting.push_back(rank_of[d]);
      std::sort(waiting.begin(), waiting.end());
      item.unblocks.reserve(waiting.size());
      for (size_t w : waiting) item.unblocks.push_back(id_of_[order[w]]);
      reason.clear();
      if (item.is_step()) {
        const ManagementStep& step =
            catalog_.management_steps[static_cast<size_t>(item.step_index)];
        AppendStepReason(item, step.after_controls,
                         assessment_.profile.isms == IsmsState::kCertified, words_, &reason);
      } else {
        AppendReason(item, evaluation_.controls[item.control_index], words_, &reason);
      }
      item.reason = reason;
      gain_by_rank[rank_of[k]] = Gain(&item);
    }
    FinishProjection(gain_by_rank);
  }

  // Starts loading what filling the items after candidate k reads and writes
  // (prefetch.h): where a control's title and actions are two steps ahead;
  // a step ahead, the actions and the item's place among the ranked items,
  // which fall anywhere (the title's characters are not read: items view them).
  [[gnu::always_inline]] void PrefetchItem(size_t k, const std::vector<size_t>& rank_of) const {
    if (k + 2 * kPrefetchAhead < controls_on_roadmap_) {
      const Control& later = catalog_.controls[candidates_[k + 2 * kPrefetchAhead].control];
      PrefetchObject(later.title);
      PrefetchObject(later.actions);
    }
    if (k + kPrefetchAhead < controls_on_roadmap_) {
      const Control& soon = catalog_.controls[candidates_[k + kPrefetchAhead].control];
      PrefetchElements(soon.actions);
      PrefetchWhole(roadmap_.items[rank_of[k + kPrefetchAhead]]);
    }
  }

  // The overall weighted mean after each phase, with finished items counted at
  // target: the current sums first, then each item's gain, then the phases.
  void StartProjection() {
    for (size_t i = 0; i < n_; ++i) {
      const ControlResult& r = evaluation_.controls[i];
      if (!r.applicable() || !r.score) continue;
      weighted_sum_ += r.weight * *r.score;
      weight_ += r.weight;
    }
  }

  // The weighted points the item adds when done, also set as its share of the
  // score; none for a step or a control without a score.
  std::optional<double> Gain(RoadmapItem* item) const {
    if (item->is_step()) return std::nullopt;  // Steps carry no score.
    const ControlResult& r = evaluation_.controls[item->control_index];
    if (!r.score) return std::nullopt;
    const double gain = r.weight * (std::max(*r.score, ScoreForMaturity(item->target)) - *r.score);
    if (weight_ > 0) item->score_gain = gain / weight_;
    return gain;
  }

  void FinishProjection(const std::vector<std::optional<double>>& gain_by_rank) {
    std::array<double, kPhaseCount> gain{};
    for (int p = 0; p < kPhaseCount; ++p) roadmap_.projection[p].phase = static_cast<Phase>(p + 1);
    for (size_t r = 0; r < roadmap_.items.size(); ++r) {
      const RoadmapItem& item = roadmap_.items[r];
      const size_t p = static_cast<size_t>(item.phase) - 1;
      ++roadmap_.projection[p].items;
      roadmap_.projection[p].effort_days += item.effort_days;
      if (gain_by_rank[r]) gain[p] += *gain_by_rank[r];
    }
    for (size_t p = 0; p < kPhaseCount; ++p) {
      weighted_sum_ += gain[p];
      if (weight_ > 0) roadmap_.projection[p].score = std::min(100.0, weighted_sum_ / weight_);
    }
  }

  const Catalog& catalog_;
  const Assessment& assessment_;
  const Evaluation& evaluation_;
  const EffortPoint point_;
  const MessageCatalog& words_;  // The reasons' language.
  const size_t n_;               // Controls evaluated.
  Roadmap roadmap_;

  // candidates_[0, controls_on_roadmap_) are controls, the rest steps.
  std::vector<Candidate> candidates_;
  // Their ids, copied once in catalog order: an item names itself and others
  // (what it unblocks, whose urgency it takes), and reading each id from its
  // control, 720 bytes apart in the catalog, was a cache miss each.
  std::vector<std::string> id_of_;
  size_t controls_on_roadmap_ = 0;
  std::vector<int> candidate_of_control_;  // By catalog index; -1: not on the roadmap.
  std::unordered_map<std::string, size_t> candidate_of_step_;
  std::vector<Edge> edges_;       // Between candidates, in the order found.
  std::vector<int> waiting_for_;  // By candidate: how many edges it still waits for...
  std::vector<Links> links_;      // ...and its links as the item will show them.

  // The current score's sums (see StartProjection).
  double weighted_sum_ = 0;
  double weight_ = 0;
};

}  // namespace

UrgencyBand BandForUrgency(int urgency) {
  if (urgency >= kHighRiskWeight) return UrgencyBand::kHigh;
  if (urgency == kHighRiskWeight - 1) return UrgencyBand::kMedium;
  return UrgencyBand::kLower;
}

const char* UrgencyBandLabel(UrgencyBand band) {
  return TextOf(kUrgencyBandLabels, band);
}
const char* PhaseLabel(Phase phase, const MessageCatalog& words) {
  switch (phase) {
    case Phase::kDays0To30: return words.Tr("0-30 days").data();
    case Phase::kDays31To90: return words.Tr("31-90 days").data();
    case Phase::kDays91To180: return words.Tr("91-180 days").data();
    case Phase::kLater: return words.Tr("phase|later").data();
  }
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
                     const Evaluation& evaluation, EffortPoint point, const MessageCatalog& words) {
  return RoadmapBuilder(catalog, assessment, evaluation, point, words).Build();
}

}  // namespace cloudgap
