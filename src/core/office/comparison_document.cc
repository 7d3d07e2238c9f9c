#include "core/office/comparison_document.h"

#include <algorithm>

#include "core/engine/wording.h"
#include "core/office/docx_writer.h"

namespace cloudgap {

WordDocument ComparisonDocument(const Catalog& catalog, const Comparison& c,
                                const ComparedDocuments& documents, const ReportBrand& brand,
                                const std::string& modified_at, const MessageCatalog& words) {
  const ComparisonTables tables = TabulateComparison(catalog, c, documents, words);
  WordDocument doc;
  doc.title = tables.title;
  doc.creator = brand.product_name;
  doc.modified_at = modified_at;
  doc.language = WordLanguage(words.language());
  doc.accent_rgb = brand.accent_rgb;
  if (!brand.logo_png.empty()) {
    doc.Picture(brand.logo_png, 40, words.Tr("{product} logo", {{"product", brand.product_name}}));
  }
  doc.Paragraph(ParagraphStyle::kSubtitle, brand.product_name);
  doc.Paragraph(ParagraphStyle::kTitle, tables.title);
  doc.Paragraph(ParagraphStyle::kNormal, tables.summary);
  // Titles and words get the room; ids and figures what they need.
  const std::string_view wide[] = {words.Tr("Title"), words.Tr("What was dropped")};
  for (const ComparisonTable& table : tables.tables) {
    if (!table.title.empty()) doc.Paragraph(ParagraphStyle::kHeading1, table.title);
    std::vector<std::vector<std::string>> rows = {table.columns};
    rows.insert(rows.end(), table.rows.begin(), table.rows.end());
    std::vector<int> widths;
    for (const std::string& column : table.columns) {
      widths.push_back(column == wide[0] || column == wide[1] ? 4 : 2);
    }
    doc.Table(std::move(rows), std::move(widths));
  }
  doc.Paragraph(ParagraphStyle::kCaption, EngineLine(catalog, words));
  return doc;
}

std::optional<std::string> RenderComparisonDocx(const Catalog& catalog, const Assessment& before,
                                                const Assessment& after,
                                                const ComparedDocuments& documents,
                                                const ReportBrand& brand,
                                                const MessageCatalog& words) {
  try {
    const Comparison c = Compare(catalog, before, after);
    return WriteDocx(ComparisonDocument(catalog, c, documents, brand,
                                        std::max(before.updated_at, after.updated_at), words));
  } catch (const std::exception&) {
    return std::nullopt;  // Only allocation can fail.
  }
}

}  // namespace cloudgap
