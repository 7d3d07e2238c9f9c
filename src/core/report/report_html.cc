#include "core/report/report_html.h"

#include <algorithm>
#include <cstdio>
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
#include "core/report/report_html_charts.h"
#include "core/report/report_html_page.h"
#include "core/report/report_html_style.h"
#include "core/text/base64.h"
#include "core/text/html_escape.h"
#include "core/text/score_format.h"

namespace cloudgap {
namespace {

constexpr size_t kTopPriorities = 5;

std::string E(const std::string& text) {
  return EscapeHtml(text);
}

std::string ScoreText(const std::optional<double>& score) {
  return score ? FormatScore(*score) : "&#8212;";
}

std::string Cell(const std::string& html, bool number = false) {
  return number ? "<td class=\"num\">" + html + "</td>" : "<td>" + html + "</td>";
}

std::string Head(const std::vector<std::string>& columns) {
  std::string html = "<table><thead><tr>";
  for (const std::string& c : columns) html += "<th>" + c + "</th>";
  return html + "</tr></thead><tbody>\n";
}

constexpr char kTableEnd[] = "</tbody></table>\n";

class HtmlReport {
 public:
  HtmlReport(const ReportInput& in, const ReportBrand& brand) : in_(in), brand_(brand) {}

  std::string Render() {
    const std::string organisation = E(OrganisationOrDefault(in_.assessment.profile));
    out_ = HtmlPageStart(CatalogTitle(in_.catalog) +
                             " self-assessment: " + OrganisationOrDefault(in_.assessment.profile) +
                             " (" + DateOf(in_.assessment.updated_at) + ")",
                         brand_);
    Cover(organisation);
    Summary();
    Clauses();
    Section("findings", "Findings per control");
    out_ +=
        "<p>Every control of the catalog, clause by clause: the answers given, the score "
        "and maturity they make, and why. Controls not applicable or not in scope are "
        "listed briefly with the reason.</p>\n" +
        HtmlFindings(in_) + "</section>\n";
    RoadmapSection();
    AuditSection();
    Applicability();
    Method();
    About();
    out_ += "<footer>" + E(EngineLine(in_.catalog)) + "</footer>\n</body>\n</html>\n";
    return std::move(out_);
  }

 private:
  void Section(const char* id, const char* title) {
    out_ += std::string("<section id=\"") + id + "\">\n<h2>" + title + "</h2>\n";
  }
  const Control& ControlAt(size_t i) const { return in_.catalog.controls[i]; }

  void Cover(const std::string& organisation) {
    const OverallResult& o = in_.evaluation.overall;
    const Profile& p = in_.assessment.profile;
    out_ += "<div class=\"cover\">\n" + HtmlBrandMark(brand_) + "\n<h1>" +
            E(CatalogTitle(in_.catalog)) + " self-assessment</h1>\n<p class=\"org\">" +
            organisation + "</p>\n<div class=\"headline\">" + "<div>Overall score<b>" +
            ScoreText(o.score) + "</b>of 100</div>" + "<div>Readiness<b>" +
            ReadinessLabel(o.readiness) + "</b></div>" + "<div>Completion<b>" +
            FormatScore(o.completion) + "%</b>questions answered</div>" +
            "<div>Controls with a gap<b>" + std::to_string(o.controls_with_gap) + "</b>" +
            "on the roadmap</div></div>\n<dl class=\"facts\">";
    out_ += "<dt>Role</dt><dd>" + std::string(RoleScopeLabel(p.role)) + "</dd>";
    out_ += "<dt>Service models</dt><dd>" + ServicesLabel(p) + "</dd>";
    out_ += std::string("<dt>Assessment</dt><dd>") + ModeLabel(p.mode) + "; target maturity " +
            std::to_string(p.target_maturity) + "; capacity " +
            std::to_string(p.capacity_days_per_month) + " person-days a month</dd>";
    out_ += std::string("<dt>ISO/IEC 27001 ISMS</dt><dd>") + IsmsStateLabel(p.isms) + "</dd>";
    out_ += "<dt>Created</dt><dd>" + E(in_.assessment.created_at) +
            "</dd><dt>Last changed</dt><dd>" + E(in_.assessment.updated_at) + "</dd>";
    out_ += "<dt>Made by</dt><dd class=\"small\">" + E(EngineLine(in_.catalog)) + "</dd></dl>\n";
    out_ +=
        "<nav class=\"toc\"><p><b>Contents</b></p><ol>"
        "<li><a href=\"#summary\">Executive summary</a></li>"
        "<li><a href=\"#clauses\">Scores by clause</a></li>"
        "<li><a href=\"#findings\">Findings per control</a></li>"
        "<li><a href=\"#roadmap\">Roadmap</a></li>" +
        std::string(in_.catalog.management_steps.empty()
                        ? ""
                        : "<li><a href=\"#audit\">Time to audit and checklist</a></li>") +
        "<li><a href=\"#soa\">Statement of Applicability</a></li>"
        "<li><a href=\"#method\">How the score is calculated</a></li>"
        "<li><a href=\"#about\">Engine and catalog</a></li></ol></nav>\n"
        "<p class=\"small muted\">A self-assessment: the answers are the organisation's "
        "own and have not been audited.</p>\n</div>\n";
  }

