// The "Findings per control" section of the Markdown report (report_markdown.h).
#include <vector>

#include "core/document/applicability.h"
#include "core/engine/explain.h"
#include "core/engine/wording.h"
#include "core/report/report_markdown.h"
#include "core/text/markdown_escape.h"
#include "core/text/score_format.h"
#include "core/text/text_clean.h"

namespace cloudgap {
namespace {

std::string Esc(const std::string& text) {
  return MarkdownText(text);
}

void Block(const Catalog& catalog, const Assessment& a, const Evaluation& e, size_t i,
           const RoadmapItem* item, std::string* out) {
  const Control& c = catalog.controls[i];
  const ControlResult& r = e.controls[i];
  const ControlRecord* record = a.RecordFor(c.id);
  *out += "#### " + Esc(c.id) + " " + Esc(c.title) + ": " +
          ImplementationLabel(ImplementationOf(r)) + "\n\n";
  if (r.applicable() && !c.risk_rationale.empty())
    *out += "- Risk: " + Esc(c.risk_rationale) + "\n";
  if (r.applicable()) *out += std::string("- ") + GuidanceBasis(a.profile, c) + "\n";
  if (!c.iso27002_2022.empty()) *out += "- ISO/IEC 27002:2022: " + Esc(Iso27002List(c)) + "\n";
  if (!c.nist_800_53r5.empty()) {
    *out += "- NIST SP 800-53 Rev. 5 (via ISO/IEC 27001:2022): " + Esc(NistList(c)) + "\n";
  }
  if (item) {
    *out += "- Roadmap: rank " + std::to_string(item->rank) + ", " + PhaseLabel(item->phase) +
            ", " + std::to_string(item->effort_days) + " person-days\n";
  }
  if (record && !record->owner.empty()) *out += "- Owner: " + Esc(record->owner) + "\n";
  if (record && !record->due_date.empty()) *out += "- Due date: " + Esc(record->due_date) + "\n";
  if (record && (record->status || !record->reviewer.empty())) {
    *out += "- Review: " + Esc(ReviewText(*record)) + "\n";
  }
  if (record && !record->answered_by.empty()) {
    *out += "- Answered by: " + Esc(NameList(record->answered_by)) + "\n";
  }
  for (const std::string& line : ExplainControl(catalog, a, e, i)) *out += "- " + Esc(line) + "\n";
  if (record && !record->notes.empty()) *out += "- Notes: " + Esc(record->notes) + "\n";
  if (record) {
    for (const EvidenceRef& ev : record->evidence) {
      const std::string dates = EvidenceDates(ev, DateOf(a.updated_at));
      *out += "- Evidence: " + Esc(ev.text) + (ev.link.empty() ? "" : " (" + Esc(ev.link) + ")") +
              (dates.empty() ? "" : "; " + Esc(dates)) + "\n";
    }
  }
  if (r.status != ControlStatus::kOutOfScope) {
    std::string rows;
    ForEachAskedQuestion(a.profile, c, [&](const Question& q) {
      const Answer answer = a.AnswerTo(q.id);
      std::string cell = AnswerLabel(catalog, answer);
      if (answer == Answer::kNotApplicable) {
        auto it = a.answers.find(q.id);
        if (it != a.answers.end()) cell += ": " + it->second.justification;
      }
      rows +=
          "| " + Esc(q.id) + " | " + Esc(QuestionText(a.profile, q)) + " | " + Esc(cell) + " |\n";
    });
    if (!rows.empty()) *out += "\n| Question | Text | Answer |\n| --- | --- | --- |\n" + rows;
  }
  *out += "\n";
}

}  // namespace

std::string MarkdownText(const std::string& text) {
  return EscapeMarkdownInline(CleanText(text));
}

std::string MarkdownFindings(const ReportInput& in) {
  const Evaluation& evaluation = in.evaluation;
  std::string out;
  ForEachClause(in, [&](const ClauseControls& clause) {
    out += "### " + std::to_string(clause.clause.number) + " " + Esc(clause.clause.title);
    if (clause.score) out += " (score " + FormatScore(*clause.score) + ")";
    out += "\n\n";
    for (size_t i : clause.controls) {
      Block(in.catalog, in.assessment, evaluation, i, in.item_for_control[i], &out);
    }
  });
  return out;
}

}  // namespace cloudgap
