#include "core/office/report_workbook.h"

#include "core/document/applicability.h"
#include "core/engine/audit_plan.h"
#include "core/engine/engine_version.h"
#include "core/engine/explain.h"
#include "core/engine/readiness.h"
#include "core/engine/scoring.h"
#include "core/engine/wording.h"
#include "core/text/score_format.h"

namespace cloudgap {
namespace {

using Row = std::vector<Cell>;

Column Narrow(const char* header, double width = 10) {
  return {header, width, false, false};
}
Column Wide(const char* header, double width = 48) {
  return {header, width, true, false};
}
Column Score(const char* header) {
  return {header, 9, false, true};
}

Cell Score(const std::optional<double>& score) {
  return score ? Cell::Number(RoundScore(*score)) : Cell();
}

Cell Int(int value) {
  return Cell::Number(static_cast<double>(value));
}

Cell YesOrBlank(bool yes) {
  return Cell::Text(yes ? "Yes" : "");
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

void Field(Sheet* sheet, const std::string& name, Cell value) {
  sheet->rows.push_back({Cell::Text(name), std::move(value)});
}

Sheet SummarySheet(const ReportInput& in, const ReportBrand& brand) {
  const Catalog& catalog = in.catalog;
  const Assessment& a = in.assessment;
  const OverallResult& o = in.evaluation.overall;
  Sheet sheet{"Summary", {Narrow("Item", 34), Wide("Value", 90)}, {}};
  Field(&sheet, "Report",
        Cell::Text(brand.product_name + " " + CatalogTitle(catalog) + " " +
                   ModeLabel(a.profile.mode)));
  Field(&sheet, "Organisation", Cell::Text(OrganisationOrDefault(a.profile)));
  Field(&sheet, "Role", Cell::Text(RoleScopeLabel(a.profile.role)));
  Field(&sheet, "Service models", Cell::Text(ServicesLabel(a.profile)));
  Field(&sheet, "Management system", Cell::Text(IsmsStateLabel(a.profile.isms)));
  if (a.profile.upstream_infrastructure) {
    Field(&sheet, "Infrastructure", Cell::Text("runs on another provider's infrastructure"));
  }
  Field(&sheet, "Created", Cell::Date(DateOf(a.created_at)));
  Field(&sheet, "Last changed", Cell::Date(DateOf(a.updated_at)));
  Field(&sheet, "Overall score (0-100)", Score(o.score));
  Field(&sheet, "Readiness", Cell::Text(ReadinessLabel(o.readiness)));
  for (size_t i = 0; i < o.readiness_reasons.size(); ++i) {
    Field(&sheet, "Readiness reason " + std::to_string(i + 1), Cell::Text(o.readiness_reasons[i]));
  }
  Field(&sheet, "Completion (%)", Cell::Number(RoundScore(o.completion)));
  Field(&sheet, "Controls with a gap", Int(o.controls_with_gap));
  Field(&sheet, "Questions asked", Int(o.answers.asked));
  Field(&sheet, "Answered yes", Int(o.answers.yes));
  Field(&sheet, "Answered partly", Int(o.answers.partly));
  Field(&sheet, "Answered no", Int(o.answers.no));
  Field(&sheet, "Answered don't know", Int(o.answers.dont_know));
  Field(&sheet, "Answered not applicable", Int(o.answers.na));
  Field(&sheet, "Unanswered", Int(o.answers.unanswered));
  Field(&sheet, "Target maturity", Int(a.profile.target_maturity));
  Field(&sheet, "Capacity (person-days a month)", Int(a.profile.capacity_days_per_month));
  Field(&sheet, "Roadmap items", Int(static_cast<int>(in.roadmap.items.size())));
  const AuditEstimate audit = EstimateAudit(catalog, in.evaluation, in.roadmap);
  if (audit.available) {
    Field(&sheet, "Certification audit stage 1 (month)", Int(audit.stage1_month));
    Field(&sheet, "Certification audit stage 2 (month)", Int(audit.stage2_month));
    Field(&sheet, "Stage 1 estimate", Cell::Text(audit.stage1_reason));
    Field(&sheet, "Stage 2 estimate", Cell::Text(audit.stage2_reason));
  }
  const std::vector<std::string> why = ExplainOverall(catalog, in.evaluation);
  for (size_t i = 0; i < why.size(); ++i) {
    Field(&sheet, "Why " + std::to_string(i + 1), Cell::Text(why[i]));
  }
  const std::vector<std::string> rules = ScoringRules(catalog);
  for (size_t i = 0; i < rules.size(); ++i) {
    Field(&sheet, "Method " + std::to_string(i + 1), Cell::Text(rules[i]));
  }
  Field(&sheet, "Engine", Cell::Text(std::string(EngineVersion()) + " (" + kScoringModel + ")"));
  Field(&sheet, "Catalog", Cell::Text(catalog.id + " " + catalog.version));
  Field(&sheet, "Catalog SHA-256", Cell::Text(catalog.sha256));
  return sheet;
}

Sheet ControlsSheet(const ReportInput& in) {
  const Catalog& catalog = in.catalog;
  Sheet sheet{"Controls",
              {Narrow("Control", 12),
               Wide("Title", 36),
               Narrow("Clause", 7),
               Narrow("Applicable", 12),
               Narrow("Status", 16),
               Score("Score"),
               Narrow("Maturity", 9),
               Narrow("Maturity source", 16),
               Narrow("Target", 8),
               Narrow("Gap", 6),
               Narrow("Risk weight", 8),
               Narrow("Questions asked", 9),
               Narrow("Yes", 6),
               Narrow("Partly", 7),
               Narrow("No", 6),
               Narrow("Don't know", 8),
               Narrow("N/A", 6),
               Narrow("Unanswered", 10),
               Wide("N/A justification", 36),
               Wide("Questions answered N/A", 36),
               Narrow("Owner", 16),
               Narrow("Due date", 11),
               Wide("Notes", 40),
               Wide("Evidence", 40),
               Narrow("ISO/IEC 27002:2022", 14),
               Narrow("NIST SP 800-53 Rev. 5", 18),
               Wide("Why", 60)},
              {}};
  for (size_t i = 0; i < catalog.controls.size() && i < in.evaluation.controls.size(); ++i) {
    const Control& c = catalog.controls[i];
    const ControlResult& r = in.evaluation.controls[i];
    const ControlRecord* record = in.assessment.RecordFor(c.id);
    std::vector<std::string> na_questions;
    ForEachNotApplicableAnswer(in.assessment, c, [&](const Question& q, const std::string& why) {
      na_questions.push_back(q.id + ": " + why);
    });
    const std::optional<int> gap = r.maturity ? std::optional<int>(r.gap) : std::nullopt;
    sheet.rows.push_back({
        Cell::Text(c.id),
        Cell::Text(c.title),
        Int(c.clause),
        Cell::Text(ApplicableLabel(r)),
        Cell::Text(ControlStatusLabel(r.status)),
        Score(r.score),
        Cell::Number(r.maturity),
        Cell::Text(r.maturity_explicit ? "set by hand"
                   : r.maturity        ? "from the answers"
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
        Cell::Text(Iso27002List(c)),
        Cell::Text(NistList(c)),
        Cell::Text(Lines(ExplainControl(catalog, in.assessment, in.evaluation, i))),
    });
  }
  return sheet;
}

Sheet QuestionsSheet(const ReportInput& in) {
  const Catalog& catalog = in.catalog;
  const Profile& profile = in.assessment.profile;
  Sheet sheet{"Questions",
              {Narrow("Control", 12), Narrow("Question", 14), Wide("Text", 60),
               Narrow("Answer", 14), Wide("N/A justification", 36), Narrow("Owner", 16),
               Narrow("Due date", 11), Wide("Control notes", 40), Wide("Evidence", 40)},
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
          Cell::Text(AnswerLabel(catalog, given.answer)),
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
  Sheet sheet{"Roadmap",
              {Narrow("Rank", 6),
               Narrow("Item", 12),
               Wide("Title", 36),
               Narrow("Kind", 12),
               Narrow("Phase", 6),
               Narrow("Phase label", 12),
               Narrow("Maturity", 9),
               Narrow("Target", 8),
               Narrow("Gap", 6),
               Narrow("Risk weight", 8),
               Narrow("Urgency", 8),
               Narrow("Effort (person-days)", 10),
               Narrow("Score gain (points)", 10),
               Narrow("Quick win", 8),
               Narrow("Done after (person-days)", 11),
               Narrow("Depends on", 16),
               Narrow("Unblocks", 16),
               Narrow("Dependencies not assessed", 16),
               Narrow("Informed by", 16),
               Narrow("Owner", 16),
               Narrow("Due date", 11),
               Wide("Reason", 50),
               Wide("Actions", 70)},
              {}};
  for (const RoadmapItem& item : in.roadmap.items) {
    sheet.rows.push_back({
        Int(item.rank),
        Cell::Text(item.control_id),
        Cell::Text(item.title),
        Cell::Text(item.is_step() ? "certification step" : "control"),
        Int(static_cast<int>(item.phase)),
        Cell::Text(PhaseLabel(item.phase)),
        Int(item.maturity),
        Int(item.target),
        Int(item.gap),
        Int(item.risk_weight),
        Int(item.urgency),
        Int(item.effort_days),
        Cell::Number(RoundScore(item.score_gain)),
        YesOrBlank(item.quick_win),
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
  Sheet sheet{"SoA",
              {Narrow("Control", 12), Wide("Title", 36), Narrow("Applicable", 12),
               Wide("Justification", 60), Narrow("Implementation status", 22),
               Narrow("ISO/IEC 27002:2022", 14), Narrow("NIST SP 800-53 Rev. 5", 18),
               Narrow("Maturity", 9), Narrow("Target", 8)},
              {}};
  for (const SoaEntry& entry : StatementOfApplicability(in.catalog, in.assessment, in.evaluation)) {
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
  Sheet sheet{"Projection",
              {Narrow("Phase", 6), Narrow("Label", 14), Narrow("Items", 7),
               Narrow("Effort (person-days)", 11), Score("Score after")},
              {}};
  sheet.rows.push_back(
      {Cell(), Cell::Text("today"), Cell(), Cell(), Score(in.roadmap.current_score)});
  for (const PhaseProjection& p : in.roadmap.projection) {
    sheet.rows.push_back({Int(static_cast<int>(p.phase)), Cell::Text(PhaseLabel(p.phase)),
                          Int(p.items), Int(p.effort_days), Score(p.score)});
  }
  return sheet;
}

Sheet ChecklistSheet(const ReportInput& in) {
  Sheet sheet{"Audit checklist",
              {Narrow("Stage", 6), Narrow("Source", 12), Wide("Title", 36), Wide("Evidence", 60),
               Narrow("Status", 22), Narrow("Ready", 7)},
              {}};
  for (const ChecklistEntry& e : AuditChecklist(in.catalog, in.assessment, in.evaluation)) {
    sheet.rows.push_back({Int(e.stage), Cell::Text(e.source), Cell::Text(e.title),
                          Cell::Text(e.evidence), Cell::Text(e.status),
                          Cell::Text(e.ready ? "Yes" : "No")});
  }
  return sheet;
}

}  // namespace

Workbook ReportWorkbook(const ReportInput& input, const ReportBrand& brand) {
  Workbook book;
  book.title = OrganisationOrDefault(input.assessment.profile) + ": " +
               CatalogTitle(input.catalog) + " " + ModeLabel(input.assessment.profile.mode);
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
  if (EstimateAudit(input.catalog, input.evaluation, input.roadmap).available) {
    book.sheets.push_back(ChecklistSheet(input));
  }
  return book;
}

}  // namespace cloudgap
