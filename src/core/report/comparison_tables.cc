#include "core/report/comparison_tables.h"

#include "core/engine/readiness.h"
#include "core/engine/wording.h"
#include "core/text/score_format.h"

namespace cloudgap {
namespace {

constexpr char kNone[] = "—";

std::string Maturity(const std::optional<int>& maturity) {
  return maturity ? std::to_string(*maturity) : kNone;
}

std::string Arrow(const std::string& before, const std::string& after) {
  return before + " → " + after;
}

std::string ItemTitle(const Catalog& catalog, const std::string& id) {
  for (const ManagementStep& step : catalog.management_steps) {
    if (step.id == id) return step.title;
  }
  const Control* control = catalog.FindControl(id);
  return control ? control->title : "";
}

class Tabulator {
 public:
  Tabulator(const Catalog& catalog, const Comparison& c, const ComparedDocuments& d,
            const MessageCatalog& words)
      : catalog_(catalog), c_(c), d_(d), w_(words) {}

  ComparisonTables Run() {
    out_.title =
        w_.Tr("Comparison: {before} and {after}", {{"before", d_.before}, {"after", d_.after}});
    out_.summary = Summary();
    if (!c_.empty()) Overall();
    Clauses();
    Controls(w_.Tr("Improved ({count})", {{"count", c_.improved.size()}}), c_.improved);
    Controls(w_.Tr("Regressed ({count})", {{"count", c_.regressed.size()}}), c_.regressed);
    Controls(w_.Tr("Now applicable ({count})", {{"count", c_.now_applicable.size()}}),
             c_.now_applicable);
    Controls(w_.Tr("No longer applicable ({count})", {{"count", c_.no_longer_applicable.size()}}),
             c_.no_longer_applicable);
    Controls(w_.Tr("Now assessed ({count})", {{"count", c_.now_assessed.size()}}), c_.now_assessed);
    Controls(w_.Tr("No longer assessed ({count})", {{"count", c_.no_longer_assessed.size()}}),
             c_.no_longer_assessed);
    Answers();
    Items(w_.Tr("Roadmap items closed ({count})", {{"count", c_.roadmap_closed.size()}}),
          c_.roadmap_closed);
    Items(w_.Tr("Roadmap items new ({count})", {{"count", c_.roadmap_new.size()}}), c_.roadmap_new);
    if (!d_.not_compared.empty()) {
      ComparisonTable& t =
          Add(w_.Tr("Not compared: answers a newer catalog no longer asks ({count})",
                    {{"count", d_.not_compared.size()}}),
              {std::string(w_.Tr("What was dropped"))});
      for (const std::string& line : d_.not_compared) t.rows.push_back({line});
    }
    return std::move(out_);
  }

 private:
  std::string Score(const std::optional<double>& score) const {
    return score ? FormatScore(*score, w_.language()) : kNone;
  }

  // "+4.2", "-0.5", or a dash when either side has no score.
  std::string Delta(const Change<std::optional<double>>& score) const {
    if (!score.before || !score.after) return kNone;
    const double d = RoundScore(*score.after) - RoundScore(*score.before);
    return (d > 0 ? "+" : "") + FormatScore(d, w_.language());
  }

  // As a comparison says it: "assess first" would be advice, not a state.
  std::string StatusText(ControlStatus status) const {
    switch (status) {
      case ControlStatus::kOutOfScope: return std::string(w_.Tr("not in scope"));
      case ControlStatus::kNotApplicable: return std::string(w_.Tr("not applicable"));
      case ControlStatus::kNotAssessed: return std::string(w_.Tr("not assessed"));
      case ControlStatus::kAssessed: return std::string(w_.Tr("assessed"));
    }
    return "";
  }

  std::string Summary() const {
    if (c_.empty())
      return std::string(w_.Tr("The two assessments give the same scores, answers and roadmap."));
    std::string score = Arrow(Score(c_.score.before), Score(c_.score.after));
    if (c_.score.before && c_.score.after) score += " (" + Delta(c_.score) + ")";
    const std::string readiness =
        c_.readiness.before == c_.readiness.after
            ? w_.Tr("readiness still {readiness}",
                    {{"readiness", ReadinessLabel(c_.readiness.after, w_)}})
            : w_.Tr("readiness {before} → {after}",
                    {{"before", ReadinessLabel(c_.readiness.before, w_)},
                     {"after", ReadinessLabel(c_.readiness.after, w_)}});
    return w_.Tr(
        "{score}, {readiness}; {counts}",
        {{"score", w_.Tr("From \"{before}\" to \"{after}\": overall score {score}",
                         {{"before", d_.before}, {"after", d_.after}, {"score", score}})},
         {"readiness", readiness},
         {"counts",
          w_.Tr("{improved, plural, one {# control} other {# controls}} improved, {regressed} "
                "regressed, {answers, plural, one {# answer} other {# answers}} changed.",
                {{"improved", c_.improved.size()},
                 {"regressed", c_.regressed.size()},
                 {"answers", c_.answers.size()}})}});
  }

