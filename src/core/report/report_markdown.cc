#include "core/report/report_markdown.h"

#include <cmath>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/document/applicability.h"
#include "core/engine/audit_plan.h"
#include "core/engine/engine_version.h"
#include "core/engine/explain.h"
#include "core/engine/quick_summary.h"
#include "core/engine/readiness.h"
#include "core/engine/report_input.h"
#include "core/engine/roadmap_reason.h"
#include "core/engine/scoring.h"
#include "core/engine/wording.h"
#include "core/i18n/message_catalog.h"
#include "core/text/iso_date.h"
#include "core/text/message_format.h"
#include "core/text/score_format.h"

namespace cloudgap {
namespace {

constexpr char kNone[] = "—";
constexpr size_t kTopPriorities = 5;

std::string Esc(std::string_view text) {
  return MarkdownText(std::string(text));
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
  MarkdownReport(const ReportInput& in, const ReportBrand& brand)
      : in_(in), w_(in.words), brand_(brand) {}

  std::string Render() {
    Header();
    Summary();
    Clauses();
    Controls();
    Heading(Tr("Findings per control"));
    out_ += MarkdownFindings(in_);
    RoadmapSection();
    Projection();
    AssessFirst();
    AuditSection();
    Applicability();
    Rules();
    About();
    Line("---");
    Line(Tr("Made by {engine}.", {{"engine", Esc(EngineLine(in_.catalog, w_))}}));
    return out_;
  }

 private:
  // The report's own words in its language; named Tr so that
  // tools/i18n/messages.py finds every key.
  std::string Tr(std::string_view key) const { return std::string(w_.Tr(key)); }
  std::string Tr(std::string_view key, std::initializer_list<MessageArg> args) const {
    return w_.Tr(key, args);
  }
  std::string Score(double score) const { return FormatScore(score, w_.language()); }
  std::string ScoreCell(const std::optional<double>& score) const {
    return score ? Score(*score) : kNone;
  }
  // "+4.2": what the item adds to the overall score; a dash for a step.
  std::string ScoreGain(const RoadmapItem& item) const {
    return item.is_step() ? kNone : "+" + Score(item.score_gain);
  }
  // A document's timestamp: as stored in English, else "01.03.2024 um 12:00 UTC".
  std::string Timestamp(const std::string& iso) const {
    if (w_.language() == "en" || !IsUtcTimestamp(iso)) return Esc(iso);
    return Tr("{date} at {time} UTC", {{"date", FormatDate(iso.substr(0, 10), w_.language())},
                                       {"time", iso.substr(11, 5)}});
  }
  // The item's reason in the report's language, whichever the roadmap was built in.
  std::string Reason(const RoadmapItem& item) const {
    return RoadmapReason(in_.catalog, in_.assessment, in_.evaluation, item, w_);
  }
  std::string OrNone(const std::string& text) const { return text.empty() ? kNone : Esc(text); }
  std::string DateOrNone(const std::string& date) const {
    return date.empty() ? kNone : Esc(MarkdownDate(date, w_));
  }

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
    Line("# " + Tr("{title} self-assessment: {organisation}",
                   {{"title", Esc(CatalogTitle(in_.catalog))},
                    {"organisation", Esc(OrganisationOrDefault(p, w_))}}));
    Line();
    Line("- " + Tr("Role: {role}; service models: {services}; {mode}.",
                   {{"role", RoleScopeWords(p.role, w_)},
                    {"services", ServicesLabel(p)},
                    {"mode", ModeLabel(p.mode, w_)}}));
    Line("- " + Tr("ISO/IEC 27001: {isms}; target maturity {target}; capacity {days} person-days "
                   "a month.",
                   {{"isms", IsmsStateWords(p.isms, w_)},
                    {"target", p.target_maturity},
                    {"days", p.capacity_days_per_month}}));
    Line("- " + Tr("Assessment created {created}, last changed {changed}.",
                   {{"created", Timestamp(in_.assessment.created_at)},
                    {"changed", Timestamp(in_.assessment.updated_at)}}));
    Line("- " + Tr("CloudGap {version}, catalog {catalog} {catalog_version} (sha256 `{sha256}`).",
                   {{"version", EngineVersion()},
                    {"catalog", Esc(in_.catalog.id)},
                    {"catalog_version", Esc(in_.catalog.version)},
                    {"sha256", Esc(in_.catalog.sha256)}}));
    Line("- " + Tr("A self-assessment: the answers are the organisation's own and have not been "
                   "audited."));
    if (brand_.product_name != ReportBrand().product_name) {
      Line("- " + Tr("Made with {product}.", {{"product", Esc(brand_.product_name)}}));
    }
  }

