#include "core/report/report_compare.h"

#include <nlohmann/json.hpp>

#include "core/engine/readiness.h"
#include "core/report/report_json.h"
#include "core/report/report_markdown.h"
#include "core/text/score_format.h"

namespace cloudgap {
namespace {

using ordered_json = nlohmann::ordered_json;

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

const char* ClauseTitle(const Catalog& catalog, int number) {
  const Clause* clause = catalog.FindClause(number);
  return clause ? clause->title.c_str() : "";
}

std::string ControlTitle(const Catalog& catalog, const std::string& id) {
  const Control* control = catalog.FindControl(id);
  return control ? control->title : "";
}

class MarkdownWriter {
 public:
  MarkdownWriter(const Catalog& catalog, const Comparison& c, const ComparedNames& names)
      : catalog_(catalog), c_(c), names_(names) {}

  std::string Render() {
    Line("# Comparison: " + MarkdownText(names_.before) + " and " + MarkdownText(names_.after));
    Line();
    if (c_.empty()) {
      Line("The two assessments give the same scores, answers and roadmap.");
      return out_;
    }
    Line("| | " + MarkdownText(names_.before) + " | " + MarkdownText(names_.after) + " | change |");
    Line("| --- | --- | --- | --- |");
    Line("| Overall score | " + Score(c_.score.before) + " | " + Score(c_.score.after) + " | " +
         Delta(c_.score) + " |");
    Line(std::string("| Readiness | ") + ReadinessLabel(c_.readiness.before) + " | " +
         ReadinessLabel(c_.readiness.after) + " | |");
    for (const ProfileChange& p : c_.profile) {
      Line("| Profile: " + p.field + " | " + p.value.before + " | " + p.value.after + " | |");
    }
    if (!c_.clauses.empty()) {
      Heading("Clauses whose score changed");
      Line("| Clause | Title | " + MarkdownText(names_.before) + " | " +
           MarkdownText(names_.after) + " | change |");
      Line("| --- | --- | --- | --- | --- |");
      for (const ClauseChange& cl : c_.clauses) {
        Line("| " + std::to_string(cl.number) + " | " +
             MarkdownText(ClauseTitle(catalog_, cl.number)) + " | " + Score(cl.score.before) +
             " | " + Score(cl.score.after) + " | " + Delta(cl.score) + " |");
      }
    }
    Controls("Improved", c_.improved);
    Controls("Regressed", c_.regressed);
    Controls("Now applicable", c_.now_applicable);
    Controls("No longer applicable", c_.no_longer_applicable);
    Controls("Now assessed", c_.now_assessed);
    Controls("No longer assessed", c_.no_longer_assessed);
    if (!c_.answers.empty()) {
      Heading("Answers changed (" + std::to_string(c_.answers.size()) + ")");
      Line("| Question | Control | " + MarkdownText(names_.before) + " | " +
           MarkdownText(names_.after) + " |");
      Line("| --- | --- | --- | --- |");
      for (const AnswerChange& a : c_.answers) {
        Line("| " + MarkdownText(a.question_id) + " | " + MarkdownText(a.control_id) + " | " +
             AnswerName(a.answer.before) + " | " + AnswerName(a.answer.after) + " |");
      }
    }
    Items("Roadmap items closed", c_.roadmap_closed);
    Items("Roadmap items new", c_.roadmap_new);
    return out_;
  }

 private:
  void Line(const std::string& text = "") { out_ += text + "\n"; }
  void Heading(const std::string& text) {
    Line();
    Line("## " + text);
    Line();
  }

  void Controls(const char* title, const std::vector<ControlChange>& list) {
    if (list.empty()) return;
    Heading(std::string(title) + " (" + std::to_string(list.size()) + ")");
    Line("| Control | Title | Score | Maturity | Status |");
    Line("| --- | --- | --- | --- | --- |");
    for (const ControlChange& ch : list) {
      Line("| " + MarkdownText(ch.control_id) + " | " +
           MarkdownText(ControlTitle(catalog_, ch.control_id)) + " | " + Score(ch.score.before) +
           " → " + Score(ch.score.after) + " | " + Maturity(ch.maturity.before) + " → " +
           Maturity(ch.maturity.after) + " | " + ControlStatusName(ch.status.before) + " → " +
           ControlStatusName(ch.status.after) + " |");
    }
  }

  void Items(const char* title, const std::vector<std::string>& ids) {
    if (ids.empty()) return;
    Heading(std::string(title) + " (" + std::to_string(ids.size()) + ")");
    for (const std::string& id : ids) {
      Line("- " + MarkdownText(id) + " " + MarkdownText(ControlOrStepTitle(id)));
    }
  }

  std::string ControlOrStepTitle(const std::string& id) const {
    for (const ManagementStep& step : catalog_.management_steps) {
      if (step.id == id) return step.title;
    }
    return ControlTitle(catalog_, id);
  }

  const Catalog& catalog_;
  const Comparison& c_;
  const ComparedNames& names_;
  std::string out_;
};

ordered_json ControlsJson(const std::vector<ControlChange>& list) {
  ordered_json out = ordered_json::array();
  for (const ControlChange& ch : list) {
    out.push_back(
        {{"control", ch.control_id},
         {"status", {ControlStatusName(ch.status.before), ControlStatusName(ch.status.after)}},
         {"score", {OptionalScore(ch.score.before), OptionalScore(ch.score.after)}},
         {"maturity", {OptionalInt(ch.maturity.before), OptionalInt(ch.maturity.after)}}});
  }
  return out;
}

}  // namespace

std::string RenderComparisonMarkdown(const Catalog& catalog, const Comparison& c,
                                     const ComparedNames& names) {
  return MarkdownWriter(catalog, c, names).Render();
}

// Every change is a [before, after] pair.
std::string RenderComparisonJson(const Comparison& c, const ComparedNames& names) {
  ordered_json profile = ordered_json::array();
  for (const ProfileChange& p : c.profile) {
    profile.push_back({{"field", p.field}, {"value", {p.value.before, p.value.after}}});
  }
  ordered_json clauses = ordered_json::array();
  for (const ClauseChange& cl : c.clauses) {
    clauses.push_back({{"clause", cl.number},
                       {"score", {OptionalScore(cl.score.before), OptionalScore(cl.score.after)}}});
  }
  ordered_json answers = ordered_json::array();
  for (const AnswerChange& a : c.answers) {
    answers.push_back({{"question", a.question_id},
                       {"control", a.control_id},
                       {"answer", {AnswerName(a.answer.before), AnswerName(a.answer.after)}}});
  }
  const ordered_json doc = {
      {"format", "cloudgap-comparison/1"},
      {"documents", {names.before, names.after}},
      {"same", c.empty()},
      {"score", {OptionalScore(c.score.before), OptionalScore(c.score.after)}},
      {"readiness", {ReadinessName(c.readiness.before), ReadinessName(c.readiness.after)}},
      {"profile", std::move(profile)},
      {"clauses", std::move(clauses)},
      {"improved", ControlsJson(c.improved)},
      {"regressed", ControlsJson(c.regressed)},
      {"now_applicable", ControlsJson(c.now_applicable)},
      {"no_longer_applicable", ControlsJson(c.no_longer_applicable)},
      {"now_assessed", ControlsJson(c.now_assessed)},
      {"no_longer_assessed", ControlsJson(c.no_longer_assessed)},
      {"answers", std::move(answers)},
      {"roadmap_closed", c.roadmap_closed},
      {"roadmap_new", c.roadmap_new},
  };
  return doc.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

}  // namespace cloudgap
