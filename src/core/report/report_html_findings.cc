// The "Findings per control" section of the HTML report (report_html.h).
#include <vector>

#include "core/document/applicability.h"
#include "core/engine/explain.h"
#include "core/engine/wording.h"
#include "core/report/report_html.h"
#include "core/report/report_html_charts.h"
#include "core/text/html_escape.h"
#include "core/text/score_format.h"
#include "core/text/url_check.h"

namespace cloudgap {
namespace {

std::string E(const std::string& text) {
  return EscapeHtml(text);
}

std::string Fact(const std::string& term, const std::string& html) {
  return "<dt>" + term + "</dt><dd>" + html + "</dd>";
}

std::string Heading(const Control& c, const ControlResult& r) {
  return "<h4><span class=\"mono\">" + E(c.id) + "</span> " + E(c.title) + " <span class=\"badge " +
         MaturityClass(r) + "\">" + ImplementationLabel(ImplementationOf(r)) + "</span></h4>\n";
}

// Controls left out of the scores get one short block: what and why.
std::string BriefBlock(const Catalog& catalog, const Assessment& a, const Evaluation& e, size_t i) {
  const Control& c = catalog.controls[i];
  std::string html = "<article class=\"control brief\" id=\"control-" + E(c.id) + "\">" +
                     Heading(c, e.controls[i]) + "<ul>";
  for (const std::string& line : ExplainControl(catalog, a, e, i))
    html += "<li>" + E(line) + "</li>";
  ForEachNotApplicableAnswer(a, c, [&](const Question& q, const std::string& why) {
    html += "<li>" + E(q.id) + " not applicable: " + E(why) + "</li>";
  });
  return html + "</ul></article>\n";
}

std::string AnswersTable(const Catalog& catalog, const Assessment& a, const Control& c) {
  std::string rows;
  ForEachAskedQuestion(a.profile, c, [&](const Question& q) {
    const Answer answer = a.AnswerTo(q.id);
    std::string cell = E(AnswerLabel(catalog, answer));
    if (answer == Answer::kNotApplicable) {
      auto it = a.answers.find(q.id);
      if (it != a.answers.end())
        cell += "<br><span class=\"small wrap\">" + E(it->second.justification) + "</span>";
    }
    rows += "<tr><td><span class=\"mono muted\">" + E(q.id) + "</span> " +
            E(QuestionText(a.profile, q)) + "</td><td class=\"nowrap\">" + cell + "</td></tr>\n";
  });
  if (rows.empty()) return "";
  return "<table><thead><tr><th>Question</th><th "
         "class=\"nowrap\">Answer</th></tr></thead><tbody>\n" +
         rows + "</tbody></table>\n";
}

std::string FullBlock(const Catalog& catalog, const Assessment& a, const Evaluation& e, size_t i,
                      const RoadmapItem* item) {
  const Control& c = catalog.controls[i];
  const ControlResult& r = e.controls[i];
  const ControlRecord* record = a.RecordFor(c.id);
  // The numbers on one line; "Why this score" below explains each of them.
  std::string numbers = std::string("<p class=\"numbers\">") + ControlStatusLabel(r.status) +
                        " &#183; score <b>" +
                        (r.score ? FormatScore(*r.score) + "</b> of 100" : "none</b> yet");
  if (r.maturity) {
    numbers += " &#183; maturity <b>" + E(MaturityWithLabel(catalog, *r.maturity)) + "</b>" +
               (r.maturity_explicit ? " (set by hand)" : "") + " &#183; target <b>" +
               std::to_string(r.target) + "</b> &#183; gap <b>" + std::to_string(r.gap) + "</b>";
  } else {
    numbers += " &#183; target <b>" + std::to_string(r.target) + "</b>";
  }
  numbers += "</p>\n";
  std::string facts;
  facts += Fact("Risk weight", std::to_string(r.weight) + " of 5" +
                                   (c.risk_rationale.empty() ? "" : ": " + E(c.risk_rationale)));
  if (r.applicable()) facts += Fact("Applicability", E(GuidanceBasis(a.profile, c)));
  const std::string iso = Iso27002List(c);
  if (!iso.empty()) facts += Fact("ISO/IEC 27002:2022", E(iso));
  const std::string nist = NistList(c);
  if (!nist.empty()) facts += Fact("NIST SP 800-53 Rev. 5", E(nist) + " (via ISO/IEC 27001:2022)");
  if (item) {
    facts += Fact("Roadmap", "rank " + std::to_string(item->rank) + ", " + PhaseLabel(item->phase) +
                                 ", " + std::to_string(item->effort_days) + " person-days");
  }
  if (record && !record->owner.empty()) facts += Fact("Owner", E(record->owner));
  if (record && !record->due_date.empty()) facts += Fact("Due date", E(record->due_date));
  if (record && (record->status || !record->reviewer.empty())) {
    facts += Fact("Review", E(ReviewText(*record)));
  }
  if (record && !record->answered_by.empty()) {
    facts += Fact("Answered by", E(NameList(record->answered_by)));
  }

  std::string html = "<article class=\"control\" id=\"control-" + E(c.id) + "\">" + Heading(c, r) +
                     numbers + "<dl class=\"facts\">" + facts + "</dl>\n" +
                     AnswersTable(catalog, a, c) + "<p><b>Why this score</b></p><ul class=\"why\">";
  for (const std::string& line : ExplainControl(catalog, a, e, i))
    html += "<li>" + E(line) + "</li>";
  html += "</ul>\n";
  if (record && !record->notes.empty()) {
    html += "<p><b>Notes</b></p><p class=\"pre\">" + E(record->notes) + "</p>\n";
  }
  if (record && !record->evidence.empty()) {
    html += "<p><b>Evidence</b></p><ul>";
    for (const EvidenceRef& ref : record->evidence) {
      const std::string dates = EvidenceDates(ref, DateOf(a.updated_at));
      html += "<li>" + HtmlEvidence(ref) + (dates.empty() ? "" : "; " + E(dates)) + "</li>";
    }
    html += "</ul>\n";
  }
  return html + "</article>\n";
}

}  // namespace

std::string HtmlEvidence(const EvidenceRef& evidence) {
  std::string html = E(evidence.text);
  if (evidence.link.empty()) return html;
  if (!html.empty()) html += ": ";
  if (IsWebLink(evidence.link)) {
    html += "<a href=\"" + E(evidence.link) + "\" rel=\"noopener noreferrer\" target=\"_blank\">" +
            E(evidence.link) + "</a>";
  } else {
    html += "<span class=\"mono\">" + E(evidence.link) + "</span>";
  }
  return html;
}

std::string HtmlFindings(const ReportInput& in) {
  const Evaluation& evaluation = in.evaluation;
  std::string html;
  ForEachClause(in, [&](const ClauseControls& clause) {
    html += "<h3>" + std::to_string(clause.clause.number) + " " + E(clause.clause.title);
    if (clause.score)
      html += " <span class=\"muted\">score " + FormatScore(*clause.score) + "</span>";
    html += "</h3>\n";
    for (size_t i : clause.controls) {
      html += evaluation.controls[i].applicable()
                  ? FullBlock(in.catalog, in.assessment, evaluation, i, in.item_for_control[i])
                  : BriefBlock(in.catalog, in.assessment, evaluation, i);
    }
  });
  return html;
}

}  // namespace cloudgap
