#include "core/report/report_html.h"

#include <algorithm>
#include <cstdio>
#include <initializer_list>
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
#include "core/report/report_html_charts.h"
#include "core/report/report_html_page.h"
#include "core/report/report_html_style.h"
#include "core/report/report_markdown.h"
#include "core/text/base64.h"
#include "core/text/html_escape.h"
#include "core/text/score_format.h"

namespace cloudgap {
namespace {

constexpr size_t kTopPriorities = 5;

std::string E(std::string_view text) {
  return EscapeHtml(text);
}

std::string Bold(const std::string& html) {
  return "<b>" + html + "</b>";
}

std::string Cell(const std::string& html, bool number = false) {
  return number ? "<td class=\"num\">" + html + "</td>" : "<td>" + html + "</td>";
}

// A table's head; the columns are words, escaped here.
std::string Head(std::initializer_list<std::string_view> columns) {
  std::string html = "<table><thead><tr>";
  for (std::string_view c : columns) html += "<th>" + E(c) + "</th>";
  return html + "</tr></thead><tbody>\n";
}

constexpr char kTableEnd[] = "</tbody></table>\n";

class HtmlReport {
 public:
  HtmlReport(const ReportInput& in, const ReportBrand& brand)
      : in_(in), w_(in.words), brand_(brand) {}

  std::string Render() {
    const std::string organisation = OrganisationOrDefault(in_.assessment.profile, w_);
    out_ = HtmlPageStart(w_.Tr("{catalog} self-assessment: {organisation} ({date})",
                               {{"catalog", CatalogTitle(in_.catalog)},
                                {"organisation", organisation},
                                {"date", Date(DateOf(in_.assessment.updated_at))}}),
                         brand_, w_);
    Cover(organisation);
    Summary();
    Clauses();
    Section("findings", w_.Tr("Findings per control"));
    out_ += "<p>" +
            E(w_.Tr("Every control of the catalog, clause by clause: the answers given, the score "
                    "and maturity they make, and why. Controls not applicable or not in scope are "
                    "listed briefly with the reason.")) +
            "</p>\n" + HtmlFindings(in_) + "</section>\n";
    RoadmapSection();
    AuditSection();
    Applicability();
    Method();
    About();
    out_ += "<footer>" + E(EngineLine(in_.catalog, w_)) + "</footer>\n</body>\n</html>\n";
    return std::move(out_);
  }

 private:
  void Section(const char* id, std::string_view title) {
    out_ += std::string("<section id=\"") + id + "\">\n<h2>" + E(title) + "</h2>\n";
  }
  const Control& ControlAt(size_t i) const { return in_.catalog.controls[i]; }

  // Numbers and dates as the report's language writes them.
  std::string Score(double score) const { return FormatScore(score, w_.language()); }
  std::string ScoreText(const std::optional<double>& score) const {
    return score ? Score(*score) : "&#8212;";
  }
  std::string Date(const std::string& iso_date) const { return HtmlDate(iso_date, w_); }
  // A timestamp ("2024-05-03T16:42:10Z") as its date; English keeps it whole.
  std::string When(const std::string& timestamp) const {
    return w_.language() == "en" ? timestamp : Date(DateOf(timestamp));
  }
  // PhaseLabel in the report's language, escaped.
  std::string PhaseText(Phase phase) const { return E(PhaseLabel(phase, w_)); }
  // "{count} of {total}", escaped.
  std::string CountOf(size_t count, size_t total) const {
    return E(w_.Tr("{count} of {total}", {{"count", count}, {"total", total}}));
  }

