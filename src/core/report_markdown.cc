#include "core/report_markdown.h"

#include <optional>
#include <string_view>
#include <vector>

#include "core/applicability.h"
#include "core/engine_version.h"
#include "core/explain.h"
#include "core/markdown_escape.h"
#include "core/readiness.h"
#include "core/score_format.h"
#include "core/scoring.h"

namespace cloudgap {
namespace {

constexpr char kNone[] = "—";

std::string Esc(std::string_view text) { return EscapeMarkdownInline(text); }

std::string ScoreCell(const std::optional<double>& score) {
  return score ? FormatScore(*score) : kNone;
}

std::string OrNone(const std::string& text) { return text.empty() ? kNone : Esc(text); }

const char* StatusLabel(ControlStatus status) {
  switch (status) {
    case ControlStatus::kOutOfScope: return "not in scope for your role";
    case ControlStatus::kNotApplicable: return "not applicable";
    case ControlStatus::kNotAssessed: return "assess first";
    case ControlStatus::kAssessed: return "assessed";
  }
  return "";
}

std::string JoinIds(const std::vector<std::string>& ids) {
  if (ids.empty()) return kNone;
  std::string out;
  for (const std::string& id : ids) out += (out.empty() ? "" : ", ") + Esc(id);
  return out;
}

class MarkdownReport {
 public:
  MarkdownReport(const Catalog& catalog, const Assessment& assessment,
                 const Evaluation& evaluation, const Roadmap& roadmap)
      : catalog_(catalog), a_(assessment), e_(evaluation), roadmap_(roadmap) {}

  std::string Render() {
    Header();
    Summary();
    Rules();
    Clauses();
    Controls();
    RoadmapSection();
    Projection();
    AssessFirst();
    Applicability();
    Reasoning();
    Line("---");
    Line("Made by CloudGap " + std::string(EngineVersion()) + " (scoring " + kScoringModel +
         ") from catalog " + Esc(catalog_.id) + " " + Esc(catalog_.version) + ", sha256 `" +
         catalog_.sha256 + "`.");
    return out_;
  }

 private:
  void Line(const std::string& text = "") { out_ += text + "\n"; }
  void Heading(const std::string& text) {
    Line();
    Line("## " + text);
    Line();
  }
  void Row(const std::vector<std::string>& cells) {
    std::string row = "|";
    for (const std::string& c : cells) row += " " + c + " |";
    Line(row);
  }
  void TableHead(const std::vector<std::string>& cells) {
    Row(cells);
    Row(std::vector<std::string>(cells.size(), "---"));
  }
  const Control& ControlAt(size_t i) const { return catalog_.controls[i]; }

  void Header() {
    const Profile& p = a_.profile;
    Line("# " + Esc(catalog_.title.empty() ? catalog_.id : catalog_.title) + " self-assessment: " +
         (p.organisation.empty() ? std::string("unnamed organisation") : Esc(p.organisation)));
    Line();
    std::string services;
    for (ServiceModel s : {ServiceModel::kIaas, ServiceModel::kPaas, ServiceModel::kSaas}) {
      if (p.services[static_cast<size_t>(s)]) {
        services += (services.empty() ? "" : ", ") + std::string(ServiceModelLabel(s));
      }
    }
    Line(std::string("- Role: ") + RoleScopeLabel(p.role) + "; service models: " + services +
         "; " + (p.mode == AssessmentMode::kQuick ? "quick scan" : "full assessment") + ".");
    Line(std::string("- ISO/IEC 27001 ISMS in place: ") + (p.has_isms ? "yes" : "no") +
         "; target maturity " + std::to_string(p.target_maturity) + "; capacity " +
         std::to_string(p.capacity_days_per_month) + " person-days a month.");
    Line("- Assessment created " + Esc(a_.created_at) + ", last changed " + Esc(a_.updated_at) +
         ".");
    Line("- CloudGap " + std::string(EngineVersion()) + ", catalog " + Esc(catalog_.id) + " " +
         Esc(catalog_.version) + " (sha256 `" + catalog_.sha256 + "`).");
  }