  void Summary() {
    const OverallResult& o = in_.evaluation.overall;
    Section("summary", "Executive summary");
    out_ += "<p>Overall score <b>" + ScoreText(o.score) + "</b> of 100; readiness <b>" +
            ReadinessLabel(o.readiness) + "</b>.</p>\n<ul>";
    for (const std::string& reason : o.readiness_reasons) out_ += "<li>" + E(reason) + "</li>";
    out_ += "</ul>\n" + Head({"Measure", "Value"});
    const int applicable = o.controls_by_status[static_cast<int>(ControlStatus::kAssessed)] +
                           o.controls_by_status[static_cast<int>(ControlStatus::kNotAssessed)];
    const auto row = [&](const std::string& measure, const std::string& value) {
      out_ += "<tr>" + Cell(measure) + Cell(value) + "</tr>\n";
    };
    row("Applicable controls",
        std::to_string(applicable) + " of " + std::to_string(in_.catalog.controls.size()));
    row("Controls with a gap", std::to_string(o.controls_with_gap));
    row("Controls to assess first", std::to_string(in_.roadmap.assess_first.size()));
    row("Completion", FormatScore(o.completion) + "% of questions answered");
    row("\"Don't know\" answers", std::to_string(o.answers.dont_know));
    std::optional<double> projected;
    for (const PhaseProjection& p : in_.roadmap.projection) {
      if (p.score) projected = p.score;
    }
    row("Score once the roadmap is done", ScoreText(projected));
    out_ += kTableEnd;
    if (!in_.roadmap.items.empty()) {
      out_ += "<h3>Top priorities</h3>\n" +
              Head({"Rank", "Control", "Title", "Phase", "Effort (person-days)"});
      for (size_t k = 0; k < in_.roadmap.items.size() && k < kTopPriorities; ++k) {
        const RoadmapItem& item = in_.roadmap.items[k];
        out_ += "<tr>" + Cell(std::to_string(item.rank), true) + Cell(E(item.control_id)) +
                Cell(E(item.title)) + Cell(PhaseLabel(item.phase)) +
                Cell(std::to_string(item.effort_days), true) + "</tr>\n";
      }
      out_ += kTableEnd;
    }
    out_ += "</section>\n";
  }

