#include "core/engine/compare.h"

#include <set>

#include "core/engine/roadmap.h"
#include "core/engine/scoring.h"
#include "core/engine/wording.h"

namespace cloudgap {
namespace {

// Scores come from the same arithmetic on both sides; this only keeps a sum's
// last bit from reading as a change.
constexpr double kSameScore = 1e-9;

std::string ServicesText(const Profile& p) {
  std::string text;
  for (const auto& service : kServiceModelNames) {
    if (!p.services[static_cast<size_t>(service.value)]) continue;
    text += (text.empty() ? "" : ",") + std::string(service.text);
  }
  return text;
}

std::vector<ProfileChange> ProfileChanges(const Profile& b, const Profile& a) {
  const std::pair<const char*, Change<std::string>> fields[] = {
      {"role", {RoleScopeName(b.role), RoleScopeName(a.role)}},
      {"services", {ServicesText(b), ServicesText(a)}},
      {"mode", {AssessmentModeName(b.mode), AssessmentModeName(a.mode)}},
      {"target", {std::to_string(b.target_maturity), std::to_string(a.target_maturity)}},
      {"capacity",
       {std::to_string(b.capacity_days_per_month), std::to_string(a.capacity_days_per_month)}},
      {"isms", {IsmsStateName(b.isms), IsmsStateName(a.isms)}},
      {"upstream",
       {b.upstream_infrastructure ? "yes" : "no", a.upstream_infrastructure ? "yes" : "no"}},
  };
  std::vector<ProfileChange> changes;
  for (const auto& [field, value] : fields) {
    if (value.before != value.after) changes.push_back({field, value});
  }
  return changes;
}

bool SameScore(const std::optional<double>& x, const std::optional<double>& y) {
  if (x.has_value() != y.has_value()) return false;
  return !x || (*x - *y < kSameScore && *y - *x < kSameScore);
}

// Where a control applicable and assessed both times goes: -1 regressed, 0 the
// same, 1 improved; by score, then by maturity (a maturity set by hand can move
// while the answers stay).
int Direction(const ControlResult& b, const ControlResult& a) {
  if (b.score && a.score && !SameScore(b.score, a.score)) return *a.score > *b.score ? 1 : -1;
  if (*a.maturity != *b.maturity) return *a.maturity > *b.maturity ? 1 : -1;
  return 0;
}

void SortControl(const ControlResult& b, const ControlResult& a, ControlChange change,
                 Comparison* c) {
  const bool assessed_b = b.status == ControlStatus::kAssessed;
  const bool assessed_a = a.status == ControlStatus::kAssessed;
  if (b.applicable() != a.applicable()) {
    (a.applicable() ? c->now_applicable : c->no_longer_applicable).push_back(std::move(change));
  } else if (!a.applicable()) {
    return;
  } else if (assessed_b != assessed_a) {
    (assessed_a ? c->now_assessed : c->no_longer_assessed).push_back(std::move(change));
  } else if (assessed_a) {
    const int direction = Direction(b, a);
    if (direction > 0) c->improved.push_back(std::move(change));
    if (direction < 0) c->regressed.push_back(std::move(change));
  }
}

std::vector<std::string> ItemsMissingFrom(const Roadmap& from, const Roadmap& other) {
  std::set<std::string> in_other;
  for (const RoadmapItem& item : other.items) in_other.insert(item.control_id);
  std::vector<std::string> missing;
  for (const RoadmapItem& item : from.items) {
    if (!in_other.count(item.control_id)) missing.push_back(item.control_id);
  }
  return missing;
}

}  // namespace

// Each name as ServicesText, AssessmentModeName... wrote it.
std::string ProfileValueWords(const std::string& field, const std::string& value,
                              const MessageCatalog& words) {
  if (field == "role") {
    if (const auto role = ParseRoleScope(value)) return RoleScopeWords(*role, words);
  } else if (field == "mode") {
    if (const auto mode = ParseAssessmentMode(value)) return ModeLabel(*mode, words);
  } else if (field == "isms") {
    if (const auto isms = ParseIsmsState(value)) return IsmsStateWords(*isms, words);
  } else if (field == "upstream") {
    return std::string(value == "yes" ? words.Tr("Yes") : words.Tr("No"));
  } else if (field == "services") {
    std::string text;
    size_t start = 0;
    while (start <= value.size()) {
      const size_t comma = std::min(value.find(',', start), value.size());
      const auto service = ParseServiceModel(value.substr(start, comma - start));
      if (service) text += (text.empty() ? "" : ", ") + std::string(ServiceModelLabel(*service));
      start = comma + 1;
    }
    return text;
  }
  return value;
}

std::string ProfileChangeWords(const ProfileChange& change, const MessageCatalog& words) {
  const std::string before = ProfileValueWords(change.field, change.value.before, words);
  const std::string after = ProfileValueWords(change.field, change.value.after, words);
  const std::string& f = change.field;
  if (f == "role")
    return words.Tr("Role: {before} → {after}", {{"before", before}, {"after", after}});
  if (f == "services") {
    return words.Tr("Service models: {before} → {after}", {{"before", before}, {"after", after}});
  }
  if (f == "mode") {
    return words.Tr("Assessment: {before} → {after}", {{"before", before}, {"after", after}});
  }
  if (f == "target") {
    return words.Tr("Target maturity: {before} → {after}", {{"before", before}, {"after", after}});
  }
  if (f == "capacity") {
    return words.Tr("Capacity: {before} → {after} person-days a month",
                    {{"before", before}, {"after", after}});
  }
  if (f == "isms") {
    return words.Tr("ISO/IEC 27001: {before} → {after}", {{"before", before}, {"after", after}});
  }
  if (f == "upstream") {
    return words.Tr("Runs on another provider's infrastructure: {before} → {after}",
                    {{"before", before}, {"after", after}});
  }
  return f + ": " + before + " → " + after;
}

bool Comparison::empty() const {
  return SameScore(score.before, score.after) && readiness.before == readiness.after &&
         profile.empty() && clauses.empty() && improved.empty() && regressed.empty() &&
         now_applicable.empty() && no_longer_applicable.empty() && now_assessed.empty() &&
         no_longer_assessed.empty() && answers.empty() && roadmap_closed.empty() &&
         roadmap_new.empty();
}

Comparison Compare(const Catalog& catalog, const Assessment& before, const Assessment& after) {
  const Evaluation eb = Evaluate(catalog, before);
  const Evaluation ea = Evaluate(catalog, after);
  Comparison c;
  c.score = {eb.overall.score, ea.overall.score};
  c.readiness = {eb.overall.readiness, ea.overall.readiness};
  c.profile = ProfileChanges(before.profile, after.profile);
  for (size_t i = 0; i < eb.clauses.size() && i < ea.clauses.size(); ++i) {
    if (!SameScore(eb.clauses[i].score, ea.clauses[i].score)) {
      c.clauses.push_back({eb.clauses[i].number, {eb.clauses[i].score, ea.clauses[i].score}});
    }
  }
  for (size_t i = 0; i < catalog.controls.size(); ++i) {
    const Control& control = catalog.controls[i];
    const ControlResult& b = eb.controls[i];
    const ControlResult& a = ea.controls[i];
    SortControl(
        b, a, {control.id, {b.status, a.status}, {b.score, a.score}, {b.maturity, a.maturity}}, &c);
    for (const std::vector<Question>* list : {&control.questions, &control.quick_questions}) {
      for (const Question& q : *list) {
        const Answer was = before.AnswerTo(q.id), is = after.AnswerTo(q.id);
        if (was != is) c.answers.push_back({q.id, control.id, {was, is}});
      }
    }
  }
  const Roadmap rb = BuildRoadmap(catalog, before, eb);
  const Roadmap ra = BuildRoadmap(catalog, after, ea);
  c.roadmap_closed = ItemsMissingFrom(rb, ra);
  c.roadmap_new = ItemsMissingFrom(ra, rb);
  return c;
}

}  // namespace cloudgap