  void Summary() {
    const OverallResult& o = e_.overall;
    Heading("Summary");
    TableHead({"Measure", "Value"});
    Row({"Overall score", o.score ? FormatScore(*o.score) + " of 100" : kNone});
    Row({"Readiness", ReadinessLabel(o.readiness)});
    Row({"Completion", FormatScore(o.completion) + "% of questions answered"});
    Row({"\"Don't know\" answers", std::to_string(o.answers.dont_know)});
    Row({"Controls with a gap", std::to_string(o.controls_with_gap)});
    Row({"Controls to assess first", std::to_string(roadmap_.assess_first.size())});
  }

  void Rules() {
    Heading("How the score is calculated");
    for (const std::string& rule : ScoringRules(catalog_)) Line("- " + Esc(rule));
    Line();
    Line("For this assessment:");
    Line();
    for (const std::string& line : ExplainOverall(catalog_, e_)) Line("- " + Esc(line));
  }

  void Clauses() {
    Heading("Clauses");
    TableHead({"Clause", "Title", "Score", "Scored controls"});
    for (size_t i = 0; i < catalog_.clauses.size() && i < e_.clauses.size(); ++i) {
      const ClauseResult& r = e_.clauses[i];
      if (r.applicable_controls == 0 && !r.score) continue;
      Row({std::to_string(r.number), Esc(catalog_.clauses[i].title), ScoreCell(r.score),
           std::to_string(r.scored_controls) + " of " + std::to_string(r.applicable_controls)});
    }
  }

  void Controls() {
    Heading("Controls");
    TableHead({"Control", "Title", "Status", "Score", "Maturity", "Target", "Gap", "Owner", "Due"});
    for (size_t i = 0; i < catalog_.controls.size() && i < e_.controls.size(); ++i) {
      const ControlResult& r = e_.controls[i];
      const ControlRecord* rec = a_.RecordFor(ControlAt(i).id);
      std::string maturity = r.maturity ? std::to_string(*r.maturity) : kNone;
      if (r.maturity_explicit) maturity += " (set)";
      Row({Esc(ControlAt(i).id), Esc(ControlAt(i).title), StatusLabel(r.status),
           ScoreCell(r.score), maturity, r.applicable() ? std::to_string(r.target) : kNone,
           r.maturity && r.applicable() ? std::to_string(r.gap) : kNone,
           rec ? OrNone(rec->owner) : kNone, rec ? OrNone(rec->due_date) : kNone});
    }
  }

  void RoadmapSection() {
    Heading("Roadmap");
    if (roadmap_.items.empty()) {
      Line("No gaps: every assessed, applicable control meets its target.");
      return;
    }
    Line("Ranked by risk weight x gap per person-day, quick wins (" +
         std::to_string(kQuickWinMaxDays) +
         " person-days or less) first, never before a control it depends on. Work is done in "
         "rank order at " + std::to_string(roadmap_.capacity_days_per_month) +
         " person-days a month; each item is in the phase in which it would be finished.");
    for (const PhaseProjection& phase : roadmap_.projection) {
      if (phase.items == 0) continue;
      Line();
      Line(std::string("### ") + PhaseLabel(phase.phase) + " (" + std::to_string(phase.items) +
           " items, " + std::to_string(phase.effort_days) + " person-days)");
      Line();
      TableHead({"Rank", "Control", "Title", "Gap", "Effort (person-days)", "Depends on", "Owner",
                 "Due", "Why this rank"});
      for (const RoadmapItem& item : roadmap_.items) {
        if (item.phase != phase.phase) continue;
        Row({std::to_string(item.rank), Esc(item.control_id),
             Esc(ControlAt(item.control_index).title),
             std::to_string(item.maturity) + " to " + std::to_string(item.target),
             std::to_string(item.effort_days), JoinIds(item.depends_on), OrNone(item.owner),
             OrNone(item.due_date), Esc(item.reason)});
      }
      Line();
      for (const RoadmapItem& item : roadmap_.items) {
        if (item.phase != phase.phase) continue;
        Line("- **" + Esc(item.control_id) + " " + Esc(ControlAt(item.control_index).title) + "**");
        int step = 0;
        for (const std::string& action : ControlAt(item.control_index).actions) {
          Line("  " + std::to_string(++step) + ". " + Esc(action));
        }
      }
    }
  }

