// The "Findings per control" section of the Markdown report (report_markdown.h).
#include <string>
#include <vector>

#include "core/document/applicability.h"
#include "core/engine/explain.h"
#include "core/engine/wording.h"
#include "core/i18n/message_catalog.h"
#include "core/report/report_markdown.h"
#include "core/text/markdown_escape.h"
#include "core/text/message_format.h"
#include "core/text/score_format.h"
#include "core/text/text_clean.h"

namespace cloudgap {
namespace {

std::string Esc(const std::string& text) {
  return MarkdownText(text);
}

// "- <line>\n": one fact of a control, in the report's words.
void Fact(const std::string& line, std::string* out) {
  *out += "- " + line + "\n";
}

void Block(const ReportInput& in, size_t i, std::string* out) {
  const Catalog& catalog = in.catalog;
  const Assessment& a = in.assessment;
  const MessageCatalog& w = in.words;
  const Control& c = catalog.controls[i];
  const ControlResult& r = in.evaluation.controls[i];
  const ControlRecord* record = a.RecordFor(c.id);
  const RoadmapItem* item = in.item_for_control[i];
  *out += "#### " +
          w.Tr("{control} {title}: {status}",
               {{"control", Esc(c.id)},
                {"title", Esc(c.title)},
                {"status", ImplementationLabel(ImplementationOf(r), w)}}) +
          "\n\n";
  if (r.applicable() && !c.risk_rationale.empty())
    Fact(w.Tr("Risk: {risk}", {{"risk", Esc(c.risk_rationale)}}), out);
  if (r.applicable()) Fact(GuidanceBasis(a.profile, c, w), out);
  if (!c.iso27002_2022.empty()) {
    Fact(w.Tr("ISO/IEC 27002:2022: {controls}", {{"controls", Esc(Iso27002List(c, w))}}), out);
  }
  if (!c.nist_800_53r5.empty()) {
    Fact(w.Tr("NIST SP 800-53 Rev. 5 (via ISO/IEC 27001:2022): {controls}",
              {{"controls", Esc(NistList(c))}}),
         out);
  }
  if (item) {
    Fact(w.Tr("Roadmap: rank {rank}, {phase}, {days} person-days",
              {{"rank", item->rank},
               {"phase", PhaseLabel(item->phase, w)},
               {"days", item->effort_days}}),
         out);
  }
  if (record && !record->owner.empty())
    Fact(w.Tr("Owner: {owner}", {{"owner", Esc(record->owner)}}), out);
  if (record && !record->due_date.empty()) {
    Fact(w.Tr("Due date: {date}", {{"date", Esc(MarkdownDate(record->due_date, w))}}), out);
  }
  if (record && (record->status || !record->reviewer.empty()))
    Fact(w.Tr("Review: {review}", {{"review", Esc(ReviewText(*record, w))}}), out);
  if (record && !record->answered_by.empty())
    Fact(w.Tr("Answered by: {names}", {{"names", Esc(NameList(record->answered_by))}}), out);
  for (const std::string& line : ExplainControl(catalog, a, in.evaluation, i, w))
    Fact(Esc(line), out);
  if (record && !record->notes.empty())
    Fact(w.Tr("Notes: {notes}", {{"notes", Esc(record->notes)}}), out);
  if (record) {
    for (const EvidenceRef& ev : record->evidence) {
      const std::string dates = EvidenceDates(ev, DateOf(a.updated_at), w);
      Fact(w.Tr("Evidence: {evidence}",
                {{"evidence", Esc(ev.text) + (ev.link.empty() ? "" : " (" + Esc(ev.link) + ")") +
                                  (dates.empty() ? "" : "; " + Esc(dates))}}),
           out);
    }
  }
  if (r.status != ControlStatus::kOutOfScope) {
    std::string rows;
    ForEachAskedQuestion(a.profile, c, [&](const Question& q) {
      const Answer answer = a.AnswerTo(q.id);
      std::string cell = AnswerLabel(catalog, answer, w);
      if (answer == Answer::kNotApplicable) {
        auto it = a.answers.find(q.id);
        if (it != a.answers.end()) {
          cell = w.Tr("{answer}: {justification}",
                      {{"answer", cell}, {"justification", it->second.justification}});
        }
      }
      rows +=
          "| " + Esc(q.id) + " | " + Esc(QuestionText(a.profile, q)) + " | " + Esc(cell) + " |\n";
    });
    if (!rows.empty()) {
      *out += "\n| " + std::string(w.Tr("Question")) + " | " + std::string(w.Tr("Text")) + " | " +
              std::string(w.Tr("Answer")) + " |\n| --- | --- | --- |\n" + rows;
    }
  }
  *out += "\n";
}

}  // namespace

std::string MarkdownText(const std::string& text) {
  return EscapeMarkdownInline(CleanText(text));
}

std::string MarkdownDate(const std::string& iso_date, const MessageCatalog& words) {
  return words.language() == "en" ? iso_date : FormatDate(iso_date, words.language());
}

std::string MarkdownFindings(const ReportInput& in) {
  const MessageCatalog& w = in.words;
  std::string out;
  ForEachClause(in, [&](const ClauseControls& clause) {
    const std::string number = std::to_string(clause.clause.number);
    const std::string title = Esc(clause.clause.title);
    out += "### " + (clause.score ? w.Tr("{clause} {title} (score {score})",
                                         {{"clause", number},
                                          {"title", title},
                                          {"score", FormatScore(*clause.score, w.language())}})
                                  : number + " " + title);
    out += "\n\n";
    for (size_t i : clause.controls) Block(in, i, &out);
  });
  return out;
}

}  // namespace cloudgap
