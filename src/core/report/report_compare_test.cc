// The comparison as people read it (report_compare.h, comparison_tables.h):
// Markdown and HTML say the same tables, user text is escaped, the HTML page
// runs nothing and carries the brand.
#include "core/report/report_compare.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <regex>

#include "core/catalog/catalog_loader.h"
#include "core/document/sample_assessment.h"
#include "core/testing/fixtures.h"
#include "core/testing/hostile_corpus.h"
#include "core/testing/test_catalog.h"

namespace cloudgap {
namespace {

Assessment Before() {
  return SampleAssessment(BuiltinCatalog(), AssessmentMode::kFull, kTestNow);
}

// The first question the sample answers "yes".
const Question& FirstYes() {
  const Assessment sample = Before();
  for (const Control& c : BuiltinCatalog().controls) {
    for (const Question& q : c.questions) {
      auto it = sample.answers.find(q.id);
      if (it != sample.answers.end() && it->second.answer == Answer::kYes) return q;
    }
  }
  return BuiltinCatalog().controls[0].questions[0];
}

// The sample a year on: its first "yes" now "no", the second control not
// applicable.
Assessment After() {
  const Catalog& catalog = BuiltinCatalog();
  Assessment a = Before();
  a.answers[FirstYes().id] = {Answer::kNo, ""};
  a.controls[catalog.controls[1].id].not_applicable = true;
  a.controls[catalog.controls[1].id].justification = "No such service in scope.";
  return a;
}

const ComparisonTable* Find(const ComparisonTables& tables, const std::string& prefix) {
  for (const ComparisonTable& t : tables.tables) {
    if (t.title.rfind(prefix, 0) == 0) return &t;
  }
  return nullptr;
}

TEST(ComparisonTables, TheSameAssessmentTwiceHasNoTables) {
  const Comparison c = Compare(BuiltinCatalog(), Before(), Before());
  const ComparisonTables tables = TabulateComparison(BuiltinCatalog(), c, {"a", "b", {}});
  EXPECT_TRUE(tables.tables.empty());
  EXPECT_EQ(tables.summary, "The two assessments give the same scores, answers and roadmap.");
  EXPECT_EQ(tables.title, "Comparison: a and b");
}

TEST(ComparisonTables, SayWhatChangedWithBothValues) {
  const Catalog& catalog = BuiltinCatalog();
  const Comparison c = Compare(catalog, Before(), After());
  const ComparisonTables tables =
      TabulateComparison(catalog, c, {"2025", "2026", {"2025: dropped X"}});
  ASSERT_FALSE(tables.tables.empty());
  EXPECT_EQ(tables.tables[0].title, "") << "the overall figures come first";
  EXPECT_EQ(tables.tables[0].columns, (std::vector<std::string>{"", "2025", "2026", "Change"}));
  EXPECT_EQ(tables.tables[0].rows[0][0], "Overall score");
  const ComparisonTable* answers = Find(tables, "Answers changed (1)");
  ASSERT_NE(answers, nullptr);
  const std::string& question = FirstYes().id;
  ASSERT_EQ(answers->rows.size(), 1u);
  EXPECT_EQ(answers->rows[0][0], question);
  EXPECT_EQ(answers->rows[0][3], "No");
  const ComparisonTable* gone = Find(tables, "No longer applicable (1)");
  ASSERT_NE(gone, nullptr);
  EXPECT_EQ(gone->rows[0][0], catalog.controls[1].id);
  EXPECT_EQ(gone->rows[0][1], catalog.controls[1].title);
  EXPECT_EQ(gone->rows[0][4], "assessed → not applicable");
  const ComparisonTable* dropped = Find(tables, "Not compared");
  ASSERT_NE(dropped, nullptr);
  EXPECT_EQ(dropped->rows, (std::vector<std::vector<std::string>>{{"2025: dropped X"}}));
  EXPECT_EQ(dropped, &tables.tables.back()) << "what could not be compared comes last";
  for (const ComparisonTable& t : tables.tables) {
    for (const auto& row : t.rows) EXPECT_EQ(row.size(), t.columns.size()) << t.title;
  }
}

TEST(ReportCompare, MarkdownAndHtmlHoldEveryTable) {
  const Catalog& catalog = BuiltinCatalog();
  const Comparison c = Compare(catalog, Before(), After());
  const ComparedDocuments docs = {"2025", "2026", {}};
  const std::string md = RenderComparisonMarkdown(catalog, c, docs);
  const std::string html = RenderComparisonHtml(catalog, c, docs);
  for (const ComparisonTable& t : TabulateComparison(catalog, c, docs).tables) {
    if (t.title.empty()) continue;
    EXPECT_TRUE(Contains(md, "\n## " + t.title + "\n")) << t.title;
    EXPECT_TRUE(Contains(html, "<h2>" + t.title + "</h2>")) << t.title;
  }
  EXPECT_EQ(md.rfind("# Comparison: 2025 and 2026\n\nFrom \"2025\" to \"2026\": overall score ", 0),
            0u)
      << md.substr(0, 200);
  EXPECT_TRUE(Contains(html, "<title>Comparison: 2025 and 2026</title>"));
  EXPECT_TRUE(Contains(html, "<div class=\"brand\">CloudGap</div>"));
}

TEST(ReportCompare, TheHtmlPageRunsNothingAndEscapesTheNames) {
  const Catalog& catalog = BuiltinCatalog();
  for (const std::string& payload : Payloads()) {
    const Comparison c = Compare(catalog, Hostile(catalog, payload), After());
    const std::string html = RenderComparisonHtml(catalog, c, {payload, payload, {payload}});
    EXPECT_FALSE(Contains(html, "<script")) << payload;
    EXPECT_FALSE(Contains(html, "<img")) << payload;
    const std::string md = RenderComparisonMarkdown(catalog, c, {payload, payload, {payload}});
    EXPECT_FALSE(Contains(md, "<script")) << payload;
  }
}

TEST(ReportCompare, TheHtmlPageCarriesTheBrandAllowedByItsHash) {
  const Catalog& catalog = BuiltinCatalog();
  ReportBrand brand;
  brand.product_name = "Acme Assure";
  brand.accent_rgb = 0x0A7F3F;
  brand.logo_png = "<svg xmlns=\"http://www.w3.org/2000/svg\"/>";
  const std::string html =
      RenderComparisonHtml(catalog, Compare(catalog, Before(), After()), {"a", "b", {}}, brand);
  EXPECT_TRUE(Contains(html, "<style>:root{--accent:#0a7f3f}"));
  EXPECT_TRUE(Contains(html, "src=\"data:image/svg+xml;base64,"));
  EXPECT_TRUE(Contains(html, ">Acme Assure</div>"));
  // Two stylesheets, two hashes, nothing else allowed.
  std::smatch policy;
  ASSERT_TRUE(std::regex_search(html, policy, std::regex("style-src ([^;]+);")));
  EXPECT_EQ(std::count(policy[1].first, policy[1].second, '\''), 4);
  EXPECT_TRUE(Contains(html, "default-src 'none'"));
}

TEST(ReportCompare, JsonListsWhatCouldNotBeCompared) {
  const Catalog& catalog = BuiltinCatalog();
  const nlohmann::json json = nlohmann::json::parse(
      RenderComparisonJson(Compare(catalog, Before(), After()), {"a", "b", {"a: dropped 1.1-q1"}}));
  EXPECT_EQ(json["not_compared"], nlohmann::json::array({"a: dropped 1.1-q1"}));
  EXPECT_EQ(json["documents"], nlohmann::json::array({"a", "b"}));
}

}  // namespace
}  // namespace cloudgap