  void Cover(const std::string& organisation) {
    const OverallResult& o = in_.evaluation.overall;
    const Profile& p = in_.assessment.profile;
    const auto headline = [&](std::string_view label, const std::string& value,
                              std::string_view caption) {
      out_ += "<div>" + E(label) + Bold(value) + E(caption) + "</div>";
    };
    out_ += "<div class=\"cover\">\n" + HtmlBrandMark(brand_, w_) + "\n<h1>" +
            E(w_.Tr("{catalog} self-assessment", {{"catalog", CatalogTitle(in_.catalog)}})) +
            "</h1>\n<p class=\"org\">" + E(organisation) + "</p>\n<div class=\"headline\">";
    headline(w_.Tr("Overall score"), ScoreText(o.score), w_.Tr("of 100"));
    headline(w_.Tr("Readiness"), E(ReadinessLabel(o.readiness, w_)), "");
    headline(w_.Tr("Completion"), E(w_.Tr("{percent}%", {{"percent", Score(o.completion)}})),
             w_.Tr("questions answered"));
    headline(w_.Tr("Controls with a gap"), std::to_string(o.controls_with_gap),
             w_.Tr("on the roadmap"));
    out_ += "</div>\n<dl class=\"facts\">";
    const auto fact = [&](std::string_view term, const std::string& html) {
      out_ += "<dt>" + E(term) + "</dt><dd>" + html + "</dd>";
    };
    fact(w_.Tr("Role"), E(RoleScopeWords(p.role, w_)));
    fact(w_.Tr("Service models"), E(ServicesLabel(p)));
    fact(w_.Tr("Assessment"),
         E(w_.Tr("{mode}; target maturity {target}; capacity {days} person-days a month",
                 {{"mode", ModeLabel(p.mode, w_)},
                  {"target", p.target_maturity},
                  {"days", p.capacity_days_per_month}})));
    fact(w_.Tr("ISO/IEC 27001 ISMS"), E(IsmsStateWords(p.isms, w_)));
    fact(w_.Tr("Created"), E(When(in_.assessment.created_at)));
    fact(w_.Tr("Last changed"), E(When(in_.assessment.updated_at)));
    out_ += "<dt>" + E(w_.Tr("Made by")) + "</dt><dd class=\"small\">" +
            E(EngineLine(in_.catalog, w_)) + "</dd></dl>\n";
    const auto entry = [&](const char* id, std::string_view title) {
      out_ += std::string("<li><a href=\"#") + id + "\">" + E(title) + "</a></li>";
    };
    out_ += "<nav class=\"toc\"><p><b>" + E(w_.Tr("Contents")) + "</b></p><ol>";
    entry("summary", w_.Tr("Executive summary"));
    entry("clauses", w_.Tr("Scores by clause"));
    entry("findings", w_.Tr("Findings per control"));
    entry("roadmap", w_.Tr("Roadmap"));
    if (!in_.catalog.management_steps.empty()) {
      entry("audit", w_.Tr("Time to audit and checklist"));
    }
    entry("soa", w_.Tr("Statement of Applicability"));
    entry("method", w_.Tr("How the score is calculated"));
    entry("about", w_.Tr("Engine and catalog"));
    out_ += "</ol></nav>\n<p class=\"small muted\">" +
            E(w_.Tr("A self-assessment: the answers are the organisation's own and have not been "
                    "audited.")) +
            "</p>\n</div>\n";
  }

