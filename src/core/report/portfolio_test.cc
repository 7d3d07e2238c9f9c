#include "core/report/portfolio.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "core/catalog/catalog_loader.h"
#include "core/document/document_json.h"
#include "core/document/sample_assessment.h"
#include "core/engine/quick_summary.h"
#include "core/engine/roadmap.h"
#include "core/engine/scoring.h"
#include "core/testing/fixtures.h"
#include "core/testing/shipped_language.h"
#include "core/testing/test_catalog.h"

namespace cloudgap {
namespace {

std::string SampleText(const std::string& organisation) {
  Assessment a = SampleAssessment(BuiltinCatalog(), AssessmentMode::kFull, kTestNow);
  a.profile.organisation = organisation;
  return SerializeAssessmentDocument(a, JsonStyle::kCompact);
}

TEST(Portfolio, ARowSaysWhatTheReportsSay) {
  const Catalog& catalog = BuiltinCatalog();
  const std::string text = SampleText("Acme");
  const PortfolioRow row = SummarizeDocument(catalog, text, "acme.json");
  const Assessment a = *ParseAssessmentDocument(catalog, text).assessment;
  const Evaluation e = Evaluate(catalog, a);
  const Roadmap r = BuildRoadmap(catalog, a, e);
  EXPECT_EQ(row.problem, "");
  EXPECT_EQ(row.source, "acme.json");
  EXPECT_EQ(row.organisation, "Acme");
  EXPECT_EQ(row.role, RoleScopeName(a.profile.role));
  EXPECT_EQ(row.mode, "full");
  EXPECT_EQ(row.score, e.overall.score);
  EXPECT_EQ(row.readiness, e.overall.readiness);
  ASSERT_EQ(row.top_gaps.size(), static_cast<size_t>(kPortfolioTopGaps));
  const RoadmapItem* first = TopGaps(r, kPortfolioTopGaps)[0];  // The gaps the summary names.
  EXPECT_EQ(row.top_gaps[0], first->control_id + " " + std::string(first->title));
  EXPECT_EQ(row.date, a.updated_at.substr(0, 10));
}

TEST(Portfolio, ABadDocumentIsARowThatSaysWhy) {
  const PortfolioRow row = SummarizeDocument(BuiltinCatalog(), "{", "bad.json");
  EXPECT_EQ(row.source, "bad.json");
  EXPECT_NE(row.problem.find("not valid JSON"), std::string::npos) << row.problem;
  EXPECT_EQ(row.organisation, "");
  EXPECT_FALSE(row.score);
  const std::string csv = RenderPortfolioCsv({row});
  EXPECT_TRUE(Contains(csv, "bad.json,,,,,,,,,,"));
  const nlohmann::json json = nlohmann::json::parse(RenderPortfolioJson({row}));
  EXPECT_EQ(json["rows"][0]["problem"], row.problem);
  EXPECT_FALSE(json["rows"][0].contains("score"));
}

// `cloudgap summarize --language`: a row's problem in the language, its source as it is.
TEST(Portfolio, ARowsProblemIsInTheLanguage) {
  const ShippedLanguage german = LoadShippedLanguage("de"), french = LoadShippedLanguage("fr");
  const PortfolioRow row = SummarizeDocument(BuiltinCatalog(), "[1]", "bad.json", german.words);
  EXPECT_EQ(row.source, "bad.json");
  EXPECT_EQ(row.problem,
            "(Dokument): ein Bewertungsdokument ist ein JSON-Objekt, nicht eine Liste");
  EXPECT_EQ(
      SummarizeDocument(BuiltinCatalog(), R"({"a": 1, "a": 2})", "x.json", french.words).problem,
      "(document)\u00a0: clé en double 'a'");
  EXPECT_EQ(SummarizeDocument(BuiltinCatalog(), "[1]", "bad.json").problem,
            "(document): an assessment document is a JSON object, not a list");
  EXPECT_EQ(german.words.Tr("not an assessment"), "keine Bewertung");
}

TEST(Portfolio, CsvAndJsonHoldEveryRowInOrderAndNeutraliseFormulas) {
  const Catalog& catalog = BuiltinCatalog();
  const std::vector<PortfolioRow> rows = {
      SummarizeDocument(catalog, SampleText("=HYPERLINK(\"x\")"), "a.json"),
      SummarizeDocument(catalog, SampleText("Beta, Inc."), "b.json")};
  const std::string csv = RenderPortfolioCsv(rows);
  EXPECT_EQ(csv.rfind("\xEF\xBB\xBFSource,Organisation,Role,", 0), 0u);
  EXPECT_TRUE(Contains(csv, "a.json,\"'=HYPERLINK(\"\"x\"\")\","));
  EXPECT_TRUE(Contains(csv, "b.json,\"Beta, Inc.\","));
  EXPECT_LT(csv.find("a.json"), csv.find("b.json"));
  const nlohmann::json json = nlohmann::json::parse(RenderPortfolioJson(rows));
  EXPECT_EQ(json["format"], "cloudgap-portfolio/1");
  ASSERT_EQ(json["rows"].size(), 2u);
  EXPECT_EQ(json["rows"][1]["organisation"], "Beta, Inc.");
  EXPECT_EQ(json["rows"][1]["top_gaps"].size(), static_cast<size_t>(kPortfolioTopGaps));
  EXPECT_TRUE(json["rows"][1]["score"].is_number());
}

}  // namespace
}  // namespace cloudgap