  void Clauses() {
    Section("clauses", "Scores by clause");
    std::vector<ScoreBar> bars;
    std::string rows;
    for (size_t i = 0; i < in_.catalog.clauses.size() && i < in_.evaluation.clauses.size(); ++i) {
      const ClauseResult& r = in_.evaluation.clauses[i];
      if (r.applicable_controls == 0 && !r.score) continue;
      bars.push_back({std::to_string(r.number) + " " + in_.catalog.clauses[i].title, r.score});
      rows +=
          "<tr>" + Cell(std::to_string(r.number), true) + Cell(E(in_.catalog.clauses[i].title)) +
          Cell(ScoreText(r.score), true) +
          Cell(std::to_string(r.scored_controls) + " of " + std::to_string(r.applicable_controls)) +
          "</tr>\n";
    }
    const int target = in_.assessment.profile.target_maturity;
    out_ += SvgScoreBars("Score by clause, 0 to 100", bars, ScoreForMaturity(target),
                         "target maturity " + std::to_string(target));
    out_ += Head({"Clause", "Title", "Score", "Scored controls"}) + rows + kTableEnd;
    out_ += "<h3>Maturity by control</h3>\n" + MaturityHeatmap(in_.catalog, in_.evaluation) +
            "</section>\n";
  }

  void RoadmapSection() {
    Section("roadmap", "Roadmap");
    if (in_.roadmap.items.empty()) {
      out_ += "<p>No gaps: every assessed, applicable control meets its target.</p>\n";
    } else {
      out_ +=
          "<p>Ranked by risk weight &#215; gap per person-day, quick wins (" +
          std::to_string(kQuickWinMaxDays) +
          " person-days or less) first, never before a control it depends on. Work is done in "
          "rank order at " +
          std::to_string(in_.roadmap.capacity_days_per_month) +
          " person-days a month; each item is in the phase in which it would be finished.</p>\n";
    }
    for (const PhaseProjection& phase : in_.roadmap.projection) {
      if (phase.items == 0) continue;
      out_ += std::string("<div class=\"phase\"><h3>") + PhaseLabel(phase.phase) + " (" +
              std::to_string(phase.items) + " items, " + std::to_string(phase.effort_days) +
              " person-days)</h3>\n" +
              Head({"Rank", "Control", "Gap", "Effort (person-days)", "Score +", "Depends on",
                    "Owner", "Due", "Why this rank"});
      std::string actions;
      for (const RoadmapItem& item : in_.roadmap.items) {
        if (item.phase != phase.phase) continue;
        std::string depends;
        for (const std::string& id : item.depends_on)
          depends += (depends.empty() ? "" : ", ") + E(id);
        out_ += "<tr>" + Cell(std::to_string(item.rank), true) +
                Cell("<span class=\"mono\">" + E(item.control_id) + "</span> " + E(item.title)) +
                Cell(item.is_step() ? "stage " + std::to_string(item.stage) + " step"
                                    : std::to_string(item.maturity) + " &#8594; " +
                                          std::to_string(item.target),
                     true) +
                Cell(std::to_string(item.effort_days), true) +
                Cell(item.is_step() ? "&#8212;" : "+" + FormatScore(item.score_gain), true) +
                Cell(depends) + Cell(E(item.owner)) + "<td class=\"nowrap\">" + E(item.due_date) +
                "</td>" + Cell(E(item.reason)) + "</tr>\n";
        actions += "<li><b>" + E(item.control_id) + " " + E(item.title) + "</b>";
        if (!item.informed_by.empty()) {
          std::string links;
          for (const std::string& id : item.informed_by)
            links += (links.empty() ? "" : ", ") + E(id);
          actions += " <span class=\"muted\">Informed by " + links +
                     " (advice; it does not wait for them).</span>";
        }
        actions += "<ol>";
        for (std::string_view action : item.actions) {
          actions += "<li>" + EscapeHtml(action) + "</li>";
        }
        actions += "</ol></li>\n";
      }
      out_ += std::string(kTableEnd) + "<p><b>Actions</b></p><ul>\n" + actions + "</ul></div>\n";
    }
    Projection();
    if (!in_.roadmap.assess_first.empty()) {
      out_ +=
          "<h3>Assess first</h3>\n<p>Applicable controls with no counted answer yet; they are "
          "not counted as gaps.</p>\n<ul>";
      for (size_t i : in_.roadmap.assess_first) {
        out_ += "<li>" + E(ControlAt(i).id) + " " + E(ControlAt(i).title) + "</li>";
      }
      out_ += "</ul>\n";
    }
    out_ += "</section>\n";
  }

