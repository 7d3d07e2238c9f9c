#include "core/report/comparison_tables.h"

#include "core/engine/readiness.h"
#include "core/engine/wording.h"
#include "core/text/score_format.h"

namespace cloudgap {
namespace {

constexpr char kNone[] = "—";

std::string Score(const std::optional<double>& score) {
  return score ? FormatScore(*score) : kNone;
}

std::string Maturity(const std::optional<int>& maturity) {
  return maturity ? std::to_string(*maturity) : kNone;
}

// "+4.2", "-0.5", or a dash when either side has no score.
std::string Delta(const Change<std::optional<double>>& score) {
  if (!score.before || !score.after) return kNone;
  const double d = RoundScore(*score.after) - RoundScore(*score.before);
  return (d > 0 ? "+" : "") + FormatScore(d);
}

std::string Arrow(const std::string& before, const std::string& after) {
  return before + " → " + after;
}

// As a comparison says it: "assess first" would be advice, not a state.
const char* StatusText(ControlStatus status) {
  switch (status) {
    case ControlStatus::kOutOfScope: return "not in scope";
    case ControlStatus::kNotApplicable: return "not applicable";
    case ControlStatus::kNotAssessed: return "not assessed";
    case ControlStatus::kAssessed: return "assessed";
  }
  return "";
}

std::string Counted(const char* title, size_t count) {
  return std::string(title) + " (" + std::to_string(count) + ")";
}

std::string ItemTitle(const Catalog& catalog, const std::string& id) {
  for (const ManagementStep& step : catalog.management_steps) {
    if (step.id == id) return step.title;
  }
  const Control* control = catalog.FindControl(id);
  return control ? control->title : "";
}

std::string Summary(const Comparison& c, const ComparedDocuments& d) {
  if (c.empty()) return "The two assessments give the same scores, answers and roadmap.";
  std::string text = "From \"" + d.before + "\" to \"" + d.after + "\": overall score " +
                     Arrow(Score(c.score.before), Score(c.score.after));
  if (c.score.before && c.score.after) text += " (" + Delta(c.score) + ")";
  text += c.readiness.before == c.readiness.after
              ? std::string(", readiness still ") + ReadinessLabel(c.readiness.after)
              : std::string(", readiness ") +
                    Arrow(ReadinessLabel(c.readiness.before), ReadinessLabel(c.readiness.after));
  return text + "; " + std::to_string(c.improved.size()) + " controls improved, " +
         std::to_string(c.regressed.size()) + " regressed, " + std::to_string(c.answers.size()) +
         " answers changed.";
}

class Tabulator {
 public:
  Tabulator(const Catalog& catalog, const Comparison& c, const ComparedDocuments& d)
      : catalog_(catalog), c_(c), d_(d) {}

  ComparisonTables Run() {
    out_.title = "Comparison: " + d_.before + " and " + d_.after;
    out_.summary = Summary(c_, d_);
    if (!c_.empty()) Overall();
    Clauses();
    Controls("Improved", c_.improved);
    Controls("Regressed", c_.regressed);
    Controls("Now applicable", c_.now_applicable);
    Controls("No longer applicable", c_.no_longer_applicable);
    Controls("Now assessed", c_.now_assessed);
    Controls("No longer assessed", c_.no_longer_assessed);
    Answers();
    Items("Roadmap items closed", c_.roadmap_closed);
    Items("Roadmap items new", c_.roadmap_new);
    if (!d_.not_compared.empty()) {
      ComparisonTable& t = Add("Not compared: answers a newer catalog no longer asks",
                               d_.not_compared.size(), {"What was dropped"});
      for (const std::string& line : d_.not_compared) t.rows.push_back({line});
    }
    return std::move(out_);
  }

 private:
  ComparisonTable& Add(const char* title, size_t count, std::vector<std::string> columns) {
    out_.tables.push_back({Counted(title, count), std::move(columns), {}});
    return out_.tables.back();
  }

  void Overall() {
    out_.tables.push_back({"", {"", d_.before, d_.after, "Change"}, {}});
    auto& rows = out_.tables.back().rows;
    rows.push_back(
        {"Overall score", Score(c_.score.before), Score(c_.score.after), Delta(c_.score)});
    rows.push_back(
        {"Readiness", ReadinessLabel(c_.readiness.before), ReadinessLabel(c_.readiness.after), ""});
    for (const ProfileChange& p : c_.profile) {
      rows.push_back({"Profile: " + p.field, p.value.before, p.value.after, ""});
    }
  }

  void Clauses() {
    if (c_.clauses.empty()) return;
    ComparisonTable& t = Add("Clauses whose score changed", c_.clauses.size(),
                             {"Clause", "Title", d_.before, d_.after, "Change"});
    for (const ClauseChange& cl : c_.clauses) {
      const Clause* clause = catalog_.FindClause(cl.number);
      t.rows.push_back({std::to_string(cl.number), clause ? clause->title : "",
                        Score(cl.score.before), Score(cl.score.after), Delta(cl.score)});
    }
  }

  void Controls(const char* title, const std::vector<ControlChange>& list) {
    if (list.empty()) return;
    ComparisonTable& t =
        Add(title, list.size(), {"Control", "Title", "Score", "Maturity", "Status"});
    for (const ControlChange& ch : list) {
      t.rows.push_back({ch.control_id, ItemTitle(catalog_, ch.control_id),
                        Arrow(Score(ch.score.before), Score(ch.score.after)),
                        Arrow(Maturity(ch.maturity.before), Maturity(ch.maturity.after)),
                        ch.status.before == ch.status.after
                            ? StatusText(ch.status.after)
                            : Arrow(StatusText(ch.status.before), StatusText(ch.status.after))});
    }
  }

  void Answers() {
    if (c_.answers.empty()) return;
    ComparisonTable& t =
        Add("Answers changed", c_.answers.size(), {"Question", "Control", d_.before, d_.after});
    for (const AnswerChange& a : c_.answers) {
      t.rows.push_back({a.question_id, a.control_id, AnswerLabel(catalog_, a.answer.before),
                        AnswerLabel(catalog_, a.answer.after)});
    }
  }

  void Items(const char* title, const std::vector<std::string>& ids) {
    if (ids.empty()) return;
    ComparisonTable& t = Add(title, ids.size(), {"Item", "Title"});
    for (const std::string& id : ids) t.rows.push_back({id, ItemTitle(catalog_, id)});
  }

  const Catalog& catalog_;
  const Comparison& c_;
  const ComparedDocuments& d_;
  ComparisonTables out_;
};

}  // namespace

ComparisonTables TabulateComparison(const Catalog& catalog, const Comparison& c,
                                    const ComparedDocuments& documents) {
  return Tabulator(catalog, c, documents).Run();
}

}  // namespace cloudgap
