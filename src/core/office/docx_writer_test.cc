// The Word writer (docx_writer.h), the report it is given (report_document.h)
// and the chart picture (png_writer.h).
#include "core/office/docx_writer.h"

#include <gtest/gtest.h>

#include "core/catalog/catalog_loader.h"
#include "core/document/sample_assessment.h"
#include "core/engine/scoring.h"
#include "core/office/office_report.h"
#include "core/office/ooxml_test_util.h"
#include "core/office/png_writer.h"
#include "core/office/report_document.h"
#include "core/office/xlsx_writer.h"
#include "core/testing/fixtures.h"
#include "core/testing/hostile_corpus.h"
#include "core/testing/test_catalog.h"
#include "core/zip/zip_writer.h"

namespace cloudgap {
namespace {

WordDocument SmallDocument() {
  WordDocument doc;
  doc.title = "Acme & Co";
  doc.creator = "CloudGap";
  doc.modified_at = "2024-05-31T09:30:00Z";
  doc.Paragraph(ParagraphStyle::kTitle, "ISO/IEC 27017 <assessment>");
  doc.Paragraph(ParagraphStyle::kHeading1, "Executive summary");
  doc.Paragraph(ParagraphStyle::kNormal, "line one\nline two", "Notes: ");
  doc.Paragraph(ParagraphStyle::kBullet, "a point");
  doc.Table({{"Control", "Why"}, {"5.1.1", "{ PAGE } and { INCLUDETEXT \"x\" }"}}, {1, 3});
  doc.Picture(BarChartPng({{"5", 50}, {"6", std::nullopt}}, 0x336699), 100, "A chart");
  doc.Picture("<svg/>", 40, "Not a PNG");
  doc.PageBreak();
  return doc;
}

ZipContents Parts(const WordDocument& doc) {
  const std::optional<std::string> bytes = WriteDocx(doc);
  EXPECT_TRUE(bytes);
  ZipContents parts = ReadZip(bytes ? *bytes : "");
  EXPECT_EQ(parts.error, "");
  return parts;
}

TEST(Png, BarsAreDrawnToScaleAndEncodedAsPng) {
  RgbCanvas canvas(10, 4, 0xFFFFFF);
  canvas.FillRect(2, 1, 3, 2, 0x123456);
  canvas.FillRect(8, 3, 50, 50, 0xABCDEF);  // Clipped.
  EXPECT_EQ(canvas.At(2, 1), 0x123456u);
  EXPECT_EQ(canvas.At(4, 2), 0x123456u);
  EXPECT_EQ(canvas.At(5, 2), 0xFFFFFFu);
  EXPECT_EQ(canvas.At(9, 3), 0xABCDEFu);
  const std::string png = canvas.EncodePng();
  ASSERT_TRUE(PngSize(png));
  EXPECT_EQ(PngSize(png)->width, 10u);
  EXPECT_EQ(PngSize(png)->height, 4u);
  // CRC-32 of each chunk: IHDR's, as any PNG reader checks it.
  const uint32_t crc = Crc32(png.substr(12, 17));
  const std::string crc_bytes = {static_cast<char>(crc >> 24), static_cast<char>(crc >> 16),
                                 static_cast<char>(crc >> 8), static_cast<char>(crc)};
  EXPECT_EQ(png.substr(29, 4), crc_bytes);
  const std::string chart = BarChartPng({{"5", 50}, {"18", std::nullopt}}, 0x336699);
  EXPECT_EQ(chart, BarChartPng({{"5", 50}, {"18", std::nullopt}}, 0x336699));
  EXPECT_NE(chart, BarChartPng({{"5", 60}, {"18", std::nullopt}}, 0x336699));
  // Digits are drawn: "1" lights its stem, a space nothing.
  RgbCanvas digits(20, 10, 0xFFFFFF);
  EXPECT_EQ(digits.DrawNumber(0, 0, "1 ", 1, 0x000000), 12);
  EXPECT_EQ(digits.At(2, 0), 0x000000u);  // The top of the 1.
  EXPECT_EQ(digits.At(0, 0), 0xFFFFFFu);
  EXPECT_EQ(digits.At(8, 3), 0xFFFFFFu);  // The space.
  EXPECT_EQ(RgbCanvas::NumberWidth("62.5", 3), 69);
}

TEST(Docx, ThePackageHoldsEveryPartWithItsContentType) {
  const ZipContents parts = Parts(SmallDocument());
  ExpectConsistentPackage(parts);
  EXPECT_EQ(parts.entries[0].name, "[Content_Types].xml");
  EXPECT_NE(parts.Find("word/media/image1.png"), nullptr);
  EXPECT_EQ(parts.Find("word/media/image2.png"), nullptr);  // The SVG was left out.
  EXPECT_TRUE(Contains(Part(parts, "docProps/core.xml"), "<dc:title>Acme &amp; Co</dc:title>"));
}

TEST(Docx, ParagraphsTablesAndPicturesAreWordsOwn) {
  const std::string xml = Part(Parts(SmallDocument()), "word/document.xml");
  EXPECT_TRUE(Contains(xml,
                       "<w:pStyle w:val=\"Title\"/></w:pPr><w:r><w:t xml:space=\"preserve\">"
                       "ISO/IEC 27017 &lt;assessment&gt;</w:t>"));
  EXPECT_TRUE(Contains(xml, "<w:pStyle w:val=\"Heading1\"/>"));
  EXPECT_TRUE(
      Contains(xml, "<w:r><w:rPr><w:b/></w:rPr><w:t xml:space=\"preserve\">Notes: </w:t></w:r>"));
  // A bullet's mark comes first, before any bold label.
  EXPECT_TRUE(Contains(xml,
                       "<w:pStyle w:val=\"ListBullet\"/></w:pPr><w:r><w:t xml:space=\"preserve\">"
                       "\xE2\x80\xA2\t</w:t></w:r><w:r><w:t xml:space=\"preserve\">a point"));
  EXPECT_TRUE(
      Contains(xml, "line one</w:t></w:r><w:r><w:br/><w:t xml:space=\"preserve\">line two"));
  EXPECT_TRUE(Contains(xml, "<w:trPr><w:tblHeader/><w:cantSplit/></w:trPr>"));  // Repeated header.
  EXPECT_TRUE(Contains(xml, "<w:gridCol w:w=\"2409\"/><w:gridCol w:w=\"7228\"/>"));
  EXPECT_TRUE(Contains(xml, "descr=\"A chart\""));
  EXPECT_TRUE(Contains(xml, "<w:br w:type=\"page\"/>"));
  // Braces typed by a user are text: no field code, simple or complex, anywhere.
  EXPECT_FALSE(Contains(xml, "fldSimple"));
  EXPECT_FALSE(Contains(xml, "instrText"));
  EXPECT_FALSE(Contains(xml, "fldChar"));
  const std::string styles = Part(Parts(SmallDocument()), "word/styles.xml");
  EXPECT_TRUE(Contains(styles, "<w:name w:val=\"heading 1\"/>"));
  EXPECT_TRUE(Contains(styles, "<w:outlineLvl w:val=\"0\"/>"));
}

TEST(Docx, TheSameDocumentGivesTheSameBytes) {
  EXPECT_EQ(WriteDocx(SmallDocument()), WriteDocx(SmallDocument()));
}

TEST(ReportDocument, EverySectionIsAHeadingOneInOrder) {
  const Catalog& catalog = BuiltinCatalog();
  for (AssessmentMode mode : {AssessmentMode::kFull, AssessmentMode::kQuick}) {
    const Assessment a = SampleAssessment(catalog, mode, kTestNow);
    const Evaluation e = Evaluate(catalog, a);
    const Roadmap r = BuildRoadmap(catalog, a, e);
    const WordDocument doc = ReportDocument(ReportInput(catalog, a, e, r), ReportBrand{});
    std::vector<std::string> headings;
    for (const Block& block : doc.blocks) {
      if (block.kind == Block::Kind::kParagraph && block.style == ParagraphStyle::kHeading1) {
        headings.push_back(block.text);
      }
    }
    EXPECT_EQ(headings, std::vector<std::string>(std::begin(kReportDocumentSections),
                                                 std::end(kReportDocumentSections)));
    // The title page names the organisation, and the SoA has every control.
    EXPECT_EQ(doc.blocks[2].text, a.profile.organisation);
    size_t soa_rows = 0;
    for (const Block& block : doc.blocks) {
      if (block.kind == Block::Kind::kTable && block.rows[0][0] == "Control")
        soa_rows = block.rows.size();
    }
    EXPECT_EQ(soa_rows, 1 + catalog.controls.size());
  }
}

TEST(ReportDocument, TheBrandIsOnTheTitlePage) {
  const Catalog& catalog = BuiltinCatalog();
  const Assessment a = SampleAssessment(catalog, AssessmentMode::kFull, kTestNow);
  RgbCanvas logo(20, 10, 0x0B3D91);
  const ReportBrand brand{"Acme Assure", 0x0B3D91, logo.EncodePng(), std::nullopt};
  const ZipContents parts =
      ReadZip(RenderOfficeReport(catalog, a, OfficeFormat::kDocx, brand).bytes);
  ASSERT_EQ(parts.error, "");
  ExpectConsistentPackage(parts);
  EXPECT_EQ(Part(parts, "word/media/image1.png"), brand.logo_png);  // First: the title page.
  EXPECT_NE(parts.Find("word/media/image2.png"), nullptr);          // The clause chart.
  EXPECT_TRUE(Contains(Part(parts, "word/document.xml"), ">Acme Assure</w:t>"));
  EXPECT_TRUE(Contains(Part(parts, "word/styles.xml"), "<w:color w:val=\"0B3D91\"/>"));
  EXPECT_TRUE(Contains(Part(parts, "docProps/app.xml"), "<Application>Acme Assure<"));
}

TEST(ReportDocument, HostileTextStaysText) {
  const Catalog& catalog = BuiltinCatalog();
  for (const std::string& payload : Payloads()) {
    const RenderedReport report =
        RenderOfficeReport(catalog, Hostile(catalog, payload), OfficeFormat::kDocx, {});
    const ZipContents parts = ReadZip(report.bytes);
    ASSERT_EQ(parts.error, "") << payload;
    const std::string xml = Part(parts, "word/document.xml");
    EXPECT_FALSE(Contains(xml, "<script")) << payload;
    EXPECT_FALSE(Contains(xml, "instrText")) << payload;
    EXPECT_FALSE(Contains(xml, "fldSimple")) << payload;
    EXPECT_FALSE(Contains(Part(parts, "word/_rels/document.xml.rels"), "External")) << payload;
    EXPECT_FALSE(Contains(xml, std::string("\x01", 1))) << payload;
  }
}

}  // namespace
}  // namespace cloudgap
