#include "core/report/report_csv.h"

#include <vector>

#include "core/engine/audit_plan.h"
#include "core/engine/engine_version.h"
#include "core/engine/report_input.h"
#include "core/engine/scoring.h"
#include "core/engine/wording.h"
#include "core/text/csv_writer.h"
#include "core/text/score_format.h"

namespace cloudgap {
namespace {

using Cells = std::vector<std::string>;

void AppendEngineHeader(Cells* cells) {
  cells->insert(cells->end(), {"CloudGap version", "Catalog", "Catalog SHA-256"});
}

void AppendEngineCells(const Catalog& catalog, Cells* cells) {
  cells->insert(cells->end(), {std::string(EngineVersion()) + " (" + kScoringModel + ")",
                               catalog.id + " " + catalog.version, catalog.sha256});
}

std::string Number(const std::optional<int>& value) {
  return value ? std::to_string(*value) : "";
}

std::string Joined(const std::vector<std::string>& items, const char* separator) {
  std::string text;
  for (const std::string& item : items) text += (text.empty() ? "" : separator) + item;
  return text;
}

std::string NumberedActions(const std::vector<std::string_view>& actions) {
  std::string text;
  for (size_t i = 0; i < actions.size(); ++i) {
    text += (i == 0 ? "" : "\n") + std::to_string(i + 1) + ". ";
    text += actions[i];
  }
  return text;
}

}  // namespace

std::string RenderFindingsCsv(const ReportInput& input) {
  const Catalog& catalog = input.catalog;
  const Assessment& assessment = input.assessment;
  const Evaluation& evaluation = input.evaluation;
  const Roadmap& roadmap = input.roadmap;
  CsvWriter csv;
  Cells header = {"Control",
                  "Title",
                  "Clause",
                  "Applicable",
                  "Status",
                  "Score",
                  "Maturity",
                  "Maturity source",
                  "Target",
                  "Gap",
                  "Implementation status",
                  "Risk weight",
                  "Roadmap rank",
                  "Phase",
                  "Effort (person-days)",
                  "Depends on",
                  "Owner",
                  "Due date",
                  "Notes",
                  "Evidence",
                  "N/A justification",
                  "ISO/IEC 27002:2022",
                  "Actions"};
  AppendEngineHeader(&header);
  csv.Row(header);
  const ReportInput in(input);
  const std::vector<SoaEntry> soa = StatementOfApplicability(catalog, assessment, evaluation);
  for (size_t i = 0; i < catalog.controls.size() && i < evaluation.controls.size(); ++i) {
    const Control& c = catalog.controls[i];
    const ControlResult& r = evaluation.controls[i];
    const ControlRecord* record = assessment.RecordFor(c.id);
    const RoadmapItem* item = in.item_for_control[i];
    const bool known = r.applicable() && r.maturity.has_value();
    Cells row = {
        c.id,
        c.title,
        std::to_string(c.clause),
        soa[i].applicable,
        ControlStatusLabel(r.status),
        r.score ? FormatScore(*r.score) : "",
        Number(r.maturity),
        r.maturity_explicit ? "set by hand"
        : r.maturity        ? "from the answers"
                            : "",
        r.applicable() ? std::to_string(r.target) : "",
        known ? std::to_string(r.gap) : "",
        soa[i].implementation,
        std::to_string(r.weight),
        item ? std::to_string(item->rank) : "",
        item ? PhaseLabel(item->phase) : "",
        item ? std::to_string(item->effort_days) : "",
        item ? Joined(item->depends_on, ", ") : "",
        record ? record->owner : "",
        record ? record->due_date : "",
        record ? record->notes : "",
        record ? EvidenceLine(record->evidence) : "",
        r.status == ControlStatus::kOutOfScope ? "" : soa[i].justification,
        soa[i].iso27002_2022,
        item ? NumberedActions(item->actions) : "",
    };
    AppendEngineCells(catalog, &row);
    csv.Row(row);
  }
  // The management-system steps still to do, after the controls: roadmap rows
  // without a score. The Notes column carries the audit estimate's reason.
  const AuditEstimate audit = EstimateAudit(catalog, evaluation, roadmap);
  for (const RoadmapItem& item : roadmap.items) {
    if (!item.is_step()) continue;
    Cells row = {item.control_id,
                 std::string(item.title),
                 "",
                 "Yes",
                 "certification step (stage " + std::to_string(item.stage) + " audit)",
                 "",
                 "",
                 "",
                 "",
                 "",
                 "To do",
                 "",
                 std::to_string(item.rank),
                 PhaseLabel(item.phase),
                 std::to_string(item.effort_days),
                 Joined(item.depends_on, ", "),
                 "",
                 "",
                 item.stage == 1 ? audit.stage1_reason : audit.stage2_reason,
                 "",
                 "",
                 "",
                 NumberedActions(item.actions)};
    AppendEngineCells(catalog, &row);
    csv.Row(row);
  }
  return csv.Text();
}

std::string RenderSoaCsv(const Catalog& catalog, const Assessment& assessment,
                         const Evaluation& evaluation) {
  CsvWriter csv;
  Cells header = {"Control",
                  "Title",
                  "Applicable",
                  "Justification",
                  "Implementation status",
                  "ISO/IEC 27002:2022",
                  "NIST SP 800-53 Rev. 5 (via ISO/IEC 27001:2022)",
                  "Maturity",
                  "Target"};
  AppendEngineHeader(&header);
  csv.Row(header);
  for (const SoaEntry& entry : StatementOfApplicability(catalog, assessment, evaluation)) {
    const Control& c = catalog.controls[entry.control_index];
    const ControlResult& r = evaluation.controls[entry.control_index];
    Cells row = {c.id,
                 c.title,
                 entry.applicable,
                 entry.justification,
                 entry.implementation,
                 entry.iso27002_2022,
                 entry.nist_800_53r5,
                 r.applicable() ? Number(r.maturity) : "",
                 r.applicable() ? std::to_string(r.target) : ""};
    AppendEngineCells(catalog, &row);
    csv.Row(row);
  }
  return csv.Text();
}

}  // namespace cloudgap
