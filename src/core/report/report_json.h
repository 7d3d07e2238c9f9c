// The machine-readable report ("cloudgap-report/1"): everything the engine
// found about one assessment, for other tools and for later features (exports,
// comparisons). Field names are a contract; docs/report-format.md lists them.
// At least: overall {score, completion, readiness}, clauses[] {clause, title,
// score}, controls[] {id, applicable, score, maturity, target, gap}, roadmap[]
// {control, rank, phase, effort_days, depends_on}, projection[], engine
// {version, catalog_version, catalog_sha256}.
//
// Scores are rounded to one decimal and there is no timestamp of its own, so
// the same document always gives the same bytes.
#ifndef CLOUDGAP_CORE_REPORT_REPORT_JSON_H_
#define CLOUDGAP_CORE_REPORT_REPORT_JSON_H_

#include <nlohmann/json.hpp>
#include <optional>
#include <string>

#include "core/catalog/catalog.h"
#include "core/document/assessment.h"
#include "core/engine/evaluation.h"
#include "core/engine/report_input.h"
#include "core/engine/roadmap.h"

namespace cloudgap {

inline constexpr char kReportFormat[] = "cloudgap-report/1";

nlohmann::ordered_json JsonReport(const ReportInput& input);

// A score rounded as reports round it (score_format.h), or null; a whole
// number, or null. Every JSON this project writes says "none" so.
nlohmann::ordered_json OptionalScore(const std::optional<double>& score);
nlohmann::ordered_json OptionalInt(const std::optional<int>& value);

// Evaluates, builds the roadmap and writes the report, two-space indented with
// a final newline.
std::string RenderJsonReport(const Catalog& catalog, const Assessment& assessment);

}  // namespace cloudgap

#endif  // CLOUDGAP_CORE_REPORT_REPORT_JSON_H_