  void Projection() {
    out_ += "<h3>Score projection</h3>\n";
    std::vector<ScoreBar> bars = {{"now", in_.roadmap.current_score}};
    std::string rows = "<tr>" + Cell("now") + Cell("0", true) +
                       Cell(ScoreText(in_.roadmap.current_score), true) + "</tr>\n";
    int done = 0;
    for (const PhaseProjection& phase : in_.roadmap.projection) {
      done += phase.items;
      bars.push_back({std::string("after ") + PhaseLabel(phase.phase), phase.score});
      rows += "<tr>" + Cell(PhaseLabel(phase.phase)) + Cell(std::to_string(done), true) +
              Cell(ScoreText(phase.score), true) + "</tr>\n";
    }
    out_ += SvgScoreBars("Projected overall score after each phase", bars, std::nullopt, "");
    out_ += Head({"After", "Items done", "Projected overall score"}) + rows + kTableEnd +
            "<p class=\"small\">A finished item is counted at its target: max(score, 20 &#215; "
            "target).</p>\n";
  }

  // Time to audit and the auditor's checklist (audit_plan.h); nothing without management steps.
  void AuditSection() {
    const AuditEstimate audit = EstimateAudit(in_.catalog, in_.evaluation, in_.roadmap);
    if (!audit.available) return;
    Section("audit", "Time to audit");
    out_ +=
        "<p>ISO/IEC 27017 is certified as part of an ISO/IEC 27001 certification, in two "
        "audit stages. Profile: " +
        E(IsmsStateLabel(in_.assessment.profile.isms)) + "; " +
        std::to_string(in_.roadmap.capacity_days_per_month) + " person-days a month.</p>\n<ul>" +
        "<li>Earliest stage 1 audit (documentation and scope ready): <b>month " +
        std::to_string(audit.stage1_month) + "</b>: " + E(audit.stage1_reason) + ".</li>" +
        "<li>Earliest stage 2 audit (controls operating, with records): <b>month " +
        std::to_string(audit.stage2_month) + "</b>: " + E(audit.stage2_reason) + ".</li>";
    if (in_.assessment.profile.mode == AssessmentMode::kQuick) {
      out_ += "<li>" + std::string(kQuickScanRangeLead) +
              E(AuditMonthsWords(EstimateAuditRange(in_.catalog, in_.assessment, in_.evaluation))) +
              kQuickScanRangeTail + "</li>";
    }
    out_ += "</ul>\n";
    out_ +=
        "<h3>Audit readiness checklist</h3>\n<p>What a certification auditor will ask to "
        "see, from the management-system steps and the controls, with where this assessment "
        "stands.</p>\n";
    const std::vector<ChecklistEntry> list =
        AuditChecklist(in_.catalog, in_.assessment, in_.evaluation);
    for (int stage : {1, 2}) {
      out_ += stage == 1 ? "<h4>Stage 1: documentation and readiness</h4>\n"
                         : "<h4>Stage 2: controls operating, with records</h4>\n";
      out_ += Head({"Step or control", "What to show", "Status"});
      for (const ChecklistEntry& entry : list) {
        if (entry.stage != stage) continue;
        out_ += "<tr>" +
                Cell("<span class=\"mono\">" + E(entry.source) + "</span> " + E(entry.title)) +
                Cell(E(entry.evidence)) +
                Cell(std::string("<span class=\"badge ") + (entry.ready ? "m4" : "tbd") + "\">" +
                     E(entry.status) + "</span>") +
                "</tr>\n";
      }
      out_ += kTableEnd;
    }
    out_ += "</section>\n";
  }

