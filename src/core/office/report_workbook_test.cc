#include "core/office/report_workbook.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "core/catalog/catalog_loader.h"
#include "core/document/sample_assessment.h"
#include "core/engine/scoring.h"
#include "core/office/office_report.h"
#include "core/office/xlsx_writer.h"
#include "core/report/report_json.h"
#include "core/testing/fixtures.h"
#include "core/testing/hostile_corpus.h"
#include "core/testing/test_catalog.h"
#include "core/text/score_format.h"
#include "core/zip/zip_reader.h"

namespace cloudgap {
namespace {

using nlohmann::ordered_json;

struct Built {
  Built(const Catalog& c, Assessment a)
      : catalog(c),
        assessment(std::move(a)),
        evaluation(Evaluate(catalog, assessment)),
        roadmap(BuildRoadmap(catalog, assessment, evaluation)),
        input(catalog, assessment, evaluation, roadmap),
        book(ReportWorkbook(input, ReportBrand{})) {}
  const Catalog& catalog;
  Assessment assessment;
  Evaluation evaluation;
  Roadmap roadmap;
  ReportInput input;
  Workbook book;
};

const Sheet& SheetNamed(const Workbook& book, const std::string& name) {
  for (const Sheet& sheet : book.sheets) {
    if (sheet.name == name) return sheet;
  }
  ADD_FAILURE() << "no sheet " << name;
  return book.sheets.front();
}

size_t ColumnOf(const Sheet& sheet, const std::string& header) {
  for (size_t i = 0; i < sheet.columns.size(); ++i) {
    if (sheet.columns[i].header == header) return i;
  }
  ADD_FAILURE() << sheet.name << " has no column " << header;
  return 0;
}

// The cell as the JSON report would say it: a number, a string, or null.
ordered_json AsJson(const Cell& cell) {
  switch (cell.type) {
    case Cell::Type::kEmpty: return nullptr;
    case Cell::Type::kNumber: return cell.number;
    default: return cell.text;
  }
}

const Cell& FieldValue(const Sheet& summary, const std::string& name) {
  for (const std::vector<Cell>& row : summary.rows) {
    if (row[0].text == name) return row[1];
  }
  ADD_FAILURE() << "no summary field " << name;
  return summary.rows.front()[1];
}

TEST(ReportWorkbook, AFullAssessmentHasEverySheetWithFullRows) {
  const Built b(BuiltinCatalog(),
                SampleAssessment(BuiltinCatalog(), AssessmentMode::kFull, kTestNow));
  std::vector<std::string> names;
  for (const Sheet& sheet : b.book.sheets) {
    names.push_back(sheet.name);
    for (const std::vector<Cell>& row : sheet.rows) {
      EXPECT_EQ(row.size(), sheet.columns.size()) << sheet.name;
    }
  }
  EXPECT_EQ(names, (std::vector<std::string>{"Summary", "Controls", "Questions", "Roadmap", "SoA",
                                             "Projection", "Audit checklist"}));
  EXPECT_EQ(SheetNamed(b.book, "Controls").rows.size(), b.catalog.controls.size());
  EXPECT_EQ(SheetNamed(b.book, "SoA").rows.size(), b.catalog.controls.size());
  EXPECT_EQ(SheetNamed(b.book, "Roadmap").rows.size(), b.roadmap.items.size());
  EXPECT_EQ(SheetNamed(b.book, "Projection").rows.size(), 1 + b.roadmap.projection.size());
  EXPECT_GE(SheetNamed(b.book, "Questions").rows.size(),
            static_cast<size_t>(b.evaluation.overall.answers.asked));
  const Sheet& summary = SheetNamed(b.book, "Summary");
  EXPECT_EQ(FieldValue(summary, "Overall score (0-100)"),
            Cell::Number(RoundScore(*b.evaluation.overall.score)));
  EXPECT_EQ(FieldValue(summary, "Catalog SHA-256"), Cell::Text(b.catalog.sha256));
  EXPECT_EQ(FieldValue(summary, "Readiness reason 1"),
            Cell::Text(b.evaluation.overall.readiness_reasons.at(0)));
  EXPECT_EQ(FieldValue(summary, "Last changed").type, Cell::Type::kDate);
}

TEST(ReportWorkbook, ControlsSayWhatTheJsonReportSays) {
  const Built b(BuiltinCatalog(),
                SampleAssessment(BuiltinCatalog(), AssessmentMode::kFull, kTestNow));
  const ordered_json json = JsonReport(b.input);
  const Sheet& sheet = SheetNamed(b.book, "Controls");
  const std::pair<const char*, const char*> fields[] = {
      {"id", "Control"},        {"title", "Title"},
      {"clause", "Clause"},     {"score", "Score"},
      {"maturity", "Maturity"}, {"target", "Target"},
      {"gap", "Gap"},           {"risk_weight", "Risk weight"},
      {"owner", "Owner"},       {"notes", "Notes"},
  };
  size_t scored = 0;
  for (size_t i = 0; i < sheet.rows.size(); ++i) {
    const ordered_json& control = json["controls"][i];
    for (const auto& [field, header] : fields) {
      ordered_json expected = control[field];
      if (expected == "") expected = nullptr;  // An empty cell.
      if (!control["applicable"].get<bool>() && std::string(field) == "target") continue;
      EXPECT_EQ(AsJson(sheet.rows[i][ColumnOf(sheet, header)]), expected)
          << control["id"] << " " << field;
    }
    EXPECT_EQ(sheet.rows[i][ColumnOf(sheet, "Questions asked")],
              Cell::Number(control["questions"]["asked"].get<double>()));
    if (!control["score"].is_null()) ++scored;
  }
  EXPECT_GT(scored, 20u);  // The sample is part-way through, not empty.
}

TEST(ReportWorkbook, TheRoadmapIsInRankOrderWithItsActions) {
  const Built b(BuiltinCatalog(),
                SampleAssessment(BuiltinCatalog(), AssessmentMode::kFull, kTestNow));
  const Sheet& sheet = SheetNamed(b.book, "Roadmap");
  ASSERT_FALSE(b.roadmap.items.empty());
  for (size_t i = 0; i < sheet.rows.size(); ++i) {
    const RoadmapItem& item = b.roadmap.items[i];
    EXPECT_EQ(sheet.rows[i][0], Cell::Number(static_cast<double>(i + 1)));
    EXPECT_EQ(sheet.rows[i][ColumnOf(sheet, "Item")], Cell::Text(item.control_id));
    EXPECT_EQ(sheet.rows[i][ColumnOf(sheet, "Effort (person-days)")],
              Cell::Number(static_cast<double>(item.effort_days)));
    EXPECT_EQ(sheet.rows[i][ColumnOf(sheet, "Reason")], Cell::Text(item.reason));
    if (!item.actions.empty()) {
      EXPECT_TRUE(Contains(sheet.rows[i][ColumnOf(sheet, "Actions")].text,
                           "1. " + std::string(item.actions[0])));
    }
  }
}

TEST(ReportWorkbook, AQuickScanHasEverySheetAndOnlyItsQuickQuestions) {
  const Built b(BuiltinCatalog(),
                SampleAssessment(BuiltinCatalog(), AssessmentMode::kQuick, kTestNow));
  EXPECT_EQ(b.book.sheets.size(), 7u);
  const Sheet& questions = SheetNamed(b.book, "Questions");
  ASSERT_FALSE(questions.rows.empty());
  for (const std::vector<Cell>& row : questions.rows) {
    bool quick = false;
    for (const Control& c : b.catalog.controls) {
      for (const Question& q : c.quick_questions) quick = quick || q.id == row[1].text;
    }
    EXPECT_TRUE(quick) << row[1].text;
  }
}

TEST(ReportWorkbook, HostileTextStaysInertText) {
  const Catalog& catalog = BuiltinCatalog();
  for (const std::string& payload : Payloads()) {
    const Assessment a = Hostile(catalog, payload);
    const RenderedReport report = RenderOfficeReport(catalog, a, OfficeFormat::kXlsx, {});
    const ZipContents parts = ReadZip(report.bytes);
    ASSERT_EQ(parts.error, "") << payload;
    for (const ZipEntry& part : parts.entries) {
      EXPECT_FALSE(Contains(part.data, "<f>")) << part.name;      // No formula.
      EXPECT_FALSE(Contains(part.data, "<script")) << part.name;  // Markup escaped.
      EXPECT_FALSE(Contains(part.data, "TargetMode=\"External\"")) << part.name;
      EXPECT_FALSE(Contains(part.data, std::string("\x01", 1))) << part.name;
    }
  }
}

TEST(ReportWorkbook, TheBrandNamesTheWorkbookAndTheSameInputGivesTheSameBytes) {
  const Catalog& catalog = BuiltinCatalog();
  const Assessment a = SampleAssessment(catalog, AssessmentMode::kFull, kTestNow);
  const RenderedReport plain = RenderOfficeReport(catalog, a, OfficeFormat::kXlsx, {});
  EXPECT_EQ(plain.bytes, RenderOfficeReport(catalog, a, OfficeFormat::kXlsx, {}).bytes);
  EXPECT_EQ(plain.file_extension, "xlsx");
  ReportBrand brand{"Acme Assure", 0x0B3D91, "", std::nullopt};
  const ZipContents parts =
      ReadZip(RenderOfficeReport(catalog, a, OfficeFormat::kXlsx, brand).bytes);
  ASSERT_EQ(parts.error, "");
  EXPECT_TRUE(Contains(parts.Find("docProps/core.xml")->data, "<dc:creator>Acme Assure<"));
  EXPECT_TRUE(Contains(parts.Find("xl/sharedStrings.xml")->data, ">Acme Assure ISO/IEC 27017"));
  EXPECT_TRUE(Contains(parts.Find("xl/styles.xml")->data, "FF0B3D91"));
  EXPECT_EQ(OfficeReportFileName(a, OfficeFormat::kXlsx).substr(0, 9), "cloudgap-");
  EXPECT_EQ(ParseOfficeFormat("xlsx"), OfficeFormat::kXlsx);
  EXPECT_EQ(ParseOfficeFormat("xls"), std::nullopt);
}

}  // namespace
}  // namespace cloudgap