  void Summary() {
    const OverallResult& o = in_.evaluation.overall;
    Heading(Tr("Executive summary"));
    Line(Tr("Overall score **{score}** of 100; readiness **{readiness}**.",
            {{"score", ScoreCell(o.score)}, {"readiness", ReadinessLabel(o.readiness, w_)}}));
    Line();
    for (const ReadinessReason& reason : o.readiness_why) {
      Line("- " + Esc(ReadinessReasonText(in_.catalog, reason, w_)));
    }
    Line();
    const int applicable = o.controls_by_status[static_cast<int>(ControlStatus::kAssessed)] +
                           o.controls_by_status[static_cast<int>(ControlStatus::kNotAssessed)];
    std::optional<double> projected;
    for (const PhaseProjection& p : in_.roadmap.projection) {
      if (p.score) projected = p.score;
    }
    TableHead({Tr("Measure"), Tr("Value")});
    Row({Tr("Overall score"),
         o.score ? Tr("{score} of 100", {{"score", Score(*o.score)}}) : kNone});
    Row({Tr("Readiness"), ReadinessLabel(o.readiness, w_)});
    Row({Tr("Applicable controls"),
         Tr("{count} of {total}",
            {{"count", applicable}, {"total", in_.catalog.controls.size()}})});
    Row({Tr("Completion"),
         Tr("{percent}% of questions answered", {{"percent", Score(o.completion)}})});
    Row({Tr("\"Don't know\" answers"), std::to_string(o.answers.dont_know)});
    Row({Tr("Controls with a gap"), std::to_string(o.controls_with_gap)});
    Row({Tr("Controls to assess first"), std::to_string(in_.roadmap.assess_first.size())});
    Row({Tr("Score once the roadmap is done"), ScoreCell(projected)});
    if (in_.roadmap.items.empty()) return;
    Line();
    Line("### " + Tr("Top priorities"));
    Line();
    TableHead({Tr("Rank"), Tr("Control"), Tr("Title"), Tr("Phase"), Tr("Effort (person-days)")});
    for (size_t k = 0; k < in_.roadmap.items.size() && k < kTopPriorities; ++k) {
      const RoadmapItem& item = in_.roadmap.items[k];
      Row({std::to_string(item.rank), Esc(item.control_id), Esc(item.title),
           PhaseLabel(item.phase, w_), std::to_string(item.effort_days)});
    }
  }

  void Clauses() {
    Heading(Tr("Scores by clause"));
    TableHead({Tr("Clause"), Tr("Title"), Tr("Score"), Tr("Chart"), Tr("Scored controls")});
    for (size_t i = 0; i < in_.catalog.clauses.size() && i < in_.evaluation.clauses.size(); ++i) {
      const ClauseResult& r = in_.evaluation.clauses[i];
      if (r.applicable_controls == 0 && !r.score) continue;
      Row({std::to_string(r.number), Esc(in_.catalog.clauses[i].title), ScoreCell(r.score),
           Bar(r.score),
           Tr("{count} of {total}",
              {{"count", r.scored_controls}, {"total", r.applicable_controls}})});
    }
    Line();
    Line("### " + Tr("Maturity by control"));
    Line();
    Line(
        Tr("Maturity 0 to 5; ? not assessed yet; N/A not applicable; – not in scope for the "
           "role."));
    Line();
    TableHead({Tr("Clause"), Tr("Title"), Tr("Controls")});
    const std::string not_applicable = Tr("maturity-map|N/A");
    for (const Clause& clause : in_.catalog.clauses) {
      std::string cells;
      for (size_t i = 0; i < in_.catalog.controls.size() && i < in_.evaluation.controls.size();
           ++i) {
        if (ControlAt(i).clause != clause.number) continue;
        const ControlResult& r = in_.evaluation.controls[i];
        std::string value = "?";
        if (r.status == ControlStatus::kOutOfScope) value = "–";
        if (r.status == ControlStatus::kNotApplicable) value = not_applicable;
        if (r.status == ControlStatus::kAssessed && r.maturity) value = std::to_string(*r.maturity);
        cells += (cells.empty() ? "" : ", ") +
                 Tr("{control}: **{maturity}**",
                    {{"control", Esc(ControlAt(i).id)}, {"maturity", value}});
      }
      if (!cells.empty()) Row({std::to_string(clause.number), Esc(clause.title), cells});
    }
  }

