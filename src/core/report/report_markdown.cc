#include "core/report/report_markdown.h"

#include <cmath>
#include <optional>
#include <string_view>
#include <vector>

#include "core/document/applicability.h"
#include "core/engine/audit_plan.h"
#include "core/engine/engine_version.h"
#include "core/engine/explain.h"
#include "core/engine/quick_summary.h"
#include "core/engine/readiness.h"
#include "core/engine/report_input.h"
#include "core/engine/scoring.h"
#include "core/engine/wording.h"
#include "core/text/score_format.h"

namespace cloudgap {
namespace {

constexpr char kNone[] = "—";
constexpr size_t kTopPriorities = 5;

std::string Esc(const std::string& text) {
  return MarkdownText(text);
}

// "+4.2": what the item adds to the overall score; a dash for a step.
std::string ScoreGain(const RoadmapItem& item) {
  return item.is_step() ? kNone : "+" + FormatScore(item.score_gain);
}

std::string ScoreCell(const std::optional<double>& score) {
  return score ? FormatScore(*score) : kNone;
}

std::string OrNone(const std::string& text) {
  return text.empty() ? kNone : Esc(text);
}

std::string JoinIds(const std::vector<std::string>& ids) {
  if (ids.empty()) return kNone;
  std::string out;
  for (const std::string& id : ids) out += (out.empty() ? "" : ", ") + Esc(id);
  return out;
}

// Ten blocks, one per 10 points: the clause chart as text.
std::string Bar(const std::optional<double>& score) {
  if (!score) return kNone;
  const int full = static_cast<int>(std::lround(std::fmin(100, std::fmax(0, *score)) / 10));
  std::string bar;
  for (int i = 0; i < 10; ++i) bar += i < full ? "█" : "░";
  return bar;
}

class MarkdownReport {
 public:
  MarkdownReport(const ReportInput& in, const ReportBrand& brand) : in_(in), brand_(brand) {}