  void Summary() {
    const OverallResult& o = in_.evaluation.overall;
    Section("summary", w_.Tr("Executive summary"));
    out_ += "<p>" +
            FillHtmlSlots(w_.Tr("Overall score {score} of 100; readiness {readiness}.",
                                {{"score", HtmlSlot(0)}, {"readiness", HtmlSlot(1)}}),
                          {Bold(ScoreText(o.score)), Bold(E(ReadinessLabel(o.readiness, w_)))}) +
            "</p>\n<ul>";
    for (const ReadinessReason& reason : o.readiness_why) {
      out_ += "<li>" + E(ReadinessReasonText(in_.catalog, reason, w_)) + "</li>";
    }
    out_ += "</ul>\n" + Head({w_.Tr("Measure"), w_.Tr("Value")});
    const int applicable = o.controls_by_status[static_cast<int>(ControlStatus::kAssessed)] +
                           o.controls_by_status[static_cast<int>(ControlStatus::kNotAssessed)];
    const auto row = [&](std::string_view measure, const std::string& value) {
      out_ += "<tr>" + Cell(E(measure)) + Cell(value) + "</tr>\n";
    };
    row(w_.Tr("Applicable controls"),
        CountOf(static_cast<size_t>(applicable), in_.catalog.controls.size()));
    row(w_.Tr("Controls with a gap"), std::to_string(o.controls_with_gap));
    row(w_.Tr("Controls to assess first"), std::to_string(in_.roadmap.assess_first.size()));
    row(w_.Tr("Completion"),
        E(w_.Tr("{percent}% of questions answered", {{"percent", Score(o.completion)}})));
    row(w_.Tr("\"Don't know\" answers"), std::to_string(o.answers.dont_know));
    std::optional<double> projected;
    for (const PhaseProjection& p : in_.roadmap.projection) {
      if (p.score) projected = p.score;
    }
    row(w_.Tr("Score once the roadmap is done"), ScoreText(projected));
    out_ += kTableEnd;
    if (!in_.roadmap.items.empty()) {
      out_ += "<h3>" + E(w_.Tr("Top priorities")) + "</h3>\n" +
              Head({w_.Tr("Rank"), w_.Tr("Control"), w_.Tr("Title"), w_.Tr("Phase"),
                    w_.Tr("Effort (person-days)")});
      for (size_t k = 0; k < in_.roadmap.items.size() && k < kTopPriorities; ++k) {
        const RoadmapItem& item = in_.roadmap.items[k];
        out_ += "<tr>" + Cell(std::to_string(item.rank), true) + Cell(E(item.control_id)) +
                Cell(E(item.title)) + Cell(PhaseText(item.phase)) +
                Cell(std::to_string(item.effort_days), true) + "</tr>\n";
      }
      out_ += kTableEnd;
    }
    out_ += "</section>\n";
  }

  void Clauses() {
    Section("clauses", w_.Tr("Scores by clause"));
    std::vector<ScoreBar> bars;
    std::string rows;
    for (size_t i = 0; i < in_.catalog.clauses.size() && i < in_.evaluation.clauses.size(); ++i) {
      const ClauseResult& r = in_.evaluation.clauses[i];
      if (r.applicable_controls == 0 && !r.score) continue;
      bars.push_back({std::to_string(r.number) + " " + in_.catalog.clauses[i].title, r.score});
      rows += "<tr>" + Cell(std::to_string(r.number), true) +
              Cell(E(in_.catalog.clauses[i].title)) + Cell(ScoreText(r.score), true) +
              Cell(CountOf(static_cast<size_t>(r.scored_controls),
                           static_cast<size_t>(r.applicable_controls))) +
              "</tr>\n";
    }
    const int target = in_.assessment.profile.target_maturity;
    out_ += SvgScoreBars(w_.Tr("Score by clause, 0 to 100"), bars, ScoreForMaturity(target),
                         w_.Tr("target maturity {level}", {{"level", target}}), w_);
    out_ += Head({w_.Tr("Clause"), w_.Tr("Title"), w_.Tr("Score"), w_.Tr("Scored controls")}) +
            rows + kTableEnd;
    out_ += "<h3>" + E(w_.Tr("Maturity by control")) + "</h3>\n" +
            MaturityHeatmap(in_.catalog, in_.evaluation, w_) + "</section>\n";
  }