  void Controls() {
    Heading(Tr("Controls"));
    TableHead({Tr("Control"), Tr("Title"), Tr("Status"), Tr("Score"), Tr("Maturity"), Tr("Target"),
               Tr("Gap"), Tr("Owner"), Tr("Due")});
    for (size_t i = 0; i < in_.catalog.controls.size() && i < in_.evaluation.controls.size(); ++i) {
      const ControlResult& r = in_.evaluation.controls[i];
      const ControlRecord* rec = in_.assessment.RecordFor(ControlAt(i).id);
      std::string maturity = r.maturity ? std::to_string(*r.maturity) : kNone;
      if (r.maturity_explicit) maturity = Tr("{maturity} (set)", {{"maturity", maturity}});
      Row({Esc(ControlAt(i).id), Esc(ControlAt(i).title), ControlStatusLabel(r.status, w_),
           ScoreCell(r.score), maturity, r.applicable() ? std::to_string(r.target) : kNone,
           r.maturity && r.applicable() ? std::to_string(r.gap) : kNone,
           rec ? OrNone(rec->owner) : kNone, rec ? DateOrNone(rec->due_date) : kNone});
    }
  }

  void RoadmapSection() {
    Heading(Tr("Roadmap"));
    if (in_.roadmap.items.empty()) {
      Line(Tr("No gaps: every assessed, applicable control meets its target."));
      return;
    }
    Line(
        Tr("Ranked by risk weight x gap per person-day, quick wins ({days} person-days or less) "
           "first, never before a control it depends on. Work is done in rank order at "
           "{capacity} person-days a month; each item is in the phase in which it would be "
           "finished.",
           {{"days", kQuickWinMaxDays}, {"capacity", in_.roadmap.capacity_days_per_month}}));
    for (const PhaseProjection& phase : in_.roadmap.projection) {
      if (phase.items == 0) continue;
      Line();
      Line("### " + Tr("{phase} ({items} items, {days} person-days)",
                       {{"phase", PhaseLabel(phase.phase, w_)},
                        {"items", phase.items},
                        {"days", phase.effort_days}}));
      Line();
      TableHead({Tr("Rank"), Tr("Control"), Tr("Title"), Tr("Gap"), Tr("Effort (person-days)"),
                 Tr("Score +"), Tr("Depends on"), Tr("Owner"), Tr("Due"), Tr("Why this rank")});
      for (const RoadmapItem& item : in_.roadmap.items) {
        if (item.phase != phase.phase) continue;
        Row({std::to_string(item.rank), Esc(item.control_id), Esc(item.title),
             item.is_step() ? Tr("stage {stage} step", {{"stage", item.stage}})
                            : Tr("{maturity} to {target}",
                                 {{"maturity", item.maturity}, {"target", item.target}}),
             std::to_string(item.effort_days), ScoreGain(item), JoinIds(item.depends_on),
             OrNone(item.owner), DateOrNone(item.due_date), Esc(Reason(item))});
      }
      Line();
      for (const RoadmapItem& item : in_.roadmap.items) {
        if (item.phase != phase.phase) continue;
        Line("- **" + Esc(item.control_id) + " " + Esc(item.title) + "**");
        if (!item.informed_by.empty()) {
          Line("  " +
               Tr("Informed by {controls} (advice; it does not wait for them)",
                  {{"controls", JoinIds(item.informed_by)}}) +
               ".");
        }
        int step = 0;
        for (std::string_view action : item.actions) {
          Line("  " + std::to_string(++step) + ". " + Esc(std::string(action)));
        }
      }
    }
  }

