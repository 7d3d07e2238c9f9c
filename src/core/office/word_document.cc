#include "core/office/word_document.h"

#include <utility>

namespace cloudgap {

void WordDocument::Paragraph(ParagraphStyle style, std::string text, std::string label) {
  Block block;
  block.style = style;
  block.text = std::move(text);
  block.label = std::move(label);
  blocks.push_back(std::move(block));
}

void WordDocument::Table(std::vector<std::vector<std::string>> rows, std::vector<int> widths) {
  Block block;
  block.kind = Block::Kind::kTable;
  block.rows = std::move(rows);
  block.widths = std::move(widths);
  blocks.push_back(std::move(block));
}

void WordDocument::Picture(std::string png, int width_mm, std::string description) {
  Block block;
  block.kind = Block::Kind::kPicture;
  block.png = std::move(png);
  block.width_mm = width_mm;
  block.text = std::move(description);
  blocks.push_back(std::move(block));
}

void WordDocument::PageBreak() {
  Block block;
  block.kind = Block::Kind::kPageBreak;
  blocks.push_back(std::move(block));
}

std::string WordLanguage(const std::string& language) {
  if (language == "de") return "de-DE";
  if (language == "fr") return "fr-FR";
  return "en-GB";
}

}  // namespace cloudgap