  void RoadmapSection() {
    Section("roadmap", w_.Tr("Roadmap"));
    if (in_.roadmap.items.empty()) {
      out_ += "<p>" + E(w_.Tr("No gaps: every assessed, applicable control meets its target.")) +
              "</p>\n";
    } else {
      out_ += "<p>" +
              FillHtmlSlots(
                  w_.Tr("Ranked by risk weight {times} gap per person-day, quick wins ({days} "
                        "person-days or less) first, never before a control it depends on. Work is "
                        "done in rank order at {capacity} person-days a month; each item is in the "
                        "phase in which it would be finished.",
                        {{"times", HtmlSlot(0)},
                         {"days", kQuickWinMaxDays},
                         {"capacity", in_.roadmap.capacity_days_per_month}}),
                  {"&#215;"}) +
              "</p>\n";
    }
    for (const PhaseProjection& phase : in_.roadmap.projection) {
      if (phase.items == 0) continue;
      out_ += "<div class=\"phase\"><h3>" +
              E(w_.Tr("{phase} ({items} items, {days} person-days)",
                      {{"phase", PhaseLabel(phase.phase, w_)},
                       {"items", phase.items},
                       {"days", phase.effort_days}})) +
              "</h3>\n" +
              Head({w_.Tr("Rank"), w_.Tr("Control"), w_.Tr("Gap"), w_.Tr("Effort (person-days)"),
                    w_.Tr("Score +"), w_.Tr("Depends on"), w_.Tr("Owner"), w_.Tr("Due"),
                    w_.Tr("Why this rank")});
      std::string actions;
      for (const RoadmapItem& item : in_.roadmap.items) {
        if (item.phase != phase.phase) continue;
        std::string depends;
        for (const std::string& id : item.depends_on)
          depends += (depends.empty() ? "" : ", ") + E(id);
        out_ += "<tr>" + Cell(std::to_string(item.rank), true) +
                Cell("<span class=\"mono\">" + E(item.control_id) + "</span> " + E(item.title)) +
                Cell(item.is_step() ? E(w_.Tr("stage {stage} step", {{"stage", item.stage}}))
                                    : std::to_string(item.maturity) + " &#8594; " +
                                          std::to_string(item.target),
                     true) +
                Cell(std::to_string(item.effort_days), true) +
                Cell(item.is_step() ? "&#8212;" : "+" + Score(item.score_gain), true) +
                Cell(depends) + Cell(E(item.owner)) + "<td class=\"nowrap\">" +
                E(Date(item.due_date)) + "</td>" + Cell(E(item.reason)) + "</tr>\n";
        actions += "<li><b>" + E(item.control_id) + " " + E(item.title) + "</b>";
        if (!item.informed_by.empty()) {
          std::string links;
          for (const std::string& id : item.informed_by) links += (links.empty() ? "" : ", ") + id;
          actions += " <span class=\"muted\">" +
                     E(w_.Tr("Informed by {controls} (advice; it does not wait for them).",
                             {{"controls", links}})) +
                     "</span>";
        }
        actions += "<ol>";
        for (std::string_view action : item.actions) {
          actions += "<li>" + E(action) + "</li>";
        }
        actions += "</ol></li>\n";
      }
      out_ += std::string(kTableEnd) + "<p><b>" + E(w_.Tr("Actions")) + "</b></p><ul>\n" + actions +
              "</ul></div>\n";
    }
    Projection();
    if (!in_.roadmap.assess_first.empty()) {
      out_ += "<h3>" + E(w_.Tr("Assess first")) + "</h3>\n<p>" +
              E(w_.Tr("Applicable controls with no counted answer yet; they are not counted as "
                      "gaps.")) +
              "</p>\n<ul>";
      for (size_t i : in_.roadmap.assess_first) {
        out_ += "<li>" + E(ControlAt(i).id) + " " + E(ControlAt(i).title) + "</li>";
      }
      out_ += "</ul>\n";
    }
    out_ += "</section>\n";
  }

  void Projection() {
    out_ += "<h3>" + E(w_.Tr("Score projection")) + "</h3>\n";
    const std::string now(w_.Tr("projection|now"));
    std::vector<ScoreBar> bars = {{now, in_.roadmap.current_score}};
    std::string rows = "<tr>" + Cell(E(now)) + Cell("0", true) +
                       Cell(ScoreText(in_.roadmap.current_score), true) + "</tr>\n";
    int done = 0;
    for (const PhaseProjection& phase : in_.roadmap.projection) {
      done += phase.items;
      bars.push_back(
          {w_.Tr("after {phase}", {{"phase", PhaseLabel(phase.phase, w_)}}), phase.score});
      rows += "<tr>" + Cell(PhaseText(phase.phase)) + Cell(std::to_string(done), true) +
              Cell(ScoreText(phase.score), true) + "</tr>\n";
    }
    out_ +=
        SvgScoreBars(w_.Tr("Projected overall score after each phase"), bars, std::nullopt, "", w_);
    out_ += Head({w_.Tr("After"), w_.Tr("Items done"), w_.Tr("Projected overall score")}) + rows +
            kTableEnd + "<p class=\"small\">" +
            FillHtmlSlots(w_.Tr("A finished item is counted at its target: max(score, 20 {times} "
                                "target).",
                                {{"times", HtmlSlot(0)}}),
                          {"&#215;"}) +
            "</p>\n";
  }

