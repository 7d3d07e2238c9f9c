// Hostile text in every field a user can type, through every report format:
// nothing may become markup in HTML, a formula in a spreadsheet, a new table
// cell or heading in Markdown, or invalid JSON or OSCAL. (The OSCAL exports
// are also validated against NIST's schemas by tests/oscal/validate.py.)
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <regex>
#include <set>

#include "core/catalog/catalog_loader.h"
#include "core/engine/management_steps.h"
#include "core/report/report.h"
#include "core/testing/hostile_corpus.h"
#include "core/testing/report_test_util.h"
#include "core/testing/test_catalog.h"

namespace cloudgap {
namespace {

using nlohmann::json;

std::string Render(const Catalog& catalog, const Assessment& a, ReportFormat format) {
  return RenderReport(catalog, a, format).bytes;
}

void CheckHtml(const std::string& html) {
  const std::set<std::string>& allowed = HtmlReportElements();
  for (const std::string& element : HtmlElements(html)) {
    EXPECT_TRUE(allowed.count(element)) << "element <" << element << ">";
  }
  for (const char* bad : {"<script", "<img", "<svg onload", "href=\"javascript", "href=\"data",
                          "onerror=alert(1)>", "onload=alert(1)>"}) {
    EXPECT_EQ(html.find(bad), std::string::npos) << bad;
  }
  // Every link goes to a web address or into the report, and opens nothing else.
  for (size_t at = html.find("<a "); at != std::string::npos; at = html.find("<a ", at + 1)) {
    const std::string tag = html.substr(at, html.find('>', at) - at);
    const bool internal = tag.rfind("<a href=\"#", 0) == 0;
    EXPECT_TRUE(internal || tag.rfind("<a href=\"https://", 0) == 0 ||
                tag.rfind("<a href=\"http://", 0) == 0)
        << tag;
    if (!internal) {
      EXPECT_NE(tag.find("rel=\"noopener noreferrer\""), std::string::npos) << tag;
    }
  }
  for (char c : html) {
    EXPECT_FALSE(static_cast<unsigned char>(c) < 0x20 && c != '\n' && c != '\t' && c != '\r')
        << "control character " << static_cast<int>(c);
  }
}

void CheckCsv(const std::string& csv, size_t rows_expected) {
  ASSERT_EQ(csv.substr(0, 3), "\xEF\xBB\xBF");
  std::string error;
  const CsvTable rows = ParseCsv(csv.substr(3), &error);
  ASSERT_EQ(error, "");
  ASSERT_EQ(rows.size(), rows_expected);
  for (const auto& row : rows) {
    ASSERT_EQ(row.size(), rows[0].size());
    for (const std::string& cell : row) {
      const size_t first = cell.find_first_not_of(' ');
      if (first == std::string::npos) continue;
      EXPECT_EQ(std::string("=+-@\t\r\n").find(cell[first]), std::string::npos)
          << cell.substr(0, 40);
    }
  }
}

void CheckMarkdown(const std::string& md) {
  EXPECT_EQ(MarkdownTableProblems(md), std::vector<std::string>{});
  for (const char* bad :
       {"<script", "<img", "<svg", "<b>", "\n# heading", "\n- list", "\n1. item", "\n=1"}) {
    EXPECT_EQ(md.find(bad), std::string::npos) << bad;
  }
  // "[text](url)" is only ever text: the brackets stay escaped.
  for (size_t at = md.find("](javascript"); at != std::string::npos;
       at = md.find("](javascript", at + 1)) {
    EXPECT_EQ(md[at - 1], '\\') << md.substr(at - 10, 30);
  }
  EXPECT_EQ(md.find("\n# "), std::string::npos);  // One title, on the first line.
}

void CheckOscal(const json& node) {
  static const std::regex kToken("^[A-Za-z_][A-Za-z0-9._-]*$");
  static const std::regex kUuid(
      "^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$");
  if (node.is_array()) {
    EXPECT_FALSE(node.empty()) << "an empty array";
    for (const json& item : node) CheckOscal(item);
    return;
  }
  if (!node.is_object()) return;
  for (const auto& [key, value] : node.items()) {
    // Names of properties and parts are tokens; a party's name is free text.
    const bool token_name = key == "name" && (node.contains("value") || node.contains("prose") ||
                                              node.contains("parts"));
    const bool token_id = key == "id" && !node.contains("identifier-type");  // system-id: text.
    if (token_id || key == "control-id" || key == "target-id" || token_name) {
      EXPECT_TRUE(std::regex_match(value.get<std::string>(), kToken)) << key << ": " << value;
    } else if (key == "uuid" || key == "observation-uuid" || key == "risk-uuid" ||
               key == "task-uuid") {
      EXPECT_TRUE(std::regex_match(value.get<std::string>(), kUuid)) << key << ": " << value;
    } else if (key == "value") {
      const std::string v = value.get<std::string>();
      EXPECT_FALSE(v.empty() || v.front() == ' ' || v.back() == ' ' ||
                   v.find('\n') != std::string::npos || v.find('\r') != std::string::npos)
          << v;
    } else if (key == "href") {
      const std::string v = value.get<std::string>();
      EXPECT_TRUE(v[0] == '#' || v.rfind("https://", 0) == 0 || v.rfind("http://", 0) == 0) << v;
    }
    CheckOscal(value);
  }
}

void CheckEveryFormat(const Catalog& catalog, const Assessment& a) {
  CheckHtml(Render(catalog, a, ReportFormat::kHtml));
  // The findings list every control, then the management-system steps still to do.
  CheckCsv(Render(catalog, a, ReportFormat::kCsv),
           catalog.controls.size() + PlannedSteps(catalog, a).size() + 1);
  CheckCsv(Render(catalog, a, ReportFormat::kSoa), catalog.controls.size() + 1);
  CheckMarkdown(Render(catalog, a, ReportFormat::kMarkdown));
  const json report = json::parse(Render(catalog, a, ReportFormat::kJson), nullptr, false);
  ASSERT_FALSE(report.is_discarded());
  for (ReportFormat format : {ReportFormat::kOscalAssessmentResults, ReportFormat::kOscalPoam,
                              ReportFormat::kOscalCatalog}) {
    const json oscal = json::parse(Render(catalog, a, format), nullptr, false);
    ASSERT_FALSE(oscal.is_discarded()) << ReportFormatName(format);
    CheckOscal(oscal);
  }
}

TEST(HostileText, EveryPayloadInEveryFieldOfEveryFormat) {
  for (const std::string& payload : Payloads()) {
    SCOPED_TRACE(
        testing::Message()
        << "payload: "
        << json(payload).dump(-1, ' ', true, json::error_handler_t::replace).substr(0, 60));
    CheckEveryFormat(TestCatalog(), Hostile(TestCatalog(), payload));
  }
}

TEST(HostileText, AllPayloadsAtOnceOnTheBuiltInCatalog) {
  std::string all;
  for (const std::string& payload : Payloads()) all += payload + " ";
  CheckEveryFormat(BuiltinCatalog(), Hostile(BuiltinCatalog(), all));
}

TEST(HostileText, JsonKeepsTheTextAsTyped) {
  const std::string payload = "<script>alert(1)</script> =1 | x";
  const json report =
      json::parse(Render(TestCatalog(), Hostile(TestCatalog(), payload), ReportFormat::kJson));
  EXPECT_EQ(report["assessment"]["organisation"], payload);
}

TEST(HostileText, HtmlShowsTheTextEscaped) {
  const std::string html = Render(
      TestCatalog(), Hostile(TestCatalog(), "<script>alert(1)</script>"), ReportFormat::kHtml);
  EXPECT_NE(html.find("&lt;script&gt;alert(1)&lt;/script&gt;"), std::string::npos);
}

}  // namespace
}  // namespace cloudgap