  void Applicability() {
    Section("soa", "Statement of Applicability");
    out_ += "<p>" + E(kSoaScope) + "</p>\n";
    out_ +=
        "<p>Implementation status comes from maturity and target: <i>Implemented</i> at or "
        "above the target, <i>Partially implemented</i> above 0 but below it, <i>Not "
        "implemented</i> at 0, <i>Not assessed</i> with no counted answer yet.</p>\n" +
        Head({"Control", "Title", "Applicable", "Justification", "Implementation status",
              "ISO/IEC 27002:2022", "NIST SP 800-53 Rev. 5"});
    for (const SoaEntry& entry :
         StatementOfApplicability(in_.catalog, in_.assessment, in_.evaluation)) {
      const Control& c = ControlAt(entry.control_index);
      out_ += "<tr>" + Cell("<span class=\"mono\">" + E(c.id) + "</span>") + Cell(E(c.title)) +
              Cell(entry.applicable) + Cell(E(entry.justification)) +
              Cell(std::string("<span class=\"badge ") +
                   MaturityClass(in_.evaluation.controls[entry.control_index]) + "\">" +
                   entry.implementation + "</span>") +
              Cell(E(entry.iso27002_2022)) + Cell(E(entry.nist_800_53r5)) + "</tr>\n";
    }
    out_ += kTableEnd + std::string("</section>\n");
  }

  void Method() {
    Section("method", "How the score is calculated");
    out_ += "<ul>";
    for (const std::string& rule : ScoringRules(in_.catalog)) out_ += "<li>" + E(rule) + "</li>";
    out_ += "</ul>\n<h3>Answers</h3>\n" + Head({"Answer", "Meaning", "Credit"});
    for (const AnswerLevel& level : in_.catalog.answer_scale) {
      const bool counted = level.value != "na";
      out_ += "<tr>" + Cell(E(level.label)) + Cell(E(level.description)) +
              Cell(counted ? FormatScore(level.credit) : "not counted", true) + "</tr>\n";
    }
    out_ += std::string(kTableEnd) + "<h3>Maturity levels</h3>\n" +
            Head({"Level", "Name", "What it looks like"});
    for (const MaturityLevel& level : in_.catalog.maturity_scale) {
      out_ += "<tr>" + Cell(std::to_string(level.level), true) + Cell(E(level.label)) +
              Cell(E(level.description)) + "</tr>\n";
    }
    out_ += std::string(kTableEnd) + "<h3>For this assessment</h3>\n<ul>";
    for (const std::string& line : ExplainOverall(in_.catalog, in_.evaluation))
      out_ += "<li>" + E(line) + "</li>";
    out_ += "</ul>\n</section>\n";
  }

  void About() {
    Section("about", "Engine and catalog");
    out_ += "<dl class=\"facts\"><dt>CloudGap</dt><dd>" + std::string(EngineVersion()) +
            "</dd><dt>Scoring model</dt><dd>" + kScoringModel + "</dd><dt>Catalog</dt><dd>" +
            E(in_.catalog.id) + " " + E(in_.catalog.version) +
            "</dd><dt>Catalog SHA-256</dt><dd class=\"mono\">" + E(in_.catalog.sha256) +
            "</dd><dt>Recorded in the assessment</dt><dd>" + E(in_.assessment.catalog_id) + " " +
            E(in_.assessment.catalog_version) +
            (in_.assessment.catalog_sha256.empty() ? "" : ", sha256 ") + "<span class=\"mono\">" +
            E(in_.assessment.catalog_sha256) + "</span></dd></dl>\n" +
            "<p>The same assessment file, opened in the same CloudGap version with the same "
            "catalog, gives the same scores and this same report, byte for byte; "
            "<code>cloudgap report FILE --format html</code> makes it from the command line.</p>\n"
            "</section>\n";
  }

  const ReportInput& in_;
  const ReportBrand& brand_;
  std::string out_;
};

}  // namespace

std::string RenderHtmlReport(const ReportInput& input, const ReportBrand& brand) {
  return HtmlReport(input, brand).Render();
}

}  // namespace cloudgap
