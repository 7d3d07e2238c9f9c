#include "core/office/report_workbook.h"

#include "core/document/applicability.h"
#include "core/engine/audit_plan.h"
#include "core/engine/engine_version.h"
#include "core/engine/explain.h"
#include "core/engine/readiness.h"
#include "core/engine/scoring.h"
#include "core/engine/wording.h"
#include "core/report/report_markdown.h"
#include "core/text/score_format.h"

namespace cloudgap {
namespace {

using Row = std::vector<Cell>;

Column Narrow(std::string_view header, double width = 10) {
  return {std::string(header), width, false, false};
}
Column Wide(std::string_view header, double width = 48) {
  return {std::string(header), width, true, false};
}
Column Score(std::string_view header) {
  return {std::string(header), 9, false, true};
}

Cell Score(const std::optional<double>& score) {
  return score ? Cell::Number(RoundScore(*score)) : Cell();
}

Cell Int(int value) {
  return Cell::Number(static_cast<double>(value));
}

std::string Lines(const std::vector<std::string>& lines, const char* separator = "\n") {
  std::string text;
  for (const std::string& line : lines) text += (text.empty() ? "" : separator) + line;
  return text;
}

std::string NumberedActions(const std::vector<std::string_view>& actions) {
  std::string text;
  for (size_t i = 0; i < actions.size(); ++i) {
    text += (i == 0 ? "" : "\n") + std::to_string(i + 1) + ". " + std::string(actions[i]);
  }
  return text;
}

void Field(Sheet* sheet, std::string_view name, Cell value) {
  sheet->rows.push_back({Cell::Text(name), std::move(value)});
}

Sheet SummarySheet(const ReportInput& in, const ReportBrand& brand) {
  const MessageCatalog& w = in.words;
  const Catalog& catalog = in.catalog;
  const Assessment& a = in.assessment;
  const OverallResult& o = in.evaluation.overall;
  Sheet sheet{std::string(w.Tr("Summary")),
              {Narrow(w.Tr("summary|Item"), 34), Wide(w.Tr("Value"), 90)},
              {}};
  const std::string title =
      w.Tr("report-title|{catalog} {mode}",
           {{"catalog", CatalogTitle(catalog)}, {"mode", ModeLabel(a.profile.mode, w)}});
  Field(&sheet, w.Tr("Report"), Cell::Text(brand.product_name + " " + title));
  Field(&sheet, w.Tr("Organisation"), Cell::Text(OrganisationOrDefault(a.profile, w)));
  Field(&sheet, w.Tr("Role"), Cell::Text(RoleScopeWords(a.profile.role, w)));
  Field(&sheet, w.Tr("Service models"), Cell::Text(ServicesLabel(a.profile)));
  Field(&sheet, w.Tr("Management system"), Cell::Text(IsmsStateWords(a.profile.isms, w)));
  if (a.profile.upstream_infrastructure) {
    Field(&sheet, w.Tr("Infrastructure"),
          Cell::Text(w.Tr("runs on another provider's infrastructure")));
  }
  Field(&sheet, w.Tr("Created"), Cell::Date(DateOf(a.created_at)));
  Field(&sheet, w.Tr("Last changed"), Cell::Date(DateOf(a.updated_at)));
  Field(&sheet, w.Tr("Overall score (0-100)"), Score(o.score));
  Field(&sheet, w.Tr("summary|Readiness"), Cell::Text(ReadinessLabel(o.readiness, w)));
  for (size_t i = 0; i < o.readiness_why.size(); ++i) {
    Field(&sheet, w.Tr("Readiness reason {n}", {{"n", i + 1}}),
          Cell::Text(ReadinessReasonText(catalog, o.readiness_why[i], w)));
  }
  Field(&sheet, w.Tr("Completion (%)"), Cell::Number(RoundScore(o.completion)));
  Field(&sheet, w.Tr("Controls with a gap"), Int(o.controls_with_gap));
  Field(&sheet, w.Tr("Questions asked"), Int(o.answers.asked));
  Field(&sheet, w.Tr("Answered yes"), Int(o.answers.yes));
  Field(&sheet, w.Tr("Answered partly"), Int(o.answers.partly));
  Field(&sheet, w.Tr("Answered no"), Int(o.answers.no));
  Field(&sheet, w.Tr("Answered don't know"), Int(o.answers.dont_know));
  Field(&sheet, w.Tr("Answered not applicable"), Int(o.answers.na));
  Field(&sheet, w.Tr("Unanswered"), Int(o.answers.unanswered));
  Field(&sheet, w.Tr("Target maturity"), Int(a.profile.target_maturity));
  Field(&sheet, w.Tr("Capacity (person-days a month)"), Int(a.profile.capacity_days_per_month));
  Field(&sheet, w.Tr("Roadmap items"), Int(static_cast<int>(in.roadmap.items.size())));
  const AuditEstimate audit = EstimateAudit(catalog, in.evaluation, in.roadmap, w);
  if (audit.available) {
    Field(&sheet, w.Tr("Certification audit stage 1 (month)"), Int(audit.stage1_month));
    Field(&sheet, w.Tr("Certification audit stage 2 (month)"), Int(audit.stage2_month));
    Field(&sheet, w.Tr("Stage 1 estimate"), Cell::Text(audit.stage1_reason));
    Field(&sheet, w.Tr("Stage 2 estimate"), Cell::Text(audit.stage2_reason));
  }
  const std::vector<std::string> why = ExplainOverall(catalog, in.evaluation, w);
  for (size_t i = 0; i < why.size(); ++i) {
    Field(&sheet, w.Tr("Why {n}", {{"n", i + 1}}), Cell::Text(why[i]));
  }
  const std::vector<std::string> rules = ScoringRules(catalog, w);
  for (size_t i = 0; i < rules.size(); ++i) {
    Field(&sheet, w.Tr("Method {n}", {{"n", i + 1}}), Cell::Text(rules[i]));
  }
  Field(&sheet, w.Tr("Engine"),
        Cell::Text(std::string(EngineVersion()) + " (" + kScoringModel + ")"));
  Field(&sheet, w.Tr("Catalog"), Cell::Text(catalog.id + " " + catalog.version));
  Field(&sheet, w.Tr("Catalog SHA-256"), Cell::Text(catalog.sha256));
  return sheet;
}

Sheet ControlsSheet(const ReportInput& in) {
  const MessageCatalog& w = in.words;
  const Catalog& catalog = in.catalog;
  Sheet sheet{std::string(w.Tr("Controls")),
              {Narrow(w.Tr("Control"), 12),
               Wide(w.Tr("Title"), 36),
               Narrow(w.Tr("Clause"), 7),
               Narrow(w.Tr("Applicable"), 12),
               Narrow(w.Tr("Status"), 16),
               Score(w.Tr("Score")),
               Narrow(w.Tr("Maturity"), 9),
               Narrow(w.Tr("Maturity source"), 16),
               Narrow(w.Tr("Target"), 8),
               Narrow(w.Tr("Gap"), 6),
               Narrow(w.Tr("Risk weight"), 8),
               Narrow(w.Tr("Questions asked"), 9),
               Narrow(w.Tr("answer|Yes"), 6),
               Narrow(w.Tr("answer|Partly"), 7),
               Narrow(w.Tr("answer|No"), 6),
               Narrow(w.Tr("answer|Don't know"), 8),
               Narrow(w.Tr("answer|N/A"), 6),
               Narrow(w.Tr("Unanswered"), 10),
               Wide(w.Tr("N/A justification"), 36),
               Wide(w.Tr("Questions answered N/A"), 36),
               Narrow(w.Tr("Owner"), 16),
               Narrow(w.Tr("Due date"), 11),
               Wide(w.Tr("Notes"), 40),
               Wide(w.Tr("Evidence"), 40),
               Narrow("ISO/IEC 27002:2022", 14),
               Narrow("NIST SP 800-53 Rev. 5", 18),
               Wide(w.Tr("Why"), 60)},
              {}};
  for (size_t i = 0; i < catalog.controls.size() && i < in.evaluation.controls.size(); ++i) {
    const Control& c = catalog.controls[i];
    const ControlResult& r = in.evaluation.controls[i];
    const ControlRecord* record = in.assessment.RecordFor(c.id);
    std::vector<std::string> na_questions;
    ForEachNotApplicableAnswer(in.assessment, c, [&](const Question& q, const std::string& why) {
      na_questions.push_back(w.Tr("{question}: {why}", {{"question", q.id}, {"why", why}}));
    });
    const std::optional<int> gap = r.maturity ? std::optional<int>(r.gap) : std::nullopt;
    sheet.rows.push_back({
        Cell::Text(c.id),
        Cell::Text(c.title),
        Int(c.clause),
        Cell::Text(ApplicableLabel(r, w)),
        Cell::Text(ControlStatusLabel(r.status, w)),
        Score(r.score),
        Cell::Number(r.maturity),
        Cell::Text(r.maturity_explicit ? w.Tr("set by hand")
                   : r.maturity        ? w.Tr("from the answers")
                                       : ""),
        r.applicable() ? Int(r.target) : Cell(),
        Cell::Number(gap),
        Int(r.weight),
        Int(r.answers.asked),
        Int(r.answers.yes),
        Int(r.answers.partly),
        Int(r.answers.no),
        Int(r.answers.dont_know),
        Int(r.answers.na),
        Int(r.answers.unanswered),
        Cell::Text(record && record->not_applicable ? record->justification : ""),
        Cell::Text(Lines(na_questions, "; ")),
        Cell::Text(record ? record->owner : ""),
        Cell::Date(record ? record->due_date : ""),
        Cell::Text(record ? record->notes : ""),
        Cell::Text(record ? EvidenceLine(record->evidence) : ""),
        Cell::Text(Iso27002List(c, w)),
        Cell::Text(NistList(c)),
        Cell::Text(Lines(ExplainControl(catalog, in.assessment, in.evaluation, i, w))),
    });
  }
  return sheet;
}

Sheet QuestionsSheet(const ReportInput& in) {
  const MessageCatalog& w = in.words;
  const Catalog& catalog = in.catalog;
  const Profile& profile = in.assessment.profile;
  Sheet sheet{
      std::string(w.Tr("Questions")),
      {Narrow(w.Tr("Control"), 12), Narrow(w.Tr("Question"), 14), Wide(w.Tr("Text"), 60),
       Narrow(w.Tr("Answer"), 14), Wide(w.Tr("N/A justification"), 36), Narrow(w.Tr("Owner"), 16),
       Narrow(w.Tr("Due date"), 11), Wide(w.Tr("Control notes"), 40), Wide(w.Tr("Evidence"), 40)},
      {}};
  for (const Control& c : catalog.controls) {
    if (!ControlAppliesToProfile(profile, c)) continue;
    const ControlRecord* record = in.assessment.RecordFor(c.id);
    ForEachAskedQuestion(profile, c, [&](const Question& q) {
      const auto answer = in.assessment.answers.find(q.id);
      const QuestionAnswer given =
          answer == in.assessment.answers.end() ? QuestionAnswer{} : answer->second;
      sheet.rows.push_back({
          Cell::Text(c.id),
          Cell::Text(q.id),
          Cell::Text(QuestionText(profile, q)),
          Cell::Text(AnswerLabel(catalog, given.answer, w)),
          Cell::Text(given.justification),
          Cell::Text(record ? record->owner : ""),
          Cell::Date(record ? record->due_date : ""),
          Cell::Text(record ? record->notes : ""),
          Cell::Text(record ? EvidenceLine(record->evidence) : ""),
      });
    });
  }
  return sheet;
}

Sheet RoadmapSheet(const ReportInput& in) {
  const MessageCatalog& w = in.words;
  Sheet sheet{std::string(w.Tr("Roadmap")),
              {Narrow(w.Tr("Rank"), 6),
               Narrow(w.Tr("roadmap|Item"), 12),
               Wide(w.Tr("Title"), 36),
               Narrow(w.Tr("Kind"), 12),
               Narrow(w.Tr("Phase"), 6),
               Narrow(w.Tr("Phase label"), 12),
               Narrow(w.Tr("Maturity"), 9),
               Narrow(w.Tr("Target"), 8),
               Narrow(w.Tr("Gap"), 6),
               Narrow(w.Tr("Risk weight"), 8),
               Narrow(w.Tr("Urgency"), 8),
               Narrow(w.Tr("Effort (person-days)"), 10),
               Narrow(w.Tr("Score gain (points)"), 10),
               Narrow(w.Tr("Quick win"), 8),
               Narrow(w.Tr("Done after (person-days)"), 11),
               Narrow(w.Tr("Depends on"), 16),
               Narrow(w.Tr("Unblocks"), 16),
               Narrow(w.Tr("Dependencies not assessed"), 16),
               Narrow(w.Tr("Informed by"), 16),
               Narrow(w.Tr("Owner"), 16),
               Narrow(w.Tr("Due date"), 11),
               Wide(w.Tr("Reason"), 50),
               Wide(w.Tr("Actions"), 70)},
              {}};
  for (const RoadmapItem& item : in.roadmap.items) {
    sheet.rows.push_back({
        Int(item.rank),
        Cell::Text(item.control_id),
        Cell::Text(item.title),
        Cell::Text(item.is_step() ? w.Tr("certification step") : w.Tr("control")),
        Int(static_cast<int>(item.phase)),
        Cell::Text(PhaseLabel(item.phase, w)),
        Int(item.maturity),
        Int(item.target),
        Int(item.gap),
        Int(item.risk_weight),
        Int(item.urgency),
        Int(item.effort_days),
        Cell::Number(RoundScore(item.score_gain)),
        Cell::Text(item.quick_win ? w.Tr("Yes") : ""),
        Int(item.finished_after_days),
        Cell::Text(Lines(item.depends_on, ", ")),
        Cell::Text(Lines(item.unblocks, ", ")),
        Cell::Text(Lines(item.unassessed_dependencies, ", ")),
        Cell::Text(Lines(item.informed_by, ", ")),
        Cell::Text(item.owner),
        Cell::Date(item.due_date),
        Cell::Text(item.reason),
        Cell::Text(NumberedActions(item.actions)),
    });
  }
  return sheet;
}

Sheet SoaSheet(const ReportInput& in) {
  const MessageCatalog& w = in.words;
  Sheet sheet{std::string(w.Tr("sheet|SoA")),
              {Narrow(w.Tr("Control"), 12), Wide(w.Tr("Title"), 36), Narrow(w.Tr("Applicable"), 12),
               Wide(w.Tr("Justification"), 60), Narrow(w.Tr("Implementation status"), 22),
               Narrow("ISO/IEC 27002:2022", 14), Narrow("NIST SP 800-53 Rev. 5", 18),
               Narrow(w.Tr("Maturity"), 9), Narrow(w.Tr("Target"), 8)},
              {}};
  for (const SoaEntry& entry :
       StatementOfApplicability(in.catalog, in.assessment, in.evaluation, w)) {
    const Control& c = in.catalog.controls[entry.control_index];
    const ControlResult& r = in.evaluation.controls[entry.control_index];
    sheet.rows.push_back({Cell::Text(c.id), Cell::Text(c.title), Cell::Text(entry.applicable),
                          Cell::Text(entry.justification), Cell::Text(entry.implementation),
                          Cell::Text(entry.iso27002_2022), Cell::Text(entry.nist_800_53r5),
                          r.applicable() ? Cell::Number(r.maturity) : Cell(),
                          r.applicable() ? Int(r.target) : Cell()});
  }
  return sheet;
}

Sheet ProjectionSheet(const ReportInput& in) {
  const MessageCatalog& w = in.words;
  Sheet sheet{std::string(w.Tr("Projection")),
              {Narrow(w.Tr("Phase"), 6), Narrow(w.Tr("Label"), 14), Narrow(w.Tr("Items"), 7),
               Narrow(w.Tr("Effort (person-days)"), 11), Score(w.Tr("Score after"))},
              {}};
  sheet.rows.push_back(
      {Cell(), Cell::Text(w.Tr("today")), Cell(), Cell(), Score(in.roadmap.current_score)});
  for (const PhaseProjection& p : in.roadmap.projection) {
    sheet.rows.push_back({Int(static_cast<int>(p.phase)), Cell::Text(PhaseLabel(p.phase, w)),
                          Int(p.items), Int(p.effort_days), Score(p.score)});
  }
  return sheet;
}

Sheet ChecklistSheet(const ReportInput& in) {
  const MessageCatalog& w = in.words;
  Sheet sheet{std::string(w.Tr("Audit checklist")),
              {Narrow(w.Tr("Stage"), 6), Narrow(w.Tr("Source"), 12), Wide(w.Tr("Title"), 36),
               Wide(w.Tr("Evidence"), 60), Narrow(w.Tr("Status"), 22), Narrow(w.Tr("Ready"), 7)},
              {}};
  for (const ChecklistEntry& e : AuditChecklist(in.catalog, in.assessment, in.evaluation, w)) {
    sheet.rows.push_back({Int(e.stage), Cell::Text(e.source), Cell::Text(e.title),
                          Cell::Text(e.evidence), Cell::Text(e.status),
                          Cell::Text(e.ready ? w.Tr("Yes") : w.Tr("No"))});
  }
  return sheet;
}

}  // namespace

Workbook ReportWorkbook(const ReportInput& input, const ReportBrand& brand) {
  Workbook book;
  book.title = input.words.Tr(
      "{organisation}: {catalog} {mode}",
      {{"organisation", OrganisationOrDefault(input.assessment.profile, input.words)},
       {"catalog", CatalogTitle(input.catalog)},
       {"mode", ModeLabel(input.assessment.profile.mode, input.words)}});
  book.creator = brand.product_name;
  book.modified_at = input.assessment.updated_at;
  book.accent_rgb = brand.accent_rgb;
  book.logo_png = brand.logo_png;
  book.sheets.push_back(SummarySheet(input, brand));
  book.sheets.push_back(ControlsSheet(input));
  book.sheets.push_back(QuestionsSheet(input));
  book.sheets.push_back(RoadmapSheet(input));
  book.sheets.push_back(SoaSheet(input));
  book.sheets.push_back(ProjectionSheet(input));
  if (EstimateAudit(input.catalog, input.evaluation, input.roadmap, input.words).available) {
    book.sheets.push_back(ChecklistSheet(input));
  }
  return book;
}

}  // namespace cloudgap
