// A text document as plain data, between what the Word report says
// (report_document.h) and how WordprocessingML spells it (docx_writer.h):
// paragraphs in named styles, tables whose first row is a header, pictures and
// page breaks, in reading order.
#ifndef CLOUDGAP_CORE_OFFICE_WORD_DOCUMENT_H_
#define CLOUDGAP_CORE_OFFICE_WORD_DOCUMENT_H_

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace cloudgap {

// The styles the writer defines; Heading1 and Heading2 are Word's built-in
// heading levels, so a table of contents and restyling work on them.
enum class ParagraphStyle { kNormal, kTitle, kSubtitle, kHeading1, kHeading2, kBullet, kCaption };

struct Block {
  enum class Kind { kParagraph, kTable, kPicture, kPageBreak };
  Kind kind = Kind::kParagraph;
  ParagraphStyle style = ParagraphStyle::kNormal;
  std::string text;   // kParagraph: line breaks become breaks. kPicture: its description.
  std::string label;  // kParagraph: bold words before the text ("Owner: "); may be empty.
  std::vector<std::vector<std::string>>
      rows;                 // kTable: rows[0] is the header, repeated on each page.
  std::vector<int> widths;  // kTable: relative column widths.
  std::string png;          // kPicture.
  int width_mm = 0;         // kPicture: printed width; height keeps the ratio.
};

struct WordDocument {
  std::string title;                   // Document properties.
  std::string creator;                 // The product name.
  std::string modified_at;             // ISO-8601 UTC: properties and the ZIP's times.
  std::string language = "en-GB";      // BCP 47: what Word checks the spelling in.
  std::optional<uint32_t> accent_rgb;  // Headings and table headers; none: a neutral blue-grey.
  std::vector<Block> blocks;

  void Paragraph(ParagraphStyle style, std::string text, std::string label = "");
  void Table(std::vector<std::vector<std::string>> rows, std::vector<int> widths);
  void Picture(std::string png, int width_mm, std::string description);
  void PageBreak();
};

// WordDocument::language for a report in `language` ("de"): a region, as
// Word's own list names them; English stays British, as the reports' spelling is.
std::string WordLanguage(const std::string& language);

}  // namespace cloudgap

#endif  // CLOUDGAP_CORE_OFFICE_WORD_DOCUMENT_H_