  void Projection() {
    Heading(Tr("Score projection"));
    TableHead({Tr("After"), Tr("Items done"), Tr("Projected overall score"), Tr("Chart")});
    Row({Tr("projection|now"), "0", ScoreCell(in_.roadmap.current_score),
         Bar(in_.roadmap.current_score)});
    int done = 0;
    for (const PhaseProjection& phase : in_.roadmap.projection) {
      done += phase.items;
      Row({PhaseLabel(phase.phase, w_), std::to_string(done), ScoreCell(phase.score),
           Bar(phase.score)});
    }
    Line();
    Line(Tr("A finished item is counted at its target: max(score, 20 x target)."));
  }

  void AssessFirst() {
    if (in_.roadmap.assess_first.empty()) return;
    Heading(Tr("Assess first"));
    Line(Tr("Applicable controls with no counted answer yet; they are not counted as gaps."));
    Line();
    for (size_t i : in_.roadmap.assess_first) {
      Line("- " + Esc(ControlAt(i).id) + " " + Esc(ControlAt(i).title));
    }
  }

  // Time to audit and the auditor's checklist (audit_plan.h); nothing without management steps.
  void AuditSection() {
    const AuditEstimate audit = EstimateAudit(in_.catalog, in_.evaluation, in_.roadmap, w_);
    if (!audit.available) return;
    Heading(Tr("Time to audit"));
    Line(
        Tr("ISO/IEC 27017 is certified as part of an ISO/IEC 27001 certification, in two audit "
           "stages. Profile: {isms}; {days} person-days a month.",
           {{"isms", IsmsStateWords(in_.assessment.profile.isms, w_)},
            {"days", in_.roadmap.capacity_days_per_month}}));
    Line();
    Line("- " +
         Tr("Earliest stage 1 audit (documentation and scope ready): **month {month}**. "
            "{reason}.",
            {{"month", audit.stage1_month}, {"reason", Esc(Capitalised(audit.stage1_reason))}}));
    Line("- " +
         Tr("Earliest stage 2 audit (controls operating, with records): **month {month}**. "
            "{reason}.",
            {{"month", audit.stage2_month}, {"reason", Esc(Capitalised(audit.stage2_reason))}}));
    if (in_.assessment.profile.mode == AssessmentMode::kQuick) {
      Line("- " + QuickScanRangeWords(
                      EstimateAuditRange(in_.catalog, in_.assessment, in_.evaluation, w_), w_));
    }
    Line();
    Heading(Tr("Audit readiness checklist"));
    Line(
        Tr("What a certification auditor will ask to see, from the management-system steps and "
           "the controls, with where this assessment stands."));
    const std::vector<ChecklistEntry> list =
        AuditChecklist(in_.catalog, in_.assessment, in_.evaluation, w_);
    for (int stage : {1, 2}) {
      Line();
      Line("### " + (stage == 1 ? Tr("Stage 1: documentation and readiness")
                                : Tr("Stage 2: controls operating, with records")));
      Line();
      TableHead({Tr("Step or control"), Tr("What to show"), Tr("Status")});
      for (const ChecklistEntry& entry : list) {
        if (entry.stage != stage) continue;
        Row({Esc(entry.source) + " " + Esc(entry.title), Esc(entry.evidence), entry.status});
      }
    }
  }

  // The first letter upper-case: ASCII, or a Latin-1 letter such as French
  // "é" (UTF-8 C3 A0 to C3 BE but C3 B7, the division sign).
  static std::string Capitalised(std::string text) {
    if (!text.empty() && text[0] >= 'a' && text[0] <= 'z') {
      text[0] = static_cast<char>(text[0] - 32);
    } else if (text.size() > 1 && text[0] == '\xC3' && text[1] >= '\xA0' && text[1] <= '\xBE' &&
               text[1] != '\xB7') {
      text[1] = static_cast<char>(text[1] - 32);
    }
    return text;
  }

