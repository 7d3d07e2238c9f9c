#include "core/office/xlsx_writer.h"

#include <cstdio>
#include <map>
#include <set>

#include "core/office/ooxml_parts.h"
#include "core/text/utf8.h"
#include "core/text/xml_escape.h"
#include "core/zip/zip_writer.h"

namespace cloudgap {
namespace {

constexpr char kMainNs[] = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
constexpr size_t kMaxCellBytes = 32767;  // Excel's limit is in characters; bytes are safer.

// Cell styles (cellXfs), in the order styles.xml lists them.
enum Style { kPlain = 0, kHeader = 1, kDate = 2, kWrapped = 3, kTop = 4 };

std::string NumberText(double value) {
  char text[32];
  std::snprintf(text, sizeof text, "%.15g", value);
  return text;
}

// Black or white header text, whichever contrasts more with the fill.
bool DarkFill(uint32_t rgb) {
  const double r = (rgb >> 16) & 0xff, g = (rgb >> 8) & 0xff, b = rgb & 0xff;
  return 0.299 * r + 0.587 * g + 0.114 * b < 150;
}

// The longest prefix of `text` within `max_units` UTF-16 code units, as Excel
// counts a sheet name's 31: "Déclaration d’applicabilité" is 27 units but 32 bytes.
std::string CutToUtf16Units(const std::string& text, size_t max_units) {
  size_t units = 0, at = 0;
  while (at < text.size()) {
    const unsigned char lead = static_cast<unsigned char>(text[at]);
    const size_t bytes = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
    const size_t width = bytes == 4 ? 2 : 1;  // Beyond the BMP: a surrogate pair.
    if (units + width > max_units || at + bytes > text.size()) break;
    units += width;
    at += bytes;
  }
  return text.substr(0, at);
}

// What Excel accepts as the name of a sheet: 1..31 characters, none of
// []:*?/\ and no apostrophe (it would end the quoted name in a reference),
// with room left for `suffix`.
std::string SheetName(const std::string& name, const std::string& suffix) {
  std::string clean;
  for (char c : name) {
    const bool forbidden = c == '[' || c == ']' || c == ':' || c == '*' || c == '?' || c == '/' ||
                           c == '\\' || c == '\'';
    clean += forbidden ? '-' : c;
  }
  return CutToUtf16Units(clean.empty() ? "Sheet" : clean, 31 - suffix.size()) + suffix;
}

// Each sheet's name, made unique as Excel requires (ignoring case), by a
// number after a repeated one: a translation may give two sheets one word.
std::vector<std::string> SheetNames(const std::vector<Sheet>& sheets) {
  std::vector<std::string> names;
  std::set<std::string> taken;
  auto lower = [](std::string text) {
    for (char& c : text) c = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    return text;
  };
  for (const Sheet& sheet : sheets) {
    std::string name = SheetName(sheet.name, "");
    for (int n = 2; !taken.insert(lower(name)).second; ++n) {
      name = SheetName(sheet.name, " (" + std::to_string(n) + ")");
    }
    names.push_back(name);
  }
  return names;
}

class SharedStrings {
 public:
  size_t Index(const std::string& text) {
    auto [it, added] = index_.emplace(text, order_.size());
    if (added) order_.push_back(&it->first);
    ++count_;
    return it->second;
  }
  std::string Xml() const {
    std::string xml = kXmlHead;
    xml += "<sst xmlns=\"" + std::string(kMainNs) + "\" count=\"" + std::to_string(count_) +
           "\" uniqueCount=\"" + std::to_string(order_.size()) + "\">";
    for (const std::string* text : order_) {
      xml += "<si><t xml:space=\"preserve\">" + XmlEscape(*text) + "</t></si>";
    }
    return xml + "</sst>";
  }

