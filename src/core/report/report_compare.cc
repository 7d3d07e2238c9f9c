#include "core/report/report_compare.h"

#include <nlohmann/json.hpp>

#include "core/engine/readiness.h"
#include "core/engine/wording.h"
#include "core/report/report_html_page.h"
#include "core/report/report_json.h"
#include "core/report/report_markdown.h"
#include "core/text/html_escape.h"

namespace cloudgap {
namespace {

using ordered_json = nlohmann::ordered_json;

std::string MarkdownRow(const std::vector<std::string>& cells) {
  std::string row = "|";
  for (const std::string& cell : cells) row += " " + MarkdownText(cell) + " |";
  return row + "\n";
}

std::string HtmlTable(const ComparisonTable& table) {
  std::string html = "<table><thead><tr>";
  for (const std::string& column : table.columns) html += "<th>" + EscapeHtml(column) + "</th>";
  html += "</tr></thead><tbody>\n";
  for (const std::vector<std::string>& row : table.rows) {
    html += "<tr>";
    for (const std::string& cell : row) html += "<td>" + EscapeHtml(cell) + "</td>";
    html += "</tr>\n";
  }
  return html + "</tbody></table>\n";
}

ordered_json ControlsJson(const std::vector<ControlChange>& list) {
  ordered_json out = ordered_json::array();
  for (const ControlChange& ch : list) {
    out.push_back(
        {{"control", ch.control_id},
         {"status", {ControlStatusName(ch.status.before), ControlStatusName(ch.status.after)}},
         {"score", {OptionalScore(ch.score.before), OptionalScore(ch.score.after)}},
         {"maturity", {OptionalInt(ch.maturity.before), OptionalInt(ch.maturity.after)}}});
  }
  return out;
}

}  // namespace

std::string RenderComparisonMarkdown(const Catalog& catalog, const Comparison& c,
                                     const ComparedDocuments& documents,
                                     const MessageCatalog& words) {
  const ComparisonTables tables = TabulateComparison(catalog, c, documents, words);
  std::string md = "# " + MarkdownText(tables.title) + "\n\n" + MarkdownText(tables.summary) + "\n";
  for (const ComparisonTable& table : tables.tables) {
    md += table.title.empty() ? "\n" : "\n## " + MarkdownText(table.title) + "\n\n";
    md += MarkdownRow(table.columns) + "|";
    for (size_t i = 0; i < table.columns.size(); ++i) md += " --- |";
    md += "\n";
    for (const std::vector<std::string>& row : table.rows) md += MarkdownRow(row);
  }
  return md;
}

std::string RenderComparisonHtml(const Catalog& catalog, const Comparison& c,
                                 const ComparedDocuments& documents, const ReportBrand& brand,
                                 const MessageCatalog& words) {
  const ComparisonTables tables = TabulateComparison(catalog, c, documents, words);
  std::string html = HtmlPageStart(tables.title, brand, words) + "<header>" +
                     HtmlBrandMark(brand, words) + "\n<h1>" + EscapeHtml(tables.title) +
                     "</h1>\n<p>" + EscapeHtml(tables.summary) + "</p>\n</header>\n";
  for (const ComparisonTable& table : tables.tables) {
    if (!table.title.empty()) html += "<h2>" + EscapeHtml(table.title) + "</h2>\n";
    html += HtmlTable(table);
  }
  return html + "<footer>" + EscapeHtml(EngineLine(catalog, words)) +
         "</footer>\n</body>\n</html>\n";
}

// Every change is a [before, after] pair.
std::string RenderComparisonJson(const Comparison& c, const ComparedDocuments& names) {
  ordered_json profile = ordered_json::array();
  for (const ProfileChange& p : c.profile) {
    profile.push_back({{"field", p.field}, {"value", {p.value.before, p.value.after}}});
  }
  ordered_json clauses = ordered_json::array();
  for (const ClauseChange& cl : c.clauses) {
    clauses.push_back({{"clause", cl.number},
                       {"score", {OptionalScore(cl.score.before), OptionalScore(cl.score.after)}}});
  }
  ordered_json answers = ordered_json::array();
  for (const AnswerChange& a : c.answers) {
    answers.push_back({{"question", a.question_id},
                       {"control", a.control_id},
                       {"answer", {AnswerName(a.answer.before), AnswerName(a.answer.after)}}});
  }
  const ordered_json doc = {
      {"format", "cloudgap-comparison/1"},
      {"documents", {names.before, names.after}},
      {"not_compared", names.not_compared},
      {"same", c.empty()},
      {"score", {OptionalScore(c.score.before), OptionalScore(c.score.after)}},
      {"readiness", {ReadinessName(c.readiness.before), ReadinessName(c.readiness.after)}},
      {"profile", std::move(profile)},
      {"clauses", std::move(clauses)},
      {"improved", ControlsJson(c.improved)},
      {"regressed", ControlsJson(c.regressed)},
      {"now_applicable", ControlsJson(c.now_applicable)},
      {"no_longer_applicable", ControlsJson(c.no_longer_applicable)},
      {"now_assessed", ControlsJson(c.now_assessed)},
      {"no_longer_assessed", ControlsJson(c.no_longer_assessed)},
      {"answers", std::move(answers)},
      {"roadmap_closed", c.roadmap_closed},
      {"roadmap_new", c.roadmap_new},
  };
  return doc.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

}  // namespace cloudgap
