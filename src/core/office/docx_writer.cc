#include "core/office/docx_writer.h"

#include <cstdio>

#include "core/office/ooxml_parts.h"
#include "core/office/xlsx_writer.h"  // PngSize.
#include "core/text/xml_escape.h"
#include "core/zip/zip_writer.h"

namespace cloudgap {
namespace {

constexpr char kWordNs[] = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
constexpr int kTextWidthTwips = 11906 - 2 * 1134;  // A4 less two 2 cm margins.
constexpr long kEmuPerMm = 36000;

const char* StyleId(ParagraphStyle style) {
  switch (style) {
    case ParagraphStyle::kNormal: return "Normal";
    case ParagraphStyle::kTitle: return "Title";
    case ParagraphStyle::kSubtitle: return "Subtitle";
    case ParagraphStyle::kHeading1: return "Heading1";
    case ParagraphStyle::kHeading2: return "Heading2";
    case ParagraphStyle::kBullet: return "ListBullet";
    case ParagraphStyle::kCaption: return "Caption";
  }
  return "Normal";
}

// Runs for `text`, each line break a <w:br/>; bold when asked.
std::string Runs(const std::string& text, bool bold, const std::string& colour = "") {
  std::string properties;
  if (bold || !colour.empty()) {
    properties = "<w:rPr>" + std::string(bold ? "<w:b/>" : "") +
                 (colour.empty() ? "" : "<w:color w:val=\"" + colour + "\"/>") + "</w:rPr>";
  }
  std::string runs;
  size_t start = 0;
  while (true) {
    size_t end = text.find('\n', start);
    std::string line =
        text.substr(start, end == std::string::npos ? std::string::npos : end - start);
    if (!line.empty() && line.back() == '\r') line.pop_back();
    runs += "<w:r>" + properties + (start > 0 ? "<w:br/>" : "") + "<w:t xml:space=\"preserve\">" +
            XmlEscape(line) + "</w:t></w:r>";
    if (end == std::string::npos) break;
    start = end + 1;
  }
  return runs;
}

std::string ParagraphXml(const Block& block) {
  std::string xml = "<w:p>";
  if (block.style != ParagraphStyle::kNormal) {
    xml += "<w:pPr><w:pStyle w:val=\"" + std::string(StyleId(block.style)) + "\"/></w:pPr>";
  }
  if (block.style == ParagraphStyle::kBullet) xml += Runs("\xE2\x80\xA2\t", false);
  if (!block.label.empty()) xml += Runs(block.label, true);
  return xml + Runs(block.text, false) + "</w:p>";
}

std::string TableXml(const Block& block, const std::string& accent) {
  if (block.rows.empty()) return "";
  const size_t columns = block.rows[0].size();
  int total = 0;
  for (size_t c = 0; c < columns; ++c) total += c < block.widths.size() ? block.widths[c] : 1;
  std::vector<int> twips;
  for (size_t c = 0; c < columns; ++c) {
    twips.push_back(kTextWidthTwips * (c < block.widths.size() ? block.widths[c] : 1) /
                    std::max(total, 1));
  }
  std::string xml =
      "<w:tbl><w:tblPr><w:tblStyle w:val=\"ReportTable\"/><w:tblW w:w=\"" +
      std::to_string(kTextWidthTwips) +
      "\" w:type=\"dxa\"/><w:tblLayout w:type=\"fixed\"/><w:tblLook w:val=\"0420\" "
      "w:firstRow=\"1\" w:lastRow=\"0\" w:firstColumn=\"0\" w:lastColumn=\"0\" w:noHBand=\"1\" "
      "w:noVBand=\"1\"/></w:tblPr><w:tblGrid>";
  for (int w : twips) xml += "<w:gridCol w:w=\"" + std::to_string(w) + "\"/>";
  xml += "</w:tblGrid>";
  for (size_t r = 0; r < block.rows.size(); ++r) {
    const bool header = r == 0;
    xml += header ? "<w:tr><w:trPr><w:tblHeader/><w:cantSplit/></w:trPr>" : "<w:tr>";
    for (size_t c = 0; c < columns; ++c) {
      const std::string& cell = c < block.rows[r].size() ? block.rows[r][c] : "";
      xml += "<w:tc><w:tcPr><w:tcW w:w=\"" + std::to_string(twips[c]) + "\" w:type=\"dxa\"/>";
      if (header) xml += "<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"" + accent + "\"/>";
      xml += "</w:tcPr><w:p>" + Runs(cell, header, header ? "FFFFFF" : "") + "</w:p></w:tc>";
    }
    xml += "</w:tr>";
  }
  // A paragraph after the table keeps two tables in a row apart.
  return xml + "</w:tbl><w:p/>";
}

std::string PictureXml(const Block& block, int id, PixelSize size) {
  const long width = static_cast<long>(block.width_mm) * kEmuPerMm;
  const long height = width * static_cast<long>(size.height) / static_cast<long>(size.width);
  const std::string extent =
      "cx=\"" + std::to_string(width) + "\" cy=\"" + std::to_string(height) + "\"";
  const std::string n = std::to_string(id);
  return "<w:p><w:r><w:drawing><wp:inline distT=\"0\" distB=\"0\" distL=\"0\" "
         "distR=\"0\"><wp:extent " +
         extent + "/><wp:docPr id=\"" + n + "\" name=\"Picture " + n + "\" descr=\"" +
         XmlEscape(block.text) +
         "\"/><wp:cNvGraphicFramePr><a:graphicFrameLocks "
         "noChangeAspect=\"1\"/></wp:cNvGraphicFramePr>"
         "<a:graphic><a:graphicData "
         "uri=\"http://schemas.openxmlformats.org/drawingml/2006/picture\">"
         "<pic:pic><pic:nvPicPr><pic:cNvPr id=\"" +
         n + "\" name=\"image" + n +
         ".png\"/><pic:cNvPicPr/></pic:nvPicPr><pic:blipFill><a:blip r:embed=\"rIdImage" + n +
         "\"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill><pic:spPr><a:xfrm><a:off x=\"0\" "
         "y=\"0\"/><a:ext " +
         extent +
         "/></a:xfrm><a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom></pic:spPr></pic:pic>"
         "</a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>";
}

std::string ParagraphStyleXml(const char* id, const char* name, const std::string& paragraph,
                              const std::string& run, bool next_normal = true) {
  return "<w:style w:type=\"paragraph\" w:styleId=\"" + std::string(id) + "\"><w:name w:val=\"" +
         name + "\"/><w:basedOn w:val=\"Normal\"/>" +
         (next_normal ? "<w:next w:val=\"Normal\"/>" : "") + "<w:qFormat/><w:pPr>" + paragraph +
         "</w:pPr><w:rPr>" + run + "</w:rPr></w:style>";
}

std::string StylesXml(const std::string& accent, const std::string& language) {
  const std::string colour = "<w:color w:val=\"" + accent + "\"/>";
  return std::string(kXmlHead) + "<w:styles xmlns:w=\"" + kWordNs + "\">" +
         "<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii=\"Calibri\" w:hAnsi=\"Calibri\" "
         "w:eastAsia=\"Calibri\" w:cs=\"Calibri\"/><w:sz w:val=\"21\"/><w:szCs w:val=\"21\"/>"
         "<w:lang w:val=\"" +
         XmlEscape(language) +
         "\"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing "
         "w:after=\"120\" w:line=\"264\" "
         "w:lineRule=\"auto\"/></w:pPr></w:pPrDefault></w:docDefaults>"
         "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name "
         "w:val=\"Normal\"/>"
         "<w:qFormat/></w:style>" +
         ParagraphStyleXml("Title", "Title", "<w:spacing w:before=\"1200\" w:after=\"240\"/>",
                           "<w:b/>" + colour + "<w:sz w:val=\"56\"/><w:szCs w:val=\"56\"/>") +
         ParagraphStyleXml(
             "Subtitle", "Subtitle", "<w:spacing w:after=\"240\"/>",
             "<w:color w:val=\"4A5260\"/><w:sz w:val=\"30\"/><w:szCs w:val=\"30\"/>") +
         ParagraphStyleXml(
             "Heading1", "heading 1",
             "<w:keepNext/><w:keepLines/><w:spacing w:before=\"360\" w:after=\"120\"/>"
             "<w:outlineLvl w:val=\"0\"/>",
             "<w:b/>" + colour + "<w:sz w:val=\"32\"/><w:szCs w:val=\"32\"/>") +
         ParagraphStyleXml("Heading2", "heading 2",
                           "<w:keepNext/><w:keepLines/><w:spacing w:before=\"240\" w:after=\"80\"/>"
                           "<w:outlineLvl w:val=\"1\"/>",
                           "<w:b/><w:sz w:val=\"25\"/><w:szCs w:val=\"25\"/>") +
         ParagraphStyleXml("ListBullet", "List Bullet",
                           "<w:spacing w:after=\"60\"/><w:ind w:left=\"360\" w:hanging=\"360\"/>",
                           "", false) +
         ParagraphStyleXml("Caption", "caption", "<w:spacing w:after=\"200\"/>",
                           "<w:i/><w:color w:val=\"4A5260\"/><w:sz w:val=\"18\"/>") +
         "<w:style w:type=\"table\" w:styleId=\"ReportTable\"><w:name w:val=\"Report Table\"/>"
         "<w:pPr><w:spacing w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/></w:pPr>"
         "<w:rPr><w:sz w:val=\"18\"/><w:szCs w:val=\"18\"/></w:rPr><w:tblPr><w:tblBorders>"
         "<w:top w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"C8CDD5\"/>"
         "<w:left w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"C8CDD5\"/>"
         "<w:bottom w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"C8CDD5\"/>"
         "<w:right w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"C8CDD5\"/>"
         "<w:insideH w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"C8CDD5\"/>"
         "<w:insideV w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"C8CDD5\"/>"
         "</w:tblBorders><w:tblCellMar><w:top w:w=\"40\" w:type=\"dxa\"/><w:left w:w=\"80\" "
         "w:type=\"dxa\"/><w:bottom w:w=\"40\" w:type=\"dxa\"/><w:right w:w=\"80\" w:type=\"dxa\"/>"
         "</w:tblCellMar></w:tblPr></w:style></w:styles>";
}

}  // namespace

std::optional<std::string> WriteDocx(const WordDocument& document) {
  const std::string accent = HexRgb(document.accent_rgb.value_or(0x2E4A7A));
  std::string body, rels = OfficeRelationship("rIdStyles", "styles", "styles.xml");
  std::vector<std::string> media;
  for (const Block& block : document.blocks) {
    switch (block.kind) {
      case Block::Kind::kParagraph: body += ParagraphXml(block); break;
      case Block::Kind::kTable: body += TableXml(block, accent); break;
      case Block::Kind::kPageBreak: body += "<w:p><w:r><w:br w:type=\"page\"/></w:r></w:p>"; break;
      case Block::Kind::kPicture: {
        const std::optional<PixelSize> size = PngSize(block.png);
        if (!size || block.width_mm <= 0) break;  // Not a PNG: left out, not a broken picture.
        media.push_back(block.png);
        const int id = static_cast<int>(media.size());
        body += PictureXml(block, id, *size);
        rels += OfficeRelationship("rIdImage" + std::to_string(id), "image",
                                   "media/image" + std::to_string(id) + ".png");
        break;
      }
    }
  }
  const std::string xml =
      std::string(kXmlHead) + "<w:document xmlns:w=\"" + kWordNs + "\" xmlns:r=\"" + kOfficeRelNs +
      "\" xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\" "
      "xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" "
      "xmlns:pic=\"http://schemas.openxmlformats.org/drawingml/2006/picture\"><w:body>" +
      body +
      "<w:sectPr><w:pgSz w:w=\"11906\" w:h=\"16838\"/><w:pgMar w:top=\"1134\" w:right=\"1134\" "
      "w:bottom=\"1134\" w:left=\"1134\" w:header=\"709\" w:footer=\"709\" w:gutter=\"0\"/>"
      "</w:sectPr></w:body></w:document>";

  std::string types =
      std::string(kXmlHead) +
      "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
      "<Default Extension=\"rels\" "
      "ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
      "<Default Extension=\"xml\" ContentType=\"application/xml\"/>";
  if (!media.empty()) types += "<Default Extension=\"png\" ContentType=\"image/png\"/>";
  types +=
      "<Override PartName=\"/word/document.xml\" ContentType=\"application/"
      "vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
      "<Override PartName=\"/word/styles.xml\" ContentType=\"application/"
      "vnd.openxmlformats-officedocument.wordprocessingml.styles+xml\"/>" +
      PropertyContentTypes() + "</Types>";

  ZipWriter zip(document.modified_at);
  zip.Add("[Content_Types].xml", types);
  zip.Add("_rels/.rels", PackageRelationships("word/document.xml"));
  zip.Add("docProps/core.xml",
          CorePropertiesXml(document.title, document.creator, document.modified_at));
  zip.Add("docProps/app.xml", AppPropertiesXml(document.creator));
  zip.Add("word/document.xml", xml);
  zip.Add("word/_rels/document.xml.rels", RelationshipsPart(rels));
  zip.Add("word/styles.xml", StylesXml(accent, document.language));
  for (size_t i = 0; i < media.size(); ++i) {
    zip.Add("word/media/image" + std::to_string(i + 1) + ".png", media[i]);
  }
  return zip.Finish();
}

}  // namespace cloudgap
