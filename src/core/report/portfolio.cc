#include "core/report/portfolio.h"

#include <nlohmann/json.hpp>

#include "core/document/document_migration.h"
#include "core/engine/quick_summary.h"
#include "core/engine/readiness.h"
#include "core/engine/roadmap.h"
#include "core/engine/scoring.h"
#include "core/engine/wording.h"
#include "core/report/report_json.h"
#include "core/text/csv_writer.h"
#include "core/text/score_format.h"

namespace cloudgap {

PortfolioRow SummarizeDocument(const Catalog& catalog, std::string_view text,
                               const std::string& source, const MessageCatalog& words) {
  PortfolioRow row;
  row.source = source;
  const DocumentParseResult parsed = LoadAssessmentDocument(catalog, text, words);
  if (!parsed.assessment) {
    row.problem = parsed.errors.empty() ? std::string(words.Tr("not an assessment"))
                                        : parsed.errors[0].ToString(words.json_words());
    return row;
  }
  const Assessment& a = *parsed.assessment;
  const Evaluation evaluation = Evaluate(catalog, a);
  const Roadmap roadmap = BuildRoadmap(catalog, a, evaluation);
  row.organisation = a.profile.organisation;
  row.role = RoleScopeName(a.profile.role);
  row.services = ServicesLabel(a.profile);
  row.mode = AssessmentModeName(a.profile.mode);
  row.score = evaluation.overall.score;
  row.readiness = evaluation.overall.readiness;
  row.completion = evaluation.overall.completion;
  for (const RoadmapItem* item : TopGaps(roadmap, kPortfolioTopGaps)) {
    row.top_gaps.push_back(item->control_id + " " + std::string(item->title));
  }
  row.date = DateOf(a.updated_at);
  return row;
}

namespace {

std::string Joined(const std::vector<std::string>& items) {
  std::string text;
  for (const std::string& item : items) text += (text.empty() ? "" : "; ") + item;
  return text;
}

}  // namespace

std::string RenderPortfolioCsv(const std::vector<PortfolioRow>& rows) {
  CsvWriter csv;
  csv.Row({"Source", "Organisation", "Role", "Services", "Mode", "Score", "Readiness",
           "Completion %", "Top gaps", "Last changed", "Problem"});
  for (const PortfolioRow& r : rows) {
    if (!r.problem.empty()) {
      csv.Row({r.source, "", "", "", "", "", "", "", "", "", r.problem});
      continue;
    }
    csv.Row({r.source, r.organisation, r.role, r.services, r.mode,
             r.score ? FormatScore(*r.score) : "", ReadinessLabel(r.readiness),
             FormatScore(r.completion), Joined(r.top_gaps), r.date, ""});
  }
  return csv.Text();
}

std::string RenderPortfolioJson(const std::vector<PortfolioRow>& rows) {
  nlohmann::ordered_json list = nlohmann::ordered_json::array();
  for (const PortfolioRow& r : rows) {
    if (!r.problem.empty()) {
      list.push_back({{"source", r.source}, {"problem", r.problem}});
      continue;
    }
    list.push_back({{"source", r.source},
                    {"organisation", r.organisation},
                    {"role", r.role},
                    {"services", r.services},
                    {"mode", r.mode},
                    {"score", OptionalScore(r.score)},
                    {"readiness", ReadinessName(r.readiness)},
                    {"completion", RoundScore(r.completion)},
                    {"top_gaps", r.top_gaps},
                    {"updated", r.date}});
  }
  const nlohmann::ordered_json doc = {{"format", "cloudgap-portfolio/1"},
                                      {"rows", std::move(list)}};
  return doc.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

}  // namespace cloudgap
