// The workbook in German and French, from the shipped words and catalog
// translations: every word of it translated, sheet names Excel accepts, and
// the same numbers and dates as the English workbook.
#include <gtest/gtest.h>

#include <cctype>
#include <set>
#include <string>

#include "core/catalog/catalog_loader.h"
#include "core/catalog/catalog_translation.h"
#include "core/document/sample_assessment.h"
#include "core/engine/roadmap.h"
#include "core/engine/scoring.h"
#include "core/i18n/message_catalog.h"
#include "core/office/report_workbook.h"
#include "core/office/xlsx_writer.h"
#include "core/testing/fixtures.h"
#include "core/testing/shipped_language.h"
#include "core/testing/test_catalog.h"
#include "core/testing/test_source_dir.h"
#include "core/text/utf8.h"
#include "core/text/xml_escape.h"
#include "core/zip/zip_reader.h"

namespace cloudgap {
namespace {

struct Translated {
  const char* language;
  // Heads and labels that are rightly the same word as in English.
  std::set<std::string> same_as_english;
};

const Translated kLanguages[] = {
    {"de", {"Status", "Phase", "Text", "Organisation", "Engine"}},
    {"fr",
     {"Questions", "Projection", "Question", "Applicable", "Phase", "Score", "Notes",
      "Justification", "Source", "Actions", "Organisation", "Infrastructure", "N/A"}},
};

// Values the workbook words itself, and the phases.
const std::set<std::string> kEnglishValues = {"set by hand",
                                              "from the answers",
                                              "certification step",
                                              "control",
                                              "Yes",
                                              "No",
                                              "today",
                                              "0-30 days",
                                              "later"};

const Assessment& Sample() {
  static const Assessment sample =
      SampleAssessment(BuiltinCatalog(), AssessmentMode::kFull, kTestNow);
  return sample;
}

Workbook Book(const Catalog& catalog, const MessageCatalog& words) {
  const Evaluation evaluation = Evaluate(catalog, Sample());
  const Roadmap roadmap =
      BuildRoadmap(catalog, Sample(), evaluation, EffortPoint::kMidpoint, words);
  return ReportWorkbook(ReportInput(catalog, Sample(), evaluation, roadmap, words), ReportBrand{});
}

// The workbook in `language`, from its shipped message and catalog files.
Workbook TranslatedBook(const std::string& language) {
  const ShippedLanguage shipped = LoadShippedLanguage(language);
  EXPECT_EQ(shipped.problem, "");
  return Book(shipped.catalog ? *shipped.catalog : BuiltinCatalog(), shipped.words);
}

TEST(WorkbookLanguage, SheetNamesColumnHeadsAndLabelsAreTranslated) {
  const Workbook english = Book(BuiltinCatalog(), EnglishMessages());
  for (const Translated& t : kLanguages) {
    const Workbook book = TranslatedBook(t.language);
    ASSERT_EQ(book.sheets.size(), english.sheets.size()) << t.language;
    auto expect_translated = [&](const std::string& words, const std::string& english_words) {
      if (words == english_words) {
        EXPECT_TRUE(t.same_as_english.count(words) || Contains(words, "ISO/IEC") ||
                    Contains(words, "NIST") || Contains(words, "SHA-256"))
            << t.language << ": " << words << " is in English";
      }
    };
    for (size_t s = 0; s < book.sheets.size(); ++s) {
      const Sheet& sheet = book.sheets[s];
      const Sheet& in_english = english.sheets[s];
      expect_translated(sheet.name, in_english.name);
      for (size_t c = 0; c < sheet.columns.size(); ++c) {
        expect_translated(sheet.columns[c].header, in_english.columns[c].header);
      }
      for (const std::vector<Cell>& row : sheet.rows) {
        for (const Cell& cell : row) {
          EXPECT_FALSE(kEnglishValues.count(cell.text)) << t.language << ": " << cell.text;
        }
      }
    }
    const Sheet& summary = book.sheets.front();
    for (size_t r = 0; r < summary.rows.size(); ++r) {
      expect_translated(summary.rows[r][0].text, english.sheets.front().rows[r][0].text);
    }
  }
  const Workbook german = TranslatedBook("de");
  EXPECT_EQ(german.sheets[0].name, "Übersicht");
  EXPECT_EQ(german.sheets[1].columns[6].header, "Reifegrad");
  const Workbook french = TranslatedBook("fr");
  EXPECT_EQ(french.sheets[3].name, "Feuille de route");
  EXPECT_EQ(french.sheets[1].columns[9].header, "Écart");
}

TEST(WorkbookLanguage, EverySheetNameIsOneExcelAcceptsAsItIs) {
  for (const char* language : {"en", "de", "fr"}) {
    const Workbook book = std::string(language) == "en" ? Book(BuiltinCatalog(), EnglishMessages())
                                                        : TranslatedBook(language);
    const ZipContents parts = ReadZip(WriteXlsx(book).value_or(""));
    ASSERT_EQ(parts.error, "") << language;
    const std::string workbook_xml = parts.Find("xl/workbook.xml")->data;
    std::set<std::string> seen;
    for (const Sheet& sheet : book.sheets) {
      EXPECT_GE(Utf8Length(sheet.name), 1u);
      EXPECT_LE(Utf8Length(sheet.name), 31u) << sheet.name;  // All in the BMP: one unit each.
      EXPECT_EQ(sheet.name.find_first_of("[]:*?/\\'"), std::string::npos) << sheet.name;
      std::string folded = sheet.name;
      for (char& c : folded) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      EXPECT_TRUE(seen.insert(folded).second) << language << ": " << sheet.name << " twice";
      // The writer kept it whole: nothing cut, replaced or numbered.
      EXPECT_TRUE(Contains(workbook_xml, "<sheet name=\"" + XmlEscape(sheet.name) + "\" "))
          << language << ": " << sheet.name;
    }
  }
}

TEST(WorkbookLanguage, TheNumbersAndDatesAreTheEnglishOnes) {
  const Workbook english = Book(BuiltinCatalog(), EnglishMessages());
  for (const Translated& t : kLanguages) {
    const Workbook book = TranslatedBook(t.language);
    ASSERT_EQ(book.sheets.size(), english.sheets.size());
    size_t numbers = 0;
    for (size_t s = 0; s < book.sheets.size(); ++s) {
      const Sheet& sheet = book.sheets[s];
      ASSERT_EQ(sheet.rows.size(), english.sheets[s].rows.size()) << sheet.name;
      for (size_t r = 0; r < sheet.rows.size(); ++r) {
        const std::vector<Cell>& row = sheet.rows[r];
        const std::vector<Cell>& english_row = english.sheets[s].rows[r];
        ASSERT_EQ(row.size(), english_row.size());
        for (size_t c = 0; c < row.size(); ++c) {
          EXPECT_EQ(row[c].type, english_row[c].type) << sheet.name << " " << r << ":" << c;
          if (row[c].type == Cell::Type::kText) continue;
          EXPECT_EQ(row[c], english_row[c]) << sheet.name << " " << r << ":" << c;
          numbers += row[c].type == Cell::Type::kNumber;
        }
      }
    }
    EXPECT_GT(numbers, 1000u) << t.language;  // Not a vacuous comparison.
  }
}

}  // namespace
}  // namespace cloudgap
