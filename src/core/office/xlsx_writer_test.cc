#include "core/office/xlsx_writer.h"

#include <gtest/gtest.h>

#include <regex>
#include <set>

#include "core/office/ooxml_test_util.h"
#include "core/testing/fixtures.h"
#include "core/zip/zip_reader.h"
#include "core/zip/zip_writer.h"

namespace cloudgap {
namespace {

// A 2x1 PNG header is all PngSize and the writer read; the rest is carried as is.
std::string TinyPng(uint32_t width, uint32_t height) {
  std::string png("\x89PNG\r\n\x1a\n\0\0\0\x0dIHDR", 16);
  for (uint32_t v : {width, height}) {
    for (int shift = 24; shift >= 0; shift -= 8) png += static_cast<char>((v >> shift) & 0xff);
  }
  return png + std::string("\x08\x06\0\0\0", 5);
}

Workbook SmallBook() {
  Workbook book;
  book.title = "Acme <Ltd>";
  book.creator = "CloudGap";
  book.modified_at = "2024-05-31T09:30:00.250Z";
  Sheet scores{"Controls",
               {{"Control", 12, false, false},
                {"Score", 9, false, true},
                {"Due", 11, false, false},
                {"Notes", 40, true, false}},
               {}};
  scores.rows.push_back({Cell::Text("5.1.1"), Cell::Number(62.5), Cell::Date("2024-09-30"),
                         Cell::Text("=HYPERLINK(\"http://x\")")});
  scores.rows.push_back({Cell::Text("9.2.3"), Cell(), Cell::Date("not a date"),
                         Cell::Text("5.1.1")});  // A repeated string is shared once.
  book.sheets.push_back(scores);
  book.sheets.push_back({"Odd: [name]/?*", {{"Only", 10, false, false}}, {}});
  return book;
}

ZipContents Parts(const Workbook& book) {
  const std::optional<std::string> bytes = WriteXlsx(book);
  EXPECT_TRUE(bytes);
  ZipContents parts = ReadZip(bytes ? *bytes : "");
  EXPECT_EQ(parts.error, "");
  return parts;
}

TEST(Xlsx, ThePackageHoldsEveryPartWithItsContentType) {
  const ZipContents parts = Parts(SmallBook());
  ExpectConsistentPackage(parts);
  EXPECT_EQ(parts.entries[0].name, "[Content_Types].xml");  // First, as readers expect.
  for (const char* name :
       {"_rels/.rels", "docProps/core.xml", "docProps/app.xml", "xl/workbook.xml",
        "xl/_rels/workbook.xml.rels", "xl/styles.xml", "xl/sharedStrings.xml",
        "xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml"}) {
    EXPECT_NE(parts.Find(name), nullptr) << name;
  }
  EXPECT_EQ(parts.Find("xl/media/image1.png"), nullptr);  // No logo given.
  EXPECT_TRUE(Contains(Part(parts, "docProps/core.xml"), "<dc:title>Acme &lt;Ltd&gt;</dc:title>"));
  EXPECT_TRUE(
      Contains(Part(parts, "docProps/core.xml"), ">2024-05-31T09:30:00Z</dcterms:modified>"));
}

TEST(Xlsx, CellsKeepTheirTypesAndTextIsNeverAFormula) {
  const ZipContents parts = Parts(SmallBook());
  const std::string sheet = Part(parts, "xl/worksheets/sheet1.xml");
  const std::string strings = Part(parts, "xl/sharedStrings.xml");
  EXPECT_TRUE(Contains(sheet, "<c r=\"B2\" s=\"4\"><v>62.5</v></c>"));
  EXPECT_TRUE(Contains(sheet, "<c r=\"C2\" s=\"2\"><v>45565</v></c>"));  // 2024-09-30.
  EXPECT_EQ(sheet.find("<f>"), std::string::npos);
  EXPECT_EQ(sheet.find("t=\"str\""), std::string::npos);
  EXPECT_TRUE(Contains(strings, "<t xml:space=\"preserve\">=HYPERLINK(&quot;http://x&quot;)</t>"));
  EXPECT_TRUE(Contains(strings, "<t xml:space=\"preserve\">not a date</t>"));
  // Control, Score, Due, Notes, Only; 5.1.1 (twice), the formula text, 9.2.3, "not a date".
  EXPECT_TRUE(Contains(strings, "count=\"10\" uniqueCount=\"9\""));
}

TEST(Xlsx, HeadersAreFrozenFilteredAndScoresColoured) {
  const ZipContents parts = Parts(SmallBook());
  const std::string sheet = Part(parts, "xl/worksheets/sheet1.xml");
  EXPECT_TRUE(Contains(sheet,
                       "<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" "
                       "state=\"frozen\"/>"));
  EXPECT_TRUE(Contains(sheet, "<autoFilter ref=\"A1:D3\"/>"));
  EXPECT_TRUE(
      Contains(sheet, "<conditionalFormatting sqref=\"B2:B3\"><cfRule type=\"colorScale\""));
  EXPECT_TRUE(Contains(sheet, "<col min=\"4\" max=\"4\" width=\"40\" customWidth=\"1\"/>"));
  EXPECT_TRUE(Contains(sheet, "<c r=\"D2\" s=\"3\" t=\"s\">"));  // Wrapped column.
  // A sheet without rows gets no colour scale and a filter over its header.
  const std::string empty = Part(parts, "xl/worksheets/sheet2.xml");
  EXPECT_TRUE(Contains(empty, "<autoFilter ref=\"A1:A1\"/>"));
  EXPECT_FALSE(Contains(empty, "conditionalFormatting"));
  const std::string book = Part(parts, "xl/workbook.xml");
  EXPECT_TRUE(Contains(book, "<sheet name=\"Odd- -name----\" sheetId=\"2\""));
  EXPECT_TRUE(Contains(book, "localSheetId=\"0\" hidden=\"1\">&apos;Controls&apos;!$A$1:$D$3<"));
}

TEST(Xlsx, SheetNamesAreCutByCharactersAndNeverRepeat) {
  Workbook book = SmallBook();
  const std::string long_name(40, 'x');
  for (const std::string& name :
       {std::string("controls"), std::string("Déclaration d’applicabilité"), long_name,
        long_name}) {
    book.sheets.push_back({name, {{"Only", 10, false, false}}, {}});
  }
  const std::string names = Part(Parts(book), "xl/workbook.xml");
  // Excel counts 31 characters (UTF-16 units), not bytes, and ignores case.
  EXPECT_TRUE(Contains(names, "<sheet name=\"controls (2)\" sheetId=\"3\""));
  EXPECT_TRUE(Contains(names, "<sheet name=\"Déclaration d’applicabilité\" sheetId=\"4\""));
  EXPECT_TRUE(Contains(names, "<sheet name=\"" + std::string(31, 'x') + "\" sheetId=\"5\""));
  EXPECT_TRUE(Contains(names, "<sheet name=\"" + std::string(27, 'x') + " (2)\" sheetId=\"6\""));
}

TEST(Xlsx, TheAccentColoursTheHeaderWithReadableText) {
  Workbook book = SmallBook();
  book.accent_rgb = 0xFFD700;  // Gold: black text.
  EXPECT_TRUE(Contains(Part(Parts(book), "xl/styles.xml"), "<fgColor rgb=\"FFFFD700\"/>"));
  EXPECT_TRUE(Contains(Part(Parts(book), "xl/styles.xml"), "<color rgb=\"FF000000\"/>"));
  book.accent_rgb = 0x0B3D91;  // Navy: white text.
  EXPECT_TRUE(Contains(Part(Parts(book), "xl/styles.xml"), "<fgColor rgb=\"FF0B3D91\"/>"));
  EXPECT_TRUE(Contains(Part(Parts(book), "xl/styles.xml"), "<color rgb=\"FFFFFFFF\"/>"));
}

TEST(Xlsx, ALogoIsAPictureOnTheFirstSheet) {
  Workbook book = SmallBook();
  book.logo_png = TinyPng(200, 50);
  const ZipContents parts = Parts(book);
  ExpectConsistentPackage(parts);
  EXPECT_EQ(Part(parts, "xl/media/image1.png"), book.logo_png);
  EXPECT_TRUE(Contains(Part(parts, "xl/worksheets/sheet1.xml"), "<drawing r:id=\"rId1\"/>"));
  EXPECT_FALSE(Contains(Part(parts, "xl/worksheets/sheet2.xml"), "<drawing"));
  // 48 px high, the width kept in proportion: 192 px, in EMU.
  EXPECT_TRUE(Contains(Part(parts, "xl/drawings/drawing1.xml"), "cx=\"1828800\" cy=\"457200\""));
  book.logo_png = "<svg/>";  // Not a PNG: left out rather than a broken picture.
  EXPECT_EQ(Parts(book).Find("xl/media/image1.png"), nullptr);
}

TEST(Xlsx, TheSameWorkbookGivesTheSameBytes) {
  EXPECT_EQ(WriteXlsx(SmallBook()), WriteXlsx(SmallBook()));
  Workbook later = SmallBook();
  later.modified_at = "2024-06-01T00:00:00Z";
  EXPECT_NE(WriteXlsx(SmallBook()), WriteXlsx(later));
}

TEST(Xlsx, ColumnLettersAndDates) {
  EXPECT_EQ(ColumnLetters(0), "A");
  EXPECT_EQ(ColumnLetters(25), "Z");
  EXPECT_EQ(ColumnLetters(26), "AA");
  EXPECT_EQ(ColumnLetters(701), "ZZ");
  EXPECT_EQ(ColumnLetters(702), "AAA");
  EXPECT_EQ(SpreadsheetSerialDate("1899-12-31"), 1);
  EXPECT_EQ(SpreadsheetSerialDate("1900-03-01"), 61);
  EXPECT_EQ(SpreadsheetSerialDate("1970-01-01"), 25569);
  EXPECT_EQ(SpreadsheetSerialDate("2024-02-29"), 45351);
  EXPECT_EQ(SpreadsheetSerialDate("2024-02-30"), std::nullopt);
}

}  // namespace
}  // namespace cloudgap