 private:
  std::map<std::string, size_t> index_;
  std::vector<const std::string*> order_;
  size_t count_ = 0;
};

std::string CellXml(const Cell& cell, const std::string& ref, int style, SharedStrings* strings) {
  const std::string head =
      "<c r=\"" + ref + "\"" + (style ? " s=\"" + std::to_string(style) + "\"" : "");
  switch (cell.type) {
    case Cell::Type::kEmpty: return style ? head + "/>" : "";
    case Cell::Type::kNumber: return head + "><v>" + NumberText(cell.number) + "</v></c>";
    case Cell::Type::kDate:
      if (std::optional<int> serial = SpreadsheetSerialDate(cell.text)) {
        return "<c r=\"" + ref + "\" s=\"" + std::to_string(kDate) + "\"><v>" +
               std::to_string(*serial) + "</v></c>";
      }
      [[fallthrough]];
    case Cell::Type::kText: {
      const std::string text = ShortenUtf8(cell.text, kMaxCellBytes, "\xE2\x80\xA6");
      return head + " t=\"s\"><v>" + std::to_string(strings->Index(text)) + "</v></c>";
    }
  }
  return "";
}

std::string SheetXml(const Sheet& sheet, bool first, bool with_logo, SharedStrings* strings) {
  const size_t columns = std::max<size_t>(sheet.columns.size(), 1);
  const std::string last_column = ColumnLetters(columns - 1);
  const std::string last_row = std::to_string(sheet.rows.size() + 1);
  const std::string table = "A1:" + last_column + last_row;
  std::string xml = kXmlHead;
  xml += "<worksheet xmlns=\"" + std::string(kMainNs) + "\" xmlns:r=\"" + kOfficeRelNs + "\">";
  xml += "<dimension ref=\"" + table + "\"/>";
  xml += "<sheetViews><sheetView workbookViewId=\"0\"";
  xml += first ? " tabSelected=\"1\">" : ">";
  xml +=
      "<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>"
      "<selection pane=\"bottomLeft\" activeCell=\"A2\" sqref=\"A2\"/></sheetView></sheetViews>";
  xml += "<sheetFormatPr defaultRowHeight=\"15\"/><cols>";
  for (size_t c = 0; c < sheet.columns.size(); ++c) {
    const std::string n = std::to_string(c + 1);
    xml += "<col min=\"" + n + "\" max=\"" + n + "\" width=\"" +
           NumberText(sheet.columns[c].width) + "\" customWidth=\"1\"/>";
  }
  xml += "</cols><sheetData><row r=\"1\">";
  for (size_t c = 0; c < sheet.columns.size(); ++c) {
    xml += CellXml(Cell::Text(sheet.columns[c].header), ColumnLetters(c) + "1", kHeader, strings);
  }
  xml += "</row>";
  for (size_t r = 0; r < sheet.rows.size(); ++r) {
    const std::string row = std::to_string(r + 2);
    xml += "<row r=\"" + row + "\">";
    const std::vector<Cell>& cells = sheet.rows[r];
    for (size_t c = 0; c < cells.size() && c < sheet.columns.size(); ++c) {
      const int style = sheet.columns[c].wrap ? kWrapped : kTop;
      xml += CellXml(cells[c], ColumnLetters(c) + row, style, strings);
    }
    xml += "</row>";
  }
  xml += "</sheetData><autoFilter ref=\"" + table + "\"/>";
  int priority = 1;
  for (size_t c = 0; c < sheet.columns.size() && !sheet.rows.empty(); ++c) {
    if (!sheet.columns[c].score_scale) continue;
    const std::string letters = ColumnLetters(c);
    xml += "<conditionalFormatting sqref=\"" + letters + "2:" + letters + last_row +
           "\"><cfRule type=\"colorScale\" priority=\"" + std::to_string(priority++) +
           "\"><colorScale><cfvo type=\"num\" val=\"0\"/><cfvo type=\"num\" val=\"50\"/>"
           "<cfvo type=\"num\" val=\"100\"/><color rgb=\"FFF8696B\"/><color rgb=\"FFFFEB84\"/>"
           "<color rgb=\"FF63BE7B\"/></colorScale></cfRule></conditionalFormatting>";
  }
  xml +=
      "<pageMargins left=\"0.7\" right=\"0.7\" top=\"0.75\" bottom=\"0.75\" header=\"0.3\" "
      "footer=\"0.3\"/>";
  xml += "<pageSetup orientation=\"landscape\" fitToWidth=\"1\" fitToHeight=\"0\"/>";
  if (with_logo) xml += "<drawing r:id=\"rId1\"/>";
  return xml + "</worksheet>";
}

std::string StylesXml(const Workbook& workbook) {
  const uint32_t fill = workbook.accent_rgb.value_or(0x3B4252);
  const std::string header_text = DarkFill(fill) ? "FFFFFFFF" : "FF000000";
  std::string xml = kXmlHead;
  xml += "<styleSheet xmlns=\"" + std::string(kMainNs) + "\">";
  xml += "<numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"yyyy\\-mm\\-dd\"/></numFmts>";
  xml +=
      "<fonts count=\"2\"><font><sz val=\"11\"/><name val=\"Calibri\"/><family val=\"2\"/></font>"
      "<font><b/><sz val=\"11\"/><color rgb=\"" +
      header_text + "\"/><name val=\"Calibri\"/><family val=\"2\"/></font></fonts>";
  xml +=
      "<fills count=\"3\"><fill><patternFill patternType=\"none\"/></fill>"
      "<fill><patternFill patternType=\"gray125\"/></fill>"
      "<fill><patternFill patternType=\"solid\"><fgColor rgb=\"FF" +
      HexRgb(fill) + "\"/><bgColor indexed=\"64\"/></patternFill></fill></fills>";
  xml +=
      "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>";
  xml +=
      "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/>"
      "</cellStyleXfs>";
  xml +=
      "<cellXfs count=\"5\">"
      "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
      "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"2\" borderId=\"0\" xfId=\"0\" applyFont=\"1\" "
      "applyFill=\"1\" applyAlignment=\"1\"><alignment vertical=\"top\" wrapText=\"1\"/></xf>"
      "<xf numFmtId=\"164\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" "
      "applyNumberFormat=\"1\" applyAlignment=\"1\"><alignment vertical=\"top\"/></xf>"
      "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" "
      "applyAlignment=\"1\"><alignment vertical=\"top\" wrapText=\"1\"/></xf>"
      "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" "
      "applyAlignment=\"1\"><alignment vertical=\"top\"/></xf>"
      "</cellXfs>";
  xml +=
      "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" "
      "builtinId=\"0\"/></cellStyles>";
  return xml + "</styleSheet>";
}

std::string DrawingXml(PixelSize size) {
  // 48 pixels high at 96 dpi; EMU: 9525 per pixel.
  const uint64_t height = 48 * 9525;
  const uint64_t width = height * size.width / std::max<uint32_t>(size.height, 1);
  const std::string ext =
      "cx=\"" + std::to_string(width) + "\" cy=\"" + std::to_string(height) + "\"";
  return std::string(kXmlHead) +
         "<xdr:wsDr "
         "xmlns:xdr=\"http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing\" "
         "xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" xmlns:r=\"" +
         kOfficeRelNs +
         "\"><xdr:oneCellAnchor><xdr:from><xdr:col>3</xdr:col><xdr:colOff>0</xdr:colOff>"
         "<xdr:row>0</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:ext " +
         ext +
         "/><xdr:pic><xdr:nvPicPr><xdr:cNvPr id=\"2\" name=\"Logo\" descr=\"Logo\"/>"
         "<xdr:cNvPicPr><a:picLocks noChangeAspect=\"1\"/></xdr:cNvPicPr></xdr:nvPicPr>"
         "<xdr:blipFill><a:blip "
         "r:embed=\"rId1\"/><a:stretch><a:fillRect/></a:stretch></xdr:blipFill>"
         "<xdr:spPr><a:xfrm><a:off x=\"0\" y=\"0\"/><a:ext " +
         ext +
         "/></a:xfrm><a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom></xdr:spPr></xdr:pic>"
         "<xdr:clientData/></xdr:oneCellAnchor></xdr:wsDr>";
}

}  // namespace

std::string ColumnLetters(size_t column) {
  std::string letters;
  for (size_t n = column + 1; n > 0; n = (n - 1) / 26) {
    letters.insert(letters.begin(), static_cast<char>('A' + (n - 1) % 26));
  }
  return letters;
}

std::optional<PixelSize> PngSize(std::string_view png) {
  static constexpr char kSignature[] = "\x89PNG\r\n\x1a\n";
  if (png.size() < 24 || png.substr(0, 8) != std::string_view(kSignature, 8) ||
      png.substr(12, 4) != "IHDR") {
    return std::nullopt;
  }
  auto get32 = [&](size_t at) {
    uint32_t value = 0;
    for (size_t i = 0; i < 4; ++i) value = value << 8 | static_cast<unsigned char>(png[at + i]);
    return value;
  };
  PixelSize size{get32(16), get32(20)};
  if (size.width == 0 || size.height == 0) return std::nullopt;
  return size;
}

std::optional<std::string> WriteXlsx(const Workbook& workbook) {
  const std::optional<PixelSize> logo = PngSize(workbook.logo_png);
  SharedStrings strings;
  std::vector<std::string> sheets;
  for (size_t i = 0; i < workbook.sheets.size(); ++i) {
    sheets.push_back(SheetXml(workbook.sheets[i], i == 0, i == 0 && logo, &strings));
  }

  std::string types =
      std::string(kXmlHead) +
      "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
      "<Default Extension=\"rels\" "
      "ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
      "<Default Extension=\"xml\" ContentType=\"application/xml\"/>";
  if (logo) types += "<Default Extension=\"png\" ContentType=\"image/png\"/>";
  types +=
      "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/"
      "vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>";
  for (size_t i = 0; i < sheets.size(); ++i) {
    types += "<Override PartName=\"/xl/worksheets/sheet" + std::to_string(i + 1) +
             ".xml\" ContentType=\"application/"
             "vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>";
  }
  types +=
      "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/"
      "vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
      "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/"
      "vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>";
  if (logo) {
    types +=
        "<Override PartName=\"/xl/drawings/drawing1.xml\" ContentType=\"application/"
        "vnd.openxmlformats-officedocument.drawing+xml\"/>";
  }
  types += PropertyContentTypes() + "</Types>";

  std::string book = std::string(kXmlHead) + "<workbook xmlns=\"" + kMainNs + "\" xmlns:r=\"" +
                     kOfficeRelNs +
                     "\"><bookViews><workbookView activeTab=\"0\"/></bookViews><sheets>";
  std::string book_rels, filters;
  const std::vector<std::string> names = SheetNames(workbook.sheets);
  for (size_t i = 0; i < workbook.sheets.size(); ++i) {
    const Sheet& sheet = workbook.sheets[i];
    const std::string n = std::to_string(i + 1);
    const std::string name = XmlEscape(names[i]);
    book += "<sheet name=\"" + name + "\" sheetId=\"" + n + "\" r:id=\"rId" + n + "\"/>";
    book_rels += OfficeRelationship("rId" + n, "worksheet", "worksheets/sheet" + n + ".xml");
    // What Excel itself records for a sheet with an AutoFilter.
    filters += "<definedName name=\"_xlnm._FilterDatabase\" localSheetId=\"" + std::to_string(i) +
               "\" hidden=\"1\">&apos;" + name + "&apos;!$A$1:$" +
               ColumnLetters(std::max<size_t>(sheet.columns.size(), 1) - 1) + "$" +
               std::to_string(sheet.rows.size() + 1) + "</definedName>";
  }
  book += "</sheets><definedNames>" + filters + "</definedNames></workbook>";
  const size_t next = workbook.sheets.size() + 1;
  book_rels +=
      OfficeRelationship("rId" + std::to_string(next), "styles", "styles.xml") +
      OfficeRelationship("rId" + std::to_string(next + 1), "sharedStrings", "sharedStrings.xml");

  ZipWriter zip(workbook.modified_at);
  zip.Add("[Content_Types].xml", types);
  zip.Add("_rels/.rels", PackageRelationships("xl/workbook.xml"));
  zip.Add("docProps/core.xml",
          CorePropertiesXml(workbook.title, workbook.creator, workbook.modified_at));
  zip.Add("docProps/app.xml", AppPropertiesXml(workbook.creator));
  zip.Add("xl/workbook.xml", book);
  zip.Add("xl/_rels/workbook.xml.rels", RelationshipsPart(book_rels));
  zip.Add("xl/styles.xml", StylesXml(workbook));
  zip.Add("xl/sharedStrings.xml", strings.Xml());
  for (size_t i = 0; i < sheets.size(); ++i) {
    zip.Add("xl/worksheets/sheet" + std::to_string(i + 1) + ".xml", sheets[i]);
  }
  if (logo) {
    zip.Add("xl/worksheets/_rels/sheet1.xml.rels",
            RelationshipsPart(OfficeRelationship("rId1", "drawing", "../drawings/drawing1.xml")));
    zip.Add("xl/drawings/drawing1.xml", DrawingXml(*logo));
    zip.Add("xl/drawings/_rels/drawing1.xml.rels",
            RelationshipsPart(OfficeRelationship("rId1", "image", "../media/image1.png")));
    zip.Add("xl/media/image1.png", workbook.logo_png);
  }
  return zip.Finish();
}

}  // namespace cloudgap
