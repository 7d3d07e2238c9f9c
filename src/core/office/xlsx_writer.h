// A Workbook (workbook.h) as an Office Open XML spreadsheet (.xlsx, ECMA-376
// SpreadsheetML), the parts Excel and LibreOffice open without a repair prompt:
// content types, relationships, core and app properties, styles, one shared
// string table and one worksheet per sheet.
//
// Each sheet's first row is its header, bold on the accent colour, frozen, with
// an AutoFilter over the whole table; columns have their widths; dates are
// date cells shown as yyyy-mm-dd; score columns get a colour scale from red at
// 0 through amber at 50 to green at 100. Text cells are shared strings and the
// writer writes no formula at all, so text that begins with = + - @ stays text.
// The logo, if any, is a picture anchored at the top right of the first sheet.
// Deterministic: the same workbook gives the same bytes (ZIP times are the
// workbook's modified_at).
#ifndef CLOUDGAP_CORE_OFFICE_XLSX_WRITER_H_
#define CLOUDGAP_CORE_OFFICE_XLSX_WRITER_H_

#include <optional>
#include <string>

#include "core/office/workbook.h"

namespace cloudgap {

// None only if the archive could not be built (beyond ZIP's 4 GiB).
std::optional<std::string> WriteXlsx(const Workbook& workbook);

// "A", "Z", "AA": the letters of a 0-based column.
std::string ColumnLetters(size_t column);

// A PNG's width and height from its header; none when `png` is not a PNG.
struct PixelSize {
  uint32_t width = 0;
  uint32_t height = 0;
};
std::optional<PixelSize> PngSize(std::string_view png);

}  // namespace cloudgap

#endif  // CLOUDGAP_CORE_OFFICE_XLSX_WRITER_H_
