// The "Findings per control" section of the HTML report (report_html.h).
#include <vector>

#include "core/document/applicability.h"
#include "core/engine/explain.h"
#include "core/engine/wording.h"
#include "core/report/report_html.h"
#include "core/report/report_html_charts.h"
#include "core/report/report_html_page.h"
#include "core/report/report_markdown.h"
#include "core/text/html_escape.h"
#include "core/text/score_format.h"
#include "core/text/url_check.h"

namespace cloudgap {
namespace {

std::string E(std::string_view text) {
  return EscapeHtml(text);
}

std::string Bold(const std::string& html) {
  return "<b>" + html + "</b>";
}

std::string Fact(std::string_view term, const std::string& html) {
  return "<dt>" + E(term) + "</dt><dd>" + html + "</dd>";
}

std::string Heading(const Control& c, const ControlResult& r, const MessageCatalog& words) {
  return "<h4><span class=\"mono\">" + E(c.id) + "</span> " + E(c.title) + " <span class=\"badge " +
         MaturityClass(r) + "\">" + E(ImplementationLabel(ImplementationOf(r), words)) +
         "</span></h4>\n";
}

// Controls left out of the scores get one short block: what and why.
std::string BriefBlock(const ReportInput& in, size_t i) {
  const Control& c = in.catalog.controls[i];
  std::string html = "<article class=\"control brief\" id=\"control-" + E(c.id) + "\">" +
                     Heading(c, in.evaluation.controls[i], in.words) + "<ul>";
  for (const std::string& line :
       ExplainControl(in.catalog, in.assessment, in.evaluation, i, in.words))
    html += "<li>" + E(line) + "</li>";
  ForEachNotApplicableAnswer(in.assessment, c, [&](const Question& q, const std::string& why) {
    html += "<li>" +
            E(in.words.Tr("{question} not applicable: {why}", {{"question", q.id}, {"why", why}})) +
            "</li>";
  });
  return html + "</ul></article>\n";
}

std::string AnswersTable(const ReportInput& in, const Control& c) {
  const Assessment& a = in.assessment;
  std::string rows;
  ForEachAskedQuestion(a.profile, c, [&](const Question& q) {
    const Answer answer = a.AnswerTo(q.id);
    std::string cell = E(AnswerLabel(in.catalog, answer, in.words));
    if (answer == Answer::kNotApplicable) {
      auto it = a.answers.find(q.id);
      if (it != a.answers.end())
        cell += "<br><span class=\"small wrap\">" + E(it->second.justification) + "</span>";
    }
    rows += "<tr><td><span class=\"mono muted\">" + E(q.id) + "</span> " +
            E(QuestionText(a.profile, q)) + "</td><td class=\"nowrap\">" + cell + "</td></tr>\n";
  });
  if (rows.empty()) return "";
  return "<table><thead><tr><th>" + E(in.words.Tr("Question")) + "</th><th class=\"nowrap\">" +
         E(in.words.Tr("Answer")) + "</th></tr></thead><tbody>\n" + rows + "</tbody></table>\n";
}

// The numbers on one line, " · " between them; "Why this score" below
// explains each of them.
std::string Numbers(const ReportInput& in, const ControlResult& r) {
  const MessageCatalog& w = in.words;
  std::string html = "<p class=\"numbers\">" + E(ControlStatusLabel(r.status, w)) + " &#183; ";
  if (r.score) {
    html += FillHtmlSlots(w.Tr("score {score} of 100", {{"score", HtmlSlot(0)}}),
                          {Bold(FormatScore(*r.score, w.language()))});
  } else {
    html += FillHtmlSlots(w.Tr("score {none} yet", {{"none", HtmlSlot(0)}}),
                          {Bold(E(w.Tr("score|none")))});
  }
  if (r.maturity) {
    html += " &#183; " + FillHtmlSlots(w.Tr("maturity {maturity}", {{"maturity", HtmlSlot(0)}}),
                                       {Bold(E(MaturityWithLabel(in.catalog, *r.maturity)))});
    if (r.maturity_explicit) html += " " + E(w.Tr("(set by hand)"));
  }
  html += " &#183; " + FillHtmlSlots(w.Tr("target {target}", {{"target", HtmlSlot(0)}}),
                                     {Bold(std::to_string(r.target))});
  if (r.maturity) {
    html += " &#183; " +
            FillHtmlSlots(w.Tr("gap {gap}", {{"gap", HtmlSlot(0)}}), {Bold(std::to_string(r.gap))});
  }
  return html + "</p>\n";
}

std::string FullBlock(const ReportInput& in, size_t i) {
  const MessageCatalog& w = in.words;
  const Assessment& a = in.assessment;
  const Control& c = in.catalog.controls[i];
  const ControlResult& r = in.evaluation.controls[i];
  const RoadmapItem* item = in.item_for_control[i];
  const ControlRecord* record = a.RecordFor(c.id);
  std::string facts;
  facts += Fact(
      w.Tr("Risk weight"),
      E(c.risk_rationale.empty()
            ? w.Tr("{weight} of 5", {{"weight", r.weight}})
            : w.Tr("{weight} of 5: {why}", {{"weight", r.weight}, {"why", c.risk_rationale}})));
  if (r.applicable()) facts += Fact(w.Tr("Applicability"), E(GuidanceBasis(a.profile, c, w)));
  const std::string iso = Iso27002List(c, w);
  if (!iso.empty()) facts += Fact("ISO/IEC 27002:2022", E(iso));
  const std::string nist = NistList(c);
  if (!nist.empty()) {
    facts += Fact("NIST SP 800-53 Rev. 5",
                  E(w.Tr("{controls} (via ISO/IEC 27001:2022)", {{"controls", nist}})));
  }
  if (item) {
    facts += Fact(w.Tr("Roadmap"), E(w.Tr("rank {rank}, {phase}, {days} person-days",
                                          {{"rank", item->rank},
                                           {"phase", PhaseLabel(item->phase, w)},
                                           {"days", item->effort_days}})));
  }
  if (record && !record->owner.empty()) facts += Fact(w.Tr("Owner"), E(record->owner));
  if (record && !record->due_date.empty()) {
    facts += Fact(w.Tr("Due date"), E(HtmlDate(record->due_date, w)));
  }
  if (record && (record->status || !record->reviewer.empty())) {
    facts += Fact(w.Tr("Review"), E(ReviewText(*record, w)));
  }
  if (record && !record->answered_by.empty()) {
    facts += Fact(w.Tr("Answered by"), E(NameList(record->answered_by)));
  }

  std::string html = "<article class=\"control\" id=\"control-" + E(c.id) + "\">" +
                     Heading(c, r, w) + Numbers(in, r) + "<dl class=\"facts\">" + facts +
                     "</dl>\n" + AnswersTable(in, c) + "<p><b>" + E(w.Tr("Why this score")) +
                     "</b></p><ul class=\"why\">";
  for (const std::string& line : ExplainControl(in.catalog, a, in.evaluation, i, w))
    html += "<li>" + E(line) + "</li>";
  html += "</ul>\n";
  if (record && !record->notes.empty()) {
    html += "<p><b>" + E(w.Tr("Notes")) + "</b></p><p class=\"pre\">" + E(record->notes) + "</p>\n";
  }
  if (record && !record->evidence.empty()) {
    html += "<p><b>" + E(w.Tr("Evidence")) + "</b></p><ul>";
    for (const EvidenceRef& ref : record->evidence) {
      const std::string dates = EvidenceDates(ref, DateOf(a.updated_at), w);
      html += "<li>" + HtmlEvidence(ref, w) + (dates.empty() ? "" : "; " + E(dates)) + "</li>";
    }
    html += "</ul>\n";
  }
  return html + "</article>\n";
}

}  // namespace

std::string HtmlEvidence(const EvidenceRef& evidence, const MessageCatalog& words) {
  if (evidence.link.empty()) return E(evidence.text);
  const std::string link = IsWebLink(evidence.link)
                               ? "<a href=\"" + E(evidence.link) +
                                     "\" rel=\"noopener noreferrer\" target=\"_blank\">" +
                                     E(evidence.link) + "</a>"
                               : "<span class=\"mono\">" + E(evidence.link) + "</span>";
  if (evidence.text.empty()) return link;
  return FillHtmlSlots(
      words.Tr("{evidence}: {link}", {{"evidence", evidence.text}, {"link", HtmlSlot(0)}}), {link});
}

std::string HtmlFindings(const ReportInput& in) {
  std::string html;
  ForEachClause(in, [&](const ClauseControls& clause) {
    html += "<h3>" + std::to_string(clause.clause.number) + " " + E(clause.clause.title);
    if (clause.score) {
      html += " <span class=\"muted\">" +
              E(in.words.Tr("score {score}",
                            {{"score", FormatScore(*clause.score, in.words.language())}})) +
              "</span>";
    }
    html += "</h3>\n";
    for (size_t i : clause.controls) {
      html += in.evaluation.controls[i].applicable() ? FullBlock(in, i) : BriefBlock(in, i);
    }
  });
  return html;
}

}  // namespace cloudgap