  std::string Render() {
    Header();
    Summary();
    Clauses();
    Controls();
    Heading("Findings per control");
    out_ += MarkdownFindings(in_);
    RoadmapSection();
    Projection();
    AssessFirst();
    AuditSection();
    Applicability();
    Rules();
    About();
    Line("---");
    Line("Made by " + Esc(EngineLine(in_.catalog)) + ".");
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
  const Control& ControlAt(size_t i) const { return in_.catalog.controls[i]; }

  void Header() {
    const Profile& p = in_.assessment.profile;
    Line("# " + Esc(CatalogTitle(in_.catalog)) +
         " self-assessment: " + Esc(OrganisationOrDefault(p)));
    Line();
    Line(std::string("- Role: ") + RoleScopeLabel(p.role) +
         "; service models: " + ServicesLabel(p) + "; " + ModeLabel(p.mode) + ".");
    Line(std::string("- ISO/IEC 27001: ") + IsmsStateLabel(p.isms) + "; target maturity " +
         std::to_string(p.target_maturity) + "; capacity " +
         std::to_string(p.capacity_days_per_month) + " person-days a month.");
    Line("- Assessment created " + Esc(in_.assessment.created_at) + ", last changed " +
         Esc(in_.assessment.updated_at) + ".");
    Line("- CloudGap " + std::string(EngineVersion()) + ", catalog " + Esc(in_.catalog.id) + " " +
         Esc(in_.catalog.version) + " (sha256 `" + Esc(in_.catalog.sha256) + "`).");
    Line("- A self-assessment: the answers are the organisation's own and have not been audited.");
    if (brand_.product_name != ReportBrand().product_name) {
      Line("- Made with " + Esc(brand_.product_name) + ".");
    }
  }

  void Summary() {
    const OverallResult& o = in_.evaluation.overall;
    Heading("Executive summary");
    Line("Overall score **" + ScoreCell(o.score) + "** of 100; readiness **" +
         ReadinessLabel(o.readiness) + "**.");
    Line();
    for (const std::string& reason : o.readiness_reasons) Line("- " + Esc(reason));
    Line();
    const int applicable = o.controls_by_status[static_cast<int>(ControlStatus::kAssessed)] +
                           o.controls_by_status[static_cast<int>(ControlStatus::kNotAssessed)];
    std::optional<double> projected;
    for (const PhaseProjection& p : in_.roadmap.projection) {
      if (p.score) projected = p.score;
    }
    TableHead({"Measure", "Value"});
    Row({"Overall score", o.score ? FormatScore(*o.score) + " of 100" : kNone});
    Row({"Readiness", ReadinessLabel(o.readiness)});
    Row({"Applicable controls",
         std::to_string(applicable) + " of " + std::to_string(in_.catalog.controls.size())});
    Row({"Completion", FormatScore(o.completion) + "% of questions answered"});
    Row({"\"Don't know\" answers", std::to_string(o.answers.dont_know)});
    Row({"Controls with a gap", std::to_string(o.controls_with_gap)});
    Row({"Controls to assess first", std::to_string(in_.roadmap.assess_first.size())});
    Row({"Score once the roadmap is done", ScoreCell(projected)});
    if (in_.roadmap.items.empty()) return;
    Line();
    Line("### Top priorities");
    Line();
    TableHead({"Rank", "Control", "Title", "Phase", "Effort (person-days)"});
    for (size_t k = 0; k < in_.roadmap.items.size() && k < kTopPriorities; ++k) {
      const RoadmapItem& item = in_.roadmap.items[k];
      Row({std::to_string(item.rank), Esc(item.control_id), Esc(item.title), PhaseLabel(item.phase),
           std::to_string(item.effort_days)});
    }
  }

  void Clauses() {
    Heading("Scores by clause");
    TableHead({"Clause", "Title", "Score", "Chart", "Scored controls"});
    for (size_t i = 0; i < in_.catalog.clauses.size() && i < in_.evaluation.clauses.size(); ++i) {
      const ClauseResult& r = in_.evaluation.clauses[i];
      if (r.applicable_controls == 0 && !r.score) continue;
      Row({std::to_string(r.number), Esc(in_.catalog.clauses[i].title), ScoreCell(r.score),
           Bar(r.score),
           std::to_string(r.scored_controls) + " of " + std::to_string(r.applicable_controls)});
    }
    Line();
    Line("### Maturity by control");
    Line();
    Line("Maturity 0 to 5; ? not assessed yet; N/A not applicable; – not in scope for the role.");
    Line();
    TableHead({"Clause", "Title", "Controls"});
    for (const Clause& clause : in_.catalog.clauses) {
      std::string cells;
      for (size_t i = 0; i < in_.catalog.controls.size() && i < in_.evaluation.controls.size();
           ++i) {
        if (ControlAt(i).clause != clause.number) continue;
        const ControlResult& r = in_.evaluation.controls[i];
        std::string value = "?";
        if (r.status == ControlStatus::kOutOfScope) value = "–";
        if (r.status == ControlStatus::kNotApplicable) value = "N/A";
        if (r.status == ControlStatus::kAssessed && r.maturity) value = std::to_string(*r.maturity);
        cells += (cells.empty() ? "" : ", ") + Esc(ControlAt(i).id) + ": **" + value + "**";
      }
      if (!cells.empty()) Row({std::to_string(clause.number), Esc(clause.title), cells});
    }
  }

  void Controls() {
    Heading("Controls");
    TableHead({"Control", "Title", "Status", "Score", "Maturity", "Target", "Gap", "Owner", "Due"});
    for (size_t i = 0; i < in_.catalog.controls.size() && i < in_.evaluation.controls.size(); ++i) {
      const ControlResult& r = in_.evaluation.controls[i];
      const ControlRecord* rec = in_.assessment.RecordFor(ControlAt(i).id);
      std::string maturity = r.maturity ? std::to_string(*r.maturity) : kNone;
      if (r.maturity_explicit) maturity += " (set)";
      Row({Esc(ControlAt(i).id), Esc(ControlAt(i).title), ControlStatusLabel(r.status),
           ScoreCell(r.score), maturity, r.applicable() ? std::to_string(r.target) : kNone,
           r.maturity && r.applicable() ? std::to_string(r.gap) : kNone,
           rec ? OrNone(rec->owner) : kNone, rec ? OrNone(rec->due_date) : kNone});
    }
  }

  void RoadmapSection() {
    Heading("Roadmap");
    if (in_.roadmap.items.empty()) {
      Line("No gaps: every assessed, applicable control meets its target.");
      return;
    }
    Line("Ranked by risk weight x gap per person-day, quick wins (" +
         std::to_string(kQuickWinMaxDays) +
         " person-days or less) first, never before a control it depends on. Work is done in "
         "rank order at " +
         std::to_string(in_.roadmap.capacity_days_per_month) +
         " person-days a month; each item is in the phase in which it would be finished.");
    for (const PhaseProjection& phase : in_.roadmap.projection) {
      if (phase.items == 0) continue;
      Line();
      Line(std::string("### ") + PhaseLabel(phase.phase) + " (" + std::to_string(phase.items) +
           " items, " + std::to_string(phase.effort_days) + " person-days)");
      Line();
      TableHead({"Rank", "Control", "Title", "Gap", "Effort (person-days)", "Score +", "Depends on",
                 "Owner", "Due", "Why this rank"});
      for (const RoadmapItem& item : in_.roadmap.items) {
        if (item.phase != phase.phase) continue;
        Row({std::to_string(item.rank), Esc(item.control_id), Esc(item.title),
             item.is_step() ? "stage " + std::to_string(item.stage) + " step"
                            : std::to_string(item.maturity) + " to " + std::to_string(item.target),
             std::to_string(item.effort_days), ScoreGain(item), JoinIds(item.depends_on),
             OrNone(item.owner), OrNone(item.due_date), Esc(item.reason)});
      }
      Line();
      for (const RoadmapItem& item : in_.roadmap.items) {
        if (item.phase != phase.phase) continue;
        Line("- **" + Esc(item.control_id) + " " + Esc(item.title) + "**");
        if (!item.informed_by.empty()) {
          Line("  Informed by " + JoinIds(item.informed_by) +
               " (advice; it does not wait for them).");
        }
        int step = 0;
        for (std::string_view action : item.actions) {
          Line("  " + std::to_string(++step) + ". " + Esc(std::string(action)));
        }
      }
    }
  }

  void Projection() {
    Heading("Score projection");
    TableHead({"After", "Items done", "Projected overall score", "Chart"});
    Row({"now", "0", ScoreCell(in_.roadmap.current_score), Bar(in_.roadmap.current_score)});
    int done = 0;
    for (const PhaseProjection& phase : in_.roadmap.projection) {
      done += phase.items;
      Row({PhaseLabel(phase.phase), std::to_string(done), ScoreCell(phase.score),
           Bar(phase.score)});
    }
    Line();
    Line("A finished item is counted at its target: max(score, 20 x target).");
  }

  void AssessFirst() {
    if (in_.roadmap.assess_first.empty()) return;
    Heading("Assess first");
    Line("Applicable controls with no counted answer yet; they are not counted as gaps.");
    Line();
    for (size_t i : in_.roadmap.assess_first) {
      Line("- " + Esc(ControlAt(i).id) + " " + Esc(ControlAt(i).title));
    }
  }

  // Time to audit and the auditor's checklist (audit_plan.h); nothing without management steps.
  void AuditSection() {
    const AuditEstimate audit = EstimateAudit(in_.catalog, in_.evaluation, in_.roadmap);
    if (!audit.available) return;
    Heading("Time to audit");
    Line(
        "ISO/IEC 27017 is certified as part of an ISO/IEC 27001 certification, in two audit "
        "stages. Profile: " +
        std::string(IsmsStateLabel(in_.assessment.profile.isms)) + "; " +
        std::to_string(in_.roadmap.capacity_days_per_month) + " person-days a month.");
    Line();
    Line("- Earliest stage 1 audit (documentation and scope ready): **month " +
         std::to_string(audit.stage1_month) + "**. " + Esc(Capitalised(audit.stage1_reason)) + ".");
    Line("- Earliest stage 2 audit (controls operating, with records): **month " +
         std::to_string(audit.stage2_month) + "**. " + Esc(Capitalised(audit.stage2_reason)) + ".");
    if (in_.assessment.profile.mode == AssessmentMode::kQuick) {
      Line("- " + std::string(kQuickScanRangeLead) +
           AuditMonthsWords(EstimateAuditRange(in_.catalog, in_.assessment, in_.evaluation)) +
           kQuickScanRangeTail);
    }
    Line();
    Heading("Audit readiness checklist");
    Line(
        "What a certification auditor will ask to see, from the management-system steps and the "
        "controls, with where this assessment stands.");
    const std::vector<ChecklistEntry> list =
        AuditChecklist(in_.catalog, in_.assessment, in_.evaluation);
    for (int stage : {1, 2}) {
      Line();
      Line(stage == 1 ? "### Stage 1: documentation and readiness"
                      : "### Stage 2: controls operating, with records");
      Line();
      TableHead({"Step or control", "What to show", "Status"});
      for (const ChecklistEntry& entry : list) {
        if (entry.stage != stage) continue;
        Row({Esc(entry.source) + " " + Esc(entry.title), Esc(entry.evidence), entry.status});
      }
    }
  }

  static std::string Capitalised(std::string text) {
    if (!text.empty() && text[0] >= 'a' && text[0] <= 'z')
      text[0] = static_cast<char>(text[0] - 32);
    return text;
  }

  void Applicability() {
    Heading("Statement of Applicability");
    Line(kSoaScope);
    Line();
    Line(
        "Implementation status comes from maturity and target: Implemented at or above the "
        "target, Partially implemented above 0 but below it, Not implemented at 0, Not assessed "
        "with no counted answer yet.");
    Line();
    TableHead({"Control", "Title", "Applicable", "Justification", "Implementation status",
               "ISO/IEC 27002:2022", "NIST SP 800-53 Rev. 5"});
    for (const SoaEntry& entry :
         StatementOfApplicability(in_.catalog, in_.assessment, in_.evaluation)) {
      const Control& c = ControlAt(entry.control_index);
      Row({Esc(c.id), Esc(c.title), entry.applicable, OrNone(entry.justification),
           entry.implementation, OrNone(entry.iso27002_2022), OrNone(entry.nist_800_53r5)});
    }
    bool any = false;
    for (const Control& c : in_.catalog.controls) {
      ForEachNotApplicableAnswer(in_.assessment, c, [&](const Question& q, const std::string& why) {
        if (!any) {
          Line();
          Line("Questions answered not applicable:");
          Line();
          TableHead({"Question", "Text", "Justification"});
          any = true;
        }
        Row({Esc(q.id), Esc(QuestionText(in_.assessment.profile, q)), Esc(why)});
      });
    }
  }

  void Rules() {
    Heading("How the score is calculated");
    for (const std::string& rule : ScoringRules(in_.catalog)) Line("- " + Esc(rule));
    Line();
    TableHead({"Answer", "Meaning", "Credit"});
    for (const AnswerLevel& level : in_.catalog.answer_scale) {
      Row({Esc(level.label), Esc(level.description),
           level.value == "na" ? "not counted" : FormatScore(level.credit)});
    }
    Line();
    TableHead({"Maturity", "Name", "What it looks like"});
    for (const MaturityLevel& level : in_.catalog.maturity_scale) {
      Row({std::to_string(level.level), Esc(level.label), Esc(level.description)});
    }
    Line();
    Line("For this assessment:");
    Line();
    for (const std::string& line : ExplainOverall(in_.catalog, in_.evaluation))
      Line("- " + Esc(line));
  }

  void About() {
    Heading("Engine and catalog");
    Line("- CloudGap " + std::string(EngineVersion()) + ", scoring model " + kScoringModel + ".");
    Line("- Catalog " + Esc(in_.catalog.id) + " " + Esc(in_.catalog.version) + ", sha256 `" +
         Esc(in_.catalog.sha256) + "`.");
    Line("- Recorded in the assessment: catalog " + Esc(in_.assessment.catalog_id) + " " +
         Esc(in_.assessment.catalog_version) +
         (in_.assessment.catalog_sha256.empty()
              ? ""
              : ", sha256 `" + Esc(in_.assessment.catalog_sha256) + "`") +
         ".");
    Line(
        "- The same assessment file, with the same CloudGap version and catalog, gives the same "
        "scores and this same report, byte for byte (`cloudgap report FILE --format md`).");
  }

  const ReportInput& in_;
  const ReportBrand& brand_;
  std::string out_;
};

}  // namespace

std::string RenderMarkdownReport(const ReportInput& input, const ReportBrand& brand) {
  return MarkdownReport(input, brand).Render();
}

std::string RenderMarkdownReport(const Catalog& catalog, const Assessment& assessment) {
  const Evaluation evaluation = Evaluate(catalog, assessment);
  const Roadmap roadmap = BuildRoadmap(catalog, assessment, evaluation);
  return RenderMarkdownReport(ReportInput(catalog, assessment, evaluation, roadmap));
}

}  // namespace cloudgap