  ComparisonTable& Add(std::string title, std::vector<std::string> columns) {
    out_.tables.push_back({std::move(title), std::move(columns), {}});
    return out_.tables.back();
  }

  // "Profile: role", in English with the document's own names of the fields
  // and their values, as it always was; other languages say them in words.
  std::string ProfileField(const std::string& field) const {
    std::string_view name = field;
    if (field == "role") name = w_.Tr("profile-field|role");
    if (field == "services") name = w_.Tr("profile-field|services");
    if (field == "mode") name = w_.Tr("profile-field|mode");
    if (field == "target") name = w_.Tr("profile-field|target");
    if (field == "capacity") name = w_.Tr("profile-field|capacity");
    if (field == "isms") name = w_.Tr("profile-field|isms");
    if (field == "upstream") name = w_.Tr("profile-field|upstream");
    return w_.Tr("Profile: {field}", {{"field", name}});
  }

  std::string ProfileValue(const ProfileChange& p, const std::string& value) const {
    return w_.language() == "en" ? value : ProfileValueWords(p.field, value, w_);
  }

  void Overall() {
    Add("", {"", d_.before, d_.after, std::string(w_.Tr("comparison|Change"))});
    auto& rows = out_.tables.back().rows;
    rows.push_back({std::string(w_.Tr("Overall score")), Score(c_.score.before),
                    Score(c_.score.after), Delta(c_.score)});
    rows.push_back({std::string(w_.Tr("Readiness")), ReadinessLabel(c_.readiness.before, w_),
                    ReadinessLabel(c_.readiness.after, w_), ""});
    for (const ProfileChange& p : c_.profile) {
      rows.push_back({ProfileField(p.field), ProfileValue(p, p.value.before),
                      ProfileValue(p, p.value.after), ""});
    }
  }

  void Clauses() {
    if (c_.clauses.empty()) return;
    ComparisonTable& t =
        Add(w_.Tr("Clauses whose score changed ({count})", {{"count", c_.clauses.size()}}),
            {std::string(w_.Tr("Clause")), std::string(w_.Tr("Title")), d_.before, d_.after,
             std::string(w_.Tr("comparison|Change"))});
    for (const ClauseChange& cl : c_.clauses) {
      const Clause* clause = catalog_.FindClause(cl.number);
      t.rows.push_back({std::to_string(cl.number), clause ? clause->title : "",
                        Score(cl.score.before), Score(cl.score.after), Delta(cl.score)});
    }
  }

  void Controls(std::string title, const std::vector<ControlChange>& list) {
    if (list.empty()) return;
    ComparisonTable& t =
        Add(std::move(title), {std::string(w_.Tr("Control")), std::string(w_.Tr("Title")),
                               std::string(w_.Tr("Score")), std::string(w_.Tr("Maturity")),
                               std::string(w_.Tr("Status"))});
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
        Add(w_.Tr("Answers changed ({count})", {{"count", c_.answers.size()}}),
            {std::string(w_.Tr("Question")), std::string(w_.Tr("Control")), d_.before, d_.after});
    for (const AnswerChange& a : c_.answers) {
      t.rows.push_back({a.question_id, a.control_id, AnswerLabel(catalog_, a.answer.before, w_),
                        AnswerLabel(catalog_, a.answer.after, w_)});
    }
  }

  void Items(std::string title, const std::vector<std::string>& ids) {
    if (ids.empty()) return;
    ComparisonTable& t =
        Add(std::move(title), {std::string(w_.Tr("roadmap|Item")), std::string(w_.Tr("Title"))});
    for (const std::string& id : ids) t.rows.push_back({id, ItemTitle(catalog_, id)});
  }

  const Catalog& catalog_;
  const Comparison& c_;
  const ComparedDocuments& d_;
  const MessageCatalog& w_;
  ComparisonTables out_;
};

}  // namespace

ComparisonTables TabulateComparison(const Catalog& catalog, const Comparison& c,
                                    const ComparedDocuments& documents,
                                    const MessageCatalog& words) {
  return Tabulator(catalog, c, documents, words).Run();
}

}  // namespace cloudgap