  // Time to audit and the auditor's checklist (audit_plan.h); nothing without management steps.
  void AuditSection() {
    const AuditEstimate audit = EstimateAudit(in_.catalog, in_.evaluation, in_.roadmap, w_);
    if (!audit.available) return;
    Section("audit", w_.Tr("Time to audit"));
    const auto month = [&](int number) {
      return Bold(E(w_.Tr("month {number}", {{"number", number}})));
    };
    out_ += "<p>" +
            E(w_.Tr("ISO/IEC 27017 is certified as part of an ISO/IEC 27001 certification, in two "
                    "audit stages. Profile: {isms}; {days} person-days a month.",
                    {{"isms", IsmsStateWords(in_.assessment.profile.isms, w_)},
                     {"days", in_.roadmap.capacity_days_per_month}})) +
            "</p>\n<ul><li>" +
            FillHtmlSlots(w_.Tr("Earliest stage 1 audit (documentation and scope ready): {month}: "
                                "{reason}.",
                                {{"month", HtmlSlot(0)}, {"reason", audit.stage1_reason}}),
                          {month(audit.stage1_month)}) +
            "</li><li>" +
            FillHtmlSlots(w_.Tr("Earliest stage 2 audit (controls operating, with records): "
                                "{month}: {reason}.",
                                {{"month", HtmlSlot(0)}, {"reason", audit.stage2_reason}}),
                          {month(audit.stage2_month)}) +
            "</li>";
    if (in_.assessment.profile.mode == AssessmentMode::kQuick) {
      out_ += "<li>" +
              E(QuickScanRangeWords(
                  EstimateAuditRange(in_.catalog, in_.assessment, in_.evaluation, w_), w_)) +
              "</li>";
    }
    out_ += "</ul>\n<h3>" + E(w_.Tr("Audit readiness checklist")) + "</h3>\n<p>" +
            E(w_.Tr("What a certification auditor will ask to see, from the management-system "
                    "steps and the controls, with where this assessment stands.")) +
            "</p>\n";
    const std::vector<ChecklistEntry> list =
        AuditChecklist(in_.catalog, in_.assessment, in_.evaluation, w_);
    for (int stage : {1, 2}) {
      out_ += "<h4>" +
              E(stage == 1 ? w_.Tr("Stage 1: documentation and readiness")
                           : w_.Tr("Stage 2: controls operating, with records")) +
              "</h4>\n";
      out_ += Head({w_.Tr("Step or control"), w_.Tr("What to show"), w_.Tr("Status")});
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
    Section("soa", w_.Tr("Statement of Applicability"));
    out_ += "<p>" + E(SoaScope(w_)) + "</p>\n";
    const auto italic = [&](std::string_view label) { return "<i>" + E(label) + "</i>"; };
    out_ += "<p>" +
            FillHtmlSlots(
                w_.Tr("Implementation status comes from maturity and target: {implemented} at or "
                      "above the target, {partial} above 0 but below it, {none} at 0, "
                      "{not_assessed} with no counted answer yet.",
                      {{"implemented", HtmlSlot(0)},
                       {"partial", HtmlSlot(1)},
                       {"none", HtmlSlot(2)},
                       {"not_assessed", HtmlSlot(3)}}),
                {italic(ImplementationLabel(Implementation::kImplemented, w_)),
                 italic(ImplementationLabel(Implementation::kPartial, w_)),
                 italic(ImplementationLabel(Implementation::kNotImplemented, w_)),
                 italic(ImplementationLabel(Implementation::kNotAssessed, w_))}) +
            "</p>\n" +
            Head({w_.Tr("Control"), w_.Tr("Title"), w_.Tr("Applicable"), w_.Tr("Justification"),
                  w_.Tr("Implementation status"), "ISO/IEC 27002:2022", "NIST SP 800-53 Rev. 5"});
    for (const SoaEntry& entry :
         StatementOfApplicability(in_.catalog, in_.assessment, in_.evaluation, w_)) {
      const Control& c = ControlAt(entry.control_index);
      out_ += "<tr>" + Cell("<span class=\"mono\">" + E(c.id) + "</span>") + Cell(E(c.title)) +
              Cell(E(entry.applicable)) + Cell(E(entry.justification)) +
              Cell(std::string("<span class=\"badge ") +
                   MaturityClass(in_.evaluation.controls[entry.control_index]) + "\">" +
                   E(entry.implementation) + "</span>") +
              Cell(E(entry.iso27002_2022)) + Cell(E(entry.nist_800_53r5)) + "</tr>\n";
    }
    out_ += kTableEnd + std::string("</section>\n");
  }

  void Method() {
    Section("method", w_.Tr("How the score is calculated"));
    out_ += "<ul>";
    for (const std::string& rule : ScoringRules(in_.catalog, w_))
      out_ += "<li>" + E(rule) + "</li>";
    out_ += "</ul>\n<h3>" + E(w_.Tr("Answers")) + "</h3>\n" +
            Head({w_.Tr("Answer"), w_.Tr("Meaning"), w_.Tr("Credit")});
    for (const AnswerLevel& level : in_.catalog.answer_scale) {
      const bool counted = level.value != "na";
      out_ += "<tr>" + Cell(E(level.label)) + Cell(E(level.description)) +
              Cell(counted ? Score(level.credit) : E(w_.Tr("not counted")), true) + "</tr>\n";
    }
    out_ += std::string(kTableEnd) + "<h3>" + E(w_.Tr("Maturity levels")) + "</h3>\n" +
            Head({w_.Tr("Level"), w_.Tr("Name"), w_.Tr("What it looks like")});
    for (const MaturityLevel& level : in_.catalog.maturity_scale) {
      out_ += "<tr>" + Cell(std::to_string(level.level), true) + Cell(E(level.label)) +
              Cell(E(level.description)) + "</tr>\n";
    }
    out_ += std::string(kTableEnd) + "<h3>" + E(w_.Tr("For this assessment")) + "</h3>\n<ul>";
    for (const std::string& line : ExplainOverall(in_.catalog, in_.evaluation, w_))
      out_ += "<li>" + E(line) + "</li>";
    out_ += "</ul>\n</section>\n";
  }

  void About() {
    Section("about", w_.Tr("Engine and catalog"));
    const auto fact = [&](std::string_view term, const std::string& html) {
      out_ += "<dt>" + E(term) + "</dt><dd>" + html + "</dd>";
    };
    out_ += "<dl class=\"facts\">";
    fact("CloudGap", EngineVersion());
    fact(w_.Tr("Scoring model"), kScoringModel);
    fact(w_.Tr("Catalog"), E(in_.catalog.id) + " " + E(in_.catalog.version));
    out_ += "<dt>" + E(w_.Tr("Catalog SHA-256")) + "</dt><dd class=\"mono\">" +
            E(in_.catalog.sha256) + "</dd>";
    fact(w_.Tr("Recorded in the assessment"),
         E(in_.assessment.catalog_id) + " " + E(in_.assessment.catalog_version) +
             (in_.assessment.catalog_sha256.empty() ? "" : ", sha256 ") + "<span class=\"mono\">" +
             E(in_.assessment.catalog_sha256) + "</span>");
    out_ +=
        "</dl>\n<p>" +
        FillHtmlSlots(w_.Tr("The same assessment file, opened in the same CloudGap version with "
                            "the same catalog, gives the same scores and this same report, "
                            "byte for byte; {command} makes it from the command line.",
                            {{"command", HtmlSlot(0)}}),
                      {"<code>cloudgap report FILE --format html</code>"}) +
        "</p>\n</section>\n";
  }

  const ReportInput& in_;
  const MessageCatalog& w_;  // The report's own words: in_.words.
  const ReportBrand& brand_;
  std::string out_;
};

}  // namespace

std::string RenderHtmlReport(const ReportInput& input, const ReportBrand& brand) {
  return HtmlReport(input, brand).Render();
}

}  // namespace cloudgap