  void Projection() {
    Heading("Score projection");
    TableHead({"After", "Items done", "Projected overall score"});
    Row({"now", "0", ScoreCell(roadmap_.current_score)});
    int done = 0;
    for (const PhaseProjection& phase : roadmap_.projection) {
      done += phase.items;
      Row({PhaseLabel(phase.phase), std::to_string(done), ScoreCell(phase.score)});
    }
    Line();
    Line("A finished item is counted at its target: max(score, 20 x target).");
  }

  void AssessFirst() {
    if (roadmap_.assess_first.empty()) return;
    Heading("Assess first");
    Line("Applicable controls with no counted answer yet; they are not counted as gaps.");
    Line();
    for (size_t i : roadmap_.assess_first) {
      Line("- " + Esc(ControlAt(i).id) + " " + Esc(ControlAt(i).title));
    }
  }

  void Applicability() {
    Heading("Statement of Applicability");
    TableHead({"Control", "Title", "Applicable", "Justification"});
    for (size_t i = 0; i < catalog_.controls.size() && i < e_.controls.size(); ++i) {
      const ControlResult& r = e_.controls[i];
      const ControlRecord* rec = a_.RecordFor(ControlAt(i).id);
      std::string applicable = r.applicable() ? "yes" : "no";
      std::string why = kNone;
      if (r.status == ControlStatus::kOutOfScope) {
        why = "not in scope for the role and service models assessed";
      } else if (r.marked_not_applicable && rec) {
        why = Esc(rec->justification);
      } else if (r.status == ControlStatus::kNotApplicable) {
        why = "every question asked was answered not applicable (see below)";
      }
      Row({Esc(ControlAt(i).id), Esc(ControlAt(i).title), applicable, why});
    }
    bool any = false;
    for (const Control& c : catalog_.controls) {
      ForEachNotApplicableAnswer(a_, c, [&](const Question& q, const std::string& why) {
        if (!any) {
          Line();
          Line("Questions answered not applicable:");
          Line();
          TableHead({"Question", "Text", "Justification"});
          any = true;
        }
        Row({Esc(q.id), Esc(q.text), Esc(why)});
      });
    }
  }

  void Reasoning() {
    Heading("Why these scores");
    for (size_t i = 0; i < catalog_.controls.size() && i < e_.controls.size(); ++i) {
      if (!e_.controls[i].applicable()) continue;
      Line("### " + Esc(ControlAt(i).id) + " " + Esc(ControlAt(i).title));
      Line();
      for (const std::string& line : ExplainControl(catalog_, a_, e_, i)) Line("- " + Esc(line));
      const ControlRecord* rec = a_.RecordFor(ControlAt(i).id);
      if (rec && !rec->notes.empty()) Line("- Notes: " + Esc(rec->notes));
      if (rec) {
        for (const EvidenceRef& ev : rec->evidence) {
          Line("- Evidence: " + Esc(ev.text) + (ev.link.empty() ? "" : " (" + Esc(ev.link) + ")"));
        }
      }
      Line();
    }
  }

  const Catalog& catalog_;
  const Assessment& a_;
  const Evaluation& e_;
  const Roadmap& roadmap_;
  std::string out_;
};

}  // namespace

std::string RenderMarkdownReport(const Catalog& catalog, const Assessment& assessment,
                                 const Evaluation& evaluation, const Roadmap& roadmap) {
  return MarkdownReport(catalog, assessment, evaluation, roadmap).Render();
}

std::string RenderMarkdownReport(const Catalog& catalog, const Assessment& assessment) {
  const Evaluation evaluation = Evaluate(catalog, assessment);
  const Roadmap roadmap = BuildRoadmap(catalog, assessment, evaluation);
  return RenderMarkdownReport(catalog, assessment, evaluation, roadmap);
}

}  // namespace cloudgap