  void Applicability() {
    Heading(Tr("Statement of Applicability"));
    Line(SoaScope(w_));
    Line();
    Line(
        Tr("Implementation status comes from maturity and target: Implemented at or above the "
           "target, Partially implemented above 0 but below it, Not implemented at 0, Not "
           "assessed with no counted answer yet."));
    Line();
    TableHead({Tr("Control"), Tr("Title"), Tr("Applicable"), Tr("Justification"),
               Tr("Implementation status"), "ISO/IEC 27002:2022", "NIST SP 800-53 Rev. 5"});
    for (const SoaEntry& entry :
         StatementOfApplicability(in_.catalog, in_.assessment, in_.evaluation, w_)) {
      const Control& c = ControlAt(entry.control_index);
      Row({Esc(c.id), Esc(c.title), entry.applicable, OrNone(entry.justification),
           entry.implementation, OrNone(entry.iso27002_2022), OrNone(entry.nist_800_53r5)});
    }
    bool any = false;
    for (const Control& c : in_.catalog.controls) {
      ForEachNotApplicableAnswer(in_.assessment, c, [&](const Question& q, const std::string& why) {
        if (!any) {
          Line();
          Line(Tr("Questions answered not applicable:"));
          Line();
          TableHead({Tr("Question"), Tr("Text"), Tr("Justification")});
          any = true;
        }
        Row({Esc(q.id), Esc(QuestionText(in_.assessment.profile, q)), Esc(why)});
      });
    }
  }

  void Rules() {
    Heading(Tr("How the score is calculated"));
    for (const std::string& rule : ScoringRules(in_.catalog, w_)) Line("- " + Esc(rule));
    Line();
    TableHead({Tr("Answer"), Tr("Meaning"), Tr("Credit")});
    for (const AnswerLevel& level : in_.catalog.answer_scale) {
      Row({Esc(level.label), Esc(level.description),
           level.value == "na" ? Tr("not counted") : Score(level.credit)});
    }
    Line();
    TableHead({Tr("Maturity"), Tr("Name"), Tr("What it looks like")});
    for (const MaturityLevel& level : in_.catalog.maturity_scale) {
      Row({std::to_string(level.level), Esc(level.label), Esc(level.description)});
    }
    Line();
    Line(Tr("For this assessment:"));
    Line();
    for (const std::string& line : ExplainOverall(in_.catalog, in_.evaluation, w_))
      Line("- " + Esc(line));
  }

  void About() {
    Heading(Tr("Engine and catalog"));
    Line("- " + Tr("CloudGap {version}, scoring model {model}.",
                   {{"version", EngineVersion()}, {"model", kScoringModel}}));
    Line("- " + Tr("Catalog {catalog} {catalog_version}, sha256 `{sha256}`.",
                   {{"catalog", Esc(in_.catalog.id)},
                    {"catalog_version", Esc(in_.catalog.version)},
                    {"sha256", Esc(in_.catalog.sha256)}}));
    const Assessment& a = in_.assessment;
    Line("- " +
         (a.catalog_sha256.empty()
              ? Tr("Recorded in the assessment: catalog {catalog} {catalog_version}.",
                   {{"catalog", Esc(a.catalog_id)}, {"catalog_version", Esc(a.catalog_version)}})
              : Tr("Recorded in the assessment: catalog {catalog} {catalog_version}, "
                   "sha256 `{sha256}`.",
                   {{"catalog", Esc(a.catalog_id)},
                    {"catalog_version", Esc(a.catalog_version)},
                    {"sha256", Esc(a.catalog_sha256)}})));
    Line("- " +
         Tr("The same assessment file, with the same CloudGap version and catalog, gives the "
            "same scores and this same report, byte for byte (`cloudgap report FILE "
            "--format md`)."));
  }

  const ReportInput& in_;
  const MessageCatalog& w_;  // The report's language: in_.words.
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
